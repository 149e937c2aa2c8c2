<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ColumnDetail</name>
    <message>
        <source>Choose a column in the list to see why it was flagged and decide what to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the column, change it into something safe, or keep it as it is (you will be asked why).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registration date the age is counted to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age counted on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Found inside the notes&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examples from the notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few notes with what was found highlighted, so you can judge. Only a few are ever shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{table}; {filled} filled cells, {distinct} different values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{filled} records have a value in this column; {distinct} different values appear in it. A column where almost every record has its own value can single a person out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This column was not in the saved decisions: check it and choose what to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in its name or values looks like it points to a person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Why it was flagged&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its name says it holds a {kind}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found from the column&apos;s name alone, in English, French, Spanish, Portuguese or HTCDS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cells} of the {of} cells looked at matched this rule ({kind}). The more cells match, the surer it is that the column holds this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not decided yet: choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{choice} (proposed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registration date found by its name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{found} of {scanned} notes hold something identifying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the {scanned} filled notes in this column, {found} contain at least one name, contact, ID number, address or place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind}: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} pieces of text in the notes look like a {kind}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;No examples to show.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
