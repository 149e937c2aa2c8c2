<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Proposals</name>
    <message>
        <source>Proposed</source>
        <translation>Proposé</translation>
    </message>
    <message>
        <source>the same column is proposed for {others}: choose which</source>
        <translation>la même colonne est proposée pour {others} : choisissez laquelle</translation>
    </message>
    <message>
        <source>Looking for {name}</source>
        <translation>Recherche de {name}</translation>
    </message>
    <message>
        <source>the program has no rule to find this variable</source>
        <translation>le programme n’a pas de règle pour trouver cette variable</translation>
    </message>
    <message>
        <source>the export has no perpetrators table; load the perpetrators too</source>
        <translation>l’export n’a pas de table des auteurs ; chargez aussi les auteurs</translation>
    </message>
</context>
</TS>
