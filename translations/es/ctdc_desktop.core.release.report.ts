<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Report</name>
    <message>
        <source>n/a</source>
        <comment>a figure that cannot be computed</comment>
        <translation>n/d</translation>
    </message>
    <message>
        <source>en</source>
        <comment>the language code of the report&apos;s text (an HTML lang attribute)</comment>
        <translation>es</translation>
    </message>
    <message>
        <source>Evaluation report: {0}</source>
        <translation>Informe de evaluación: {0}</translation>
    </message>
    <message>
        <source>This report describes the synthetic data and the reportable aggregates in this folder. Every figure is computed from those released files alone (the synthetic records compared with the released counts), so it says nothing more about the real people than the release itself.</source>
        <translation>Este informe describe los datos sintéticos y los agregados publicables de esta carpeta. Cada cifra se calcula solo a partir de esos archivos publicados (los registros sintéticos comparados con los recuentos publicados), así que no dice nada más sobre las personas reales que la propia publicación.</translation>
    </message>
    <message>
        <source>The release</source>
        <translation>La publicación</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Paquete de publicación</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado el</translation>
    </message>
    <message>
        <source>Made with</source>
        <translation>Hecho con</translation>
    </message>
    <message>
        <source>Recipe</source>
        <translation>Receta</translation>
    </message>
    <message>
        <source>Synthetic records</source>
        <translation>Registros sintéticos</translation>
    </message>
    <message>
        <source>Records according to the released counts</source>
        <translation>Registros según los recuentos publicados</translation>
    </message>
    <message>
        <source>How the data was protected</source>
        <translation>Cómo se protegieron los datos</translation>
    </message>
    <message>
        <source>Every count in reportable_aggregates.csv is backed by at least {0} real records. Every synthetic record is a combination of answers that at least {0} real records share.</source>
        <translation>Cada recuento de reportable_aggregates.csv se apoya en al menos {0} registros reales. Cada registro sintético es una combinación de respuestas que comparten al menos {0} registros reales.</translation>
    </message>
    <message>
        <source>This release spent a privacy budget of ε = {0:g} with δ = {1:.3g} (ρ = {2:.4g}). The smaller ε, the less anyone can learn about whether a given person is in the data. Budgets add up over releases of the same records.</source>
        <translation>Esta publicación gastó un presupuesto de privacidad de ε = {0:g} con δ = {1:.3g} (ρ = {2:.4g}). Cuanto más pequeño es ε, menos se puede saber si una persona concreta está en los datos. Los presupuestos se suman entre publicaciones de los mismos registros.</translation>
    </message>
    <message>
        <source>Including this release, releases of this dataset have spent ε = {0:g} of a cap of {1:g}.</source>
        <translation>Contando esta publicación, las publicaciones de este conjunto de datos han gastado ε = {0:g} de un límite de {1:g}.</translation>
    </message>
    <message>
        <source>Including this release, releases of this dataset have spent ε = {0:g}.</source>
        <translation>Contando esta publicación, las publicaciones de este conjunto de datos han gastado ε = {0:g}.</translation>
    </message>
    <message>
        <source>length {0}</source>
        <translation>longitud {0}</translation>
    </message>
    <message>
        <source>How closely the synthetic records reproduce the released counts</source>
        <translation>Hasta qué punto los registros sintéticos reproducen los recuentos publicados</translation>
    </message>
    <message>
        <source>A &lt;i&gt;combination&lt;/i&gt; is a set of answers from different variables (for example a gender and an age group); its &lt;i&gt;length&lt;/i&gt; is how many answers it has. For each length, the counts of every combination in the synthetic records are compared with the released counts.</source>
        <translation>Una &lt;i&gt;combinación&lt;/i&gt; es un conjunto de respuestas de variables distintas (por ejemplo un género y un tramo de edad); su &lt;i&gt;longitud&lt;/i&gt; es cuántas respuestas tiene. Para cada longitud, los recuentos de cada combinación en los registros sintéticos se comparan con los recuentos publicados.</translation>
    </message>
    <message>
        <source>Share of combinations by length</source>
        <translation>Proporción de combinaciones por longitud</translation>
    </message>
    <message>
        <source>preservation</source>
        <translation>conservación</translation>
    </message>
    <message>
        <source>missing (suppressed)</source>
        <translation>faltantes (suprimidas)</translation>
    </message>
    <message>
        <source>not in released counts (fabricated)</source>
        <translation>ausentes de los recuentos publicados (inventadas)</translation>
    </message>
    <message>
        <source>Preservation near 100% and small other bars mean the synthetic records follow the released counts closely.</source>
        <translation>Una conservación cercana al 100 % y barras pequeñas en lo demás significan que los registros sintéticos siguen de cerca los recuentos publicados.</translation>
    </message>
    <message>
        <source>Mean absolute error by length (records)</source>
        <translation>Error absoluto medio por longitud (registros)</translation>
    </message>
    <message>
        <source>mean absolute error</source>
        <translation>error absoluto medio</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <source>Released combinations</source>
        <translation>Combinaciones publicadas</translation>
    </message>
    <message>
        <source>Synthetic combinations</source>
        <translation>Combinaciones sintéticas</translation>
    </message>
    <message>
        <source>Mean absolute error</source>
        <translation>Error absoluto medio</translation>
    </message>
    <message>
        <source>Mean relative error</source>
        <translation>Error relativo medio</translation>
    </message>
    <message>
        <source>Preservation</source>
        <translation>Conservación</translation>
    </message>
    <message>
        <source>Suppressed</source>
        <translation>Suprimidas</translation>
    </message>
    <message>
        <source>Fabricated</source>
        <translation>Inventadas</translation>
    </message>
    <message>
        <source>By size of the released count</source>
        <translation>Según el tamaño del recuento publicado</translation>
    </message>
    <message>
        <source>The same comparison with combinations grouped by their released count: small counts are the hardest to reproduce.</source>
        <translation>La misma comparación, con las combinaciones agrupadas según su recuento publicado: los recuentos pequeños son los más difíciles de reproducir.</translation>
    </message>
    <message>
        <source>Preservation and mean relative error by released count</source>
        <translation>Conservación y error relativo medio según el recuento publicado</translation>
    </message>
    <message>
        <source>mean relative error</source>
        <translation>error relativo medio</translation>
    </message>
    <message>
        <source>Released count</source>
        <translation>Recuento publicado</translation>
    </message>
    <message>
        <source>Combinations</source>
        <translation>Combinaciones</translation>
    </message>
    <message>
        <source>{0} to {1}</source>
        <translation>{0} a {1}</translation>
    </message>
    <message>
        <source>What the figures mean</source>
        <translation>Qué significan las cifras</translation>
    </message>
    <message>
        <source>For official figures, use reportable_aggregates.csv: its counts are the release&apos;s protected counts, as said above (not the real numbers). The synthetic records are for exploring patterns; counts taken from them differ from the released counts as shown above.</source>
        <translation>Para las cifras oficiales, use reportable_aggregates.csv: sus recuentos son los recuentos protegidos de la publicación, como se indicó arriba (no los números reales). Los registros sintéticos sirven para explorar patrones; los recuentos obtenidos de ellos difieren de los recuentos publicados, como se muestra arriba.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
</TS>
