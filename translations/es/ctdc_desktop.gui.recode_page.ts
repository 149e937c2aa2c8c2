<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>RecodePage</name>
    <message>
        <source>Value map: each spelling becomes one category</source>
        <translation>Tabla de valores: cada grafía se convierte en una categoría</translation>
    </message>
    <message>
        <source>Flag: 1 when the answer is yes, empty otherwise</source>
        <translation>Indicador: 1 cuando la respuesta es sí, vacía en otro caso</translation>
    </message>
    <message>
        <source>Other: 1 when the value has no variable of its own</source>
        <translation>Otro: 1 cuando el valor no tiene variable propia</translation>
    </message>
    <message>
        <source>Age bands: an age in years falls in one band</source>
        <translation>Tramos de edad: una edad en años cae en un tramo</translation>
    </message>
    <message>
        <source>Majority: Minor under 18, Adult from 18</source>
        <translation>Mayoría de edad: Minor antes de los 18, Adult desde los 18</translation>
    </message>
    <message>
        <source>Bands: a whole number (a year, months) falls in one band</source>
        <translation>Tramos: un número entero (un año, meses) cae en un tramo</translation>
    </message>
    <message>
        <source>Number: kept as it is, within the codebook&apos;s range</source>
        <translation>Número: se conserva tal cual, dentro del rango del libro de códigos</translation>
    </message>
    <message>
        <source>Country: ISO code or name becomes a region</source>
        <translation>País: un código ISO o un nombre se convierte en una región</translation>
    </message>
    <message>
        <source>Not recorded: the export does not hold it</source>
        <translation>No registrado: la exportación no lo contiene</translation>
    </message>
    <message>
        <source>CTDC victim-perpetrator data, December 2022 (16 variables)</source>
        <translation>Datos de víctimas y perpetradores del CTDC, diciembre de 2022 (16 variables)</translation>
    </message>
    <message>
        <source>CTDC global synthetic data, 2021 (37 variables)</source>
        <translation>Datos sintéticos globales del CTDC, 2021 (37 variables)</translation>
    </message>
    <message>
        <source>Choose a recipe…</source>
        <translation>Elija una receta…</translation>
    </message>
    <message>
        <source>A recipe says how each CTDC variable is made from the export&apos;s columns.</source>
        <translation>Una receta indica cómo se obtiene cada variable del CTDC a partir de las columnas de la exportación.</translation>
    </message>
    <message>
        <source>Recipe</source>
        <translation>Receta</translation>
    </message>
    <message>
        <source>&amp;Open recipe file…</source>
        <translation>A&amp;brir un archivo de receta…</translation>
    </message>
    <message>
        <source>Use a recipe saved earlier or made for your mission (.toml).</source>
        <translation>Use una receta guardada antes o hecha para su misión (.toml).</translation>
    </message>
    <message>
        <source>&amp;Save recipe as…</source>
        <translation>&amp;Guardar la receta como…</translation>
    </message>
    <message>
        <source>Save the recipe with your changes as a new file, to use again next quarter. It holds no records, only the spellings you mapped.</source>
        <translation>Guarde la receta con sus cambios en un archivo nuevo, para volver a usarla el próximo trimestre. No contiene registros, solo las grafías que usted asignó.</translation>
    </message>
    <message>
        <source>Stop recoding. The recipe and your changes are kept.</source>
        <translation>Detener la recodificación. La receta y sus cambios se conservan.</translation>
    </message>
    <message>
        <source>The variable in the codebook&apos;s own words.</source>
        <translation>La variable en las palabras del libro de códigos.</translation>
    </message>
    <message>
        <source>The rule the recipe uses for this variable.</source>
        <translation>La regla que la receta usa para esta variable.</translation>
    </message>
    <message>
        <source>What the variable means, as its codebook defines it.</source>
        <translation>Lo que significa la variable, tal como la define su libro de códigos.</translation>
    </message>
    <message>
        <source>&amp;Use this proposal</source>
        <translation>&amp;Usar esta propuesta</translation>
    </message>
    <message>
        <source>Make this variable from the proposed column(s), with the proposed settings and values.</source>
        <translation>Construir esta variable a partir de la(s) columna(s) propuesta(s), con los ajustes y valores propuestos.</translation>
    </message>
    <message>
        <source>The export does not &amp;hold this variable</source>
        <translation>La exportación no &amp;contiene esta variable</translation>
    </message>
    <message>
        <source>Leave this variable&apos;s column empty in the release: your export does not record it.</source>
        <translation>Dejar vacía la columna de esta variable en la publicación: su exportación no la registra.</translation>
    </message>
    <message>
        <source>Make it from a column &amp;again</source>
        <translation>Sacarla de una columna de &amp;nuevo</translation>
    </message>
    <message>
        <source>Go back to the recipe&apos;s way of making this variable.</source>
        <translation>Volver a la forma en que la receta hace esta variable.</translation>
    </message>
    <message>
        <source>The recipe file {file} is not there any more; the copy saved in the project is used.</source>
        <translation>El archivo de receta {file} ya no existe; se usa la copia guardada en el proyecto.</translation>
    </message>
    <message>
        <source>The recipe file {file} changed since the project was saved; the project&apos;s copy is used.</source>
        <translation>El archivo de receta {file} cambió desde que se guardó el proyecto; se usa la copia del proyecto.</translation>
    </message>
    <message>
        <source>Recipe saved as {file}.</source>
        <translation>Receta guardada como {file}.</translation>
    </message>
    <message>
        <source>Open a recipe</source>
        <translation>Abrir una receta</translation>
    </message>
    <message>
        <source>Save the recipe as</source>
        <translation>Guardar la receta como</translation>
    </message>
    <message>
        <source>Proposing the source of each variable from your export…</source>
        <translation>Proponiendo la fuente de cada variable a partir de su exportación…</translation>
    </message>
    <message>
        <source>Recoding with the recipe…</source>
        <translation>Recodificando con la receta…</translation>
    </message>
    <message>
        <source>Proposing was stopped: the recipe is as written, nothing proposed. Choose it again to propose again.</source>
        <translation>La propuesta se detuvo: la receta está tal como está escrita, no se propone nada. Elíjala de nuevo para volver a proponer.</translation>
    </message>
    <message>
        <source>Recoding was stopped. Change the recipe or choose it again to run it again.</source>
        <translation>La recodificación se detuvo. Cambie la receta o elíjala de nuevo para volver a ejecutarla.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing to recode yet.&lt;/b&gt; First load the export (step 1) and remove the identifiers (step 2); this step then recodes the cleaned records.</source>
        <translation>&lt;b&gt;Aún no hay nada que recodificar.&lt;/b&gt; Primero cargue la exportación (paso 1) y elimine los identificadores (paso 2); este paso recodifica luego los registros depurados.</translation>
    </message>
    <message>
        <source>Turn the cleaned records ({n} victims) into the categories CTDC publishes. A ready-made recipe does most of the work; you check the values it could not place.</source>
        <translation>Convierta los registros depurados ({n} víctimas) en las categorías que publica el CTDC. Una receta lista para usar hace casi todo el trabajo; usted revisa los valores que no pudo clasificar.</translation>
    </message>
    <message>
        <source>How many victim rows the cleaned export holds.</source>
        <translation>Cuántas filas de víctimas contiene la exportación depurada.</translation>
    </message>
    <message>
        <source>Choose a recipe above. The variables of its codebook are then listed here, each with the values of your export it could not place.</source>
        <translation>Elija una receta arriba. Las variables de su libro de códigos se listan entonces aquí, cada una con los valores de su exportación que no pudo clasificar.</translation>
    </message>
    <message>
        <source>You changed: {names}.</source>
        <translation>Usted cambió: {names}.</translation>
    </message>
    <message>
        <source>Recoding…</source>
        <translation>Recodificando…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Every variable is complete.&lt;/b&gt; {n} victims recoded; Synthesize can start.</source>
        <translation>&lt;b&gt;Todas las variables están completas.&lt;/b&gt; {n} víctimas recodificadas; Sintetizar puede empezar.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n of {n} variables need attention&lt;/b&gt;: map their values to a category or set them to missing.</source>
        <translation>
            <numerusform>&lt;b&gt;%n de {n} variables necesita atención&lt;/b&gt;: asigne sus valores a una categoría o márquelos como faltantes.</numerusform>
            <numerusform>&lt;b&gt;%n de {n} variables necesitan atención&lt;/b&gt;: asigne sus valores a una categoría o márquelos como faltantes.</numerusform>
        </translation>
    </message>
    <message>
        <source>A variable is complete when every value of its column is mapped or set to missing.</source>
        <translation>Una variable está completa cuando cada valor de su columna está asignado o marcado como faltante.</translation>
    </message>
    <message>
        <source>Proposed from your export: {k} of {n} variables.</source>
        <translation>Propuesto a partir de su exportación: {k} de {n} variables.</translation>
    </message>
    <message numerus="yes">
        <source>%n proposals wait for your confirmation (marked “please confirm”).</source>
        <translation>
            <numerusform>%n propuesta espera su confirmación (marcada «por confirmar»).</numerusform>
            <numerusform>%n propuestas esperan su confirmación (marcadas «por confirmar»).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>For %n variables no column was found: choose it.</source>
        <translation>
            <numerusform>Para %n variable no se encontró ninguna columna: elíjala.</numerusform>
            <numerusform>Para %n variables no se encontró ninguna columna: elíjalas.</numerusform>
        </translation>
    </message>
    <message>
        <source>please confirm</source>
        <translation>confírmelo</translation>
    </message>
    <message>
        <source>Proposed: {reason}. Not used until you confirm it.</source>
        <translation>Propuesto: {reason}. No se usa hasta que lo confirme.</translation>
    </message>
    <message>
        <source>no column found</source>
        <translation>ninguna columna encontrada</translation>
    </message>
    <message>
        <source>No column of the export was found for it ({reason}). Choose it.</source>
        <translation>No se encontró ninguna columna de la exportación para ella ({reason}). Elíjala.</translation>
    </message>
    <message>
        <source>{n} of {rows} {unit} got a category from the recipe.</source>
        <translation>{n} de {rows} {unit} recibieron una categoría de la receta.</translation>
    </message>
    <message>
        <source>{n} {unit} hold a value that is not mapped or is wrong.</source>
        <translation>{n} {unit} tienen un valor sin asignar o erróneo.</translation>
    </message>
    <message>
        <source>Recoded: rows that got a category. Set to missing: values the recipe leaves out on purpose. Empty: rows with nothing in the column. Not mapped: values the recipe says nothing about.</source>
        <translation>Recodificadas: filas que recibieron una categoría. Faltantes: valores que la receta deja fuera a propósito. Vacías: filas sin nada en la columna. Sin asignar: valores sobre los que la receta no dice nada.</translation>
    </message>
    <message>
        <source>Proposed (confident)</source>
        <translation>Propuesto (seguro)</translation>
    </message>
    <message>
        <source>from {columns}: {reason}.</source>
        <translation>a partir de {columns}: {reason}.</translation>
    </message>
    <message>
        <source>Proposal used</source>
        <translation>Propuesta usada</translation>
    </message>
    <message>
        <source>Proposed: please confirm</source>
        <translation>Propuesto: confírmelo</translation>
    </message>
    <message>
        <source>from {columns}: {reason}. Not used until you confirm it; or choose other columns below.</source>
        <translation>a partir de {columns}: {reason}. No se usa hasta que lo confirme; o elija otras columnas abajo.</translation>
    </message>
    <message>
        <source>No column found</source>
        <translation>Ninguna columna encontrada</translation>
    </message>
    <message>
        <source>{reason}. Choose the column(s) below.</source>
        <translation>{reason}. Elija la(s) columna(s) abajo.</translation>
    </message>
    <message>
        <source>Your choice</source>
        <translation>Su elección</translation>
    </message>
    <message>
        <source>the proposal was {columns}: {reason}.</source>
        <translation>la propuesta era {columns}: {reason}.</translation>
    </message>
    <message>
        <source>{reason}.</source>
        <translation>{reason}.</translation>
    </message>
    <message>
        <source>As the recipe says</source>
        <translation>Como dice la receta</translation>
    </message>
    <message>
        <source>its columns are in the export. Proposed from the export: {columns} ({reason}).</source>
        <translation>sus columnas están en la exportación. Propuesto a partir de la exportación: {columns} ({reason}).</translation>
    </message>
    <message>
        <source>its columns are in the export.</source>
        <translation>sus columnas están en la exportación.</translation>
    </message>
    <message>
        <source>Other columns that could make it: {columns}.</source>
        <translation>Otras columnas posibles: {columns}.</translation>
    </message>
    <message>
        <source>Values no word list places (map them under Values): {values}.</source>
        <translation>Valores que ninguna lista de palabras clasifica (asígnelos en Valores): {values}.</translation>
    </message>
    <message>
        <source>1 (yes)</source>
        <translation>1 (sí)</translation>
    </message>
    <message>
        <source>no (empty)</source>
        <translation>no (vacía)</translation>
    </message>
    <message>
        <source>{n} {unit} have &quot;{value}&quot; in {column}.</source>
        <translation>{n} {unit} tienen &quot;{value}&quot; en {column}.</translation>
    </message>
    <message>
        <source>{k} other values</source>
        <translation>{k} valores más</translation>
    </message>
    <message>
        <source>{n} {unit} hold one of {k} less frequent values.</source>
        <translation>{n} {unit} tienen uno de {k} valores menos frecuentes.</translation>
    </message>
    <message>
        <source>Before ({unit})</source>
        <translation>Antes ({unit})</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacía)</translation>
    </message>
    <message>
        <source>{n} victims get &quot;{label}&quot; in {name}.</source>
        <translation>{n} víctimas obtienen &quot;{label}&quot; en {name}.</translation>
    </message>
    <message>
        <source>After (victims)</source>
        <translation>Después (víctimas)</translation>
    </message>
    <message>
        <source>perpetrator rows</source>
        <translation>filas de perpetradores</translation>
    </message>
    <message>
        <source>victims</source>
        <translation>víctimas</translation>
    </message>
    <message>
        <source>Variables of the codebook</source>
        <translation>Variables del libro de códigos</translation>
    </message>
    <message>
        <source>Choose a variable with the arrow keys; its values and bands are shown beside the list.</source>
        <translation>Elija una variable con las flechas; sus valores y tramos se muestran junto a la lista.</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>In words</source>
        <translation>En palabras</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Recoded</source>
        <translation>Recodificadas</translation>
    </message>
    <message>
        <source>Rows whose value is not mapped or is wrong.</source>
        <translation>Filas cuyo valor no está asignado o es erróneo.</translation>
    </message>
    <message>
        <source>Bands</source>
        <translation>Tramos</translation>
    </message>
    <message>
        <source>Recoded rows</source>
        <translation>Filas recodificadas</translation>
    </message>
    <message>
        <source>The export&apos;s column beside the recoded column, row by row.</source>
        <translation>La columna de la exportación junto a la columna recodificada, fila por fila.</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valores</translation>
    </message>
    <message>
        <source>Before and after</source>
        <translation>Antes y después</translation>
    </message>
    <message>
        <source>Perpetrators per victim</source>
        <translation>Perpetradores por víctima</translation>
    </message>
</context>
</TS>
