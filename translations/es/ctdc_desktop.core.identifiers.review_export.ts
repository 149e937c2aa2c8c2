<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Identifiers</name>
    <message>
        <source>Victim records: </source>
        <translation>Registros de víctimas: </translation>
    </message>
    <message>
        <source>Perpetrator records: </source>
        <translation>Registros de perpetradores: </translation>
    </message>
</context>
</TS>
