<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>LoadPage</name>
    <message>
        <source>Open the export of victim records from your case system (CSV or Excel). If the perpetrators are in a separate sheet or file, open that too. Nothing in these files is changed.</source>
        <translation>Abra la exportación de registros de víctimas de su sistema de gestión de casos (CSV o Excel). Si los perpetradores están en una hoja o un archivo aparte, ábralo también. Nada de estos archivos se modifica.</translation>
    </message>
    <message>
        <source>Victim records</source>
        <translation>Registros de víctimas</translation>
    </message>
    <message>
        <source>{file} has several sheets. Pick the one with the victim records:</source>
        <translation>{file} tiene varias hojas. Elija la de los registros de víctimas:</translation>
    </message>
    <message>
        <source>Perpetrator records (optional)</source>
        <translation>Registros de perpetradores (opcional)</translation>
    </message>
    <message>
        <source>{file} has several sheets. Pick the one with the perpetrator records:</source>
        <translation>{file} tiene varias hojas. Elija la de los registros de perpetradores:</translation>
    </message>
    <message>
        <source>Victim columns</source>
        <translation>Columnas de víctimas</translation>
    </message>
    <message>
        <source>Victim rows</source>
        <translation>Filas de víctimas</translation>
    </message>
    <message>
        <source>Perpetrator columns</source>
        <translation>Columnas de perpetradores</translation>
    </message>
    <message>
        <source>Perpetrator rows</source>
        <translation>Filas de perpetradores</translation>
    </message>
    <message>
        <source>Once a file is open, its columns and rows are shown here, so you can check it is the right one.
You can also drag a file from your folder onto this page.</source>
        <translation>Cuando abra un archivo, sus columnas y filas aparecerán aquí, para que compruebe que es el correcto.
También puede arrastrar un archivo desde su carpeta a esta página.</translation>
    </message>
    <message>
        <source>Open the victim records</source>
        <translation>Abrir los registros de víctimas</translation>
    </message>
    <message>
        <source>Open the perpetrator records</source>
        <translation>Abrir los registros de perpetradores</translation>
    </message>
</context>
</TS>
