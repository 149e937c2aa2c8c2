<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>SourceEditor</name>
    <message>
        <source>; semicolon</source>
        <translation>; punto y coma</translation>
    </message>
    <message>
        <source>, comma</source>
        <translation>, coma</translation>
    </message>
    <message>
        <source>/ slash</source>
        <translation>/ barra</translation>
    </message>
    <message>
        <source>| bar</source>
        <translation>| barra vertical</translation>
    </message>
    <message>
        <source>line break</source>
        <translation>salto de línea</translation>
    </message>
    <message>
        <source>+ plus</source>
        <translation>+ más</translation>
    </message>
    <message>
        <source>space</source>
        <translation>espacio</translation>
    </message>
    <message>
        <source>The column of the export this variable is made from.</source>
        <translation>La columna de la exportación de la que se obtiene esta variable.</translation>
    </message>
    <message>
        <source>Made from column</source>
        <translation>Obtenida de la columna</translation>
    </message>
    <message>
        <source>The column holds &amp;dates: read their year</source>
        <translation>La columna contiene &amp;fechas: leer su año</translation>
    </message>
    <message>
        <source>Ticked when the column&apos;s values look like dates (31/12/2019, 2019-12-31); untick for plain years.</source>
        <translation>Marcada cuando los valores de la columna parecen fechas (31/12/2019, 2019-12-31); desmárquela para años solos.</translation>
    </message>
    <message>
        <source>Made from columns</source>
        <translation>Obtenida de las columnas</translation>
    </message>
    <message>
        <source>Tick each column this variable is made from (Space ticks the column with the focus).</source>
        <translation>Marque cada columna de la que se obtiene esta variable (Espacio marca la columna con el foco).</translation>
    </message>
    <message>
        <source>Tick every column this variable is made from: several yes/no or check-box columns give 1 when any of them says yes; one column may also list several answers in a cell.</source>
        <translation>Marque cada columna de la que se obtiene esta variable: varias columnas sí/no o casillas dan 1 cuando alguna dice sí; una columna también puede listar varias respuestas en una celda.</translation>
    </message>
    <message>
        <source>Separators between answers</source>
        <translation>Separadores entre respuestas</translation>
    </message>
    <message>
        <source>When one cell lists several answers (“Recruiter; Smuggler”), tick what separates them: each answer is then mapped on its own. Tick none when a cell holds one answer.</source>
        <translation>Cuando una celda lista varias respuestas (“Recruiter; Smuggler”), marque lo que las separa: cada respuesta se asigna entonces por separado. No marque nada cuando una celda tiene una sola respuesta.</translation>
    </message>
    <message>
        <source>The column holding the age in years; none when there is none.</source>
        <translation>La columna con la edad en años; ninguna si no la hay.</translation>
    </message>
    <message>
        <source>Age column</source>
        <translation>Columna de la edad</translation>
    </message>
    <message>
        <source>The birth date (or year of birth); none when there is none.</source>
        <translation>La fecha de nacimiento (o el año de nacimiento); ninguna si no la hay.</translation>
    </message>
    <message>
        <source>Birth date column</source>
        <translation>Columna de la fecha de nacimiento</translation>
    </message>
    <message>
        <source>The date (or year) the age is counted to, usually the registration date.</source>
        <translation>La fecha (o el año) hasta la que se cuenta la edad, normalmente la fecha de registro.</translation>
    </message>
    <message>
        <source>Registration date column</source>
        <translation>Columna de la fecha de registro</translation>
    </message>
    <message>
        <source>The export does not hold this variable: its column stays empty.</source>
        <translation>La exportación no contiene esta variable: su columna queda vacía.</translation>
    </message>
    <message>
        <source>&amp;Made from column:</source>
        <translation>&amp;Obtenida de la columna:</translation>
    </message>
    <message>
        <source>&amp;Made from columns:</source>
        <translation>&amp;Obtenida de las columnas:</translation>
    </message>
    <message>
        <source>Answers in a cell &amp;separated by:</source>
        <translation>Respuestas de una celda &amp;separadas por:</translation>
    </message>
    <message>
        <source>&amp;Age column:</source>
        <translation>Columna de la e&amp;dad:</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>Fecha de &amp;nacimiento:</translation>
    </message>
    <message>
        <source>&amp;Registration date:</source>
        <translation>Fecha de &amp;registro:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>{column} (not in the export)</source>
        <translation>{column} (no está en la exportación)</translation>
    </message>
    <message>
        <source>Answers separated by {separator}</source>
        <translation>Respuestas separadas por {separator}</translation>
    </message>
    <message>
        <source>Not applied: {why}</source>
        <translation>No aplicado: {why}</translation>
    </message>
    <message>
        <source>Not applied: tick at least one column this variable is made from.</source>
        <translation>No aplicado: marque al menos una columna de la que se obtiene esta variable.</translation>
    </message>
    <message>
        <source>Not applied yet: an age from dates needs both the birth date and the registration date. Choose the other one too, or none of them.</source>
        <translation>Aún no aplicado: una edad a partir de fechas necesita la fecha de nacimiento y la fecha de registro. Elija también la otra, o ninguna.</translation>
    </message>
    <message>
        <source>Not applied: choose an age column, or a birth date and a registration date.</source>
        <translation>No aplicado: elija una columna de edad, o una fecha de nacimiento y una fecha de registro.</translation>
    </message>
</context>
</TS>
