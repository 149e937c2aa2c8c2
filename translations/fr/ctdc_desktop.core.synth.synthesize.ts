<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Synthesis</name>
    <message>
        <source>Checking columns: </source>
        <translation>Vérification des colonnes&#xa0;: </translation>
    </message>
</context>
</TS>
