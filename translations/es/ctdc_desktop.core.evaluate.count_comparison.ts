<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Figures</name>
    <message>
        <source>On average, by how many records a combination&apos;s count in the synthetic data differs from the count it is compared with.</source>
        <translation>En promedio, en cuántos registros el recuento de una combinación en los datos sintéticos difiere del recuento con el que se compara.</translation>
    </message>
    <message>
        <source>For combinations counted at least 10 times, how far off the synthetic count is as a share of the count it is compared with (5% means 5 records off in 100).</source>
        <translation>Para las combinaciones contadas al menos 10 veces, cuánto se desvía el recuento sintético, como proporción del recuento con el que se compara (5 % significa 5 registros de diferencia por cada 100).</translation>
    </message>
    <message>
        <source>On average, how much of a combination&apos;s count the synthetic data keeps: 100% is exact, less means the synthetic data shows fewer records with it, more means it shows more.</source>
        <translation>En promedio, qué parte del recuento de una combinación conservan los datos sintéticos: 100 % es exacto, menos significa que los datos sintéticos muestran menos registros con ella, más que muestran más.</translation>
    </message>
    <message>
        <source>The share of combinations that the synthetic data does not show at all.</source>
        <translation>La proporción de combinaciones que los datos sintéticos no muestran en absoluto.</translation>
    </message>
    <message>
        <source>The share of combinations in the synthetic data that do not exist in what it is compared with.</source>
        <translation>La proporción de combinaciones de los datos sintéticos que no existen en aquello con lo que se comparan.</translation>
    </message>
    <message>
        <source>Combinations counted {0} to {1} times ({2}): a count is off by {3:.1f} on average, and {4:.0%} of them are missing from the synthetic data.</source>
        <translation>Combinaciones contadas de {0} a {1} veces ({2}): un recuento se desvía {3:.1f} en promedio, y el {4:.0%} de ellas falta en los datos sintéticos.</translation>
    </message>
    <message>
        <source>Combinations counted {0} to {1} times ({2}): a count is off by {3:.1f} on average, the synthetic data keeps {4:.0%} of a count on average, and {5:.0%} of them are missing from the synthetic data.</source>
        <translation>Combinaciones contadas de {0} a {1} veces ({2}): un recuento se desvía {3:.1f} en promedio, los datos sintéticos conservan el {4:.0%} de un recuento en promedio, y el {5:.0%} de ellas falta en los datos sintéticos.</translation>
    </message>
    <message>
        <source>For single answers: the released counts hold {0}, the synthetic records {1}.</source>
        <translation>Para las respuestas sueltas: los recuentos publicados contienen {0}, los registros sintéticos {1}.</translation>
    </message>
    <message>
        <source>For combinations of {0} answers: the released counts hold {1}, the synthetic records {2}.</source>
        <translation>Para las combinaciones de {0} respuestas: los recuentos publicados contienen {1}, los registros sintéticos {2}.</translation>
    </message>
    <message>
        <source>For single answers: the real records hold {0}, the synthetic records {1}.</source>
        <translation>Para las respuestas sueltas: los registros reales contienen {0}, los registros sintéticos {1}.</translation>
    </message>
    <message>
        <source>For combinations of {0} answers: the real records hold {1}, the synthetic records {2}.</source>
        <translation>Para las combinaciones de {0} respuestas: los registros reales contienen {1}, los registros sintéticos {2}.</translation>
    </message>
    <message>
        <source>A count is off by {0:.1f} records on average.</source>
        <translation>Un recuento se desvía {0:.1f} registros en promedio.</translation>
    </message>
    <message>
        <source>Counts of at least {0} are off by {1:.1%} on average.</source>
        <translation>Los recuentos de al menos {0} se desvían un {1:.1%} en promedio.</translation>
    </message>
    <message>
        <source>{0:.1%} of them are missing from the synthetic data.</source>
        <translation>El {0:.1%} de ellas falta en los datos sintéticos.</translation>
    </message>
    <message>
        <source>{0:.1%} of them are missing from the synthetic data; {1:.1%} of the synthetic ones are not in the released counts.</source>
        <translation>El {0:.1%} de ellas falta en los datos sintéticos; el {1:.1%} de las combinaciones sintéticas no figura en los recuentos publicados.</translation>
    </message>
    <message>
        <source>{0:.1%} of them are missing from the synthetic data; {1:.1%} of the synthetic ones are not in the real records.</source>
        <translation>El {0:.1%} de ellas falta en los datos sintéticos; el {1:.1%} de las combinaciones sintéticas no figura en los registros reales.</translation>
    </message>
</context>
</TS>
