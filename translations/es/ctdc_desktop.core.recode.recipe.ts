<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>RecipeCheck</name>
    <message>
        <source>variable {name}, key {key}: {problem}</source>
        <translation>variable {name}, clave {key}: {problem}</translation>
    </message>
    <message>
        <source>{path}: no such recipe file, and not a shipped recipe (those are: {names}).</source>
        <translation>{path}: no existe ese archivo de receta, y no es una receta incluida (estas son: {names}).</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({why}). Check the path and your access to it.</source>
        <translation>{path}: no se puede leer ({why}). Compruebe la ruta y su acceso a ella.</translation>
    </message>
    <message>
        <source>{where}: not a valid TOML file ({why}). Fix the line named and load it again.</source>
        <translation>{where}: no es un archivo TOML válido ({why}). Corrija la línea indicada y cárguelo de nuevo.</translation>
    </message>
    <message>
        <source>{where}, line {line}, key {key}: {problem}</source>
        <translation>{where}, línea {line}, clave {key}: {problem}</translation>
    </message>
    <message>
        <source>{where}, key {key}: {problem}</source>
        <translation>{where}, clave {key}: {problem}</translation>
    </message>
    <message>
        <source>must be text.</source>
        <translation>debe ser un texto.</translation>
    </message>
    <message>
        <source>must be text and is required.</source>
        <translation>debe ser un texto y es obligatoria.</translation>
    </message>
    <message>
        <source>must be a text or a list of texts.</source>
        <translation>debe ser un texto o una lista de textos.</translation>
    </message>
    <message>
        <source>{where}: not a table of keys; load a recipe file or saved recipe.</source>
        <translation>{where}: no es una tabla de claves; cargue un archivo de receta o una receta guardada.</translation>
    </message>
    <message>
        <source>is not a recipe key (known: {keys}).</source>
        <translation>no es una clave de receta (conocidas: {keys}).</translation>
    </message>
    <message>
        <source>must be a table.</source>
        <translation>debe ser una tabla.</translation>
    </message>
    <message>
        <source>must be [victims column, perpetrators column].</source>
        <translation>debe ser [columna de víctimas, columna de perpetradores].</translation>
    </message>
    <message>
        <source>must map UN regions to labels (&quot;Americas&quot; = &quot;...&quot;).</source>
        <translation>debe asignar regiones de la ONU a etiquetas (&quot;Americas&quot; = &quot;...&quot;).</translation>
    </message>
    <message>
        <source>the recipe has no [[variables]]; it needs one per codebook variable.</source>
        <translation>la receta no tiene [[variables]]; necesita una por variable del libro de códigos.</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is defined twice.</source>
        <translation>&quot;{name}&quot; está definido dos veces.</translation>
    </message>
    <message>
        <source>is not a variable key (known: {keys}).</source>
        <translation>no es una clave de variable (conocidas: {keys}).</translation>
    </message>
    <message>
        <source>must be true or false.</source>
        <translation>debe ser true o false.</translation>
    </message>
    <message>
        <source>must be a whole number.</source>
        <translation>debe ser un número entero.</translation>
    </message>
    <message>
        <source>must map raw values to labels (&quot;Femme&quot; = &quot;Female&quot;).</source>
        <translation>debe asignar valores brutos a etiquetas (&quot;Femme&quot; = &quot;Female&quot;).</translation>
    </message>
    <message>
        <source>must be a list of {label = &quot;...&quot;, definition = &quot;...&quot;} or of labels.</source>
        <translation>debe ser una lista de {label = &quot;...&quot;, definition = &quot;...&quot;} o de etiquetas.</translation>
    </message>
    <message>
        <source>{item} is not a label or a {{label, definition}} table.</source>
        <translation>{item} no es una etiqueta ni una tabla {{label, definition}}.</translation>
    </message>
    <message>
        <source>must be a list of {from = 0, to = 8, label = &quot;0--8&quot;} (no &quot;to&quot; = open end).</source>
        <translation>debe ser una lista de {from = 0, to = 8, label = &quot;0--8&quot;} (sin &quot;to&quot; = sin final).</translation>
    </message>
    <message>
        <source>{item} is not {{from = N, to = M, label = &quot;...&quot;}}.</source>
        <translation>{item} no tiene la forma {{from = N, to = M, label = &quot;...&quot;}}.</translation>
    </message>
    <message>
        <source>UN region &quot;{region}&quot; becomes &quot;{label}&quot;, which is not a category of {name}; add it to [region_groups] or to the categories.</source>
        <translation>la región de la ONU &quot;{region}&quot; se convierte en &quot;{label}&quot;, que no es una categoría de {name}; añádala a [region_groups] o a las categorías.</translation>
    </message>
    <message>
        <source>split must be the text between values, such as &apos; &apos; or &apos;;&apos;.</source>
        <translation>split debe ser el texto entre los valores, como &apos; &apos; o &apos;;&apos;.</translation>
    </message>
    <message>
        <source>{name}: {problem}</source>
        <translation>{name}: {problem}</translation>
    </message>
    <message>
        <source>type &quot;{value}&quot; is not one of {known}.</source>
        <translation>el tipo &quot;{value}&quot; no es uno de {known}.</translation>
    </message>
    <message>
        <source>recoder &quot;{value}&quot; is not one of {known}.</source>
        <translation>el recodificador &quot;{value}&quot; no es uno de {known}.</translation>
    </message>
    <message>
        <source>table &quot;{value}&quot; is not one of {known}.</source>
        <translation>la tabla &quot;{value}&quot; no es una de {known}.</translation>
    </message>
    <message>
        <source>outside must be &quot;error&quot; or &quot;missing&quot;, not &quot;{value}&quot;.</source>
        <translation>outside debe ser &quot;error&quot; o &quot;missing&quot;, no &quot;{value}&quot;.</translation>
    </message>
    <message>
        <source>output must be &quot;region&quot; or &quot;iso3&quot;, not &quot;{value}&quot;.</source>
        <translation>output debe ser &quot;region&quot; o &quot;iso3&quot;, no &quot;{value}&quot;.</translation>
    </message>
    <message>
        <source>vocabulary &quot;{value}&quot; is not one of {known}.</source>
        <translation>el vocabulario &quot;{value}&quot; no es uno de {known}.</translation>
    </message>
    <message>
        <source>a category is listed twice.</source>
        <translation>una categoría aparece dos veces.</translation>
    </message>
    <message>
        <source>a category variable needs its categories.</source>
        <translation>una variable de categoría necesita sus categorías.</translation>
    </message>
    <message>
        <source>a flag has the one category &quot;1&quot; (or none listed).</source>
        <translation>un indicador tiene la única categoría &quot;1&quot; (o ninguna listada).</translation>
    </message>
    <message>
        <source>a not_recorded variable has no source column.</source>
        <translation>una variable not_recorded no tiene columna de origen.</translation>
    </message>
    <message>
        <source>say in note why the export cannot give this variable.</source>
        <translation>indique en note por qué la exportación no puede dar esta variable.</translation>
    </message>
    <message>
        <source>an age from dates needs both birth_date and registration_date (or neither).</source>
        <translation>una edad calculada a partir de fechas necesita birth_date y registration_date (o ninguno de los dos).</translation>
    </message>
    <message>
        <source>name the source column(s) of this variable.</source>
        <translation>indique la o las columnas de origen de esta variable.</translation>
    </message>
    <message>
        <source>date_year is for the bands and number recoders.</source>
        <translation>date_year solo sirve para los recodificadores bands y number.</translation>
    </message>
    <message>
        <source>a perpetrator variable is a flag or a category (per victim: any, or the set of values).</source>
        <translation>una variable de perpetrador es un indicador o una categoría (por víctima: alguno, o el conjunto de valores).</translation>
    </message>
    <message>
        <source>a perpetrator variable of a victim row holds several values: set multi = true.</source>
        <translation>una variable de perpetrador de una fila de víctima contiene varios valores: ponga multi = true.</translation>
    </message>
    <message>
        <source>a multi-valued variable can have at most 62 categories.</source>
        <translation>una variable de varios valores puede tener como máximo 62 categorías.</translation>
    </message>
    <message>
        <source>&quot;{raw}&quot; is mapped to &quot;{label}&quot;, which is not an ISO3 code of the CTDC Region table.</source>
        <translation>&quot;{raw}&quot; está asignado a &quot;{label}&quot;, que no es un código ISO3 de la tabla Region del CTDC.</translation>
    </message>
    <message>
        <source>&quot;{raw}&quot; is mapped to &quot;{label}&quot;, which the codebook does not have (it has: {labels}).</source>
        <translation>&quot;{raw}&quot; está asignado a &quot;{label}&quot;, que el libro de códigos no tiene (tiene: {labels}).</translation>
    </message>
    <message>
        <source>the {recoder} recoder makes a {types} variable.</source>
        <translation>el recodificador {recoder} produce una variable {types}.</translation>
    </message>
    <message>
        <source>majority status has the categories &quot;Adult&quot; and &quot;Minor&quot;.</source>
        <translation>la condición de mayoría de edad tiene las categorías &quot;Adult&quot; y &quot;Minor&quot;.</translation>
    </message>
    <message>
        <source>give the codebook&apos;s range as low and high (low &lt;= high).</source>
        <translation>indique el rango del libro de códigos con low y high (low &lt;= high).</translation>
    </message>
    <message>
        <source>a country recoded to ISO3 codes has type &quot;country_code&quot;.</source>
        <translation>un país recodificado en códigos ISO3 tiene el tipo &quot;country_code&quot;.</translation>
    </message>
    <message>
        <source>list the values that have a variable of their own; all others count as Other.</source>
        <translation>liste los valores que tienen su propia variable; todos los demás cuentan como Other.</translation>
    </message>
    <message>
        <source>give the bands as a list of {from, to, label}.</source>
        <translation>indique los tramos como una lista de {from, to, label}.</translation>
    </message>
    <message>
        <source>band {band} has the label &quot;{label}&quot;, which is not a category of the codebook.</source>
        <translation>el tramo {band} tiene la etiqueta &quot;{label}&quot;, que no es una categoría del libro de códigos.</translation>
    </message>
    <message>
        <source>band {band} ends before it starts.</source>
        <translation>el tramo {band} termina antes de empezar.</translation>
    </message>
    <message>
        <source>band {band} has no upper end but is not the last band.</source>
        <translation>el tramo {band} no tiene final pero no es el último.</translation>
    </message>
    <message>
        <source>bands {first} and {second} overlap.</source>
        <translation>los tramos {first} y {second} se superponen.</translation>
    </message>
    <message>
        <source>bands {first} and {second} leave a gap ({low} to {high}).</source>
        <translation>los tramos {first} y {second} dejan un hueco ({low} a {high}).</translation>
    </message>
</context>
</TS>
