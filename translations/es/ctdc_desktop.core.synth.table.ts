<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Synthesis</name>
    <message>
        <source>The table has no columns. Choose a file that holds the recoded case records.</source>
        <translation>La tabla no tiene columnas. Elija un archivo que contenga los registros de casos recodificados.</translation>
    </message>
    <message>
        <source>Two columns are both named &apos;{0}&apos;. Rename or remove one of them, then run synthesis again.</source>
        <translation>Dos columnas se llaman &apos;{0}&apos;. Cambie el nombre de una de ellas o elimínela, y vuelva a ejecutar la síntesis.</translation>
    </message>
    <message>
        <source>The table has no rows. Synthesis needs case records; check that the right file was chosen.</source>
        <translation>La tabla no tiene filas. La síntesis necesita registros de casos; compruebe que se eligió el archivo correcto.</translation>
    </message>
    <message>
        <source>Column &apos;{0}&apos; holds {1} different numbers (for example {2}). Synthesis needs categories: group it into ranges in the recode step (as ages are grouped into 18--20, 21--23, ...), or drop the column.</source>
        <translation>La columna &apos;{0}&apos; contiene {1} números distintos (por ejemplo {2}). La síntesis necesita categorías: agrúpela en tramos en el paso Recodificar (como las edades se agrupan en 18--20, 21--23, ...), o elimine la columna.</translation>
    </message>
    <message>
        <source>Column &apos;{0}&apos; holds {1} different dates (for example {2}). Synthesis needs categories: keep only the year (or a coarser period) in the recode step, or drop the column.</source>
        <translation>La columna &apos;{0}&apos; contiene {1} fechas distintas (por ejemplo {2}). La síntesis necesita categorías: conserve solo el año (o un periodo más amplio) en el paso Recodificar, o elimine la columna.</translation>
    </message>
</context>
</TS>
