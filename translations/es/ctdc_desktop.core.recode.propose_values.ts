<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Proposals</name>
    <message>
        <source>means more than one category ({labels})</source>
        <translation>significa más de una categoría ({labels})</translation>
    </message>
    <message>
        <source>{label} is not a category of this variable</source>
        <translation>{label} no es una categoría de esta variable</translation>
    </message>
    <message>
        <source>H and M read as hombre/mujer (no F in the column)</source>
        <translation>H y M leídos como hombre/mujer (no hay F en la columna)</translation>
    </message>
    <message>
        <source>{n} different values, all placed (known spellings of {categories}, or unknown)</source>
        <translation>{n} valores distintos, todos ubicados (grafías conocidas de {categories}, o desconocido)</translation>
    </message>
    <message>
        <source>set to missing as unknown: {values}</source>
        <translation>dejados vacíos por desconocidos: {values}</translation>
    </message>
    <message>
        <source>not a country we know</source>
        <translation>no es un país que conozcamos</translation>
    </message>
    <message>
        <source>{share} of its rows are countries (codes or names)</source>
        <translation>{share} de sus filas son países (códigos o nombres)</translation>
    </message>
    <message>
        <source>{share} of its rows are ages in years</source>
        <translation>{share} de sus filas son edades en años</translation>
    </message>
    <message>
        <source>age counted from &quot;{birth}&quot; to &quot;{registered}&quot; (dates or years in {b} and {r} of rows)</source>
        <translation>edad contada de «{birth}» a «{registered}» (fechas o años en {b} y {r} de las filas)</translation>
    </message>
    <message>
        <source>no age column, and no birth date (or year) with a registration date (or year)</source>
        <translation>ninguna columna de edad, ni fecha (o año) de nacimiento con fecha (o año) de registro</translation>
    </message>
    <message>
        <source>{share} of its rows are dates; the year is read</source>
        <translation>{share} de sus filas son fechas; se lee el año</translation>
    </message>
    <message>
        <source>{share} of its rows are years</source>
        <translation>{share} de sus filas son años</translation>
    </message>
</context>
</TS>
