<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Recode</name>
    <message>
        <source>Counting the values of {name}</source>
        <translation>Comptage des valeurs de {name}</translation>
    </message>
    <message>
        <source>{name} (recoded)</source>
        <translation>{name} (recodé)</translation>
    </message>
</context>
</TS>
