<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>IdentifierDecisions</name>
    <message>
        <source>is {0}; this program reads version {1}. Review the identifier columns again to save them in this version.</source>
        <translation>vaut {0} ; ce programme lit la version {1}. Revoyez les colonnes d&apos;identifiants pour les enregistrer dans cette version.</translation>
    </message>
    <message>
        <source>names a column decided twice (“{0}”); keep one decision per column.</source>
        <translation>nomme une colonne décidée deux fois (« {0} ») ; gardez une seule décision par colonne.</translation>
    </message>
    <message>
        <source>is needed with the action &quot;transform&quot;, and only with it.</source>
        <translation>est nécessaire avec l&apos;action &quot;transform&quot;, et seulement avec elle.</translation>
    </message>
</context>
</TS>
