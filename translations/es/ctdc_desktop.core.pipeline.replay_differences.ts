<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ReplayDifferences</name>
    <message>
        <source>perpetrators</source>
        <translation>perpetradores</translation>
    </message>
    <message>
        <source>victims</source>
        <translation>víctimas</translation>
    </message>
    <message>
        <source>{table}: column &quot;{column}&quot;</source>
        <translation>{table}: columna &quot;{column}&quot;</translation>
    </message>
    <message>
        <source>(proposed as &quot;{missing}&quot; renamed: see below)</source>
        <translation>(propuesta como &quot;{missing}&quot; renombrada: ver más abajo)</translation>
    </message>
    <message>
        <source>, decided in Stage one and read by the recipe ({variables})</source>
        <translation>, decidida en la etapa 1 y leída por la receta ({variables})</translation>
    </message>
    <message>
        <source>, read by the recipe ({variables})</source>
        <translation>, leída por la receta ({variables})</translation>
    </message>
    <message>
        <source>, decided in Stage one</source>
        <translation>, decidida en la etapa 1</translation>
    </message>
    <message>
        <source>Probably renamed &quot;{new}&quot;: see below.</source>
        <translation>Probablemente renombrada &quot;{new}&quot;: ver más abajo.</translation>
    </message>
    <message>
        <source>It may be {columns} renamed: they are equally like it, so the program does not choose.</source>
        <translation>Puede haber sido renombrada {columns}: se le parecen por igual, así que el programa no elige.</translation>
    </message>
    <message>
        <source>Choose the source column of {variables} in the Recode step (or in the recipe), then save the project.</source>
        <translation>Elija la columna de origen de {variables} en el paso Recodificar (o en la receta) y luego guarde el proyecto.</translation>
    </message>
    <message>
        <source>Closest names: {columns}.</source>
        <translation>Nombres más parecidos: {columns}.</translation>
    </message>
    <message>
        <source>Nothing to do if the mission no longer records it: its saved decision is not used.</source>
        <translation>Nada que hacer si la misión ya no la registra: su decisión guardada no se usa.</translation>
    </message>
    <message>
        <source>{table}: &quot;{missing}&quot; → &quot;{new}&quot;</source>
        <translation>{table}: &quot;{missing}&quot; → &quot;{new}&quot;</translation>
    </message>
    <message>
        <source>the recipe places {placed} of its {values} values</source>
        <translation>la receta ubica {placed} de sus {values} valores</translation>
    </message>
    <message>
        <source>its name is close</source>
        <translation>su nombre es parecido</translation>
    </message>
    <message>
        <source>in the Identifiers step decide &quot;{new}&quot; as &quot;{missing}&quot; was ({action})</source>
        <translation>en el paso Identificadores decida &quot;{new}&quot; como se decidió &quot;{missing}&quot; ({action})</translation>
    </message>
    <message>
        <source>in the Recode step choose &quot;{new}&quot; as the source of {variables}</source>
        <translation>en el paso Recodificar elija &quot;{new}&quot; como origen de {variables}</translation>
    </message>
    <message>
        <source>If it is the same column: {steps}, and save the project; or rename it back to &quot;{missing}&quot; in the export. If it is not, treat it as a new column and the other as missing.</source>
        <translation>Si es la misma columna: {steps}, y guarde el proyecto; o vuelva a llamarla &quot;{missing}&quot; en la exportación. Si no lo es, trátela como una columna nueva y la otra como faltante.</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>eliminada</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>conservada</translation>
    </message>
    <message>
        <source>transformed: {transform}</source>
        <translation>transformada: {transform}</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; ({rows} rows)</source>
        <translation>&quot;{value}&quot; ({rows} filas)</translation>
    </message>
    <message>
        <source>and {n} more</source>
        <translation>y {n} más</translation>
    </message>
    <message>
        <source>{variables}: column {column} (if it is &quot;{missing}&quot; renamed), value(s) the recipe does not place: {values}.</source>
        <translation>{variables}: columna {column} (si es &quot;{missing}&quot; renombrada), valor(es) que la receta no ubica: {values}.</translation>
    </message>
    <message>
        <source>{table} &quot;{column}&quot;</source>
        <translation>{table} &quot;{column}&quot;</translation>
    </message>
    <message>
        <source>Stage one removes the column that links each perpetrator to their victim ({columns}). Decide it as &quot;link only&quot; in the Identifiers step (a made-up number, never exported), then run again.</source>
        <translation>La etapa 1 elimina la columna que vincula a cada perpetrador con su víctima ({columns}). Decídala como «solo el vínculo» en el paso Identificadores (un número inventado, nunca exportado) y vuelva a ejecutar.</translation>
    </message>
    <message>
        <source>New columns, which the project&apos;s Stage one decisions do not know (with --drop-flagged they are removed or made safe as Stage one proposes):</source>
        <translation>Columnas nuevas, que las decisiones de la etapa 1 del proyecto no conocen (con --drop-flagged se eliminan o se vuelven seguras como propone la etapa 1):</translation>
    </message>
    <message>
        <source>New columns, which the project&apos;s Stage one decisions do not know. Decide each in the Identifiers step of the window and save the project, or run again with --drop-flagged to remove or transform them as Stage one proposes:</source>
        <translation>Columnas nuevas, que las decisiones de la etapa 1 del proyecto no conocen. Decida cada una en el paso Identificadores de la ventana y guarde el proyecto, o ejecute de nuevo con --drop-flagged para eliminarlas o transformarlas como propone la etapa 1:</translation>
    </message>
    <message>
        <source>Missing columns, which the project&apos;s decisions or the recipe read:</source>
        <translation>Columnas faltantes, que las decisiones del proyecto o la receta leen:</translation>
    </message>
    <message>
        <source>Renamed columns, as proposed from their values and names (check each):</source>
        <translation>Columnas renombradas, propuestas según sus valores y nombres (revise cada una):</translation>
    </message>
    <message>
        <source>Columns the recipe reads that Stage one removes:</source>
        <translation>Columnas que la receta lee y que la etapa 1 elimina:</translation>
    </message>
    <message>
        <source>Variables the recipe cannot make from this export:</source>
        <translation>Variables que la receta no puede producir a partir de esta exportación:</translation>
    </message>
    <message>
        <source>New values, which the recipe does not place. Map each to a category or set it to missing in the Recode step or in the recipe:</source>
        <translation>Valores nuevos, que la receta no ubica. Asigne cada uno a una categoría o márquelo como faltante en el paso Recodificar o en la receta:</translation>
    </message>
    <message>
        <source>{n} new column(s)</source>
        <translation>{n} columna(s) nueva(s)</translation>
    </message>
    <message>
        <source>{n} missing column(s)</source>
        <translation>{n} columna(s) faltante(s)</translation>
    </message>
    <message>
        <source>({n} probably renamed)</source>
        <translation>({n} probablemente renombrada(s))</translation>
    </message>
    <message>
        <source>{n} column(s) removed by Stage one</source>
        <translation>{n} columna(s) eliminada(s) por la etapa 1</translation>
    </message>
    <message>
        <source>{n} variable(s) that cannot be made</source>
        <translation>{n} variable(s) que no se pueden producir</translation>
    </message>
    <message>
        <source>{n} new value(s)</source>
        <translation>{n} valor(es) nuevo(s)</translation>
    </message>
    <message>
        <source>This export differs from what the project was saved with ({differences}), so nothing was written. Every difference is listed below with what to do; deal with them all, then run again.</source>
        <translation>Esta exportación difiere de aquella con la que se guardó el proyecto ({differences}), así que no se escribió nada. Cada diferencia se indica abajo con lo que hay que hacer; resuélvalas todas y luego ejecute de nuevo.</translation>
    </message>
</context>
</TS>
