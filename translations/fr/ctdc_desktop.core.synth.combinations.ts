<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Progress</name>
    <message>
        <source>Counting combinations of values</source>
        <translation>Comptage des combinaisons de valeurs</translation>
    </message>
    <message>
        <source>Finding records with rare combinations</source>
        <translation>Recherche des enregistrements aux combinaisons rares</translation>
    </message>
</context>
</TS>
