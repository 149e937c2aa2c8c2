<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Synthesis</name>
    <message>
        <source>k = {0} protects nobody: every real record would be released as it is. k must be at least {1}; the CTDC releases use {2}.</source>
        <translation>k = {0} no protege a nadie: cada registro real se publicaría tal cual. k debe ser al menos {1}; las publicaciones de CTDC usan {2}.</translation>
    </message>
    <message>
        <source>k = {0} is below the {1} of the CTDC codebook: each released combination is shared by only {0} real records, so people are easier to single out. Use it only if your release rules allow it.</source>
        <translation>k = {0} es menor que el {1} del libro de códigos de CTDC: cada combinación publicada la comparten solo {0} registros reales, así que es más fácil distinguir a las personas. Úselo solo si sus reglas de publicación lo permiten.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; holds free text</source>
        <translation>&apos;{0}&apos; contiene texto libre</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; looks like a direct identifier ({1})</source>
        <translation>&apos;{0}&apos; parece un identificador directo ({1})</translation>
    </message>
    <message>
        <source>A column allowed by name is not in the table: {0}. Check the spelling; the table&apos;s columns are {1}.</source>
        <translation>Una columna permitida por su nombre no está en la tabla: {0}. Compruebe la ortografía; las columnas de la tabla son {1}.</translation>
    </message>
    <message>
        <source>Synthesis would release values that can point to a person: {0}. Synthesis keeps every value shared by enough records, so names and note sentences would appear as they are. Remove these columns from the table (the Identifiers step does this), or, if you are sure a column is safe, allow it by name (on the command line: --allow-column NAME).</source>
        <translation>La síntesis publicaría valores que pueden señalar a una persona: {0}. La síntesis conserva todo valor compartido por suficientes registros, así que nombres y frases de notas aparecerían tal cual. Quite estas columnas de la tabla (el paso Identificadores lo hace), o, si está seguro de que una columna no entraña riesgo, permítala por su nombre (en la línea de comandos: --allow-column NOMBRE).</translation>
    </message>
    <message>
        <source>Column &apos;{0}&apos; looks unsafe but was allowed by name; the output&apos;s parameters record it.</source>
        <translation>La columna &apos;{0}&apos; parece arriesgada pero se permitió por su nombre; los parámetros del resultado lo registran.</translation>
    </message>
</context>
</TS>
