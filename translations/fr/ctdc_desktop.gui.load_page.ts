<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>LoadPage</name>
    <message>
        <source>Open the export of victim records from your case system (CSV or Excel). If the perpetrators are in a separate sheet or file, open that too. Nothing in these files is changed.</source>
        <translation>Ouvrez l&apos;export des fiches des victimes de votre système de gestion des cas (CSV ou Excel). Si les auteurs sont dans une feuille ou un fichier à part, ouvrez-le aussi. Rien n&apos;est modifié dans ces fichiers.</translation>
    </message>
    <message>
        <source>Victim records</source>
        <translation>Fiches des victimes</translation>
    </message>
    <message>
        <source>{file} has several sheets. Pick the one with the victim records:</source>
        <translation>{file} a plusieurs feuilles. Choisissez celle des fiches des victimes :</translation>
    </message>
    <message>
        <source>Perpetrator records (optional)</source>
        <translation>Fiches des auteurs (facultatif)</translation>
    </message>
    <message>
        <source>{file} has several sheets. Pick the one with the perpetrator records:</source>
        <translation>{file} a plusieurs feuilles. Choisissez celle des fiches des auteurs :</translation>
    </message>
    <message>
        <source>Victim columns</source>
        <translation>Colonnes des victimes</translation>
    </message>
    <message>
        <source>Victim rows</source>
        <translation>Lignes des victimes</translation>
    </message>
    <message>
        <source>Perpetrator columns</source>
        <translation>Colonnes des auteurs</translation>
    </message>
    <message>
        <source>Perpetrator rows</source>
        <translation>Lignes des auteurs</translation>
    </message>
    <message>
        <source>Once a file is open, its columns and rows are shown here, so you can check it is the right one.
You can also drag a file from your folder onto this page.</source>
        <translation>Une fois un fichier ouvert, ses colonnes et ses lignes s&apos;affichent ici, pour que vous vérifiiez que c&apos;est le bon.
Vous pouvez aussi faire glisser un fichier depuis votre dossier sur cette page.</translation>
    </message>
    <message>
        <source>Open the victim records</source>
        <translation>Ouvrir les fiches des victimes</translation>
    </message>
    <message>
        <source>Open the perpetrator records</source>
        <translation>Ouvrir les fiches des auteurs</translation>
    </message>
</context>
</TS>
