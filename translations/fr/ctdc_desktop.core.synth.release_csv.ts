<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
    <context>
        <name>Synthesis</name>
        <message>
            <source>Column '{0}' has the name of a column that aggregates.csv adds itself. Rename it and try again.</source>
            <translation>La colonne '{0}' porte le nom d'une colonne qu'aggregates.csv ajoute lui-même. Renommez-la et réessayez.</translation>
        </message>
    </context>
</TS>
