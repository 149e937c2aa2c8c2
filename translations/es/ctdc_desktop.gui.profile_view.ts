<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ProfileModel</name>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>Parece</translation>
    </message>
    <message>
        <source>Filled in</source>
        <translation>Con valor</translation>
    </message>
    <message>
        <source>Different values</source>
        <translation>Valores distintos</translation>
    </message>
    <message>
        <source>Most common values (how many rows)</source>
        <translation>Valores más frecuentes (cuántas filas)</translation>
    </message>
    <message>
        <source>The column&apos;s name in the export.</source>
        <translation>El nombre de la columna en la exportación.</translation>
    </message>
    <message>
        <source>What the values look like, guessed from the data. Point at a kind to see what it means.</source>
        <translation>Cómo son los valores, deducido de los datos. Señale un tipo para ver qué significa.</translation>
    </message>
    <message>
        <source>Filled in: how many rows have a value in this column. The other rows are empty.</source>
        <translation>Con valor: cuántas filas tienen un valor en esta columna. Las demás filas están vacías.</translation>
    </message>
    <message>
        <source>Distinct: how many different values this column holds. Close to the number of rows means almost every row has its own value, as with an ID, a name or a phone number.</source>
        <translation>Distintos: cuántos valores diferentes hay en esta columna. Si se acerca al número de filas, casi cada fila tiene su propio valor, como ocurre con un ID, un nombre o un teléfono.</translation>
    </message>
    <message>
        <source>The values that occur most often in this column, each with the number of rows that hold it.</source>
        <translation>Los valores que aparecen con más frecuencia en esta columna, cada uno con el número de filas que lo contienen.</translation>
    </message>
    <message>
        <source>each value occurs once</source>
        <translation>cada valor aparece una sola vez</translation>
    </message>
    <message>
        <source>{filled} of {rows} rows have a value here; {empty} are empty.</source>
        <translation>{filled} de {rows} filas tienen un valor aquí; {empty} están vacías.</translation>
    </message>
    <message>
        <source>This column holds {count} different values.</source>
        <translation>Esta columna contiene {count} valores distintos.</translation>
    </message>
    <message>
        <source>No value repeats: every filled-in row has its own value, as an ID or a name would.</source>
        <translation>Ningún valor se repite: cada fila con valor tiene el suyo propio, como ocurriría con un ID o un nombre.</translation>
    </message>
    <message>
        <source>{value}: {count} rows</source>
        <translation>{value}: {count} filas</translation>
    </message>
</context>
<context>
    <name>ProfileView</name>
    <message>
        <source>Columns of the file</source>
        <translation>Columnas del archivo</translation>
    </message>
</context>
</TS>
