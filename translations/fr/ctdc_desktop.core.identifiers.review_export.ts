<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Identifiers</name>
    <message>
        <source>Victim records: </source>
        <translation>Fiches des victimes : </translation>
    </message>
    <message>
        <source>Perpetrator records: </source>
        <translation>Fiches des auteurs : </translation>
    </message>
</context>
</TS>
