<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ColumnLabel</name>
    <message>
        <source>age at registration (from the birth date)</source>
        <translation>edad al registro (calculada a partir de la fecha de nacimiento)</translation>
    </message>
</context>
</TS>
