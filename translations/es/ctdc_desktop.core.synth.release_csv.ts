<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Synthesis</name>
    <message>
        <source>Column &apos;{0}&apos; has the name of a column that aggregates.csv adds itself. Rename it and try again.</source>
        <translation>La columna &apos;{0}&apos; tiene el nombre de una columna que aggregates.csv añade por sí mismo. Cámbiele el nombre e inténtelo de nuevo.</translation>
    </message>
</context>
</TS>
