<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ProjectController</name>
    <message>
        <source>project.ctdcproj</source>
        <translation>proyecto.ctdcproj</translation>
    </message>
    <message>
        <source>Project not saved</source>
        <translation>Proyecto no guardado</translation>
    </message>
    <message>
        <source>Saved the project “{0}”.</source>
        <translation>Proyecto “{0}” guardado.</translation>
    </message>
    <message>
        <source>Project not opened</source>
        <translation>Proyecto no abierto</translation>
    </message>
    <message>
        <source>The project “{0}” was not opened: a source file is missing.</source>
        <translation>El proyecto “{0}” no se abrió: falta un archivo de origen.</translation>
    </message>
    <message>
        <source>Opened the project “{0}”.</source>
        <translation>Proyecto “{0}” abierto.</translation>
    </message>
</context>
</TS>
