<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>NumberedPerpetrators</name>
    <message>
        <source>perpetrator {n}: {columns}</source>
        <translation>auteur {n} : {columns}</translation>
    </message>
    <message>
        <source>the file has no case ID column: both tables got a column {column} holding each victim&apos;s row number</source>
        <translation>le fichier n’a pas de colonne d’identifiant de dossier : les deux tables ont reçu une colonne {column} qui contient le numéro de ligne de chaque victime</translation>
    </message>
    <message>
        <source>linked by the column {column}</source>
        <translation>reliées par la colonne {column}</translation>
    </message>
    <message>
        <source>The export has one row per victim with the perpetrators in numbered columns: its {victims} rows were read as {victims} victims and {perpetrators} perpetrator records ({fields}), {link}. Columns read as perpetrators: {groups}.</source>
        <translation>L’export compte une ligne par victime, les auteurs dans des colonnes numérotées : ses {victims} lignes ont été lues comme {victims} victimes et {perpetrators} fiches d’auteurs ({fields}), {link}. Colonnes lues comme auteurs : {groups}.</translation>
    </message>
</context>
</TS>
