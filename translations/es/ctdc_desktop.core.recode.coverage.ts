<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Coverage</name>
    <message>
        <source>complete</source>
        <translation>completa</translation>
    </message>
    <message>
        <source>unmapped values</source>
        <translation>valores sin asignar</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>{mapped} of {rows} perpetrator rows recoded</source>
        <translation>{mapped} de {rows} filas de perpetradores recodificadas</translation>
    </message>
    <message>
        <source>{mapped} of {rows} victims recoded</source>
        <translation>{mapped} de {rows} víctimas recodificadas</translation>
    </message>
    <message>
        <source>{n} set to missing by the recipe</source>
        <translation>{n} marcadas como faltantes por la receta</translation>
    </message>
    <message>
        <source>{n} empty in the export</source>
        <translation>{n} vacías en la exportación</translation>
    </message>
    <message>
        <source>{n} value(s) not mapped ({rows} rows)</source>
        <translation>{n} valor(es) sin asignar ({rows} filas)</translation>
    </message>
    <message>
        <source>{n} wrong value(s) ({rows} rows)</source>
        <translation>{n} valor(es) erróneo(s) ({rows} filas)</translation>
    </message>
    <message>
        <source>{name}: column {column}, value &quot;{value}&quot; ({rows} rows): {why}. Correct it in the export or add it to the variable&apos;s missing list.</source>
        <translation>{name}: columna {column}, valor &quot;{value}&quot; ({rows} filas): {why}. Corríjalo en la exportación o añádalo a la lista de valores faltantes de la variable.</translation>
    </message>
    <message>
        <source>{name}: column {column}, value &quot;{value}&quot; ({rows} rows) is not mapped. Map it to a category or set it to missing in the recipe.</source>
        <translation>{name}: columna {column}, el valor &quot;{value}&quot; ({rows} filas) no está asignado. Asígnelo a una categoría o márquelo como faltante en la receta.</translation>
    </message>
</context>
</TS>
