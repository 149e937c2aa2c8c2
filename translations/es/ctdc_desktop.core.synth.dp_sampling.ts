<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Progress</name>
    <message>
        <source>Matching the released counts</source>
        <translation>Ajustando a los recuentos publicados</translation>
    </message>
    <message>
        <source>Drawing synthetic records</source>
        <translation>Generando los registros sintéticos</translation>
    </message>
</context>
</TS>
