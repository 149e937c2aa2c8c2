<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ColumnKind</name>
    <message>
        <source>identifier-like</source>
        <translation>identifiant possible</translation>
    </message>
    <message>
        <source>free text</source>
        <translation>texte libre</translation>
    </message>
    <message>
        <source>category</source>
        <translation>catégorie</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <source>Almost every record has its own value (names, phone numbers, case IDs): it can point to one person.</source>
        <translation>Presque chaque enregistrement a sa propre valeur (noms, numéros de téléphone, numéros de cas) : elle peut désigner une personne.</translation>
    </message>
    <message>
        <source>Sentences written by hand, such as notes; they may hide names or contact details.</source>
        <translation>Des phrases écrites à la main, comme des notes ; elles peuvent cacher des noms ou des coordonnées.</translation>
    </message>
    <message>
        <source>A small set of values that repeat, such as gender or country.</source>
        <translation>Un petit ensemble de valeurs qui se répètent, comme le genre ou le pays.</translation>
    </message>
    <message>
        <source>Numbers, such as an age or a count.</source>
        <translation>Des nombres, comme un âge ou un effectif.</translation>
    </message>
    <message>
        <source>Dates, such as a birth date or the date of registration.</source>
        <translation>Des dates, comme une date de naissance ou d&apos;enregistrement.</translation>
    </message>
    <message>
        <source>No record has a value in this column.</source>
        <translation>Aucun enregistrement n&apos;a de valeur dans cette colonne.</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Looking at column {0}</source>
        <translation>Examen de la colonne {0}</translation>
    </message>
    <message>
        <source>Columns profiled</source>
        <translation>Colonnes examinées</translation>
    </message>
</context>
</TS>
