<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Verdict</name>
    <message>
        <source>Someone could be picked out: {0} combinations of answers that fewer than {1} real people share appear in the synthetic records. Use a larger k.</source>
        <translation>Alguien podría ser identificado: {0} combinaciones de respuestas que comparten menos de {1} personas reales aparecen en los registros sintéticos. Use un k mayor.</translation>
    </message>
    <message>
        <source>No one can be picked out: every combination of answers in the synthetic records is shared by at least {0} real people.</source>
        <translation>Nadie puede ser identificado: cada combinación de respuestas de los registros sintéticos la comparten al menos {0} personas reales.</translation>
    </message>
    <message>
        <source>A group of {0} is small: a k of {1} or more protects better.</source>
        <translation>Un grupo de {0} es pequeño: un k de {1} o más protege mejor.</translation>
    </message>
    <message>
        <source>It is hard to pick anyone out: random noise (ε = {0:.3g}) hides whether any one person is in the data.</source>
        <translation>Es difícil identificar a alguien: un ruido aleatorio (ε = {0:.3g}) oculta si una persona concreta está en los datos.</translation>
    </message>
    <message>
        <source>Someone could be picked out more easily than we advise: ε = {0:.3g} adds little noise. A smaller ε (at most {1:g}) protects better.</source>
        <translation>Alguien podría ser identificado más fácilmente de lo que aconsejamos: ε = {0:.3g} añade poco ruido. Un ε menor (como máximo {1:g}) protege mejor.</translation>
    </message>
    <message>
        <source>Too few records to tell how close the published numbers are: no answer is held by {0} people or more.</source>
        <translation>Muy pocos registros para saber si las cifras publicadas se acercan a las reales: ninguna respuesta la dan {0} personas o más.</translation>
    </message>
    <message>
        <source>The published numbers are close to the real ones: they are off by {0:.0%} on average.</source>
        <translation>Las cifras publicadas se acercan a las reales: se desvían un {0:.0%} de media.</translation>
    </message>
    <message>
        <source>The published numbers are roughly right: they are off by {0:.0%} on average. Give them as approximate.</source>
        <translation>Las cifras publicadas son más o menos correctas: se desvían un {0:.0%} de media. Preséntelas como aproximadas.</translation>
    </message>
    <message>
        <source>The published numbers are far from the real ones: they are off by {0:.0%} on average. Use fewer variables, or a larger ε (which protects less).</source>
        <translation>Las cifras publicadas están lejos de las reales: se desvían un {0:.0%} de media. Use menos variables o un ε mayor (que protege menos).</translation>
    </message>
    <message>
        <source>The published numbers are far from the real ones: they are off by {0:.0%} on average. Use fewer variables, or group rare answers together in the Recode step.</source>
        <translation>Las cifras publicadas están lejos de las reales: se desvían un {0:.0%} de media. Use menos variables o agrupe las respuestas raras en el paso Recodificar.</translation>
    </message>
    <message>
        <source>Nothing was left out.</source>
        <translation>No se omitió nada.</translation>
    </message>
    <message>
        <source>No answer was left out: every answer in the real records is in the synthetic ones.</source>
        <translation>No se omitió ninguna respuesta: cada respuesta de los registros reales está en los sintéticos.</translation>
    </message>
    <message>
        <source>Rare combinations of {0} answers were left out to protect people ({1:.0%} of them).</source>
        <translation>Se omitieron combinaciones raras de {0} respuestas para proteger a las personas ({1:.0%} de ellas).</translation>
    </message>
    <message>
        <source>{0} of the {1} answers in the real records were left out: too few people gave them.</source>
        <translation>Se omitieron {0} de las {1} respuestas de los registros reales: las dieron muy pocas personas.</translation>
    </message>
    <message>
        <source>Group rare answers together in the Recode step to keep them.</source>
        <translation>Agrupe las respuestas raras en el paso Recodificar para conservarlas.</translation>
    </message>
</context>
</TS>
