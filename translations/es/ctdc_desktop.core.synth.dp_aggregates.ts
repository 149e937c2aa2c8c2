<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Progress</name>
    <message>
        <source>Listing candidate combinations</source>
        <translation>Listando las combinaciones candidatas</translation>
    </message>
    <message>
        <source>Adding noise to combinations of {0}</source>
        <translation>Añadiendo ruido a las combinaciones de {0}</translation>
    </message>
    <message>
        <source>Counting records</source>
        <translation>Contando los registros</translation>
    </message>
    <message>
        <source>Bounding each record&apos;s contribution</source>
        <translation>Limitando la contribución de cada registro</translation>
    </message>
</context>
<context>
    <name>Synthesis</name>
    <message>
        <source>Unknown fabrication control &apos;{0}&apos;. Choose one of: {1} (balanced is the default).</source>
        <translation>Control de combinaciones inventadas desconocido: &apos;{0}&apos;. Elija uno de: {1} (balanced es el predeterminado).</translation>
    </message>
    <message>
        <source>Epsilon must be a positive number (it was {0!r}); 4 is the default of the 2022 release.</source>
        <translation>Épsilon debe ser un número positivo (era {0!r}); 4 es el valor predeterminado de la publicación de 2022.</translation>
    </message>
    <message>
        <source>Delta must be a small positive number below 0.01 (it was {0!r}); leave it empty to derive it from the record count.</source>
        <translation>Delta debe ser un número positivo pequeño, menor que 0,01 (era {0!r}); déjelo vacío para deducirlo del número de registros.</translation>
    </message>
    <message>
        <source>The reporting length must be a whole number of at least 1 (it was {0!r}); 3 is the default.</source>
        <translation>La longitud de recuento debe ser un número entero de al menos 1 (era {0!r}); 3 es el valor predeterminado.</translation>
    </message>
    <message>
        <source>The table has {0} different values in all, too many for combinations of {1}. Group rare categories in the recode step or lower the reporting length.</source>
        <translation>La tabla tiene {0} valores distintos en total, demasiados para combinaciones de {1}. Agrupe las categorías raras en el paso Recodificar o reduzca la longitud de recuento.</translation>
    </message>
    <message>
        <source>{0}. Raise delta or epsilon, or leave delta empty to derive it.</source>
        <translation>{0}. Aumente delta o épsilon, o deje delta vacío para deducirlo.</translation>
    </message>
</context>
</TS>
