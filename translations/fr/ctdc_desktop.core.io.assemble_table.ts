<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Reading</name>
    <message>
        <source>{0} and {1} more</source>
        <translation>{0} et {1} de plus</translation>
    </message>
    <message>
        <source>Extra spaces or line breaks in a column name were removed.</source>
        <translation>Les espaces en trop ou retours à la ligne d’un nom de colonne ont été supprimés.</translation>
    </message>
    <message>
        <source>Extra spaces or line breaks in {0} column names were removed.</source>
        <translation>Les espaces en trop ou retours à la ligne de {0} noms de colonne ont été supprimés.</translation>
    </message>
    <message>
        <source>Some column names appear more than once and were numbered: {0}.</source>
        <translation>Certains noms de colonne apparaissent plusieurs fois et ont été numérotés : {0}.</translation>
    </message>
    <message>
        <source>Reading rows ({0} so far)</source>
        <translation>Lecture des lignes ({0} jusqu&apos;ici)</translation>
    </message>
    <message>
        <source>Read {0} rows</source>
        <translation>{0} lignes lues</translation>
    </message>
    <message>
        <source>Reading rows</source>
        <translation>Lecture des lignes</translation>
    </message>
    <message>
        <source>has no values in sheet &quot;{0}&quot;.</source>
        <translation>ne contient aucune valeur dans la feuille &quot;{0}&quot;.</translation>
    </message>
    <message>
        <source>has no values in the file.</source>
        <translation>ne contient aucune valeur.</translation>
    </message>
    <message>
        <source>Check that you chose the right file or sheet.</source>
        <translation>Vérifiez que vous avez choisi le bon fichier ou la bonne feuille.</translation>
    </message>
    <message>
        <source>Row {0} was read as the column names, but it looks like a record: its cells hold numbers, sentences or values like those in the rows below it. If the file has no header row, say so (“The file has no header row” in the Load step, --no-header on the command line): every row is then read as a record, and the columns are called “column 1”, “column 2”…</source>
        <translation>La ligne {0} a été lue comme les noms de colonne, mais elle ressemble à un enregistrement : ses cellules contiennent des nombres, des phrases ou des valeurs comme celles des lignes en dessous. Si le fichier n’a pas de ligne d’en-tête, indiquez-le (« Le fichier n’a pas de ligne d’en-tête » à l’étape Chargement, --no-header en ligne de commande) : chaque ligne est alors lue comme un enregistrement, et les colonnes s’appellent « column 1 », « column 2 »…</translation>
    </message>
    <message>
        <source>The column names were found in row {0}; the filled row above them (a title) was not read as a record.</source>
        <translation>Les noms de colonne ont été trouvés à la ligne {0} ; la ligne remplie au-dessus (un titre) n’a pas été lue comme un enregistrement.</translation>
    </message>
    <message>
        <source>The column names were found in row {0}; the {1} filled rows above them (titles) were not read as records.</source>
        <translation>Les noms de colonne ont été trouvés à la ligne {0} ; les {1} lignes remplies au-dessus (des titres) n’ont pas été lues comme des enregistrements.</translation>
    </message>
    <message>
        <source>Row {0} describes the column names in words and was not read as a record.</source>
        <translation>La ligne {0} décrit les noms de colonne en toutes lettres ; elle n&apos;a pas été lue comme un enregistrement.</translation>
    </message>
    <message>
        <source>The first column has no name and only numbers the rows; it was left out.</source>
        <translation>La première colonne n&apos;a pas de nom et ne fait que numéroter les lignes ; elle a été laissée de côté.</translation>
    </message>
    <message>
        <source>A column had no name and is called by its position: {0}.</source>
        <translation>Une colonne n’avait pas de nom et est désignée par sa position : {0}.</translation>
    </message>
    <message>
        <source>{1} columns had no name and are called by their position: {0}.</source>
        <translation>{1} colonnes n’avaient pas de nom et sont désignées par leur position : {0}.</translation>
    </message>
    <message>
        <source>Row {row} has fewer values than there are column names; its last cells were read as empty. Check that no value slipped into the wrong column.</source>
        <translation>La ligne {row} a moins de valeurs qu&apos;il n&apos;y a de noms de colonne ; ses dernières cellules ont été lues comme vides. Vérifiez qu&apos;aucune valeur n&apos;a glissé dans une autre colonne.</translation>
    </message>
    <message>
        <source>Rows {rows} have fewer values than there are column names; their last cells were read as empty. Check that no value slipped into the wrong column.</source>
        <translation>Les lignes {rows} ont moins de valeurs qu&apos;il n&apos;y a de noms de colonne ; leurs dernières cellules ont été lues comme vides. Vérifiez qu&apos;aucune valeur n&apos;a glissé dans une autre colonne.</translation>
    </message>
    <message>
        <source>An empty row was skipped (row {row}).</source>
        <translation>Une ligne vide a été ignorée (ligne {row}).</translation>
    </message>
    <message>
        <source>{count} empty rows were skipped (rows {rows}).</source>
        <translation>{count} lignes vides ont été ignorées (lignes {rows}).</translation>
    </message>
    <message>
        <source>Row {row} has more values than there are column names ({count}, taken from row {header}), so values would land in the wrong columns.</source>
        <translation>La ligne {row} a plus de valeurs qu&apos;il n&apos;y a de noms de colonne ({count}, pris à la ligne {header}) : des valeurs tomberaient dans les mauvaises colonnes.</translation>
    </message>
    <message>
        <source>Rows {rows} have more values than there are column names ({count}, taken from row {header}), so values would land in the wrong columns.</source>
        <translation>Les lignes {rows} ont plus de valeurs qu&apos;il n&apos;y a de noms de colonne ({count}, pris à la ligne {header}) : des valeurs tomberaient dans les mauvaises colonnes.</translation>
    </message>
    <message>
        <source>This usually comes from a stray separator or quote mark in that row: fix the row in Excel or a text editor and save again.</source>
        <translation>Cela vient en général d&apos;un séparateur ou d&apos;un guillemet en trop dans cette ligne : corrigez-la dans Excel ou un éditeur de texte, puis enregistrez à nouveau.</translation>
    </message>
    <message>
        <source>has column names (row {0}) but no records below them in sheet &quot;{1}&quot;.</source>
        <translation>a des noms de colonne (ligne {0}) mais aucun enregistrement en dessous dans la feuille &quot;{1}&quot;.</translation>
    </message>
    <message>
        <source>has column names (row {0}) but no records below them in the file.</source>
        <translation>a des noms de colonne (ligne {0}) mais aucun enregistrement en dessous.</translation>
    </message>
    <message>
        <source>Check that you chose the right file or sheet, and export the cases again if the export came out empty.</source>
        <translation>Vérifiez que vous avez choisi le bon fichier ou la bonne feuille, et exportez à nouveau les cas si l&apos;export est sorti vide.</translation>
    </message>
</context>
</TS>
