<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Proposals</name>
    <message>
        <source>means more than one category ({labels})</source>
        <translation>veut dire plus d’une catégorie ({labels})</translation>
    </message>
    <message>
        <source>{label} is not a category of this variable</source>
        <translation>{label} n’est pas une catégorie de cette variable</translation>
    </message>
    <message>
        <source>H and M read as hombre/mujer (no F in the column)</source>
        <translation>H et M lus comme hombre/mujer (pas de F dans la colonne)</translation>
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
        <source>age counted from &quot;{birth}&quot; to &quot;{registered}&quot; (dates or years in {b} and {r} of rows)</source>
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
</context>
</TS>
