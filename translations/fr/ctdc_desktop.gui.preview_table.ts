<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>PreviewTable</name>
    <message>
        <source>Preview of the records</source>
        <translation>Aperçu des enregistrements</translation>
    </message>
</context>
</TS>
