<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Progress</name>
    <message>
        <source>Counting combinations of values</source>
        <translation>Contando las combinaciones de valores</translation>
    </message>
    <message>
        <source>Finding records with rare combinations</source>
        <translation>Buscando los registros con combinaciones raras</translation>
    </message>
</context>
</TS>
