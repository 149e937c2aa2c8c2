<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>IdentifierKind</name>
    <message>
        <source>person name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address or place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID or document number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caseworker or referrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPS position or meeting place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
