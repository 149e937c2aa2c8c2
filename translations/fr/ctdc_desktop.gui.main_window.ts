<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>MainWindow</name>
    <message>
        <source>Load</source>
        <translation>Charger</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>Identifiants</translation>
    </message>
    <message>
        <source>Recode</source>
        <translation>Recoder</translation>
    </message>
    <message>
        <source>Synthesize</source>
        <translation>Synthétiser</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation>Étape s&amp;uivante</translation>
    </message>
    <message>
        <source>Go to the next step (Ctrl+PgDown; Ctrl+PgUp goes back).</source>
        <translation>Aller à l’étape suivante (Ctrl+Pg.Suiv ; Ctrl+Pg.Préc revient en arrière).</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open export…</source>
        <translation>&amp;Ouvrir un export…</translation>
    </message>
    <message>
        <source>Open &amp;project…</source>
        <translation>Ouvrir un &amp;projet…</translation>
    </message>
    <message>
        <source>&amp;Recent files</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Save project</source>
        <translation>&amp;Enregistrer le projet</translation>
    </message>
    <message>
        <source>Save project &amp;as…</source>
        <translation>Enregistrer le projet &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guide d&apos;utilisation</translation>
    </message>
    <message>
        <source>&amp;About CTDC Desktop</source>
        <translation>À &amp;propos de CTDC Desktop</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>Langue du &amp;système</translation>
    </message>
    <message>
        <source>The language changes the next time CTDC Desktop starts.</source>
        <translation>La langue changera au prochain démarrage de CTDC Desktop.</translation>
    </message>
    <message>
        <source>Removed from Recent files because they no longer exist: {0}</source>
        <translation>Retirés des fichiers récents car ils n&apos;existent plus : {0}</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Aucun fichier récent</translation>
    </message>
    <message>
        <source>Clear recent files</source>
        <translation>Effacer les fichiers récents</translation>
    </message>
    <message>
        <source>“{0}” is a folder. Open one export file from inside it.</source>
        <translation>“{0}” est un dossier. Ouvrez un fichier exporté qui s&apos;y trouve.</translation>
    </message>
    <message>
        <source>“{0}” no longer exists; it was removed from Recent files.</source>
        <translation>“{0}” n&apos;existe plus ; il a été retiré des fichiers récents.</translation>
    </message>
    <message>
        <source>“{0}” is not a case export. Open a CSV, TSV, TXT, XLSX, XLSM or XLS file.</source>
        <translation>“{0}” n&apos;est pas un export de cas. Ouvrez un fichier CSV, TSV, TXT, XLSX, XLSM ou XLS.</translation>
    </message>
    <message>
        <source>A file is still loading. Wait for it or cancel it, then open “{0}”.</source>
        <translation>Un fichier est encore en cours de chargement. Attendez-le ou annulez-le, puis ouvrez “{0}”.</translation>
    </message>
    <message>
        <source>Drop one file at a time; only “{0}” was opened.</source>
        <translation>Déposez un seul fichier à la fois ; seul “{0}” a été ouvert.</translation>
    </message>
    <message>
        <source>A file is still loading. Wait for it or cancel it, then open the project.</source>
        <translation>Un fichier est encore en cours de chargement. Attendez-le ou annulez-le, puis ouvrez le projet.</translation>
    </message>
    <message>
        <source>CTDC Desktop</source>
        <translation>CTDC Desktop</translation>
    </message>
</context>
</TS>
