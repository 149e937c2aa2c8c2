<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
    <context>
        <name>Proposals</name>
        <message>
            <source>the name "{column}" says nothing we know</source>
            <translation>el nombre «{column}» no dice nada que conozcamos</translation>
        </message>
        <message>
            <source>the name "{column}" matches "{phrase}"</source>
            <translation>el nombre «{column}» coincide con «{phrase}»</translation>
        </message>
        <message>
            <source> and {n} more</source>
            <translation> y {n} más</translation>
        </message>
        <message>
            <source>not placed: {values}{more}</source>
            <translation>sin ubicar: {values}{more}</translation>
        </message>
        <message>
            <source>means more than one category ({labels})</source>
            <translation>significa más de una categoría ({labels})</translation>
        </message>
        <message>
            <source>{label} is not a category of this variable</source>
            <translation>{label} no es una categoría de esta variable</translation>
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
            <source>no column of the export is named like it or holds values like its</source>
            <translation>ninguna columna de la exportación se llama así ni tiene valores así</translation>
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
            <source>age counted from "{birth}" to "{registered}" (dates or years in {b} and {r} of rows)</source>
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
        <message>
            <source>not a yes/no answer</source>
            <translation>no es una respuesta sí/no</translation>
        </message>
        <message>
            <source>yes/no columns named for it: {columns}</source>
            <translation>columnas sí/no que la nombran: {columns}</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ninguno</translation>
        </message>
        <message>
            <source>its cells list answers (separated by {separators}); {share} of rows fully placed</source>
            <translation>sus celdas enumeran respuestas (separadas por {separators}); {share} de las filas ubicadas por completo</translation>
        </message>
        <message>
            <source>1 for: {answers}</source>
            <translation>1 para: {answers}</translation>
        </message>
        <message>
            <source>Proposed</source>
            <translation>Propuesto</translation>
        </message>
        <message>
            <source>Looking for {name}</source>
            <translation>Buscando {name}</translation>
        </message>
        <message>
            <source>the program has no rule to find this variable</source>
            <translation>el programa no tiene regla para encontrar esta variable</translation>
        </message>
        <message>
            <source>the export has no perpetrators table; load the perpetrators too</source>
            <translation>la exportación no tiene tabla de tratantes; cargue también los tratantes</translation>
        </message>
    </context>
</TS>
