<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
    <context>
        <name>Proposals</name>
        <message>
            <source>the name "{column}" says nothing we know</source>
            <translation>le nom « {column} » ne dit rien que nous connaissions</translation>
        </message>
        <message>
            <source>the name "{column}" matches "{phrase}"</source>
            <translation>le nom « {column} » correspond à « {phrase} »</translation>
        </message>
        <message>
            <source> and {n} more</source>
            <translation> et {n} autres</translation>
        </message>
        <message>
            <source>not placed: {values}{more}</source>
            <translation>non placées : {values}{more}</translation>
        </message>
        <message>
            <source>means more than one category ({labels})</source>
            <translation>veut dire plus d’une catégorie ({labels})</translation>
        </message>
        <message>
            <source>{label} is not a category of this variable</source>
            <translation>{label} n’est pas une catégorie de cette variable</translation>
        </message>
        <message>
            <source>{n} different values, all placed (known spellings of {categories}, or unknown)</source>
            <translation>{n} valeurs différentes, toutes placées (graphies connues de {categories}, ou inconnu)</translation>
        </message>
        <message>
            <source>set to missing as unknown: {values}</source>
            <translation>laissées vides car inconnues : {values}</translation>
        </message>
        <message>
            <source>no column of the export is named like it or holds values like its</source>
            <translation>aucune colonne de l’export ne porte un nom de ce genre ni de telles valeurs</translation>
        </message>
        <message>
            <source>not a country we know</source>
            <translation>pas un pays que nous connaissons</translation>
        </message>
        <message>
            <source>{share} of its rows are countries (codes or names)</source>
            <translation>{share} de ses lignes sont des pays (codes ou noms)</translation>
        </message>
        <message>
            <source>{share} of its rows are ages in years</source>
            <translation>{share} de ses lignes sont des âges en années</translation>
        </message>
        <message>
            <source>age counted from "{birth}" to "{registered}" (dates or years in {b} and {r} of rows)</source>
            <translation>âge compté de « {birth} » à « {registered} » (dates ou années dans {b} et {r} des lignes)</translation>
        </message>
        <message>
            <source>no age column, and no birth date (or year) with a registration date (or year)</source>
            <translation>aucune colonne d’âge, ni de date (ou année) de naissance avec une date (ou année) d’enregistrement</translation>
        </message>
        <message>
            <source>{share} of its rows are dates; the year is read</source>
            <translation>{share} de ses lignes sont des dates ; l’année en est lue</translation>
        </message>
        <message>
            <source>{share} of its rows are years</source>
            <translation>{share} de ses lignes sont des années</translation>
        </message>
        <message>
            <source>not a yes/no answer</source>
            <translation>pas une réponse oui/non</translation>
        </message>
        <message>
            <source>yes/no columns named for it: {columns}</source>
            <translation>colonnes oui/non qui la nomment : {columns}</translation>
        </message>
        <message>
            <source>none</source>
            <translation>aucun</translation>
        </message>
        <message>
            <source>its cells list answers (separated by {separators}); {share} of rows fully placed</source>
            <translation>ses cellules listent des réponses (séparées par {separators}) ; {share} des lignes entièrement placées</translation>
        </message>
        <message>
            <source>1 for: {answers}</source>
            <translation>1 pour : {answers}</translation>
        </message>
        <message>
            <source>Proposed</source>
            <translation>Proposé</translation>
        </message>
        <message>
            <source>Looking for {name}</source>
            <translation>Recherche de {name}</translation>
        </message>
        <message>
            <source>the program has no rule to find this variable</source>
            <translation>le programme n’a pas de règle pour trouver cette variable</translation>
        </message>
        <message>
            <source>the export has no perpetrators table; load the perpetrators too</source>
            <translation>l’export n’a pas de table des auteurs ; chargez aussi les auteurs</translation>
        </message>
    </context>
</TS>
