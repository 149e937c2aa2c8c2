<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Reading</name>
    <message>
        <source>{0} and {1} more</source>
        <translation>{0} y {1} más</translation>
    </message>
    <message>
        <source>Extra spaces or line breaks in a column name were removed.</source>
        <translation>Se quitaron los espacios de más o saltos de línea de un nombre de columna.</translation>
    </message>
    <message>
        <source>Extra spaces or line breaks in {0} column names were removed.</source>
        <translation>Se quitaron los espacios de más o saltos de línea de {0} nombres de columna.</translation>
    </message>
    <message>
        <source>Some column names appear more than once and were numbered: {0}.</source>
        <translation>Algunos nombres de columna aparecen más de una vez y se numeraron: {0}.</translation>
    </message>
    <message>
        <source>Reading rows ({0} so far)</source>
        <translation>Leyendo filas ({0} hasta ahora)</translation>
    </message>
    <message>
        <source>Read {0} rows</source>
        <translation>{0} filas leídas</translation>
    </message>
    <message>
        <source>Reading rows</source>
        <translation>Leyendo filas</translation>
    </message>
    <message>
        <source>has no values in sheet &quot;{0}&quot;.</source>
        <translation>no tiene valores en la hoja &quot;{0}&quot;.</translation>
    </message>
    <message>
        <source>has no values in the file.</source>
        <translation>no tiene valores.</translation>
    </message>
    <message>
        <source>Check that you chose the right file or sheet.</source>
        <translation>Compruebe que eligió el archivo o la hoja correctos.</translation>
    </message>
    <message>
        <source>Row {0} was read as the column names, but it looks like a record: its cells hold numbers, sentences or values like those in the rows below it. If the file has no header row, say so (“The file has no header row” in the Load step, --no-header on the command line): every row is then read as a record, and the columns are called “column 1”, “column 2”…</source>
        <translation>La fila {0} se leyó como los nombres de columna, pero parece un registro: sus celdas tienen números, frases o valores como los de las filas de abajo. Si el archivo no tiene fila de encabezado, indíquelo («El archivo no tiene fila de encabezado» en el paso Cargar, --no-header en la línea de comandos): cada fila se lee entonces como un registro y las columnas se llaman «column 1», «column 2»…</translation>
    </message>
    <message>
        <source>The column names were found in row {0}; the filled row above them (a title) was not read as a record.</source>
        <translation>Los nombres de columna se encontraron en la fila {0}; la fila con datos que hay encima (un título) no se leyó como registro.</translation>
    </message>
    <message>
        <source>The column names were found in row {0}; the {1} filled rows above them (titles) were not read as records.</source>
        <translation>Los nombres de columna se encontraron en la fila {0}; las {1} filas con datos que hay encima (títulos) no se leyeron como registros.</translation>
    </message>
    <message>
        <source>Row {0} describes the column names in words and was not read as a record.</source>
        <translation>La fila {0} describe los nombres de columna con palabras y no se leyó como registro.</translation>
    </message>
    <message>
        <source>The first column has no name and only numbers the rows; it was left out.</source>
        <translation>La primera columna no tiene nombre y solo numera las filas; se dejó fuera.</translation>
    </message>
    <message>
        <source>A column had no name and is called by its position: {0}.</source>
        <translation>Una columna no tenía nombre y se nombra por su posición: {0}.</translation>
    </message>
    <message>
        <source>{1} columns had no name and are called by their position: {0}.</source>
        <translation>{1} columnas no tenían nombre y se nombran por su posición: {0}.</translation>
    </message>
    <message>
        <source>Row {row} has fewer values than there are column names; its last cells were read as empty. Check that no value slipped into the wrong column.</source>
        <translation>La fila {row} tiene menos valores que nombres de columna; sus últimas celdas se leyeron como vacías. Compruebe que ningún valor se haya desplazado a otra columna.</translation>
    </message>
    <message>
        <source>Rows {rows} have fewer values than there are column names; their last cells were read as empty. Check that no value slipped into the wrong column.</source>
        <translation>Las filas {rows} tienen menos valores que nombres de columna; sus últimas celdas se leyeron como vacías. Compruebe que ningún valor se haya desplazado a otra columna.</translation>
    </message>
    <message>
        <source>An empty row was skipped (row {row}).</source>
        <translation>Se omitió una fila vacía (fila {row}).</translation>
    </message>
    <message>
        <source>{count} empty rows were skipped (rows {rows}).</source>
        <translation>Se omitieron {count} filas vacías (filas {rows}).</translation>
    </message>
    <message>
        <source>Row {row} has more values than there are column names ({count}, taken from row {header}), so values would land in the wrong columns.</source>
        <translation>La fila {row} tiene más valores que nombres de columna ({count}, tomados de la fila {header}), así que algunos valores quedarían en columnas equivocadas.</translation>
    </message>
    <message>
        <source>Rows {rows} have more values than there are column names ({count}, taken from row {header}), so values would land in the wrong columns.</source>
        <translation>Las filas {rows} tienen más valores que nombres de columna ({count}, tomados de la fila {header}), así que algunos valores quedarían en columnas equivocadas.</translation>
    </message>
    <message>
        <source>This usually comes from a stray separator or quote mark in that row: fix the row in Excel or a text editor and save again.</source>
        <translation>Esto suele deberse a un separador o unas comillas de más en esa fila: corrija la fila en Excel o en un editor de texto y vuelva a guardar.</translation>
    </message>
    <message>
        <source>has column names (row {0}) but no records below them in sheet &quot;{1}&quot;.</source>
        <translation>tiene nombres de columna (fila {0}) pero ningún registro debajo en la hoja &quot;{1}&quot;.</translation>
    </message>
    <message>
        <source>has column names (row {0}) but no records below them in the file.</source>
        <translation>tiene nombres de columna (fila {0}) pero ningún registro debajo.</translation>
    </message>
    <message>
        <source>Check that you chose the right file or sheet, and export the cases again if the export came out empty.</source>
        <translation>Compruebe que eligió el archivo o la hoja correctos, y vuelva a exportar los casos si la exportación salió vacía.</translation>
    </message>
</context>
</TS>
