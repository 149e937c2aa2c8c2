<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Figures</name>
    <message>
        <source>The synthetic data has {0} records; the released counts give {1} records in all.</source>
        <translation>Los datos sintéticos tienen {0} registros; los recuentos publicados dan {1} registros en total.</translation>
    </message>
</context>
</TS>
