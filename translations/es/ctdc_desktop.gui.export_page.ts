<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ExportPage</name>
    <message>
        <source>the synthetic records, codebook columns and labels</source>
        <translation>los registros sintéticos, con las columnas y etiquetas del libro de códigos</translation>
    </message>
    <message>
        <source>the same records as an Excel workbook</source>
        <translation>los mismos registros como libro de Excel</translation>
    </message>
    <message>
        <source>the protected counts</source>
        <translation>los recuentos protegidos</translation>
    </message>
    <message>
        <source>variables, categories, definitions and the protection used</source>
        <translation>variables, categorías, definiciones y protección utilizada</translation>
    </message>
    <message>
        <source>the same codebook as text</source>
        <translation>el mismo libro de códigos como texto</translation>
    </message>
    <message>
        <source>the evaluation, explained in words (opens in any browser, prints)</source>
        <translation>la evaluación, explicada con palabras (se abre en cualquier navegador, se imprime)</translation>
    </message>
    <message>
        <source>each step taken, never a value from the data</source>
        <translation>cada paso realizado, nunca un valor de los datos</translation>
    </message>
    <message>
        <source>version, recipe, parameters, record counts and a fingerprint of every file</source>
        <translation>versión, receta, parámetros, número de registros y huella de cada archivo</translation>
    </message>
    <message>
        <source>the protected counts: noisy counts (each real count with random noise added), not the real numbers</source>
        <translation>los recuentos protegidos: recuentos con ruido (cada recuento real más un ruido aleatorio), no los números reales</translation>
    </message>
    <message>
        <source>the protected counts: real counts rounded down to a multiple of k = {0}; rarer combinations are left out</source>
        <translation>los recuentos protegidos: los recuentos reales redondeados hacia abajo a un múltiplo de k = {0}; se omiten las combinaciones más raras</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Save the release: a new folder with the synthetic data, the protected counts, a codebook, a report and a log of what was done. Your original export is never changed, and nothing is replaced without your say.</source>
        <translation>Guarde la publicación: una carpeta nueva con los datos sintéticos, los recuentos protegidos, un libro de códigos, un informe y un registro de lo que se hizo. Su exportación original nunca se modifica, y nada se reemplaza sin su permiso.</translation>
    </message>
    <message>
        <source>What will be written</source>
        <translation>Lo que se escribirá</translation>
    </message>
    <message>
        <source>Checking the folder…</source>
        <translation>Comprobando la carpeta…</translation>
    </message>
    <message>
        <source>&amp;Write the release</source>
        <translation>Escribir la &amp;publicación</translation>
    </message>
    <message>
        <source>Stop writing. Nothing is left behind.</source>
        <translation>Detener la escritura. No queda nada a medias.</translation>
    </message>
    <message>
        <source>&amp;Open the folder</source>
        <translation>&amp;Abrir la carpeta</translation>
    </message>
    <message>
        <source>Finish the Synthesize step first: this step writes the synthetic records it makes.</source>
        <translation>Termine primero el paso Sintetizar: este paso escribe los registros sintéticos que crea.</translation>
    </message>
    <message>
        <source>Choose the folder to save the release in.</source>
        <translation>Elija la carpeta donde guardar la publicación.</translation>
    </message>
    <message>
        <source>Shown once the synthetic records are made.</source>
        <translation>Se muestra una vez creados los registros sintéticos.</translation>
    </message>
    <message>
        <source>k-anonymous (k = {0})</source>
        <translation>k-anónimo (k = {0})</translation>
    </message>
    <message>
        <source>differentially private (ε = {0:.4g})</source>
        <translation>con privacidad diferencial (ε = {0:.4g})</translation>
    </message>
    <message>
        <source>{0} synthetic records, {1}.</source>
        <translation>{0} registros sintéticos, {1}.</translation>
    </message>
    <message>
        <source>A new folder &lt;b&gt;{0}&lt;/b&gt; in {1}, holding:</source>
        <translation>Una carpeta nueva &lt;b&gt;{0}&lt;/b&gt; en {1}, que contiene:</translation>
    </message>
    <message>
        <source>A new folder named &lt;i&gt;dataset_method_date&lt;/i&gt;, holding:</source>
        <translation>Una carpeta nueva llamada &lt;i&gt;conjunto_método_fecha&lt;/i&gt;, que contiene:</translation>
    </message>
    <message>
        <source>&lt;b&gt;“{0}”&lt;/b&gt;: {1}</source>
        <translation>&lt;b&gt;“{0}”&lt;/b&gt;: {1}</translation>
    </message>
    <message>
        <source>The comparison with the real records shown on the Synthesize page is not written: the report only holds figures computed from what is released.</source>
        <translation>La comparación con los registros reales mostrada en el paso Sintetizar no se escribe: el informe solo contiene cifras calculadas a partir de lo que se publica.</translation>
    </message>
    <message>
        <source>Save the release in</source>
        <translation>Guardar la publicación en</translation>
    </message>
    <message>
        <source>Writing the release…</source>
        <translation>Escribiendo la publicación…</translation>
    </message>
    <message>
        <source>“{0}” ({1})</source>
        <translation>“{0}” ({1})</translation>
    </message>
    <message>
        <source>&lt;b&gt;The release was written&lt;/b&gt; to {0}:</source>
        <translation>&lt;b&gt;La publicación se escribió&lt;/b&gt; en {0}:</translation>
    </message>
    <message>
        <source>&lt;p&gt;This dataset has now spent ε = {0:.4g} of its cap of {1:.4g}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Este conjunto de datos ha gastado ahora ε = {0:.4g} de su límite de {1:.4g}.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Stopped. Nothing was written.</source>
        <translation>Detenido. No se escribió nada.</translation>
    </message>
    <message>
        <source>Where to save</source>
        <translation>Dónde guardar</translation>
    </message>
    <message>
        <source>Named on the Synthesize step, once per project: every release of these data counts against its privacy budget. Change it there.</source>
        <translation>Se nombra en el paso Sintetizar, una vez por proyecto: cada publicación de estos datos cuenta en su presupuesto de privacidad. Cámbielo allí.</translation>
    </message>
    <message>
        <source>a folder, a mapped drive (S:\releases) or \\server\share</source>
        <translation>una carpeta, una unidad asignada (S:\releases) o \\servidor\recurso</translation>
    </message>
    <message>
        <source>The folder the release folder is made in. Type or paste a network path.</source>
        <translation>La carpeta en la que se crea la carpeta de la publicación. Escriba o pegue una ruta de red.</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>Replace the existing release folder of the same name</source>
        <translation>Reemplazar la carpeta de publicación existente con el mismo nombre</translation>
    </message>
    <message>
        <source>&amp;Dataset name:</source>
        <translation>&amp;Nombre del conjunto de datos:</translation>
    </message>
    <message>
        <source>&amp;Save in folder:</source>
        <translation>&amp;Guardar en la carpeta:</translation>
    </message>
    <message>
        <source>{0} bytes</source>
        <translation>{0} bytes</translation>
    </message>
    <message>
        <source>{0} KB</source>
        <translation>{0} KB</translation>
    </message>
</context>
</TS>
