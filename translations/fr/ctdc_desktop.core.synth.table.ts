<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
    <context>
        <name>Synthesis</name>
        <message>
            <source>The table has no columns. Choose a file that holds the recoded case records.</source>
            <translation>La table n'a aucune colonne. Choisissez un fichier qui contient les fiches recodées.</translation>
        </message>
        <message>
            <source>Two columns are both named '{0}'. Rename or remove one of them, then run synthesis again.</source>
            <translation>Deux colonnes s'appellent toutes deux '{0}'. Renommez ou supprimez l'une d'elles, puis relancez la synthèse.</translation>
        </message>
        <message>
            <source>The table has no rows. Synthesis needs case records; check that the right file was chosen.</source>
            <translation>La table n'a aucune ligne. La synthèse a besoin de fiches ; vérifiez que le bon fichier a été choisi.</translation>
        </message>
        <message>
            <source>Column '{0}' holds {1} different numbers (for example {2}). Synthesis needs categories: group it into ranges in the recode step (as ages are grouped into 18--20, 21--23, ...), or drop the column.</source>
            <translation>La colonne '{0}' contient {1} nombres différents (par exemple {2}). La synthèse a besoin de catégories : regroupez-la en tranches à l'étape Recoder (comme les âges sont regroupés en 18--20, 21--23, ...), ou supprimez la colonne.</translation>
        </message>
        <message>
            <source>Column '{0}' holds {1} different dates (for example {2}). Synthesis needs categories: keep only the year (or a coarser period) in the recode step, or drop the column.</source>
            <translation>La colonne '{0}' contient {1} dates différentes (par exemple {2}). La synthèse a besoin de catégories : ne gardez que l'année (ou une période plus large) à l'étape Recoder, ou supprimez la colonne.</translation>
        </message>
    </context>
</TS>
