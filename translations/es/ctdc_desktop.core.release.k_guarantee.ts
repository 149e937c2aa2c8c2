<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Release</name>
    <message>
        <source>The released counts were not made from this recoded table (its variables or answers differ). Run synthesis again on the current recoded data.</source>
        <translation>Los recuentos publicados no se hicieron a partir de esta tabla recodificada (sus variables o respuestas difieren). Vuelva a ejecutar la síntesis con los datos recodificados actuales.</translation>
    </message>
    <message>
        <source>The released number of records is not the record count rounded down to a multiple of {0}.</source>
        <translation>El número de registros publicado no es el número de registros redondeado hacia abajo a un múltiplo de {0}.</translation>
    </message>
    <message>
        <source>{0} released combinations of {1} answers are held by fewer than {2} records.</source>
        <translation>{0} combinaciones publicadas de {1} respuestas las tienen menos de {2} registros.</translation>
    </message>
    <message>
        <source>{0} released counts of combinations of {1} answers are not the true count rounded down to a multiple of {2}.</source>
        <translation>{0} recuentos publicados de combinaciones de {1} respuestas no son el recuento real redondeado hacia abajo a un múltiplo de {2}.</translation>
    </message>
    <message>
        <source>{0} combinations in the synthetic records are not among the released counts, so they may be held by fewer than {1} records.</source>
        <translation>{0} combinaciones de los registros sintéticos no figuran entre los recuentos publicados: podrían tenerlas menos de {1} registros.</translation>
    </message>
</context>
</TS>
