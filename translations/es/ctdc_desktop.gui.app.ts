<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>MainWindow</name>
    <message>
        <source>The sample export is missing from this installation: {0}</source>
        <translation>Falta la exportación de ejemplo en esta instalación: {0}</translation>
    </message>
</context>
</TS>
