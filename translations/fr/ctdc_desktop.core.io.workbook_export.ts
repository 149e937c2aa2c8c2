<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Reading</name>
    <message>
        <source>Opening the workbook</source>
        <translation>Ouverture du classeur</translation>
    </message>
    <message>
        <source>Read with the slower Excel reader because the fast one could not open this file.</source>
        <translation>Lu avec le lecteur Excel plus lent, car le rapide n&apos;a pas pu ouvrir ce fichier.</translation>
    </message>
    <message>
        <source>is damaged or is not an Excel workbook, so it cannot be read.</source>
        <translation>est endommagé ou n&apos;est pas un classeur Excel : il ne peut pas être lu.</translation>
    </message>
    <message>
        <source>Open it in Excel; if Excel repairs it, save it under a new name and open that copy.</source>
        <translation>Ouvrez-le dans Excel ; si Excel le répare, enregistrez-le sous un nouveau nom et ouvrez cette copie.</translation>
    </message>
    <message>
        <source>Opening sheet &quot;{0}&quot;</source>
        <translation>Ouverture de la feuille &quot;{0}&quot;</translation>
    </message>
    <message>
        <source>Read with the slower Excel reader because the fast one could not read this sheet.</source>
        <translation>Lu avec le lecteur Excel plus lent, car le rapide n&apos;a pas pu lire cette feuille.</translation>
    </message>
    <message>
        <source>sheet &quot;{0}&quot; is damaged and cannot be read.</source>
        <translation>la feuille &quot;{0}&quot; est endommagée et ne peut pas être lue.</translation>
    </message>
    <message>
        <source>is protected by a password: remove the password in Excel and save again.</source>
        <translation>est protégé par un mot de passe : retirez le mot de passe dans Excel et enregistrez à nouveau.</translation>
    </message>
    <message>
        <source>In Excel: File → Info → Protect Workbook → Encrypt with Password, clear the password, save, and open the saved file here.</source>
        <translation>Dans Excel : Fichier → Informations → Protéger le classeur → Chiffrer avec mot de passe, effacez le mot de passe, enregistrez, puis ouvrez ici le fichier enregistré.</translation>
    </message>
    <message>
        <source>has no sheet called &quot;{0}&quot;.</source>
        <translation>n&apos;a pas de feuille nommée &quot;{0}&quot;.</translation>
    </message>
    <message>
        <source>Its sheets are: {0}.</source>
        <translation>Ses feuilles sont : {0}.</translation>
    </message>
    <message>
        <source>has no sheets.</source>
        <translation>n&apos;a aucune feuille.</translation>
    </message>
    <message>
        <source>Open it in Excel to check it is the right file.</source>
        <translation>Ouvrez-le dans Excel pour vérifier que c&apos;est le bon fichier.</translation>
    </message>
    <message>
        <source>This workbook has {0} sheets; read &quot;{1}&quot;, the first with records.</source>
        <translation>Ce classeur a {0} feuilles ; &quot;{1}&quot;, la première avec des enregistrements, a été lue.</translation>
    </message>
</context>
</TS>
