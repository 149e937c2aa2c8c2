<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>PerpetratorRowsPanel</name>
    <message>
        <source>One row per perpetrator</source>
        <translation>Une ligne par auteur</translation>
    </message>
    <message>
        <source>Read the sheet as one row per &amp;perpetrator</source>
        <translation>Lire la feuille à raison d’une ligne par &amp;auteur</translation>
    </message>
    <message>
        <source>Ticked: each case is one victim, and each row with a perpetrator is one perpetrator record. Unticked: each row is read as a victim.</source>
        <translation>Cochée : chaque dossier est une victime, et chaque ligne qui a un auteur est une fiche d’auteur. Décochée : chaque ligne est lue comme une victime.</translation>
    </message>
    <message>
        <source>This sheet has several rows for {several} of {cases} cases: it looks like one row per perpetrator. The victims&apos; columns ({victim_columns}) are read once per case; the perpetrators&apos; columns ({perpetrator_columns}) become the perpetrator records, linked by the column {case}.</source>
        <translation>Cette feuille a plusieurs lignes pour {several} dossiers sur {cases} : elle semble compter une ligne par auteur. Les colonnes des victimes ({victim_columns}) sont lues une fois par dossier ; les colonnes des auteurs ({perpetrator_columns}) deviennent les fiches d’auteurs, reliées par la colonne {case}.</translation>
    </message>
    <message>
        <source>Victims&apos; columns: {victims}
Perpetrators&apos; columns: {perpetrators}</source>
        <translation>Colonnes des victimes : {victims}
Colonnes des auteurs : {perpetrators}</translation>
    </message>
    <message>
        <source>Perpetrators in numbered columns</source>
        <translation>Auteurs dans des colonnes numérotées</translation>
    </message>
    <message>
        <source>Read the numbered columns as &amp;perpetrators</source>
        <translation>Lire les colonnes numérotées comme des &amp;auteurs</translation>
    </message>
    <message>
        <source>The file has no case ID: both tables get a column {case} with each victim&apos;s row number.</source>
        <translation>Le fichier n’a pas d’identifiant de dossier : les deux tables reçoivent une colonne {case} avec le numéro de ligne de chaque victime.</translation>
    </message>
    <message>
        <source>The two tables are linked by the column {case}.</source>
        <translation>Les deux tables sont reliées par la colonne {case}.</translation>
    </message>
    <message>
        <source>This sheet has one row per victim with up to {numbers} perpetrators side by side ({fields}). Each numbered group with a filled cell becomes a perpetrator record: {perpetrators} for {victims} victims.</source>
        <translation>Cette feuille a une ligne par victime avec jusqu’à {numbers} auteurs côte à côte ({fields}). Chaque groupe numéroté dont une cellule est remplie devient une fiche d’auteur : {perpetrators} pour {victims} victimes.</translation>
    </message>
    <message>
        <source>Perpetrator {n}: {columns}</source>
        <translation>Auteur {n} : {columns}</translation>
    </message>
    <message numerus="yes">
        <source>The victims&apos; column {column} differs between the rows of %n cases (rows {rows}): the first filled value of each case is kept. Check those rows in the file.</source>
        <translation>
            <numerusform>La colonne des victimes {column} diffère entre les lignes de %n dossier (lignes {rows}) : la première valeur remplie de chaque dossier est gardée. Vérifiez ces lignes dans le fichier.</numerusform>
            <numerusform>La colonne des victimes {column} diffère entre les lignes de %n dossiers (lignes {rows}) : la première valeur remplie de chaque dossier est gardée. Vérifiez ces lignes dans le fichier.</numerusform>
        </translation>
    </message>
</context>
</TS>
