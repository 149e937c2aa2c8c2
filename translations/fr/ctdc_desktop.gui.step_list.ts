<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>StepList</name>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>À compléter</translation>
    </message>
    <message>
        <source>Not yet available</source>
        <translation>Pas encore disponible</translation>
    </message>
    <message>
        <source>In a later version</source>
        <translation>Dans une version ultérieure</translation>
    </message>
    <message>
        <source>Step {0}, {1}: {2}</source>
        <translation>Étape {0}, {1} : {2}</translation>
    </message>
    <message>
        <source>Opens when “{0}” is done.</source>
        <translation>S&apos;ouvre quand “{0}” est terminé.</translation>
    </message>
    <message>
        <source>Not available yet.</source>
        <translation>Pas encore disponible.</translation>
    </message>
    <message>
        <source>“{0}” arrives in a later version of CTDC Desktop; open it to read what it will do.</source>
        <translation>“{0}” arrive dans une version ultérieure de CTDC Desktop ; ouvrez-la pour lire ce qu&apos;elle fera.</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0} : {1}</translation>
    </message>
</context>
</TS>
