<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Profile</name>
    <message>
        <source>Looking at column {0}</source>
        <translation>Examen de la colonne {0}</translation>
    </message>
    <message>
        <source>Columns profiled</source>
        <translation>Colonnes examinées</translation>
    </message>
</context>
</TS>
