<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>CheckBundle</name>
    <message>
        <source>{0} is not a folder.</source>
        <translation>{0} n&apos;est pas un dossier.</translation>
    </message>
    <message>
        <source>The folder does not hold the bundle&apos;s files (missing: {0}; not expected: {1}).</source>
        <translation>Le dossier ne contient pas les fichiers de la publication (manquants&#xa0;: {0}&#xa0;; inattendus&#xa0;: {1}).</translation>
    </message>
    <message>
        <source>{0} cannot be read ({1}).</source>
        <translation>{0} ne peut pas être lu ({1}).</translation>
    </message>
    <message>
        <source>{0} read back differs from what was written.</source>
        <translation>{0} relu diffère de ce qui a été écrit.</translation>
    </message>
    <message>
        <source>{0} does not list every file of the bundle.</source>
        <translation>{0} ne liste pas tous les fichiers de la publication.</translation>
    </message>
    <message>
        <source>{0} differs from the fingerprint in {1} (changed, damaged or cut short).</source>
        <translation>{0} ne correspond pas à l&apos;empreinte indiquée dans {1} (modifié, endommagé ou tronqué).</translation>
    </message>
    <message>
        <source>{0} does not have the columns {1} lists.</source>
        <translation>{0} n&apos;a pas les colonnes que {1} liste.</translation>
    </message>
    <message>
        <source>{0} has {1} records, {2} says {3}.</source>
        <translation>{0} a {1} enregistrements, {2} en indique {3}.</translation>
    </message>
    <message>
        <source>{0} does not have the columns {1} lists, then length and count.</source>
        <translation>{0} n&apos;a pas les colonnes que {1} liste, suivies de length et count.</translation>
    </message>
    <message>
        <source>{0} has counts that are not numbers of at least 0.</source>
        <translation>{0} a des comptages qui ne sont pas des nombres supérieurs ou égaux à 0.</translation>
    </message>
    <message>
        <source>{0} has counts that are not multiples of k = {1} of at least {1}.</source>
        <translation>{0} a des comptages qui ne sont pas des multiples de k = {1} d&apos;au moins {1}.</translation>
    </message>
    <message>
        <source>{0} has {1} cells a spreadsheet would run as formulas.</source>
        <translation>{0} a {1} cellules qu&apos;un tableur exécuterait comme des formules.</translation>
    </message>
</context>
</TS>
