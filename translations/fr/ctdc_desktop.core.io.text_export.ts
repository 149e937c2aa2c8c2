<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Reading</name>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 avec BOM</translation>
    </message>
    <message>
        <source>UTF-16 (Excel&apos;s Unicode text)</source>
        <translation>UTF-16 (texte Unicode d&apos;Excel)</translation>
    </message>
    <message>
        <source>UTF-16 little-endian</source>
        <translation>UTF-16 petit-boutiste</translation>
    </message>
    <message>
        <source>UTF-16 big-endian</source>
        <translation>UTF-16 gros-boutiste</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (Europe occidentale)</translation>
    </message>
    <message>
        <source>a quote mark in the record that starts on line {0} is never closed, so the rest of the file would read as one cell and the records after it would be lost.</source>
        <translation>un guillemet dans l&apos;enregistrement qui commence à la ligne {0} n&apos;est jamais fermé : le reste du fichier serait lu comme une seule cellule et les enregistrements suivants seraient perdus.</translation>
    </message>
    <message>
        <source>Open the file in a text editor, fix the quote marks on that line and save again.</source>
        <translation>Ouvrez le fichier dans un éditeur de texte, corrigez les guillemets de cette ligne et enregistrez à nouveau.</translation>
    </message>
    <message>
        <source>a quote mark opened in the record that starts on line {0} is not closed on that line; the cell runs on to line {1}, so the records in between would be lost inside it.</source>
        <translation>un guillemet ouvert dans l&apos;enregistrement qui commence à la ligne {0} n&apos;est pas fermé sur cette ligne ; la cellule continue jusqu&apos;à la ligne {1}, et les enregistrements entre les deux seraient perdus à l&apos;intérieur.</translation>
    </message>
    <message>
        <source>on line {0} a cell has more text after its closing quote mark (such as &quot;5&quot; inch&quot;), so it is not clear where the cell ends.</source>
        <translation>à la ligne {0}, une cellule a encore du texte après son guillemet fermant (comme &quot;5&quot; pouces&quot;) : on ne sait pas où la cellule se termine.</translation>
    </message>
    <message>
        <source>Open the file in a text editor and fix the quote marks on that line (a quote inside a cell is written &quot;&quot;).</source>
        <translation>Ouvrez le fichier dans un éditeur de texte et corrigez les guillemets de cette ligne (un guillemet dans une cellule s&apos;écrit &quot;&quot;).</translation>
    </message>
    <message>
        <source>a cell in the record that starts on line {0} is longer than {1} MB; this is almost always a quote mark that is never closed.</source>
        <translation>une cellule de l&apos;enregistrement qui commence à la ligne {0} dépasse {1} Mo ; c&apos;est presque toujours un guillemet jamais fermé.</translation>
    </message>
    <message>
        <source>line {0} cannot be read as a table row ({1}).</source>
        <translation>la ligne {0} ne peut pas être lue comme une ligne de tableau ({1}).</translation>
    </message>
    <message>
        <source>Fix that line in a text editor, or save the table again from Excel as CSV.</source>
        <translation>Corrigez cette ligne dans un éditeur de texte, ou enregistrez à nouveau le tableau depuis Excel au format CSV.</translation>
    </message>
    <message>
        <source>The record starting on line {row} holds an odd number of quote marks: one is missing or stray, which can split a record in two or join two records. Check that line in a text editor, and compare the record count with the file.</source>
        <translation>L&apos;enregistrement qui commence à la ligne {row} contient un nombre impair de guillemets&#xa0;: il en manque un ou l&apos;un d&apos;eux est de trop, ce qui peut couper un enregistrement en deux ou en réunir deux. Vérifiez cette ligne dans un éditeur de texte et comparez le nombre d&apos;enregistrements avec le fichier.</translation>
    </message>
    <message>
        <source>The records starting on lines {rows} hold an odd number of quote marks: one is missing or stray, which can split a record in two or join two records. Check those lines in a text editor, and compare the record count with the file.</source>
        <translation>Les enregistrements qui commencent aux lignes {rows} contiennent un nombre impair de guillemets&#xa0;: il en manque un ou l&apos;un d&apos;eux est de trop, ce qui peut couper un enregistrement en deux ou en réunir deux. Vérifiez ces lignes dans un éditeur de texte et comparez le nombre d&apos;enregistrements avec le fichier.</translation>
    </message>
    <message>
        <source>cannot be read as text in {0} ({1}).</source>
        <translation>ne peut pas être lu comme du texte en {0} ({1}).</translation>
    </message>
    <message>
        <source>Save the file from Excel as &quot;CSV UTF-8&quot; and open it again.</source>
        <translation>Enregistrez le fichier depuis Excel au format &quot;CSV UTF-8&quot; et ouvrez-le à nouveau.</translation>
    </message>
    <message>
        <source>has no values in it.</source>
        <translation>ne contient aucune valeur.</translation>
    </message>
    <message>
        <source>Check that you chose the right file.</source>
        <translation>Vérifiez que vous avez choisi le bon fichier.</translation>
    </message>
    <message>
        <source>is not an Excel workbook: it holds binary data (perhaps a picture, a PDF or another program&apos;s file renamed).</source>
        <translation>n&apos;est pas un classeur Excel : il contient des données binaires (peut-être une image, un PDF ou le fichier d&apos;un autre programme renommé).</translation>
    </message>
    <message>
        <source>is not a text table: it holds binary data (perhaps a picture, a PDF or another program&apos;s file renamed).</source>
        <translation>n&apos;est pas un tableau texte : il contient des données binaires (peut-être une image, un PDF ou le fichier d&apos;un autre programme renommé).</translation>
    </message>
    <message>
        <source>Choose the CSV or Excel file that holds the records (export it again from the case-management system if it is an export).</source>
        <translation>Choisissez le fichier CSV ou Excel qui contient les enregistrements (exportez-le à nouveau depuis le système de gestion des cas s&apos;il s&apos;agit d&apos;un export).</translation>
    </message>
    <message>
        <source>is a web page (HTML), not a table file, even if its name says Excel or CSV; some case systems export this way.</source>
        <translation>est une page web (HTML), pas un fichier de tableau, même si son nom dit Excel ou CSV ; certains systèmes de gestion des cas exportent ainsi.</translation>
    </message>
    <message>
        <source>Open it in Excel, then use File → Save As → &quot;Excel Workbook (.xlsx)&quot; and open the saved file.</source>
        <translation>Ouvrez-le dans Excel, puis utilisez Fichier → Enregistrer sous → &quot;Classeur Excel (.xlsx)&quot; et ouvrez le fichier enregistré.</translation>
    </message>
    <message>
        <source>is an XML file (perhaps an Excel 2003 XML spreadsheet), which this app does not read.</source>
        <translation>est un fichier XML (peut-être une feuille de calcul XML Excel 2003), que cette application ne lit pas.</translation>
    </message>
    <message>
        <source>Read as {0}, not UTF-8. If accented letters look wrong, save the file from Excel as &quot;CSV UTF-8&quot; and open it again.</source>
        <translation>Lu en {0}, pas en UTF-8. Si les lettres accentuées semblent fausses, enregistrez le fichier depuis Excel au format &quot;CSV UTF-8&quot; et ouvrez-le à nouveau.</translation>
    </message>
    <message>
        <source>The record(s) starting on line(s) {0} hold a cell whose lines look like whole records. A quote mark there may be closed in the wrong place, hiding records inside one cell: check those lines in a text editor, and compare the record count with the file.</source>
        <translation>Le ou les enregistrements qui commencent aux lignes {0} contiennent une cellule dont les lignes ressemblent à des enregistrements entiers. Un guillemet y est peut-être fermé au mauvais endroit et cache des enregistrements dans une seule cellule : vérifiez ces lignes dans un éditeur de texte et comparez le nombre d&apos;enregistrements avec le fichier.</translation>
    </message>
</context>
</TS>
