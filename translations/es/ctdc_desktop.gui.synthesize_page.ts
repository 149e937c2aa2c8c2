<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>SynthesizePage</name>
    <message>
        <source>Good</source>
        <translation>Bien</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Revisar</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Synthesize</source>
        <translation>Sintetizar</translation>
    </message>
    <message>
        <source>Make &lt;b&gt;synthetic&lt;/b&gt; records: new rows that keep the patterns of your recoded data but belong to no real person. Choose how strongly to protect the people in it; nothing is written to a file here.</source>
        <translation>Cree registros &lt;b&gt;sintéticos&lt;/b&gt;: filas nuevas que conservan las tendencias de sus datos recodificados pero no pertenecen a ninguna persona real. Elija con qué fuerza proteger a las personas que contienen; aquí no se escribe nada en ningún archivo.</translation>
    </message>
    <message>
        <source>&amp;Make synthetic records</source>
        <translation>&amp;Crear los registros sintéticos</translation>
    </message>
    <message>
        <source>Stop making synthetic records. Nothing is kept.</source>
        <translation>Detener la creación de los registros sintéticos. No se conserva nada.</translation>
    </message>
    <message>
        <source>Finish the Recode step first: this step works on the recoded table it makes.</source>
        <translation>Termine primero el paso Recodificar: este paso trabaja con la tabla recodificada que crea.</translation>
    </message>
    <message>
        <source>Shown once the recoded table is ready.</source>
        <translation>Se muestra cuando la tabla recodificada esté lista.</translation>
    </message>
    <message>
        <source>The recoded table has {0} records and {1} variables.</source>
        <translation>La tabla recodificada tiene {0} registros y {1} variables.</translation>
    </message>
    <message>
        <source>“{0}” already has releases, so this data was named “{1}”: unrelated data never shares a privacy budget. If it is the same data as “{0}”, name it “{0}” so that its releases count against the same budget.</source>
        <translation>«{0}» ya tiene publicaciones, así que estos datos se llamaron «{1}»: datos sin relación nunca comparten un presupuesto de privacidad. Si son los mismos datos que «{0}», llámelos «{0}» para que sus publicaciones cuenten con el mismo presupuesto.</translation>
    </message>
    <message>
        <source>The choices changed: make the synthetic records again.</source>
        <translation>Las opciones cambiaron: vuelva a crear los registros sintéticos.</translation>
    </message>
    <message>
        <source>A k-anonymous release spends no privacy budget (ε).</source>
        <translation>Una publicación k-anónima no gasta presupuesto de privacidad (ε).</translation>
    </message>
    <message>
        <source>Open an export: the dataset is named after it.</source>
        <translation>Abra una exportación: el conjunto de datos lleva su nombre.</translation>
    </message>
    <message>
        <source>Earlier DP releases of this dataset: {0}.</source>
        <translation>Publicaciones DP anteriores de este conjunto de datos: {0}.</translation>
    </message>
    <message>
        <source>Refused: the privacy budget would pass its cap.</source>
        <translation>Rechazado: el presupuesto de privacidad superaría su límite.</translation>
    </message>
    <message>
        <source>Make the synthetic records.</source>
        <translation>Crear los registros sintéticos.</translation>
    </message>
    <message>
        <source>Looking for records that few others share…</source>
        <translation>Buscando los registros que pocos otros comparten…</translation>
    </message>
    <message>
        <source>unique (no one else)</source>
        <translation>únicos (nadie más)</translation>
    </message>
    <message>
        <source>rare (2 to {0} share them)</source>
        <translation>raros (los comparten de 2 a {0})</translation>
    </message>
    <message>
        <source>shared by {0} or more</source>
        <translation>compartidos por {0} o más</translation>
    </message>
    <message>
        <source>Making synthetic records…</source>
        <translation>Creando los registros sintéticos…</translation>
    </message>
    <message>
        <source>Done. Check the result below, then go on to Export.</source>
        <translation>Listo. Revise el resultado abajo y pase después al paso Exportar.</translation>
    </message>
    <message>
        <source>Stopped. No synthetic records were made.</source>
        <translation>Detenido. No se creó ningún registro sintético.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0} synthetic records&lt;/b&gt; were made from {1} real ones.</source>
        <translation>&lt;b&gt;{0} registros sintéticos&lt;/b&gt; se crearon a partir de {1} reales.</translation>
    </message>
    <message>
        <source>This release spends ε = {0:.4g} (δ = {1:.2g}).</source>
        <translation>Esta publicación gasta ε = {0:.4g} (δ = {1:.2g}).</translation>
    </message>
    <message>
        <source>length {0}</source>
        <translation>longitud {0}</translation>
    </message>
    <message>
        <source>Hide the &amp;figures</source>
        <translation>Ocultar las &amp;cifras</translation>
    </message>
    <message>
        <source>Show the &amp;figures</source>
        <translation>Mostrar las &amp;cifras</translation>
    </message>
    <message>
        <source>Rename the dataset?</source>
        <translation>¿Cambiar el nombre del conjunto de datos?</translation>
    </message>
    <message>
        <source>Releases of “{0}” so far: {1}. Rename it “{2}”? The privacy budget they spent will count under the new name too, and the privacy budget ledger records the rename.</source>
        <translation>Publicaciones de «{0}» hasta ahora: {1}. ¿Llamarlo «{2}»? El presupuesto de privacidad que gastaron contará también con el nuevo nombre, y el registro del presupuesto de privacidad guarda el cambio de nombre.</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Cambiar el nombre</translation>
    </message>
    <message>
        <source>&amp;Keep “{0}”</source>
        <translation>&amp;Mantener «{0}»</translation>
    </message>
    <message>
        <source>Privacy budget of this dataset</source>
        <translation>Presupuesto de privacidad de este conjunto de datos</translation>
    </message>
    <message>
        <source>The name this data is released under, the same for every release of this project: budgets are counted per name. Proposed from the file&apos;s name; change it before the first release.</source>
        <translation>El nombre con el que se publican estos datos, el mismo en cada publicación de este proyecto: los presupuestos se cuentan por nombre. Se propone a partir del nombre del archivo; cámbielo antes de la primera publicación.</translation>
    </message>
    <message>
        <source>The most ε this dataset may spend over all its releases (default 10).</source>
        <translation>El máximo de ε que este conjunto de datos puede gastar en todas sus publicaciones (10 de forma predeterminada).</translation>
    </message>
    <message>
        <source>Data&amp;set name:</source>
        <translation>Nombre del &amp;conjunto de datos:</translation>
    </message>
    <message>
        <source>Cap on ε over all releases:</source>
        <translation>Límite de ε en todas las publicaciones:</translation>
    </message>
    <message>
        <source>Who is at risk in the recoded data (before synthesis)</source>
        <translation>Quién corre riesgo en los datos recodificados (antes de sintetizar)</translation>
    </message>
    <message>
        <source>Records by how many share their answers</source>
        <translation>Registros según cuántos comparten sus respuestas</translation>
    </message>
    <message>
        <source>Rare records made common by leaving out one variable</source>
        <translation>Registros raros que se vuelven comunes al dejar fuera una variable</translation>
    </message>
    <message>
        <source>Result (on this screen only: never written to a file)</source>
        <translation>Resultado (solo en esta pantalla: nunca se escribe en un archivo)</translation>
    </message>
    <message>
        <source>The numbers behind these three sentences, by length of combination.</source>
        <translation>Las cifras detrás de estas tres frases, por longitud de combinación.</translation>
    </message>
    <message>
        <source>Mean error of a count (records)</source>
        <translation>Error medio de un recuento (registros)</translation>
    </message>
    <message>
        <source>Combinations kept</source>
        <translation>Combinaciones conservadas</translation>
    </message>
    <message>
        <source>Combinations left out</source>
        <translation>Combinaciones dejadas fuera</translation>
    </message>
    <message>
        <source>Combinations invented</source>
        <translation>Combinaciones inventadas</translation>
    </message>
    <message>
        <source>Show the figures by how common a combination is</source>
        <translation>Mostrar las cifras según lo común que es una combinación</translation>
    </message>
    <message>
        <source>{0}:</source>
        <translation>{0}:</translation>
    </message>
</context>
</TS>
