<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>OneRowPerPerpetrator</name>
    <message>
        <source>{file} cannot be read as one row per perpetrator: no column holds case IDs that repeat on several rows while other columns differ between those rows. Read it as one row per victim, or open the perpetrators as their own sheet or file.</source>
        <translation>{file} no puede leerse como una fila por perpetrador: ninguna columna tiene códigos de caso que se repitan en varias filas cuyas otras columnas difieran. Léalo como una fila por víctima, o abra los perpetradores como una hoja o un archivo aparte.</translation>
    </message>
    <message>
        <source>The export has one row per perpetrator: its {rows} rows were read as {victims} victims, each counted once, and {perpetrators} perpetrator records, linked by the column {column}.</source>
        <translation>La exportación tiene una fila por perpetrador: sus {rows} filas se leyeron como {victims} víctimas, cada una contada una vez, y {perpetrators} registros de perpetradores, vinculados por la columna {column}.</translation>
    </message>
    <message>
        <source>The victims&apos; column {column} differs between the rows of a same case (cases: {cases}; rows {rows}); the first filled value of each case is kept.</source>
        <translation>La columna de las víctimas {column} difiere entre las filas de un mismo caso (casos: {cases}; filas {rows}); se conserva el primer valor lleno de cada caso.</translation>
    </message>
</context>
</TS>
