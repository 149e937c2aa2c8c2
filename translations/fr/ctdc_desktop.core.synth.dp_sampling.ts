<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Progress</name>
    <message>
        <source>Matching the released counts</source>
        <translation>Ajustement aux comptages publiés</translation>
    </message>
    <message>
        <source>Drawing synthetic records</source>
        <translation>Tirage des enregistrements synthétiques</translation>
    </message>
</context>
</TS>
