<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Identifiers</name>
    <message>
        <source>Reading notes</source>
        <translation>Leyendo las notas</translation>
    </message>
</context>
<context>
    <name>SpanKind</name>
    <message>
        <source>e-mail</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>número de teléfono</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>número de identidad</translation>
    </message>
    <message>
        <source>person name</source>
        <translation>nombre de persona</translation>
    </message>
    <message>
        <source>address</source>
        <translation>dirección</translation>
    </message>
    <message>
        <source>place</source>
        <translation>lugar</translation>
    </message>
</context>
</TS>
