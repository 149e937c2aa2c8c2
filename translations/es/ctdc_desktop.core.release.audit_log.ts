<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>CheckBundle</name>
    <message>
        <source>line {0} is not JSON</source>
        <translation>la línea {0} no es JSON</translation>
    </message>
    <message>
        <source>line {0} does not carry the hash of line {1}</source>
        <translation>la línea {0} no lleva la huella de la línea {1}</translation>
    </message>
</context>
</TS>
