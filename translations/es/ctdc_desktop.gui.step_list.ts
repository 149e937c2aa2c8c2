<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>StepList</name>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Requiere atención</translation>
    </message>
    <message>
        <source>Not yet available</source>
        <translation>Aún no disponible</translation>
    </message>
    <message>
        <source>In a later version</source>
        <translation>En una versión posterior</translation>
    </message>
    <message>
        <source>Step {0}, {1}: {2}</source>
        <translation>Paso {0}, {1}: {2}</translation>
    </message>
    <message>
        <source>Opens when “{0}” is done.</source>
        <translation>Se abre cuando “{0}” esté hecho.</translation>
    </message>
    <message>
        <source>Not available yet.</source>
        <translation>Aún no disponible.</translation>
    </message>
    <message>
        <source>“{0}” arrives in a later version of CTDC Desktop; open it to read what it will do.</source>
        <translation>“{0}” llegará en una versión posterior de CTDC Desktop; ábralo para leer lo que hará.</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
</context>
</TS>
