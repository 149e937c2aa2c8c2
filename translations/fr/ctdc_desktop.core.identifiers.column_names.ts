<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>IdentifierKind</name>
    <message>
        <source>person name</source>
        <translation>nom de personne</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>date de naissance</translation>
    </message>
    <message>
        <source>contact details</source>
        <translation>coordonnées</translation>
    </message>
    <message>
        <source>address or place</source>
        <translation>adresse ou lieu</translation>
    </message>
    <message>
        <source>ID or document number</source>
        <translation>numéro d&apos;identité ou de document</translation>
    </message>
    <message>
        <source>case ID</source>
        <translation>numéro de dossier</translation>
    </message>
    <message>
        <source>caseworker or referrer</source>
        <translation>travailleur social ou personne ayant orienté le cas</translation>
    </message>
    <message>
        <source>GPS position or meeting place</source>
        <translation>position GPS ou lieu de rencontre</translation>
    </message>
    <message>
        <source>free text</source>
        <translation>texte libre</translation>
    </message>
</context>
</TS>
