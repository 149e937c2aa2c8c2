<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>CheckBundle</name>
    <message>
        <source>line {0} is not JSON</source>
        <translation>la ligne {0} n&apos;est pas du JSON</translation>
    </message>
    <message>
        <source>line {0} does not carry the hash of line {1}</source>
        <translation>la ligne {0} ne porte pas l&apos;empreinte de la ligne {1}</translation>
    </message>
</context>
</TS>
