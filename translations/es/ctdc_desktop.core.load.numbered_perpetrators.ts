<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>NumberedPerpetrators</name>
    <message>
        <source>perpetrator {n}: {columns}</source>
        <translation>perpetrador {n}: {columns}</translation>
    </message>
    <message>
        <source>the file has no case ID column: both tables got a column {column} holding each victim&apos;s row number</source>
        <translation>el archivo no tiene columna de identificador de caso: las dos tablas recibieron una columna {column} con el número de fila de cada víctima</translation>
    </message>
    <message>
        <source>linked by the column {column}</source>
        <translation>vinculados por la columna {column}</translation>
    </message>
    <message>
        <source>The export has one row per victim with the perpetrators in numbered columns: its {victims} rows were read as {victims} victims and {perpetrators} perpetrator records ({fields}), {link}. Columns read as perpetrators: {groups}.</source>
        <translation>La exportación tiene una fila por víctima con los perpetradores en columnas numeradas: sus {victims} filas se leyeron como {victims} víctimas y {perpetrators} registros de perpetradores ({fields}), {link}. Columnas leídas como perpetradores: {groups}.</translation>
    </message>
</context>
</TS>
