<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Reading</name>
    <message>
        <source>a PDF document</source>
        <translation>un documento PDF</translation>
    </message>
    <message>
        <source>a picture (PNG)</source>
        <translation>una imagen (PNG)</translation>
    </message>
    <message>
        <source>a picture (JPEG)</source>
        <translation>una imagen (JPEG)</translation>
    </message>
    <message>
        <source>a picture (GIF)</source>
        <translation>una imagen (GIF)</translation>
    </message>
    <message>
        <source>a compressed (gzip) file</source>
        <translation>un archivo comprimido (gzip)</translation>
    </message>
    <message>
        <source>a compressed (7-Zip) file</source>
        <translation>un archivo comprimido (7-Zip)</translation>
    </message>
    <message>
        <source>a compressed (RAR) file</source>
        <translation>un archivo comprimido (RAR)</translation>
    </message>
    <message>
        <source>a program</source>
        <translation>un programa</translation>
    </message>
    <message>
        <source>is {0}, not a table of case records.</source>
        <translation>es {0}, no una tabla de casos.</translation>
    </message>
    <message>
        <source>Choose the CSV or Excel file that holds the records (export it again from the case-management system if it is an export).</source>
        <translation>Elija el archivo CSV o Excel que contiene los registros (expórtelo de nuevo desde el sistema de gestión de casos si es una exportación).</translation>
    </message>
    <message>
        <source>does not exist.</source>
        <translation>no existe.</translation>
    </message>
    <message>
        <source>Check the folder and the file name, then open it again.</source>
        <translation>Compruebe la carpeta y el nombre del archivo, y vuelva a abrirlo.</translation>
    </message>
    <message>
        <source>is a folder, not a file.</source>
        <translation>es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <source>Choose the export file inside it.</source>
        <translation>Elija el archivo exportado que contiene.</translation>
    </message>
    <message>
        <source>cannot be opened: permission denied.</source>
        <translation>no se puede abrir: permiso denegado.</translation>
    </message>
    <message>
        <source>Close it in Excel, or copy it to your Documents folder.</source>
        <translation>Ciérrelo en Excel o cópielo en su carpeta Documentos.</translation>
    </message>
    <message>
        <source>cannot be opened ({0}).</source>
        <translation>no se puede abrir ({0}).</translation>
    </message>
    <message>
        <source>Copy it to your computer and try again.</source>
        <translation>Cópielo en su computadora e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>is empty (0 bytes).</source>
        <translation>está vacío (0 bytes).</translation>
    </message>
    <message>
        <source>Check that you chose the right file; if it should hold records, save or export it again and open that.</source>
        <translation>Compruebe que eligió el archivo correcto; si debe contener registros, guárdelo o expórtelo de nuevo y abra ese archivo.</translation>
    </message>
    <message>
        <source>is damaged: it starts like an Excel workbook but cannot be opened.</source>
        <translation>está dañado: empieza como un libro de Excel pero no se puede abrir.</translation>
    </message>
    <message>
        <source>Open it in Excel; if Excel repairs it, save it under a new name and open that copy.</source>
        <translation>Ábralo en Excel; si Excel lo repara, guárdelo con otro nombre y abra esa copia.</translation>
    </message>
    <message>
        <source>a Word document</source>
        <translation>un documento de Word</translation>
    </message>
    <message>
        <source>a PowerPoint presentation</source>
        <translation>una presentación de PowerPoint</translation>
    </message>
    <message>
        <source>a ZIP archive</source>
        <translation>un archivo ZIP</translation>
    </message>
    <message>
        <source>is too large to open on this computer: there is not enough free memory.</source>
        <translation>es demasiado grande para esta computadora: no hay suficiente memoria libre.</translation>
    </message>
    <message>
        <source>Close other programs and try again, or export the cases in smaller parts (for example one file per year).</source>
        <translation>Cierre otros programas e inténtelo de nuevo, o exporte los casos en partes más pequeñas (por ejemplo, un archivo por año).</translation>
    </message>
    <message>
        <source>could not be read to the end ({0}).</source>
        <translation>no se pudo leer hasta el final ({0}).</translation>
    </message>
    <message>
        <source>Copy the file to this computer&apos;s Documents folder and open that copy.</source>
        <translation>Copie el archivo en la carpeta Documentos de esta computadora y abra esa copia.</translation>
    </message>
    <message>
        <source>is a text file and has no sheets, so sheet &quot;{0}&quot; cannot be chosen.</source>
        <translation>es un archivo de texto y no tiene hojas, así que no se puede elegir la hoja &quot;{0}&quot;.</translation>
    </message>
    <message>
        <source>Leave the sheet out for CSV and text files.</source>
        <translation>No indique ninguna hoja para archivos CSV y de texto.</translation>
    </message>
</context>
</TS>
