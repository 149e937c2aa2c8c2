<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>SynthesizePage</name>
    <message>
        <source>keep every combination the noise produces (most detail, most invented combinations)</source>
        <translation>conservar todas las combinaciones que produce el ruido (el mayor detalle, la mayor cantidad de combinaciones inventadas)</translation>
    </message>
    <message>
        <source>drop a few combinations that noise alone could create</source>
        <translation>eliminar algunas combinaciones que el ruido por sí solo podría crear</translation>
    </message>
    <message>
        <source>drop combinations that noise alone could easily create (recommended)</source>
        <translation>eliminar las combinaciones que el ruido por sí solo podría crear fácilmente (recomendado)</translation>
    </message>
    <message>
        <source>drop as many invented combinations as possible (least detail)</source>
        <translation>eliminar tantas combinaciones inventadas como sea posible (el menor detalle)</translation>
    </message>
    <message>
        <source>How to protect the records</source>
        <translation>Cómo proteger los registros</translation>
    </message>
    <message>
        <source>&amp;k-anonymous</source>
        <translation>&amp;k-anónimo</translation>
    </message>
    <message>
        <source>&amp;Differentially private</source>
        <translation>Con privacidad &amp;diferencial</translation>
    </message>
    <message>
        <source>&lt;b&gt;k-anonymous synthesis&lt;/b&gt; (as CTDC&apos;s 2021 release). Every combination of answers that is published is shared by at least &lt;b&gt;k&lt;/b&gt; real people, and counts are rounded down to a multiple of k. Rare combinations are left out. &lt;i&gt;What you give up:&lt;/i&gt; small groups disappear from the data; a larger k protects more and shows less.</source>
        <translation>&lt;b&gt;Síntesis k-anónima&lt;/b&gt; (como la publicación de CTDC de 2021). Cada combinación de respuestas publicada la comparten al menos &lt;b&gt;k&lt;/b&gt; personas reales, y los recuentos se redondean hacia abajo a un múltiplo de k. Las combinaciones raras se dejan fuera. &lt;i&gt;Lo que se pierde:&lt;/i&gt; los grupos pequeños desaparecen de los datos; un k mayor protege más y muestra menos.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Differentially private synthesis&lt;/b&gt; (as CTDC&apos;s 2022 release). Random noise is added to every count, so the result hardly depends on any one person. &lt;b&gt;ε&lt;/b&gt; (epsilon) is the privacy budget: smaller means more noise and stronger protection. Budgets add up over releases of the same data, so each release spends part of a cap. &lt;i&gt;What you give up:&lt;/i&gt; counts are less exact, and a few combinations may be invented by the noise.</source>
        <translation>&lt;b&gt;Síntesis con privacidad diferencial&lt;/b&gt; (como la publicación de CTDC de 2022). Se añade ruido aleatorio a cada recuento, de modo que el resultado apenas depende de una sola persona. &lt;b&gt;ε&lt;/b&gt; (épsilon) es el presupuesto de privacidad: cuanto más pequeño, más ruido y más protección. Los presupuestos se suman entre publicaciones de los mismos datos, así que cada publicación gasta parte de un límite. &lt;i&gt;Lo que se pierde:&lt;/i&gt; los recuentos son menos exactos, y el ruido puede inventar algunas combinaciones.</translation>
    </message>
    <message>
        <source>Every published combination is shared by at least this many people (default 10).</source>
        <translation>Cada combinación publicada la comparten al menos este número de personas (10 de forma predeterminada).</translation>
    </message>
    <message>
        <source>The privacy budget this release spends (default 4; CTDC 2022 used 12).</source>
        <translation>El presupuesto de privacidad que gasta esta publicación (4 de forma predeterminada; CTDC 2022 usó 12).</translation>
    </message>
    <message>
        <source>The longest combination of answers whose count is kept (kanon default 4, dp default 3).</source>
        <translation>La combinación de respuestas más larga cuyo recuento se conserva (4 de forma predeterminada en k-anónimo, 3 en DP).</translation>
    </message>
    <message>
        <source>Noise can make a combination appear that no real record has; this sets how hard to remove those.</source>
        <translation>El ruido puede hacer aparecer una combinación que ningún registro real tiene; este ajuste indica con qué empeño quitarlas.</translation>
    </message>
    <message>
        <source>Same records every run (seed)</source>
        <translation>Mismos registros en cada ejecución (semilla)</translation>
    </message>
    <message>
        <source>Only for checking a run can be repeated; it does not change the protection. With k-anonymity the same seed gives the same records. With differential privacy the noise is new on every run, as it must be, so the records still differ: the seed only fixes how they are drawn from the noisy counts.</source>
        <translation>Solo sirve para comprobar que una ejecución se puede repetir; no cambia la protección. En la síntesis k-anónima, la misma semilla da los mismos registros. Con la privacidad diferencial, el ruido es nuevo en cada ejecución, como debe ser, así que los registros igualmente difieren: la semilla solo fija cómo se extraen de los recuentos con ruido.</translation>
    </message>
    <message>
        <source>k (smallest group shown):</source>
        <translation>k (grupo más pequeño mostrado):</translation>
    </message>
    <message>
        <source>ε (privacy budget):</source>
        <translation>ε (presupuesto de privacidad):</translation>
    </message>
    <message>
        <source>Longest combination kept:</source>
        <translation>Combinación más larga conservada:</translation>
    </message>
    <message>
        <source>Invented combinations:</source>
        <translation>Combinaciones inventadas:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Semilla:</translation>
    </message>
</context>
</TS>
