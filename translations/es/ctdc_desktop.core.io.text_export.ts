<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Reading</name>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 con BOM</translation>
    </message>
    <message>
        <source>UTF-16 (Excel&apos;s Unicode text)</source>
        <translation>UTF-16 (texto Unicode de Excel)</translation>
    </message>
    <message>
        <source>UTF-16 little-endian</source>
        <translation>UTF-16 little-endian</translation>
    </message>
    <message>
        <source>UTF-16 big-endian</source>
        <translation>UTF-16 big-endian</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (Europa occidental)</translation>
    </message>
    <message>
        <source>a quote mark in the record that starts on line {0} is never closed, so the rest of the file would read as one cell and the records after it would be lost.</source>
        <translation>unas comillas en el registro que empieza en la línea {0} nunca se cierran, así que el resto del archivo se leería como una sola celda y los registros siguientes se perderían.</translation>
    </message>
    <message>
        <source>Open the file in a text editor, fix the quote marks on that line and save again.</source>
        <translation>Abra el archivo en un editor de texto, corrija las comillas de esa línea y vuelva a guardar.</translation>
    </message>
    <message>
        <source>a quote mark opened in the record that starts on line {0} is not closed on that line; the cell runs on to line {1}, so the records in between would be lost inside it.</source>
        <translation>unas comillas abiertas en el registro que empieza en la línea {0} no se cierran en esa línea; la celda sigue hasta la línea {1}, y los registros intermedios se perderían dentro de ella.</translation>
    </message>
    <message>
        <source>on line {0} a cell has more text after its closing quote mark (such as &quot;5&quot; inch&quot;), so it is not clear where the cell ends.</source>
        <translation>en la línea {0} una celda tiene más texto después de sus comillas de cierre (como &quot;5&quot; pulgadas&quot;), así que no está claro dónde termina la celda.</translation>
    </message>
    <message>
        <source>Open the file in a text editor and fix the quote marks on that line (a quote inside a cell is written &quot;&quot;).</source>
        <translation>Abra el archivo en un editor de texto y corrija las comillas de esa línea (unas comillas dentro de una celda se escriben &quot;&quot;).</translation>
    </message>
    <message>
        <source>a cell in the record that starts on line {0} is longer than {1} MB; this is almost always a quote mark that is never closed.</source>
        <translation>una celda del registro que empieza en la línea {0} supera {1} MB; casi siempre se debe a unas comillas que nunca se cierran.</translation>
    </message>
    <message>
        <source>line {0} cannot be read as a table row ({1}).</source>
        <translation>la línea {0} no se puede leer como fila de tabla ({1}).</translation>
    </message>
    <message>
        <source>Fix that line in a text editor, or save the table again from Excel as CSV.</source>
        <translation>Corrija esa línea en un editor de texto, o guarde de nuevo la tabla desde Excel como CSV.</translation>
    </message>
    <message>
        <source>The record starting on line {row} holds an odd number of quote marks: one is missing or stray, which can split a record in two or join two records. Check that line in a text editor, and compare the record count with the file.</source>
        <translation>El registro que empieza en la línea {row} tiene un número impar de comillas: falta una o sobra una, lo que puede partir un registro en dos o unir dos registros. Revise esa línea en un editor de texto y compare el número de registros con el archivo.</translation>
    </message>
    <message>
        <source>The records starting on lines {rows} hold an odd number of quote marks: one is missing or stray, which can split a record in two or join two records. Check those lines in a text editor, and compare the record count with the file.</source>
        <translation>Los registros que empiezan en las líneas {rows} tienen un número impar de comillas: falta una o sobra una, lo que puede partir un registro en dos o unir dos registros. Revise esas líneas en un editor de texto y compare el número de registros con el archivo.</translation>
    </message>
    <message>
        <source>cannot be read as text in {0} ({1}).</source>
        <translation>no se puede leer como texto en {0} ({1}).</translation>
    </message>
    <message>
        <source>Save the file from Excel as &quot;CSV UTF-8&quot; and open it again.</source>
        <translation>Guarde el archivo desde Excel como &quot;CSV UTF-8&quot; y vuelva a abrirlo.</translation>
    </message>
    <message>
        <source>has no values in it.</source>
        <translation>no tiene valores.</translation>
    </message>
    <message>
        <source>Check that you chose the right file.</source>
        <translation>Compruebe que eligió el archivo correcto.</translation>
    </message>
    <message>
        <source>is not an Excel workbook: it holds binary data (perhaps a picture, a PDF or another program&apos;s file renamed).</source>
        <translation>no es un libro de Excel: contiene datos binarios (quizá una imagen, un PDF o el archivo de otro programa con otro nombre).</translation>
    </message>
    <message>
        <source>is not a text table: it holds binary data (perhaps a picture, a PDF or another program&apos;s file renamed).</source>
        <translation>no es una tabla de texto: contiene datos binarios (quizá una imagen, un PDF o el archivo de otro programa con otro nombre).</translation>
    </message>
    <message>
        <source>Choose the CSV or Excel file that holds the records (export it again from the case-management system if it is an export).</source>
        <translation>Elija el archivo CSV o Excel que contiene los registros (expórtelo de nuevo desde el sistema de gestión de casos si es una exportación).</translation>
    </message>
    <message>
        <source>is a web page (HTML), not a table file, even if its name says Excel or CSV; some case systems export this way.</source>
        <translation>es una página web (HTML), no un archivo de tabla, aunque su nombre diga Excel o CSV; algunos sistemas de gestión de casos exportan así.</translation>
    </message>
    <message>
        <source>Open it in Excel, then use File → Save As → &quot;Excel Workbook (.xlsx)&quot; and open the saved file.</source>
        <translation>Ábralo en Excel, use Archivo → Guardar como → &quot;Libro de Excel (.xlsx)&quot; y abra el archivo guardado.</translation>
    </message>
    <message>
        <source>is an XML file (perhaps an Excel 2003 XML spreadsheet), which this app does not read.</source>
        <translation>es un archivo XML (quizá una hoja de cálculo XML de Excel 2003), que esta aplicación no lee.</translation>
    </message>
    <message>
        <source>Read as {0}, not UTF-8. If accented letters look wrong, save the file from Excel as &quot;CSV UTF-8&quot; and open it again.</source>
        <translation>Leído como {0}, no como UTF-8. Si las letras con acento se ven mal, guarde el archivo desde Excel como &quot;CSV UTF-8&quot; y vuelva a abrirlo.</translation>
    </message>
    <message>
        <source>The record(s) starting on line(s) {0} hold a cell whose lines look like whole records. A quote mark there may be closed in the wrong place, hiding records inside one cell: check those lines in a text editor, and compare the record count with the file.</source>
        <translation>Los registros que empiezan en las líneas {0} contienen una celda cuyas líneas parecen registros completos. Puede que unas comillas se cierren en el lugar equivocado y oculten registros dentro de una celda: revise esas líneas en un editor de texto y compare el número de registros con el archivo.</translation>
    </message>
</context>
</TS>
