<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>PerpetratorRowsPanel</name>
    <message>
        <source>One row per perpetrator</source>
        <translation>Una fila por perpetrador</translation>
    </message>
    <message>
        <source>Read the sheet as one row per &amp;perpetrator</source>
        <translation>Leer la hoja como una fila por &amp;perpetrador</translation>
    </message>
    <message>
        <source>Ticked: each case is one victim, and each row with a perpetrator is one perpetrator record. Unticked: each row is read as a victim.</source>
        <translation>Marcada: cada caso es una víctima, y cada fila con un perpetrador es un registro de perpetrador. Sin marcar: cada fila se lee como una víctima.</translation>
    </message>
    <message>
        <source>This sheet has several rows for {several} of {cases} cases: it looks like one row per perpetrator. The victims&apos; columns ({victim_columns}) are read once per case; the perpetrators&apos; columns ({perpetrator_columns}) become the perpetrator records, linked by the column {case}.</source>
        <translation>Esta hoja tiene varias filas para {several} de {cases} casos: parece tener una fila por perpetrador. Las columnas de las víctimas ({victim_columns}) se leen una vez por caso; las columnas de los perpetradores ({perpetrator_columns}) pasan a ser los registros de perpetradores, vinculados por la columna {case}.</translation>
    </message>
    <message>
        <source>Victims&apos; columns: {victims}
Perpetrators&apos; columns: {perpetrators}</source>
        <translation>Columnas de las víctimas: {victims}
Columnas de los perpetradores: {perpetrators}</translation>
    </message>
    <message>
        <source>Perpetrators in numbered columns</source>
        <translation>Perpetradores en columnas numeradas</translation>
    </message>
    <message>
        <source>Read the numbered columns as &amp;perpetrators</source>
        <translation>Leer las columnas numeradas como &amp;perpetradores</translation>
    </message>
    <message>
        <source>The file has no case ID: both tables get a column {case} with each victim&apos;s row number.</source>
        <translation>El archivo no tiene identificador de caso: las dos tablas reciben una columna {case} con el número de fila de cada víctima.</translation>
    </message>
    <message>
        <source>The two tables are linked by the column {case}.</source>
        <translation>Las dos tablas están vinculadas por la columna {case}.</translation>
    </message>
    <message>
        <source>This sheet has one row per victim with up to {numbers} perpetrators side by side ({fields}). Each numbered group with a filled cell becomes a perpetrator record: {perpetrators} for {victims} victims.</source>
        <translation>Esta hoja tiene una fila por víctima con hasta {numbers} perpetradores uno al lado del otro ({fields}). Cada grupo numerado con una celda llena se convierte en un registro de perpetrador: {perpetrators} para {victims} víctimas.</translation>
    </message>
    <message>
        <source>Perpetrator {n}: {columns}</source>
        <translation>Perpetrador {n}: {columns}</translation>
    </message>
    <message numerus="yes">
        <source>The victims&apos; column {column} differs between the rows of %n cases (rows {rows}): the first filled value of each case is kept. Check those rows in the file.</source>
        <translation>
            <numerusform>La columna de las víctimas {column} difiere entre las filas de %n caso (filas {rows}): se conserva el primer valor lleno de cada caso. Revise esas filas en el archivo.</numerusform>
            <numerusform>La columna de las víctimas {column} difiere entre las filas de %n casos (filas {rows}): se conserva el primer valor lleno de cada caso. Revise esas filas en el archivo.</numerusform>
        </translation>
    </message>
</context>
</TS>
