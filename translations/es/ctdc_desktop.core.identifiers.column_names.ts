<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>IdentifierKind</name>
    <message>
        <source>person name</source>
        <translation>nombre de persona</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>fecha de nacimiento</translation>
    </message>
    <message>
        <source>contact details</source>
        <translation>datos de contacto</translation>
    </message>
    <message>
        <source>address or place</source>
        <translation>dirección o lugar</translation>
    </message>
    <message>
        <source>ID or document number</source>
        <translation>número de identidad o de documento</translation>
    </message>
    <message>
        <source>case ID</source>
        <translation>número de caso</translation>
    </message>
    <message>
        <source>caseworker or referrer</source>
        <translation>trabajador social o persona que derivó el caso</translation>
    </message>
    <message>
        <source>GPS position or meeting place</source>
        <translation>posición GPS o lugar de encuentro</translation>
    </message>
    <message>
        <source>free text</source>
        <translation>texto libre</translation>
    </message>
</context>
</TS>
