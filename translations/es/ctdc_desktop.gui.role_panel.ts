<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>RolePanel</name>
    <message>
        <source>No file opened yet.</source>
        <translation>Todavía no hay ningún archivo abierto.</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Abrir…</translation>
    </message>
    <message>
        <source>Choose a CSV or Excel export from your case system.</source>
        <translation>Elija una exportación CSV o Excel de su sistema de gestión de casos.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Work without this file.</source>
        <translation>Trabajar sin este archivo.</translation>
    </message>
    <message>
        <source>Sheets of the workbook</source>
        <translation>Hojas del libro</translation>
    </message>
    <message>
        <source>&amp;Load this sheet</source>
        <translation>&amp;Cargar esta hoja</translation>
    </message>
    <message>
        <source>Stop reading this file. Nothing is changed.</source>
        <translation>Dejar de leer este archivo. No se modifica nada.</translation>
    </message>
    <message>
        <source>The file has no &amp;header row</source>
        <translation>El archivo no tiene fila de &amp;encabezado</translation>
    </message>
    <message>
        <source>Tick when the first row is a record, not the column names: every row is then read as a record and the columns are called “column 1”, “column 2”…</source>
        <translation>Márquelo si la primera fila es un registro y no los nombres de columna: cada fila se lee entonces como un registro y las columnas se llaman «column 1», «column 2»…</translation>
    </message>
    <message>
        <source>Opening {file}…</source>
        <translation>Abriendo {file}…</translation>
    </message>
    <message>
        <source>{count} rows</source>
        <translation>{count} filas</translation>
    </message>
    <message>
        <source>sheet “{sheet}”</source>
        <translation>hoja “{sheet}”</translation>
    </message>
    <message>
        <source>{count} columns</source>
        <translation>{count} columnas</translation>
    </message>
    <message>
        <source>no header row</source>
        <translation>sin fila de encabezado</translation>
    </message>
    <message>
        <source>column names on row {row}</source>
        <translation>nombres de columna en la fila {row}</translation>
    </message>
    <message>
        <source>… and {count} more.</source>
        <translation>… y {count} más.</translation>
    </message>
    <message>
        <source>Please check:</source>
        <translation>Revise:</translation>
    </message>
</context>
</TS>
