<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>This step comes in a later version of CTDC Desktop. Nothing is done to your data here yet.</source>
        <translation>Este paso llegará en una versión posterior de CTDC Desktop. Aquí todavía no se hace nada con sus datos.</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>Identificadores</translation>
    </message>
    <message>
        <source>&lt;p&gt;This step will find everything in the export that can point to a person: names, birth dates, phone numbers, e-mail and home addresses, case numbers, caseworker names, and contact details hidden inside free-text notes.&lt;/p&gt;&lt;p&gt;For each column you will choose to &lt;b&gt;remove&lt;/b&gt; it or to &lt;b&gt;change&lt;/b&gt; it into something safe (for example a birth date into an age group). Nothing leaves this computer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Este paso encontrará todo lo que en la exportación puede señalar a una persona: nombres, fechas de nacimiento, teléfonos, direcciones de correo y domicilios, números de caso, nombres de trabajadores sociales y datos de contacto ocultos en notas de texto libre.&lt;/p&gt;&lt;p&gt;Para cada columna usted elegirá &lt;b&gt;eliminarla&lt;/b&gt; o &lt;b&gt;transformarla&lt;/b&gt; en algo seguro (por ejemplo, una fecha de nacimiento en un tramo de edad). Nada sale de esta computadora.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Recode</source>
        <translation>Recodificar</translation>
    </message>
    <message>
        <source>&lt;p&gt;This step will turn your categories into the ones CTDC publishes: ages into age groups, countries into world regions, and the answers about each perpetrator (role, relationship, gender, age, nationality, money paid) into one row per victim.&lt;/p&gt;&lt;p&gt;A ready-made recipe does most of the work; you check the values it could not place.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Este paso convertirá sus categorías en las que publica CTDC: edades en tramos de edad, países en regiones del mundo, y las respuestas sobre cada perpetrador (rol, relación, género, edad, nacionalidad, dinero pagado) en una fila por víctima.&lt;/p&gt;&lt;p&gt;Una receta ya preparada hace la mayor parte del trabajo; usted revisa los valores que no pudo clasificar.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Synthesize</source>
        <translation>Sintetizar</translation>
    </message>
    <message>
        <source>&lt;p&gt;This step will make &lt;b&gt;synthetic&lt;/b&gt; records: new rows that keep the patterns of your data (how many, which combinations) but belong to no real person. Rare combinations, which could identify someone, are left out or blurred.&lt;/p&gt;&lt;p&gt;You will choose how strong the protection is; the app explains the trade-off in plain words.&lt;/p&gt;&lt;p&gt;Until then, an analyst can already make synthetic data from a recoded table with the command &lt;code&gt;ctdc-desktop synth&lt;/code&gt; (see Help → User guide).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Este paso creará registros &lt;b&gt;sintéticos&lt;/b&gt;: filas nuevas que conservan los patrones de sus datos (cuántos, qué combinaciones) pero no pertenecen a ninguna persona real. Las combinaciones raras, que podrían identificar a alguien, se dejan fuera o se difuminan.&lt;/p&gt;&lt;p&gt;Usted elegirá el nivel de protección; la aplicación explica el compromiso con palabras sencillas.&lt;/p&gt;&lt;p&gt;Mientras tanto, un analista ya puede crear datos sintéticos a partir de una tabla recodificada con el comando &lt;code&gt;ctdc-desktop synth&lt;/code&gt; (vea Ayuda → Guía del usuario).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>&lt;p&gt;This step will check the synthetic data against the original (is it still useful, is anyone still at risk) and save a release folder: the synthetic data as CSV and Excel, the protected counts, a codebook, a short report and a log of what was done.&lt;/p&gt;&lt;p&gt;Your original export is never changed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Este paso comparará los datos sintéticos con los originales (¿siguen siendo útiles?, ¿alguien sigue en riesgo?) y guardará una carpeta de publicación: los datos sintéticos en CSV y Excel, los recuentos protegidos, un libro de códigos, un breve informe y un registro de lo realizado.&lt;/p&gt;&lt;p&gt;Su exportación original nunca se modifica.&lt;/p&gt;</translation>
    </message>
</context>
</TS>
