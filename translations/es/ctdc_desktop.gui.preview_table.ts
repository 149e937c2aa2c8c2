<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>PreviewTable</name>
    <message>
        <source>Preview of the records</source>
        <translation>Vista previa de los registros</translation>
    </message>
</context>
</TS>
