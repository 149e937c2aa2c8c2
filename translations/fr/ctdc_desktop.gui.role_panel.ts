<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>RolePanel</name>
    <message>
        <source>No file opened yet.</source>
        <translation>Aucun fichier ouvert pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <source>Choose a CSV or Excel export from your case system.</source>
        <translation>Choisissez un export CSV ou Excel de votre système de gestion des cas.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Work without this file.</source>
        <translation>Travailler sans ce fichier.</translation>
    </message>
    <message>
        <source>Sheets of the workbook</source>
        <translation>Feuilles du classeur</translation>
    </message>
    <message>
        <source>&amp;Load this sheet</source>
        <translation>&amp;Charger cette feuille</translation>
    </message>
    <message>
        <source>Stop reading this file. Nothing is changed.</source>
        <translation>Arrêter la lecture de ce fichier. Rien n&apos;est modifié.</translation>
    </message>
    <message>
        <source>The file has no &amp;header row</source>
        <translation>Le fichier n’a pas de ligne d’&amp;en-tête</translation>
    </message>
    <message>
        <source>Tick when the first row is a record, not the column names: every row is then read as a record and the columns are called “column 1”, “column 2”…</source>
        <translation>Cochez si la première ligne est un enregistrement et non les noms de colonne : chaque ligne est alors lue comme un enregistrement et les colonnes s’appellent « column 1 », « column 2 »…</translation>
    </message>
    <message>
        <source>Opening {file}…</source>
        <translation>Ouverture de {file}…</translation>
    </message>
    <message>
        <source>{count} rows</source>
        <translation>{count} lignes</translation>
    </message>
    <message>
        <source>sheet “{sheet}”</source>
        <translation>feuille “{sheet}”</translation>
    </message>
    <message>
        <source>{count} columns</source>
        <translation>{count} colonnes</translation>
    </message>
    <message>
        <source>no header row</source>
        <translation>sans ligne d’en-tête</translation>
    </message>
    <message>
        <source>column names on row {row}</source>
        <translation>noms de colonne à la ligne {row}</translation>
    </message>
    <message>
        <source>… and {count} more.</source>
        <translation>… et {count} de plus.</translation>
    </message>
    <message>
        <source>Please check:</source>
        <translation>À vérifier :</translation>
    </message>
</context>
</TS>
