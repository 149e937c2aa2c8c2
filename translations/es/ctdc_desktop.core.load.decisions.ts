<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Project</name>
    <message>
        <source>lists the same role twice.</source>
        <translation>indica dos veces el mismo rol.</translation>
    </message>
</context>
</TS>
