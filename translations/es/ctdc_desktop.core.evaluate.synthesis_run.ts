<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Synthesis</name>
    <message>
        <source>Comparing with the real records: </source>
        <translation>Comparando con los registros reales: </translation>
    </message>
</context>
</TS>
