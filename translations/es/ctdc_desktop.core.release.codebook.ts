<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ReleaseMethod</name>
    <message>
        <source>k (every count is backed by at least this many records, and rounded down to a multiple of it)</source>
        <translation>k (cada recuento se basa en al menos este número de registros, y se redondea hacia abajo a un múltiplo de él)</translation>
    </message>
    <message>
        <source>ε (privacy budget of this release; smaller is more private)</source>
        <translation>ε (presupuesto de privacidad de esta publicación; más pequeño es más privado)</translation>
    </message>
    <message>
        <source>δ (chance that the ε guarantee does not hold)</source>
        <translation>δ (probabilidad de que la garantía ε no se cumpla)</translation>
    </message>
    <message>
        <source>ρ (the same budget in zero-concentrated DP)</source>
        <translation>ρ (el mismo presupuesto en privacidad diferencial de concentración cero)</translation>
    </message>
    <message>
        <source>L (longest combination of answers counted)</source>
        <translation>L (combinación de respuestas más larga contada)</translation>
    </message>
    <message>
        <source>control of combinations created by noise</source>
        <translation>control de las combinaciones creadas por el ruido</translation>
    </message>
    <message>
        <source>δ derived from the number of records</source>
        <translation>δ deducido del número de registros</translation>
    </message>
    <message>
        <source>most answers counted per record (a bound the noise is scaled to)</source>
        <translation>máximo de respuestas contadas por registro (un límite con el que se calibra el ruido)</translation>
    </message>
    <message>
        <source>number of records, with noise added</source>
        <translation>número de registros, con ruido añadido</translation>
    </message>
    <message>
        <source>columns allowed by name although they looked unsafe</source>
        <translation>columnas permitidas por su nombre aunque parecían arriesgadas</translation>
    </message>
    <message>
        <source>σ (scale of the noise on counts of combinations of {0})</source>
        <translation>σ (escala del ruido en los recuentos de combinaciones de {0})</translation>
    </message>
    <message>
        <source>smallest noisy count kept for combinations of {0}</source>
        <translation>recuento con ruido más pequeño conservado para las combinaciones de {0}</translation>
    </message>
    <message>
        <source>candidate combinations of {0} counted</source>
        <translation>combinaciones candidatas de {0} contadas</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>k-anonymous synthesis</source>
        <translation>síntesis k-anónima</translation>
    </message>
    <message>
        <source>differentially private synthesis</source>
        <translation>síntesis con privacidad diferencial</translation>
    </message>
    <message>
        <source>Method: {0}</source>
        <translation>Método: {0}</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>The counts in reportable_aggregates.csv are real counts rounded down to a multiple of k = {0}: a count of {1} means at least {1} and fewer than {2} records. Combinations fewer than {0} records share are left out.</source>
        <translation>Los recuentos de reportable_aggregates.csv son los recuentos reales redondeados hacia abajo a un múltiplo de k = {0}: un recuento de {1} significa al menos {1} y menos de {2} registros. Se omiten las combinaciones que comparten menos de {0} registros.</translation>
    </message>
    <message>
        <source>The counts in reportable_aggregates.csv are noisy counts: each is the real count with random noise added, so it is close to the real number but not the real number, and small counts are the least reliable. Combinations whose noisy count is too small to tell from noise are left out.</source>
        <translation>Los recuentos de reportable_aggregates.csv son recuentos con ruido: cada uno es el recuento real al que se añadió ruido aleatorio, por lo que se acerca al número real sin ser el número real, y los recuentos pequeños son los menos fiables. Se omiten las combinaciones cuyo recuento con ruido es demasiado pequeño para distinguirlo del ruido.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>not known (codebook made from the recoded table)</source>
        <translation>desconocida (libro de códigos obtenido de la tabla recodificada)</translation>
    </message>
</context>
</TS>
