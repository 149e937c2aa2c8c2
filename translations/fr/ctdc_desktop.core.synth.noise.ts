<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Progress</name>
    <message>
        <source>Adding noise</source>
        <translation>Ajout de bruit</translation>
    </message>
</context>
</TS>
