<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Proposals</name>
    <message>
        <source>Proposed</source>
        <translation>Propuesto</translation>
    </message>
    <message>
        <source>the same column is proposed for {others}: choose which</source>
        <translation>la misma columna se propone para {others}: elija cuál</translation>
    </message>
    <message>
        <source>Looking for {name}</source>
        <translation>Buscando {name}</translation>
    </message>
    <message>
        <source>the program has no rule to find this variable</source>
        <translation>el programa no tiene regla para encontrar esta variable</translation>
    </message>
    <message>
        <source>the export has no perpetrators table; load the perpetrators too</source>
        <translation>la exportación no tiene tabla de tratantes; cargue también los tratantes</translation>
    </message>
</context>
</TS>
