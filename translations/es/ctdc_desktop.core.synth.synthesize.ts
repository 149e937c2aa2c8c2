<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Synthesis</name>
    <message>
        <source>Checking columns: </source>
        <translation>Comprobando las columnas: </translation>
    </message>
</context>
</TS>
