<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ColumnKind</name>
    <message>
        <source>identifier-like</source>
        <translation>posible identificador</translation>
    </message>
    <message>
        <source>free text</source>
        <translation>texto libre</translation>
    </message>
    <message>
        <source>category</source>
        <translation>categoría</translation>
    </message>
    <message>
        <source>number</source>
        <translation>número</translation>
    </message>
    <message>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vacía</translation>
    </message>
    <message>
        <source>Almost every record has its own value (names, phone numbers, case IDs): it can point to one person.</source>
        <translation>Casi cada registro tiene su propio valor (nombres, teléfonos, números de caso): puede señalar a una persona.</translation>
    </message>
    <message>
        <source>Sentences written by hand, such as notes; they may hide names or contact details.</source>
        <translation>Frases escritas a mano, como notas; pueden ocultar nombres o datos de contacto.</translation>
    </message>
    <message>
        <source>A small set of values that repeat, such as gender or country.</source>
        <translation>Un pequeño conjunto de valores que se repiten, como el género o el país.</translation>
    </message>
    <message>
        <source>Numbers, such as an age or a count.</source>
        <translation>Números, como una edad o un recuento.</translation>
    </message>
    <message>
        <source>Dates, such as a birth date or the date of registration.</source>
        <translation>Fechas, como una fecha de nacimiento o de registro.</translation>
    </message>
    <message>
        <source>No record has a value in this column.</source>
        <translation>Ningún registro tiene un valor en esta columna.</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Looking at column {0}</source>
        <translation>Examinando la columna {0}</translation>
    </message>
    <message>
        <source>Columns profiled</source>
        <translation>Columnas examinadas</translation>
    </message>
</context>
</TS>
