<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>This step comes in a later version of CTDC Desktop. Nothing is done to your data here yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;This step will find everything in the export that can point to a person: names, birth dates, phone numbers, e-mail and home addresses, case numbers, caseworker names, and contact details hidden inside free-text notes.&lt;/p&gt;&lt;p&gt;For each column you will choose to &lt;b&gt;remove&lt;/b&gt; it or to &lt;b&gt;change&lt;/b&gt; it into something safe (for example a birth date into an age group). Nothing leaves this computer.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;This step will turn your categories into the ones CTDC publishes: ages into age groups, countries into world regions, and the answers about each perpetrator (role, relationship, gender, age, nationality, money paid) into one row per victim.&lt;/p&gt;&lt;p&gt;A ready-made recipe does most of the work; you check the values it could not place.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synthesize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;This step will make &lt;b&gt;synthetic&lt;/b&gt; records: new rows that keep the patterns of your data (how many, which combinations) but belong to no real person. Rare combinations, which could identify someone, are left out or blurred.&lt;/p&gt;&lt;p&gt;You will choose how strong the protection is; the app explains the trade-off in plain words.&lt;/p&gt;&lt;p&gt;Until then, an analyst can already make synthetic data from a recoded table with the command &lt;code&gt;ctdc-desktop synth&lt;/code&gt; (see Help → User guide).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;This step will check the synthetic data against the original (is it still useful, is anyone still at risk) and save a release folder: the synthetic data as CSV and Excel, the protected counts, a codebook, a short report and a log of what was done.&lt;/p&gt;&lt;p&gt;Your original export is never changed.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
