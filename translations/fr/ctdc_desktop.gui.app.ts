<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>window</name>
    <message>
        <source>The sample export is missing from this installation: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
