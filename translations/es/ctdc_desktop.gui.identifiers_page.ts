<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>IdentifiersPage</name>
    <message>
        <source>Stage one found that “{column}” ({table}) may hold: {kinds}.
If you keep it, its values go on to the next steps as they are.

Why is it safe to keep? Your reason is saved in the project (do not write names or case details).</source>
        <translation>La etapa 1 encontró que «{column}» ({table}) puede contener: {kinds}.
Si la conserva, sus valores pasan tal cual a los pasos siguientes.

¿Por qué es seguro conservarla? Su motivo se guarda en el proyecto (no escriba nombres ni detalles del caso).</translation>
    </message>
    <message>
        <source>Keep a flagged column?</source>
        <translation>¿Conservar una columna señalada?</translation>
    </message>
    <message>
        <source>A reason is needed to keep a flagged column.</source>
        <translation>Hace falta un motivo para conservar una columna señalada.</translation>
    </message>
    <message>
        <source>Stage one looks for everything that can point to a person: names, birth dates, contacts, addresses, ID and case numbers, GPS positions, and names or numbers inside notes. Every flagged column needs your decision: remove it, change it into something safe, or keep it (you say why).</source>
        <translation>La etapa 1 (desidentificación) busca todo lo que puede señalar a una persona: nombres, fechas de nacimiento, contactos, direcciones, números de identidad y de caso, posiciones GPS, y nombres o números dentro de las notas. Cada columna señalada necesita su decisión: eliminarla, transformarla en algo seguro, o conservarla (usted explica por qué).</translation>
    </message>
    <message>
        <source>Stop looking for identifiers. Nothing is changed.</source>
        <translation>Dejar de buscar identificadores. No se cambia nada.</translation>
    </message>
    <message>
        <source>Load the victim records first: this step works on what the Load step opened.</source>
        <translation>Cargue primero los registros de víctimas: este paso trabaja sobre lo que abrió el paso Cargar.</translation>
    </message>
    <message>
        <source>Look a&amp;gain</source>
        <translation>&amp;Buscar de nuevo</translation>
    </message>
    <message>
        <source>Look for identifiers in the loaded records again.</source>
        <translation>Buscar de nuevo identificadores en los registros cargados.</translation>
    </message>
    <message>
        <source>&amp;Remove the identifiers</source>
        <translation>&amp;Eliminar los identificadores</translation>
    </message>
    <message>
        <source>Apply your decisions to the victim and perpetrator records. Your files are not changed.</source>
        <translation>Aplicar sus decisiones a los registros de víctimas y de perpetradores. Sus archivos no se modifican.</translation>
    </message>
    <message>
        <source>Looking for names, contacts and other identifiers…</source>
        <translation>Buscando nombres, contactos y otros identificadores…</translation>
    </message>
    <message>
        <source>Stopped before every column was checked. Nothing was changed.</source>
        <translation>Detenido antes de comprobar todas las columnas. No se cambió nada.</translation>
    </message>
    <message>
        <source>{flagged} of {columns} victim columns flagged</source>
        <translation>{flagged} de {columns} columnas de víctimas señaladas</translation>
    </message>
    <message>
        <source>{flagged} of {columns} perpetrator columns flagged</source>
        <translation>{flagged} de {columns} columnas de perpetradores señaladas</translation>
    </message>
    <message>
        <source>Stage one found: {found}.</source>
        <translation>Resultado de la etapa 1: {found}.</translation>
    </message>
    <message>
        <source>A flagged column holds something that can point to a person (a name, a contact, a birth date, an ID number, a place, or notes that mention them). The other columns are categories such as gender, country or year.</source>
        <translation>Una columna señalada contiene algo que puede señalar a una persona (un nombre, un contacto, una fecha de nacimiento, un número de identidad, un lugar, o notas que la mencionan). Las demás columnas son categorías como el género, el país o el año.</translation>
    </message>
    <message numerus="yes">
        <source>Your saved decisions were applied to %n columns.</source>
        <translation>
            <numerusform>Sus decisiones guardadas se aplicaron a %n columna.</numerusform>
            <numerusform>Sus decisiones guardadas se aplicaron a %n columnas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n columns were not seen before: each needs your decision.</source>
        <translation>
            <numerusform>%n columna no se había visto antes: necesita su decisión.</numerusform>
            <numerusform>%n columnas no se habían visto antes: cada una necesita su decisión.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n columns that the saved decisions or the recipe read are missing:</source>
        <translation>
            <numerusform>Falta %n columna que las decisiones guardadas o la receta leen:</numerusform>
            <numerusform>Faltan %n columnas que las decisiones guardadas o la receta leen:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…y %n más.</numerusform>
            <numerusform>…y %n más.</numerusform>
        </translation>
    </message>
    <message>
        <source>Proposed from their values and names (check each):</source>
        <translation>Propuesto según sus valores y nombres (revise cada uno):</translation>
    </message>
    <message>
        <source>Decisions saved in the project are matched to this export by column name. A column that was not there when they were saved is marked “New column: not decided yet”.</source>
        <translation>Las decisiones guardadas en el proyecto se asocian a esta exportación por el nombre de la columna. Una columna que no existía cuando se guardaron se marca «Columna nueva: sin decidir».</translation>
    </message>
    <message>
        <source>Removing the identifiers…</source>
        <translation>Eliminando los identificadores…</translation>
    </message>
    <message numerus="yes">
        <source>{listed} and %n more</source>
        <translation>
            <numerusform>{listed} y %n más</numerusform>
            <numerusform>{listed} y %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not yet: %n columns still need your decision ({listed}). Choose Remove, Transform or Keep for each; the first is selected.</source>
        <translation>
            <numerusform>Todavía no: %n columna aún necesita su decisión ({listed}). Elija Eliminar, Transformar o Conservar; está seleccionada.</numerusform>
            <numerusform>Todavía no: %n columnas aún necesitan su decisión ({listed}). Elija Eliminar, Transformar o Conservar para cada una; la primera está seleccionada.</numerusform>
        </translation>
    </message>
    <message>
        <source>The number of flagged or new columns without a decision. Nothing leaves this step until each has one.</source>
        <translation>El número de columnas señaladas o nuevas sin decisión. Nada sale de este paso hasta que cada una tenga la suya.</translation>
    </message>
    <message>
        <source>Done. The next step works on the records shown under “after”.</source>
        <translation>Hecho. El paso siguiente trabaja sobre los registros que se muestran en «después».</translation>
    </message>
    <message>
        <source>Stopped. Nothing was removed yet; press the button again when you are ready.</source>
        <translation>Detenido. Todavía no se eliminó nada; pulse de nuevo el botón cuando esté listo.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{removed} removed, {transformed} transformed, {kept} kept.&lt;/b&gt;</source>
        <translation>&lt;b&gt;{removed} eliminadas, {transformed} transformadas, {kept} conservadas.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Columns of the victim and perpetrator records together: removed ones are gone, transformed ones keep only something safe (an age, a year, a link number, notes with names blacked out), kept ones go on unchanged.</source>
        <translation>Columnas de los registros de víctimas y de perpetradores juntas: las eliminadas ya no están, las transformadas conservan solo algo seguro (una edad, un año, un número de vínculo, notas con los nombres tachados), las conservadas siguen sin cambios.</translation>
    </message>
    <message>
        <source>So far: {remove} to remove, {transform} to transform, {keep} to keep; {undecided} not decided yet.</source>
        <translation>Por ahora: {remove} por eliminar, {transform} por transformar, {keep} por conservar; {undecided} sin decidir.</translation>
    </message>
    <message>
        <source>So far: {remove} to remove, {transform} to transform, {keep} to keep.</source>
        <translation>Por ahora: {remove} por eliminar, {transform} por transformar, {keep} por conservar.</translation>
    </message>
    <message>
        <source>How many columns (victims and perpetrators together) will be removed, changed into something safe, or kept as they are; “not decided yet” counts the columns still waiting for your decision.</source>
        <translation>Cuántas columnas (víctimas y perpetradores juntos) se eliminarán, se transformarán en algo seguro o se conservarán tal cual; «sin decidir» cuenta las columnas que aún esperan su decisión.</translation>
    </message>
    <message>
        <source>Victims after</source>
        <translation>Víctimas, después</translation>
    </message>
    <message>
        <source>Perpetrators after</source>
        <translation>Perpetradores, después</translation>
    </message>
    <message>
        <source>The victim records after your decisions were applied: what the next step works on.</source>
        <translation>Los registros de víctimas después de aplicar sus decisiones: sobre esto trabaja el paso siguiente.</translation>
    </message>
    <message>
        <source>The perpetrator records after your decisions were applied.</source>
        <translation>Los registros de perpetradores después de aplicar sus decisiones.</translation>
    </message>
    <message>
        <source>Victims after (preview)</source>
        <translation>Víctimas, después (vista previa)</translation>
    </message>
    <message>
        <source>Perpetrators after (preview)</source>
        <translation>Perpetradores, después (vista previa)</translation>
    </message>
    <message>
        <source>A preview on the first {rows} records, with your decisions so far and the proposals for the columns not decided yet. “Remove the identifiers” applies them to every record.</source>
        <translation>Una vista previa de los primeros {rows} registros, con sus decisiones hasta ahora y las propuestas para las columnas sin decidir. «Eliminar los identificadores» las aplica a todos los registros.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Accept %n proposals</source>
        <translation>
            <numerusform>&amp;Aceptar %n propuesta</numerusform>
            <numerusform>&amp;Aceptar %n propuestas</numerusform>
        </translation>
    </message>
    <message>
        <source>No proposals to accept</source>
        <translation>No hay propuestas que aceptar</translation>
    </message>
    <message>
        <source>Columns to decide</source>
        <translation>Columnas por decidir</translation>
    </message>
    <message>
        <source>One row per column of the victim and perpetrator records. Move with the arrow keys; the decision for the chosen row is beside the list.</source>
        <translation>Una fila por cada columna de los registros de víctimas y de perpetradores. Muévase con las flechas; la decisión para la fila elegida está al lado de la lista.</translation>
    </message>
    <message>
        <source>Remove or transform, as proposed, every flagged column you have not decided yet, and keep the new columns in which Stage one found nothing (the number on the button). Keeping a flagged column is never done for you.</source>
        <translation>Eliminar o transformar, según lo propuesto, cada columna señalada que usted aún no ha decidido, y conservar las columnas nuevas en las que la etapa 1 (desidentificación) no encontró nada (el número del botón). Conservar una columna señalada nunca se hace por usted.</translation>
    </message>
    <message>
        <source>Victim records before</source>
        <translation>Registros de víctimas, antes</translation>
    </message>
    <message>
        <source>Victim records after</source>
        <translation>Registros de víctimas, después</translation>
    </message>
    <message>
        <source>Perpetrator records before</source>
        <translation>Registros de perpetradores, antes</translation>
    </message>
    <message>
        <source>Perpetrator records after</source>
        <translation>Registros de perpetradores, después</translation>
    </message>
    <message>
        <source>Victims before</source>
        <translation>Víctimas, antes</translation>
    </message>
    <message>
        <source>Perpetrators before</source>
        <translation>Perpetradores, antes</translation>
    </message>
    <message>
        <source>The victim records as loaded, before anything is removed.</source>
        <translation>Los registros de víctimas tal como se cargaron, antes de eliminar nada.</translation>
    </message>
    <message>
        <source>The perpetrator records as loaded, before anything is removed.</source>
        <translation>Los registros de perpetradores tal como se cargaron, antes de eliminar nada.</translation>
    </message>
</context>
</TS>
