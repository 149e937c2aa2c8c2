<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>DataFrameModel</name>
    <message>
        <source>Empty cell</source>
        <translation>Celda vacía</translation>
    </message>
</context>
</TS>
