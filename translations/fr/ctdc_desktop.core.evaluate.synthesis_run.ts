<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Synthesis</name>
    <message>
        <source>Comparing with the real records: </source>
        <translation>Comparaison avec les enregistrements réels&#xa0;: </translation>
    </message>
</context>
</TS>
