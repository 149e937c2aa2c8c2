<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Identifiers</name>
    <message>
        <source>{cells} of {looked} cells are e-mail addresses and phone numbers</source>
        <translation>{cells} de {looked} celdas son direcciones de correo electrónico y números de teléfono</translation>
    </message>
    <message>
        <source>{cells} of {looked} cells are e-mail addresses</source>
        <translation>{cells} de {looked} celdas son direcciones de correo electrónico</translation>
    </message>
    <message>
        <source>{cells} of {looked} cells are phone numbers</source>
        <translation>{cells} de {looked} celdas son números de teléfono</translation>
    </message>
    <message>
        <source>{cells} of {looked} cells are dates spread over decades, as birth dates are</source>
        <translation>{cells} de {looked} celdas son fechas repartidas a lo largo de décadas, como las fechas de nacimiento</translation>
    </message>
    <message>
        <source>{cells} of {looked} cells look like ID, passport or case numbers</source>
        <translation>{cells} de {looked} celdas parecen números de identidad, de pasaporte o de caso</translation>
    </message>
    <message>
        <source>{cells} of {looked} cells are precise GPS coordinates</source>
        <translation>{cells} de {looked} celdas son coordenadas GPS precisas</translation>
    </message>
    <message>
        <source>{cells} of {looked} cells are first or last names found in our name lists</source>
        <translation>{cells} de {looked} celdas son nombres o apellidos que figuran en nuestras listas de nombres</translation>
    </message>
    <message>
        <source>{cells} of {looked} cells hold names, contact details or ID numbers</source>
        <translation>{cells} de {looked} celdas contienen nombres, datos de contacto o números de identidad</translation>
    </message>
    <message>
        <source>{distinct} different values in {records} records: almost every record has its own</source>
        <translation>{distinct} valores distintos en {records} registros: casi cada registro tiene el suyo</translation>
    </message>
    <message>
        <source>the column name “{column}” says it holds a {kind}</source>
        <translation>según su nombre, la columna «{column}» contiene: {kind}</translation>
    </message>
    <message>
        <source>An exact date can help single a person out; its year is enough.</source>
        <translation>Una fecha exacta puede ayudar a distinguir a una persona; basta con el año.</translation>
    </message>
    <message>
        <source>The age at registration is kept and the birth date removed.</source>
        <translation>Se conserva la edad en el registro y se elimina la fecha de nacimiento.</translation>
    </message>
    <message>
        <source>Kept only to link victims and perpetrators, replaced by a number, never exported.</source>
        <translation>Se conserva solo para vincular víctimas y perpetradores, sustituido por un número, nunca exportado.</translation>
    </message>
    <message>
        <source>Notes are removed; you may instead keep them with names and numbers blacked out.</source>
        <translation>Las notas se eliminan; en su lugar puede conservarlas con los nombres y números tachados.</translation>
    </message>
    <message>
        <source>{found} of {scanned} notes hold names, contacts, ID numbers or places ({scanned} of the {total} notes read)</source>
        <translation>{found} de {scanned} notas contienen nombres, contactos, números de identidad o lugares ({scanned} de las {total} notas leídas)</translation>
    </message>
    <message>
        <source>{found} of {scanned} notes hold names, contacts, ID numbers or places</source>
        <translation>{found} de {scanned} notas contienen nombres, contactos, números de identidad o lugares</translation>
    </message>
    <message>
        <source>it links the victims to their perpetrators, so it holds case numbers</source>
        <translation>vincula a las víctimas con sus perpetradores, así que contiene números de caso</translation>
    </message>
    <message>
        <source>It links each perpetrator to their victim, so it cannot be removed: it is kept only as that link, replaced by a made-up number (the same in both tables) that is never exported.</source>
        <translation>Vincula a cada perpetrador con su víctima, así que no se puede eliminar: se conserva solo como ese vínculo, sustituida por un número inventado (el mismo en ambas tablas) que nunca se exporta.</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>leyendo</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
</context>
<context>
    <name>Transform</name>
    <message>
        <source>age at registration</source>
        <translation>edad en el registro</translation>
    </message>
    <message>
        <source>year only</source>
        <translation>solo el año</translation>
    </message>
    <message>
        <source>link only</source>
        <translation>solo el vínculo</translation>
    </message>
    <message>
        <source>redact spans</source>
        <translation>fragmentos tachados</translation>
    </message>
</context>
</TS>
