<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ColumnDetail</name>
    <message>
        <source>Choose a column in the list to see why it was flagged and decide what to do.</source>
        <translation>Elija una columna de la lista para ver por qué se señaló y decidir qué hacer.</translation>
    </message>
    <message>
        <source>The registration date the age is counted to.</source>
        <translation>La fecha de registro en la que se calcula la edad.</translation>
    </message>
    <message>
        <source>A&amp;ge counted on:</source>
        <translation>Edad &amp;calculada el:</translation>
    </message>
    <message>
        <source>Your &amp;decision:</source>
        <translation>Su &amp;decisión:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Found inside the notes&lt;/b&gt;</source>
        <translation>&lt;b&gt;Encontrado en las notas&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Examples from the notes</source>
        <translation>Ejemplos de las notas</translation>
    </message>
    <message>
        <source>A few notes with what was found highlighted, so you can judge. Only a few are ever shown.</source>
        <translation>Algunas notas con lo encontrado resaltado, para que usted pueda juzgar. Solo se muestran unas pocas.</translation>
    </message>
    <message>
        <source>{table}; {filled} filled cells, {distinct} different values</source>
        <translation>{table}; {filled} celdas llenas, {distinct} valores distintos</translation>
    </message>
    <message>
        <source>{filled} records have a value in this column; {distinct} different values appear in it. A column where almost every record has its own value can single a person out.</source>
        <translation>{filled} registros tienen un valor en esta columna; en ella aparecen {distinct} valores distintos. Una columna en la que casi cada registro tiene su propio valor puede permitir distinguir a una persona.</translation>
    </message>
    <message>
        <source>This column was not in the saved decisions: check it and choose what to do.</source>
        <translation>Esta columna no estaba en las decisiones guardadas: revísela y elija qué hacer.</translation>
    </message>
    <message>
        <source>Nothing in its name or values looks like it points to a person.</source>
        <translation>Nada en su nombre ni en sus valores parece señalar a una persona.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Why it was flagged&lt;/b&gt;</source>
        <translation>&lt;b&gt;Por qué se señaló&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Its name says it holds a {kind}.</source>
        <translation>Según su nombre, contiene: {kind}.</translation>
    </message>
    <message>
        <source>Found from the column&apos;s name alone, in English, French, Spanish, Portuguese or HTCDS.</source>
        <translation>Encontrado solo por el nombre de la columna, en inglés, francés, español, portugués o HTCDS.</translation>
    </message>
    <message>
        <source>{cells} of the {of} cells looked at matched this rule ({kind}). The more cells match, the surer it is that the column holds this.</source>
        <translation>{cells} de las {of} celdas examinadas cumplen esta regla ({kind}). Cuantas más celdas la cumplen, más seguro es que la columna contiene esto.</translation>
    </message>
    <message>
        <source>Not decided yet: choose…</source>
        <translation>Sin decidir: elija…</translation>
    </message>
    <message>
        <source>{choice} (proposed)</source>
        <translation>{choice} (propuesta)</translation>
    </message>
    <message>
        <source>This column links each perpetrator to their victim, so it can only be kept as that link: a made-up number that is never exported.</source>
        <translation>Esta columna vincula a cada perpetrador con su víctima, así que solo puede conservarse como ese vínculo: un número inventado que nunca se exporta.</translation>
    </message>
    <message>
        <source>Remove the column, change it into something safe, or keep it as it is (you will be asked why).</source>
        <translation>Elimine la columna, transfórmela en algo seguro, o consérvela tal cual (se le preguntará por qué).</translation>
    </message>
    <message>
        <source>the registration date found by its name</source>
        <translation>la fecha de registro encontrada por su nombre</translation>
    </message>
    <message>
        <source>{found} of {scanned} notes hold something identifying.</source>
        <translation>{found} de {scanned} notas contienen algo identificador.</translation>
    </message>
    <message>
        <source>Of the {scanned} filled notes in this column, {found} contain at least one name, contact, ID number, address or place.</source>
        <translation>De las {scanned} notas llenas de esta columna, {found} contienen al menos un nombre, contacto, número de identidad, dirección o lugar.</translation>
    </message>
    <message>
        <source>{kind}: {count}</source>
        <translation>{kind}: {count}</translation>
    </message>
    <message>
        <source>{count} pieces of text in the notes look like a {kind}.</source>
        <translation>{count} fragmentos de las notas parecen: {kind}.</translation>
    </message>
    <message>
        <source>&lt;p&gt;No examples to show.&lt;/p&gt;</source>
        <translation>&lt;p&gt;No hay ejemplos que mostrar.&lt;/p&gt;</translation>
    </message>
</context>
</TS>
