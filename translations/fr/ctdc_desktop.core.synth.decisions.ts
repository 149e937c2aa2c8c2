<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>SynthesisDecisions</name>
    <message>
        <source>holds a parameter that cannot be used: {0}</source>
        <translation>contient un paramètre inutilisable : {0}</translation>
    </message>
</context>
</TS>
