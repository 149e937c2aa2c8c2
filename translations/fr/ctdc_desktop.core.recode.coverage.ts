<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Coverage</name>
    <message>
        <source>complete</source>
        <translation>complète</translation>
    </message>
    <message>
        <source>unmapped values</source>
        <translation>valeurs non associées</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>{mapped} of {rows} perpetrator rows recoded</source>
        <translation>{mapped} sur {rows} lignes d&apos;auteurs recodées</translation>
    </message>
    <message>
        <source>{mapped} of {rows} victims recoded</source>
        <translation>{mapped} sur {rows} victimes recodées</translation>
    </message>
    <message>
        <source>{n} set to missing by the recipe</source>
        <translation>{n} marquées comme manquantes par la recette</translation>
    </message>
    <message>
        <source>{n} empty in the export</source>
        <translation>{n} vides dans l&apos;export</translation>
    </message>
    <message>
        <source>{n} value(s) not mapped ({rows} rows)</source>
        <translation>{n} valeur(s) non associée(s) ({rows} lignes)</translation>
    </message>
    <message>
        <source>{n} wrong value(s) ({rows} rows)</source>
        <translation>{n} valeur(s) erronée(s) ({rows} lignes)</translation>
    </message>
    <message>
        <source>{name}: column {column}, value &quot;{value}&quot; ({rows} rows): {why}. Correct it in the export or add it to the variable&apos;s missing list.</source>
        <translation>{name}&#xa0;: colonne {column}, valeur &quot;{value}&quot; ({rows} lignes)&#xa0;: {why}. Corrigez-la dans l&apos;export ou ajoutez-la à la liste des valeurs manquantes de la variable.</translation>
    </message>
    <message>
        <source>{name}: column {column}, value &quot;{value}&quot; ({rows} rows) is not mapped. Map it to a category or set it to missing in the recipe.</source>
        <translation>{name}&#xa0;: colonne {column}, la valeur &quot;{value}&quot; ({rows} lignes) n&apos;est pas associée. Associez-la à une catégorie ou marquez-la comme manquante dans la recette.</translation>
    </message>
</context>
</TS>
