<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
    <context>
        <name>Project</name>
        <message>
            <source>should be true, false or null.</source>
            <translation>debe ser true, false o null.</translation>
        </message>
        <message>
            <source>should be true or false.</source>
            <translation>debe ser true o false.</translation>
        </message>
    </context>
</TS>
