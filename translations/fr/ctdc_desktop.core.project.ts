<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Project</name>
    <message>
        <source>release</source>
        <translation>publication</translation>
    </message>
    <message>
        <source>a decision cannot be saved as JSON ({0}).</source>
        <translation>une décision ne peut pas être enregistrée en JSON ({0}).</translation>
    </message>
    <message>
        <source>This is a bug; please report it.</source>
        <translation>C&apos;est une erreur du programme ; merci de la signaler.</translation>
    </message>
    <message>
        <source>could not be saved ({0}).</source>
        <translation>n&apos;a pas pu être enregistré ({0}).</translation>
    </message>
    <message>
        <source>Choose a folder you can write to.</source>
        <translation>Choisissez un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <source>the file does not exist.</source>
        <translation>le fichier n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Check the name and folder.</source>
        <translation>Vérifiez le nom et le dossier.</translation>
    </message>
    <message>
        <source>could not be read ({0}).</source>
        <translation>n&apos;a pas pu être lu ({0}).</translation>
    </message>
    <message>
        <source>is not a CTDC Desktop project (it is not text).</source>
        <translation>n&apos;est pas un projet CTDC Desktop (ce n&apos;est pas du texte).</translation>
    </message>
    <message>
        <source>is not a valid project file (broken JSON at line {0}, column {1}).</source>
        <translation>n&apos;est pas un fichier de projet valide (JSON cassé à la ligne {0}, colonne {1}).</translation>
    </message>
    <message>
        <source>Open a .ctdcproj file saved by CTDC Desktop, or save the project again.</source>
        <translation>Ouvrez un fichier .ctdcproj enregistré par CTDC Desktop, ou enregistrez à nouveau le projet.</translation>
    </message>
    <message>
        <source>the top level</source>
        <translation>le niveau principal</translation>
    </message>
    <message>
        <source>key &apos;format_version&apos; should be a whole number, not {0}.</source>
        <translation>la clé &apos;format_version&apos; doit être un nombre entier, pas {0}.</translation>
    </message>
    <message>
        <source>was saved by a newer CTDC Desktop (project format {0}; this version reads up to {1}).</source>
        <translation>a été enregistré par une version plus récente de CTDC Desktop (format de projet {0} ; cette version lit jusqu&apos;au format {1}).</translation>
    </message>
    <message>
        <source>Update CTDC Desktop to open it.</source>
        <translation>Mettez CTDC Desktop à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>key &apos;sources&apos; should be a list.</source>
        <translation>la clé &apos;sources&apos; doit être une liste.</translation>
    </message>
    <message>
        <source>key &apos;sources&apos; lists the same role twice.</source>
        <translation>la clé &apos;sources&apos; indique deux fois le même rôle.</translation>
    </message>
    <message>
        <source>key &apos;{0}&apos;</source>
        <translation>la clé &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>key &apos;{0}&apos; is not a step this version can read (it reads: {1}).</source>
        <translation>la clé &apos;{0}&apos; n&apos;est pas une étape que cette version sait lire (elle lit : {1}).</translation>
    </message>
    <message>
        <source>key &apos;{0}&apos; holds decisions for a step this version does not have yet.</source>
        <translation>la clé &apos;{0}&apos; contient des décisions pour une étape que cette version n&apos;a pas encore.</translation>
    </message>
    <message>
        <source>Open the project with the CTDC Desktop version that saved it.</source>
        <translation>Ouvrez le projet avec la version de CTDC Desktop qui l&apos;a enregistré.</translation>
    </message>
    <message>
        <source>key &apos;{0}&apos;: {1}</source>
        <translation>clé &apos;{0}&apos; : {1}</translation>
    </message>
    <message>
        <source>key &apos;{0}.role&apos; should be &apos;victims&apos; or &apos;perpetrators&apos;, not {1}.</source>
        <translation>la clé &apos;{0}.role&apos; doit être &apos;victims&apos; ou &apos;perpetrators&apos;, pas {1}.</translation>
    </message>
    <message>
        <source>key &apos;{0}.sheet&apos; should be text or null.</source>
        <translation>la clé &apos;{0}.sheet&apos; doit être un texte ou null.</translation>
    </message>
    <message>
        <source>key &apos;{0}&apos; should be true, false or null.</source>
        <translation>la clé &apos;{0}&apos; doit valoir true, false ou null.</translation>
    </message>
    <message>
        <source>key &apos;{0}&apos; should be true or false.</source>
        <translation>la clé &apos;{0}&apos; doit valoir true ou false.</translation>
    </message>
    <message>
        <source>{0} should be a JSON object.</source>
        <translation>{0} doit être un objet JSON.</translation>
    </message>
    <message>
        <source>key &apos;{0}&apos; is missing.</source>
        <translation>la clé &apos;{0}&apos; est absente.</translation>
    </message>
    <message>
        <source>key &apos;{0}&apos; should be non-empty text.</source>
        <translation>la clé &apos;{0}&apos; doit être un texte non vide.</translation>
    </message>
</context>
</TS>
