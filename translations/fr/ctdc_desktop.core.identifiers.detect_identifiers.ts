<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Identifiers</name>
    <message>
        <source>{cells} of {looked} cells are e-mail addresses and phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cells} of {looked} cells are e-mail addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cells} of {looked} cells are phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cells} of {looked} cells are dates spread over decades, as birth dates are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cells} of {looked} cells look like ID, passport or case numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cells} of {looked} cells are precise GPS coordinates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cells} of {looked} cells are first or last names found in our name lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cells} of {looked} cells hold names, contact details or ID numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{distinct} different values in {records} records: almost every record has its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column name “{column}” says it holds a {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An exact date can help single a person out; its year is enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The age at registration is kept and the birth date removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept only to link victims and perpetrators, replaced by a number, never exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes are removed; you may instead keep them with names and numbers blacked out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{found} of {scanned} notes hold names, contacts, ID numbers or places ({scanned} of the {total} notes read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{found} of {scanned} notes hold names, contacts, ID numbers or places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Transform</name>
    <message>
        <source>age at registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redact spans</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
