<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
    <context>
        <name>Project</name>
        <message>
            <source>should be true, false or null.</source>
            <translation>doit valoir true, false ou null.</translation>
        </message>
        <message>
            <source>should be true or false.</source>
            <translation>doit valoir true ou false.</translation>
        </message>
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
            <translation>C'est une erreur du programme ; merci de la signaler.</translation>
        </message>
        <message>
            <source>could not be saved ({0}).</source>
            <translation>n'a pas pu être enregistré ({0}).</translation>
        </message>
        <message>
            <source>Choose a folder you can write to.</source>
            <translation>Choisissez un dossier où vous pouvez écrire.</translation>
        </message>
        <message>
            <source>the file does not exist.</source>
            <translation>le fichier n'existe pas.</translation>
        </message>
        <message>
            <source>Check the name and folder.</source>
            <translation>Vérifiez le nom et le dossier.</translation>
        </message>
        <message>
            <source>could not be read ({0}).</source>
            <translation>n'a pas pu être lu ({0}).</translation>
        </message>
        <message>
            <source>is not a CTDC Desktop project (it is not text).</source>
            <translation>n'est pas un projet CTDC Desktop (ce n'est pas du texte).</translation>
        </message>
        <message>
            <source>is not a valid project file (broken JSON at line {0}, column {1}).</source>
            <translation>n'est pas un fichier de projet valide (JSON cassé à la ligne {0}, colonne {1}).</translation>
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
            <source>key 'format_version' should be a whole number, not {0}.</source>
            <translation>la clé 'format_version' doit être un nombre entier, pas {0}.</translation>
        </message>
        <message>
            <source>was saved by a newer CTDC Desktop (project format {0}; this version reads up to {1}).</source>
            <translation>a été enregistré par une version plus récente de CTDC Desktop (format de projet {0} ; cette version lit jusqu'au format {1}).</translation>
        </message>
        <message>
            <source>Update CTDC Desktop to open it.</source>
            <translation>Mettez CTDC Desktop à jour pour l'ouvrir.</translation>
        </message>
        <message>
            <source>key 'sources' should be a list.</source>
            <translation>la clé 'sources' doit être une liste.</translation>
        </message>
        <message>
            <source>key 'sources' lists the same role twice.</source>
            <translation>la clé 'sources' indique deux fois le même rôle.</translation>
        </message>
        <message>
            <source>key '{0}'</source>
            <translation>la clé '{0}'</translation>
        </message>
        <message>
            <source>key '{0}' is not a step this version can read (it reads: {1}).</source>
            <translation>la clé '{0}' n'est pas une étape que cette version sait lire (elle lit : {1}).</translation>
        </message>
        <message>
            <source>key '{0}' holds decisions for a step this version does not have yet.</source>
            <translation>la clé '{0}' contient des décisions pour une étape que cette version n'a pas encore.</translation>
        </message>
        <message>
            <source>Open the project with the CTDC Desktop version that saved it.</source>
            <translation>Ouvrez le projet avec la version de CTDC Desktop qui l'a enregistré.</translation>
        </message>
        <message>
            <source>key '{0}': {1}</source>
            <translation>clé '{0}' : {1}</translation>
        </message>
        <message>
            <source>key '{0}.role' should be 'victims' or 'perpetrators', not {1}.</source>
            <translation>la clé '{0}.role' doit être 'victims' ou 'perpetrators', pas {1}.</translation>
        </message>
        <message>
            <source>key '{0}.sheet' should be text or null.</source>
            <translation>la clé '{0}.sheet' doit être un texte ou null.</translation>
        </message>
        <message>
            <source>key '{0}' should be true, false or null.</source>
            <translation>la clé '{0}' doit valoir true, false ou null.</translation>
        </message>
        <message>
            <source>key '{0}' should be true or false.</source>
            <translation>la clé '{0}' doit valoir true ou false.</translation>
        </message>
        <message>
            <source>{0} should be a JSON object.</source>
            <translation>{0} doit être un objet JSON.</translation>
        </message>
        <message>
            <source>key '{0}' is missing.</source>
            <translation>la clé '{0}' est absente.</translation>
        </message>
        <message>
            <source>key '{0}' should be non-empty text.</source>
            <translation>la clé '{0}' doit être un texte non vide.</translation>
        </message>
    </context>
</TS>
