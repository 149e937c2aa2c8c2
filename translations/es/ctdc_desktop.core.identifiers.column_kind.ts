<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ColumnKind</name>
    <message>
        <source>identifier-like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Almost every record has its own value (names, phone numbers, case IDs): it can point to one person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentences written by hand, such as notes; they may hide names or contact details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A small set of values that repeat, such as gender or country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers, such as an age or a count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates, such as a birth date or the date of registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No record has a value in this column.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
