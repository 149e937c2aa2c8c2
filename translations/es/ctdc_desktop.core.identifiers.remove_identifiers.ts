<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Identifiers</name>
    <message>
        <source>victims &quot;{column}&quot; ({kinds}): no decision</source>
        <translation>víctimas «{column}» ({kinds}): sin decisión</translation>
    </message>
    <message>
        <source>perpetrators &quot;{column}&quot; ({kinds}): no decision</source>
        <translation>perpetradores «{column}» ({kinds}): sin decisión</translation>
    </message>
    <message>
        <source>victims &quot;{column}&quot;: kept without a reason</source>
        <translation>víctimas «{column}»: conservada sin motivo</translation>
    </message>
    <message>
        <source>perpetrators &quot;{column}&quot;: kept without a reason</source>
        <translation>perpetradores «{column}»: conservada sin motivo</translation>
    </message>
    <message>
        <source>victim records</source>
        <translation>registros de víctimas</translation>
    </message>
    <message>
        <source>perpetrator records</source>
        <translation>registros de perpetradores</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>eliminar</translation>
    </message>
    <message>
        <source>keep</source>
        <translation>conservar</translation>
    </message>
    <message>
        <source>Column &quot;{column}&quot; of the {table} links each perpetrator to their victim, so Stage one kept it only as that link (a made-up number, never exported), not as the saved decisions say ({decided}). Choose &quot;link only&quot; for it in the Identifiers step and save the project.</source>
        <translation>La columna «{column}» de los {table} vincula a cada perpetrador con su víctima, así que la etapa 1 la conservó solo como ese vínculo (un número inventado, nunca exportado), y no como dicen las decisiones guardadas ({decided}). Elija «solo el vínculo» para ella en el paso Identificadores y guarde el proyecto.</translation>
    </message>
    <message>
        <source>Column &quot;{column}&quot; of the {table}: the age at registration needs the registration date, and no column was chosen or is named like one. Choose the registration date column for this transform, or remove the birth date instead.</source>
        <translation>Columna «{column}» de los {table}: la edad en el registro necesita la fecha de registro, y no se eligió ninguna columna ni hay una con ese nombre. Elija la columna de la fecha de registro para esta transformación, o elimine la fecha de nacimiento.</translation>
    </message>
    <message>
        <source>Checking columns: </source>
        <translation>Comprobando las columnas: </translation>
    </message>
    <message>
        <source>Applying your decisions: </source>
        <translation>Aplicando sus decisiones: </translation>
    </message>
    <message>
        <source>{listed}; and %n more</source>
        <translation>{listed}; y %n más</translation>
    </message>
    <message>
        <source>Stage one cannot finish. Flagged columns still to decide: %n ({listed}). Choose Remove, Transform or Keep for each, and give your reason when you keep one.</source>
        <translation>La etapa 1 no puede terminar. Columnas señaladas aún por decidir: %n ({listed}). Elija Eliminar, Transformar o Conservar para cada una, y dé su motivo cuando conserve alguna.</translation>
    </message>
    <message>
        <source>decisions applied</source>
        <translation>decisiones aplicadas</translation>
    </message>
</context>
</TS>
