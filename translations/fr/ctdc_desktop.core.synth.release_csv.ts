<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Synthesis</name>
    <message>
        <source>Column &apos;{0}&apos; has the name of a column that aggregates.csv adds itself. Rename it and try again.</source>
        <translation>La colonne &apos;{0}&apos; porte le nom d&apos;une colonne qu&apos;aggregates.csv ajoute lui-même. Renommez-la et réessayez.</translation>
    </message>
</context>
</TS>
