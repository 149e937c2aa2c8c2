<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop this step. Nothing is changed.</source>
        <translation>Detener este paso. No se modifica nada.</translation>
    </message>
</context>
</TS>
