<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ProfileModel</name>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>Ressemble à</translation>
    </message>
    <message>
        <source>Filled in</source>
        <translation>Remplies</translation>
    </message>
    <message>
        <source>Different values</source>
        <translation>Valeurs différentes</translation>
    </message>
    <message>
        <source>Most common values (how many rows)</source>
        <translation>Valeurs les plus fréquentes (nombre de lignes)</translation>
    </message>
    <message>
        <source>The column&apos;s name in the export.</source>
        <translation>Le nom de la colonne dans l&apos;export.</translation>
    </message>
    <message>
        <source>What the values look like, guessed from the data. Point at a kind to see what it means.</source>
        <translation>À quoi ressemblent les valeurs, d&apos;après les données. Pointez un type pour voir ce qu&apos;il signifie.</translation>
    </message>
    <message>
        <source>Filled in: how many rows have a value in this column. The other rows are empty.</source>
        <translation>Remplies : nombre de lignes qui ont une valeur dans cette colonne. Les autres lignes sont vides.</translation>
    </message>
    <message>
        <source>Distinct: how many different values this column holds. Close to the number of rows means almost every row has its own value, as with an ID, a name or a phone number.</source>
        <translation>Distinctes : nombre de valeurs différentes dans cette colonne. Proche du nombre de lignes, cela veut dire que presque chaque ligne a sa propre valeur, comme pour un identifiant, un nom ou un numéro de téléphone.</translation>
    </message>
    <message>
        <source>The values that occur most often in this column, each with the number of rows that hold it.</source>
        <translation>Les valeurs les plus fréquentes dans cette colonne, chacune avec le nombre de lignes qui la contiennent.</translation>
    </message>
    <message>
        <source>each value occurs once</source>
        <translation>chaque valeur n&apos;apparaît qu&apos;une fois</translation>
    </message>
    <message>
        <source>{filled} of {rows} rows have a value here; {empty} are empty.</source>
        <translation>{filled} lignes sur {rows} ont une valeur ici ; {empty} sont vides.</translation>
    </message>
    <message>
        <source>This column holds {count} different values.</source>
        <translation>Cette colonne contient {count} valeurs différentes.</translation>
    </message>
    <message>
        <source>No value repeats: every filled-in row has its own value, as an ID or a name would.</source>
        <translation>Aucune valeur ne se répète : chaque ligne remplie a sa propre valeur, comme le ferait un identifiant ou un nom.</translation>
    </message>
    <message>
        <source>{value}: {count} rows</source>
        <translation>{value} : {count} lignes</translation>
    </message>
</context>
<context>
    <name>ProfileView</name>
    <message>
        <source>Columns of the file</source>
        <translation>Colonnes du fichier</translation>
    </message>
</context>
</TS>
