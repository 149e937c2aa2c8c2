<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop this step. Nothing is changed.</source>
        <translation>Arrêter cette étape. Rien n&apos;est modifié.</translation>
    </message>
</context>
</TS>
