<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>BandsEditor</name>
    <message>
        <source>Each band holds the whole numbers from its first to its last value, both included. Leave the last band&apos;s end empty for no upper end. Bands must follow each other without overlap or gap. Press F2 to change the cell with the focus.</source>
        <translation>Chaque tranche contient les nombres entiers de sa première à sa dernière valeur, toutes deux incluses. Laissez vide la fin de la dernière tranche pour qu&apos;elle n&apos;ait pas de limite haute. Les tranches doivent se suivre sans chevauchement ni trou. Appuyez sur F2 pour modifier la cellule qui a le focus.</translation>
    </message>
    <message>
        <source>Bands</source>
        <translation>Tranches</translation>
    </message>
    <message>
        <source>One row per band: its first value, its last value and its category. F2 changes a cell.</source>
        <translation>Une ligne par tranche&#xa0;: sa première valeur, sa dernière valeur et sa catégorie. F2 modifie une cellule.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>A&amp;dd band</source>
        <translation>A&amp;jouter une tranche</translation>
    </message>
    <message>
        <source>Add a band after the last one; fill in its end and category.</source>
        <translation>Ajoute une tranche après la dernière&#xa0;; indiquez sa fin et sa catégorie.</translation>
    </message>
    <message>
        <source>&amp;Remove band</source>
        <translation>&amp;Retirer la tranche</translation>
    </message>
    <message>
        <source>Remove the band of the selected row.</source>
        <translation>Retire la tranche de la ligne sélectionnée.</translation>
    </message>
    <message>
        <source>One of the codebook&apos;s categories: {labels}</source>
        <translation>L&apos;une des catégories du livre de codes&#xa0;: {labels}</translation>
    </message>
    <message>
        <source>A whole number; the band includes it.</source>
        <translation>Un nombre entier&#xa0;; la tranche l&apos;inclut.</translation>
    </message>
    <message>
        <source>Band {row}, {column}: &quot;{text}&quot; is not a whole number.</source>
        <translation>Tranche {row}, {column}&#xa0;: &quot;{text}&quot; n&apos;est pas un nombre entier.</translation>
    </message>
    <message>
        <source>Not applied: {why}</source>
        <translation>Non appliqué&#xa0;: {why}</translation>
    </message>
</context>
</TS>
