<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Proposals</name>
    <message>
        <source>the name &quot;{column}&quot; says nothing we know</source>
        <translation>le nom « {column} » ne dit rien que nous connaissions</translation>
    </message>
    <message>
        <source>the name &quot;{column}&quot; matches &quot;{phrase}&quot;</source>
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
        <source>no column of the export is named like it or holds values like its</source>
        <translation>aucune colonne de l’export ne porte un nom de ce genre ni de telles valeurs</translation>
    </message>
</context>
</TS>
