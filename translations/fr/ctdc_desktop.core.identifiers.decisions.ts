<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
    <context>
        <name>IdentifierDecisions</name>
        <message>
            <source>{where}: expected a table of decisions, found {found}.</source>
            <translation>{where} : une table de décisions était attendue, trouvé {found}.</translation>
        </message>
        <message>
            <source>{where}: unknown key "{key}". Expected "victims" and "perpetrators".</source>
            <translation>{where} : clé inconnue « {key} ». Les clés attendues sont "victims" et "perpetrators".</translation>
        </message>
        <message>
            <source>{where}: key "version" is {found}; this program reads version {version}. Review the identifier columns again to save them in this version.</source>
            <translation>{where} : la clé "version" vaut {found} ; ce programme lit la version {version}. Revoyez les colonnes d'identifiants pour les enregistrer dans cette version.</translation>
        </message>
        <message>
            <source>{where}: expected a list of column decisions, found {found}.</source>
            <translation>{where} : une liste de décisions par colonne était attendue, trouvé {found}.</translation>
        </message>
        <message>
            <source>{where}, decision {number}</source>
            <translation>{where}, décision {number}</translation>
        </message>
        <message>
            <source>{at}: expected a table with column and action, found {found}.</source>
            <translation>{at} : une table avec la colonne et l'action était attendue, trouvé {found}.</translation>
        </message>
        <message>
            <source>{at}: unknown key "{key}".</source>
            <translation>{at} : clé inconnue « {key} ».</translation>
        </message>
        <message>
            <source>{at}: key "column" must name a column.</source>
            <translation>{at} : la clé "column" doit nommer une colonne.</translation>
        </message>
        <message>
            <source>{where}, column “{column}”</source>
            <translation>{where}, colonne « {column} »</translation>
        </message>
        <message>
            <source>{at}: decided twice; keep one decision per column.</source>
            <translation>{at} : décidée deux fois ; gardez une seule décision par colonne.</translation>
        </message>
        <message>
            <source>{at}: key "action" is {found}; use one of {allowed}.</source>
            <translation>{at} : la clé "action" vaut {found} ; utilisez l'une de ces valeurs : {allowed}.</translation>
        </message>
        <message>
            <source>{at}: key "transform" is {found}; use one of {allowed}.</source>
            <translation>{at} : la clé "transform" vaut {found} ; utilisez l'une de ces valeurs : {allowed}.</translation>
        </message>
        <message>
            <source>{at}: key "transform" is needed with the action "transform", and only with it.</source>
            <translation>{at} : la clé "transform" est nécessaire avec l'action "transform", et seulement avec elle.</translation>
        </message>
        <message>
            <source>{at}: key "reason" must be text.</source>
            <translation>{at} : la clé "reason" doit être du texte.</translation>
        </message>
        <message>
            <source>{at}: key "reference_column" must name a column.</source>
            <translation>{at} : la clé "reference_column" doit nommer une colonne.</translation>
        </message>
    </context>
</TS>
