<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>RecodePage</name>
    <message>
        <source>Value map: each spelling becomes one category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag: 1 when the answer is yes, empty otherwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other: 1 when the value has no variable of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age bands: an age in years falls in one band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Majority: Minor under 18, Adult from 18</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bands: a whole number (a year, months) falls in one band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number: kept as it is, within the codebook&apos;s range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country: ISO code or name becomes a region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded: the export does not hold it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CTDC victim-perpetrator data, December 2022 (16 variables)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CTDC global synthetic data, 2021 (37 variables)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a recipe…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recipe says how each CTDC variable is made from the export&apos;s columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open recipe file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a recipe saved earlier or made for your mission (.toml).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save recipe as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the recipe with your changes as a new file, to use again next quarter. It holds no records, only the spellings you mapped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop recoding. The recipe and your changes are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows whose value is not mapped or is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule the recipe uses for this variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column of the export this variable is made from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before and after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recoded rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perpetrators per victim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made from column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipe file {file} is not there any more; the copy saved in the project is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipe file {file} changed since the project was saved; the project&apos;s copy is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipe saved as {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the recipe as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recoding with the recipe…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recoding was stopped. Change the recipe or choose it again to run it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing to recode yet.&lt;/b&gt; First load the export (step 1) and remove the identifiers (step 2); this step then recodes the cleaned records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn the cleaned records ({n} victims) into the categories CTDC publishes. A ready-made recipe does most of the work; you check the values it could not place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many victim rows the cleaned export holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a recipe above. The variables of its codebook are then listed here, each with the values of your export it could not place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> You changed: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recoding…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Every variable is complete.&lt;/b&gt; {n} victims recoded; Synthesize can start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{k} of {n} variables need attention&lt;/b&gt;: map their values to a category or set them to missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A variable is complete when every value of its column is mapped or set to missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} of {rows} {unit} got a category from the recipe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} {unit} hold a value that is not mapped or is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recoded: rows that got a category. Set to missing: values the recipe leaves out on purpose. Empty: rows with nothing in the column. Not mapped: values the recipe says nothing about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made from several columns; change them in the recipe file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{column} (not in the export)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 (yes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no (empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} {unit} have &quot;{value}&quot; in {column}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{k} other values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} {unit} hold one of {k} less frequent values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before ({unit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} victims get &quot;{label}&quot; in {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After (victims)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>perpetrator rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>victims</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
