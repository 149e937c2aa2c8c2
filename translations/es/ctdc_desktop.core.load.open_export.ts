<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>OpenExport</name>
    <message>
        <source>One row per perpetrator: the perpetrators are read from the victims&apos; rows of {file}; a perpetrators file or sheet cannot be given too.</source>
        <translation>Una fila por perpetrador: los perpetradores se leen de las filas de las víctimas de {file}; no se puede indicar además un archivo o una hoja de perpetradores.</translation>
    </message>
</context>
</TS>
