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
        <source>{where}: unknown key &quot;{key}&quot;. Expected &quot;victims&quot; and &quot;perpetrators&quot;.</source>
        <translation>{where} : clé inconnue « {key} ». Les clés attendues sont &quot;victims&quot; et &quot;perpetrators&quot;.</translation>
    </message>
    <message>
        <source>{where}: key &quot;version&quot; is {found}; this program reads version {version}. Review the identifier columns again to save them in this version.</source>
        <translation>{where} : la clé &quot;version&quot; vaut {found} ; ce programme lit la version {version}. Revoyez les colonnes d&apos;identifiants pour les enregistrer dans cette version.</translation>
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
        <translation>{at} : une table avec la colonne et l&apos;action était attendue, trouvé {found}.</translation>
    </message>
    <message>
        <source>{at}: unknown key &quot;{key}&quot;.</source>
        <translation>{at} : clé inconnue « {key} ».</translation>
    </message>
    <message>
        <source>{at}: key &quot;column&quot; must name a column.</source>
        <translation>{at} : la clé &quot;column&quot; doit nommer une colonne.</translation>
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
        <source>{at}: key &quot;action&quot; is {found}; use one of {allowed}.</source>
        <translation>{at} : la clé &quot;action&quot; vaut {found} ; utilisez l&apos;une de ces valeurs : {allowed}.</translation>
    </message>
    <message>
        <source>{at}: key &quot;transform&quot; is {found}; use one of {allowed}.</source>
        <translation>{at} : la clé &quot;transform&quot; vaut {found} ; utilisez l&apos;une de ces valeurs : {allowed}.</translation>
    </message>
    <message>
        <source>{at}: key &quot;transform&quot; is needed with the action &quot;transform&quot;, and only with it.</source>
        <translation>{at} : la clé &quot;transform&quot; est nécessaire avec l&apos;action &quot;transform&quot;, et seulement avec elle.</translation>
    </message>
    <message>
        <source>{at}: key &quot;reason&quot; must be text.</source>
        <translation>{at} : la clé &quot;reason&quot; doit être du texte.</translation>
    </message>
    <message>
        <source>{at}: key &quot;reference_column&quot; must name a column.</source>
        <translation>{at} : la clé &quot;reference_column&quot; doit nommer une colonne.</translation>
    </message>
</context>
</TS>
