<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>MappingModel</name>
    <message>
        <source>Each different value found in the column, written as in the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column of the export the value is in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many {unit} hold the value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CTDC category it becomes; (empty) means the cell is left empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mapped, not ticked, set to missing, unmapped (to fix) or error (to fix).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value in the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} {unit} have &quot;{value}&quot; in the column {column}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Becomes &quot;{label}&quot; in the recoded table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts as no: the flag&apos;s cell stays empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set to missing on purpose: the recoded cell stays empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipe does not say what this becomes. Map it to a category or set it to missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value cannot be right: {why}. Correct the export, or set it to missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingPanel</name>
    <message>
        <source>Search the values…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only values to fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the values that are not mapped or are wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The category the selected values become.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map selected to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every selected value becomes the category chosen beside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set selected to missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected values are left out on purpose: their cells stay empty in the recoded table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many values (rows of this table) are selected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
