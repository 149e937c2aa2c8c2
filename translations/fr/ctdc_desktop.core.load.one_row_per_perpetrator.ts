<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>OneRowPerPerpetrator</name>
    <message>
        <source>{file} cannot be read as one row per perpetrator: no column holds case IDs that repeat on several rows while other columns differ between those rows. Read it as one row per victim, or open the perpetrators as their own sheet or file.</source>
        <translation>{file} ne peut pas être lu à raison d’une ligne par auteur : aucune colonne ne contient de numéros de dossier répétés sur plusieurs lignes dont les autres colonnes diffèrent. Lisez-le à raison d’une ligne par victime, ou ouvrez les auteurs comme une feuille ou un fichier à part.</translation>
    </message>
    <message>
        <source>The export has one row per perpetrator: its {rows} rows were read as {victims} victims, each counted once, and {perpetrators} perpetrator records, linked by the column {column}.</source>
        <translation>L’export compte une ligne par auteur : ses {rows} lignes ont été lues comme {victims} victimes, chacune comptée une fois, et {perpetrators} fiches d’auteurs, reliées par la colonne {column}.</translation>
    </message>
    <message>
        <source>The victims&apos; column {column} differs between the rows of a same case (cases: {cases}; rows {rows}); the first filled value of each case is kept.</source>
        <translation>La colonne des victimes {column} diffère entre les lignes d’un même dossier (dossiers : {cases} ; lignes {rows}) ; la première valeur remplie de chaque dossier est gardée.</translation>
    </message>
</context>
</TS>
