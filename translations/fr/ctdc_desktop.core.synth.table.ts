<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Synthesis</name>
    <message>
        <source>The table has no columns. Choose a file that holds the recoded case records.</source>
        <translation>La table n&apos;a aucune colonne. Choisissez un fichier qui contient les fiches recodées.</translation>
    </message>
    <message>
        <source>Two columns are both named &apos;{0}&apos;. Rename or remove one of them, then run synthesis again.</source>
        <translation>Deux colonnes s&apos;appellent toutes deux &apos;{0}&apos;. Renommez ou supprimez l&apos;une d&apos;elles, puis relancez la synthèse.</translation>
    </message>
    <message>
        <source>The table has no rows. Synthesis needs case records; check that the right file was chosen.</source>
        <translation>La table n&apos;a aucune ligne. La synthèse a besoin de fiches&#xa0;; vérifiez que le bon fichier a été choisi.</translation>
    </message>
    <message>
        <source>Column &apos;{0}&apos; holds {1} different numbers (for example {2}). Synthesis needs categories: group it into ranges in the recode step (as ages are grouped into 18--20, 21--23, ...), or drop the column.</source>
        <translation>La colonne &apos;{0}&apos; contient {1} nombres différents (par exemple {2}). La synthèse a besoin de catégories&#xa0;: regroupez-la en tranches à l&apos;étape Recoder (comme les âges sont regroupés en 18--20, 21--23, ...), ou supprimez la colonne.</translation>
    </message>
    <message>
        <source>Column &apos;{0}&apos; holds {1} different dates (for example {2}). Synthesis needs categories: keep only the year (or a coarser period) in the recode step, or drop the column.</source>
        <translation>La colonne &apos;{0}&apos; contient {1} dates différentes (par exemple {2}). La synthèse a besoin de catégories&#xa0;: ne gardez que l&apos;année (ou une période plus large) à l&apos;étape Recoder, ou supprimez la colonne.</translation>
    </message>
</context>
</TS>
