<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Identifiers</name>
    <message>
        <source>Reading notes</source>
        <translation>Lecture des notes</translation>
    </message>
</context>
<context>
    <name>SpanKind</name>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>numéro de téléphone</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>numéro d&apos;identité</translation>
    </message>
    <message>
        <source>person name</source>
        <translation>nom de personne</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>place</source>
        <translation>lieu</translation>
    </message>
</context>
</TS>
