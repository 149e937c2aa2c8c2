<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Coverage</name>
    <message>
        <source>complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unmapped values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mapped} of {rows} perpetrator rows recoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mapped} of {rows} victims recoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} set to missing by the recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} empty in the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: column {column}, value &quot;{value}&quot; ({rows} rows): {why}. Correct it in the export or add it to the variable&apos;s missing list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: column {column}, value &quot;{value}&quot; ({rows} rows) is not mapped. Map it to a category or set it to missing in the recipe.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
