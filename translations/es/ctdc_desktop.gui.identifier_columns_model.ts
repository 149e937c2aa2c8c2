<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>IdentifierColumnsModel</name>
    <message>
        <source>birth date → age at registration</source>
        <translation>fecha de nacimiento → edad en el registro</translation>
    </message>
    <message>
        <source>date → its year only</source>
        <translation>fecha → solo su año</translation>
    </message>
    <message>
        <source>case ID → victim–perpetrator link only, never exported</source>
        <translation>número de caso → solo el vínculo víctima–perpetrador, nunca exportado</translation>
    </message>
    <message>
        <source>notes kept with names, contacts and numbers blacked out</source>
        <translation>notas conservadas con nombres, contactos y números tachados</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <source>Transform: {0}</source>
        <translation>Transformar: {0}</translation>
    </message>
    <message>
        <source>Transform</source>
        <translation>Transformar</translation>
    </message>
    <message>
        <source>Victims</source>
        <translation>Víctimas</translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation>Perpetradores</translation>
    </message>
    <message>
        <source>nothing identifying</source>
        <translation>nada identificador</translation>
    </message>
    <message>
        <source>New column: not decided yet</source>
        <translation>Columna nueva: sin decidir</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Sin decidir</translation>
    </message>
    <message>
        <source>{decision} (your reason: {reason})</source>
        <translation>{decision} (su motivo: {reason})</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Lo encontrado</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <source>Your decision</source>
        <translation>Su decisión</translation>
    </message>
    <message>
        <source>Which table the column is in: the victim records or the perpetrator records.</source>
        <translation>La tabla de la columna: los registros de víctimas o los registros de perpetradores.</translation>
    </message>
    <message>
        <source>The column&apos;s name in your export.</source>
        <translation>El nombre de la columna en su archivo exportado.</translation>
    </message>
    <message>
        <source>What in this column can point to a person, found from its name or its values.</source>
        <translation>Lo que en esta columna puede señalar a una persona, según su nombre o sus valores.</translation>
    </message>
    <message>
        <source>What Stage one proposes to do with the column.</source>
        <translation>Lo que la etapa 1 (desidentificación) propone hacer con la columna.</translation>
    </message>
    <message>
        <source>What will be done. Every column marked “Not decided yet” needs your decision.</source>
        <translation>Lo que se hará. Cada columna marcada «Sin decidir» necesita su decisión.</translation>
    </message>
    <message>
        <source>Neither the name nor the values of this column look like they point to a person.</source>
        <translation>Ni el nombre ni los valores de esta columna parecen señalar a una persona.</translation>
    </message>
    <message>
        <source>This column was not in the saved decisions: choose what to do with it.</source>
        <translation>Esta columna no estaba en las decisiones guardadas: elija qué hacer con ella.</translation>
    </message>
    <message>
        <source>Stage one found something identifying here: choose Remove, Transform or Keep.</source>
        <translation>La etapa 1 encontró aquí algo identificador: elija Eliminar, Transformar o Conservar.</translation>
    </message>
    <message>
        <source>{decision}. Your reason: {reason}</source>
        <translation>{decision}. Su motivo: {reason}</translation>
    </message>
</context>
</TS>
