<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Profile</name>
    <message>
        <source>Looking at column {0}</source>
        <translation>Examinando la columna {0}</translation>
    </message>
    <message>
        <source>Columns profiled</source>
        <translation>Columnas examinadas</translation>
    </message>
</context>
</TS>
