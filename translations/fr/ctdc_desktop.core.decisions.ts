<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Decisions</name>
    <message>
        <source>key &apos;{0}&apos; {1}</source>
        <translation>clé « {0} » : {1}</translation>
    </message>
    <message>
        <source>should be a JSON object.</source>
        <translation>doit être un objet JSON.</translation>
    </message>
    <message>
        <source>should be a list.</source>
        <translation>doit être une liste.</translation>
    </message>
    <message>
        <source>is not a setting of this step (known: {0}).</source>
        <translation>n&apos;est pas un réglage de cette étape (réglages connus : {0}).</translation>
    </message>
    <message>
        <source>should be text, not {0}.</source>
        <translation>doit être un texte, pas {0}.</translation>
    </message>
    <message>
        <source>should be non-empty text, not {0}.</source>
        <translation>doit être un texte non vide, pas {0}.</translation>
    </message>
    <message>
        <source>should be one of {0}, not {1}.</source>
        <translation>doit être l&apos;une des valeurs {0}, pas {1}.</translation>
    </message>
    <message>
        <source>should be true or false, not {0}.</source>
        <translation>doit valoir true ou false, pas {0}.</translation>
    </message>
    <message>
        <source>should be true, false or null, not {0}.</source>
        <translation>doit valoir true, false ou null, pas {0}.</translation>
    </message>
    <message>
        <source>should be a whole number, not {0}.</source>
        <translation>doit être un nombre entier, pas {0}.</translation>
    </message>
    <message>
        <source>should be a number, not {0}.</source>
        <translation>doit être un nombre, pas {0}.</translation>
    </message>
    <message>
        <source>should be a positive number, not {0}.</source>
        <translation>doit être un nombre positif, pas {0}.</translation>
    </message>
    <message>
        <source>should be a list of texts.</source>
        <translation>doit être une liste de textes.</translation>
    </message>
    <message>
        <source>is missing.</source>
        <translation>est absente.</translation>
    </message>
</context>
</TS>
