<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Recode</name>
    <message>
        <source>{value} is outside the bands ({limits})</source>
        <translation>{value} está fuera de los tramos ({limits})</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a whole number</source>
        <translation>&quot;{value}&quot; no es un número entero</translation>
    </message>
    <message>
        <source>{value} is outside the codebook&apos;s range {low}-{high}</source>
        <translation>{value} está fuera del rango del libro de códigos {low}-{high}</translation>
    </message>
    <message>
        <source>{code} is not a code</source>
        <translation>{code} no es un código</translation>
    </message>
    <message>
        <source>{code} has no UN region in the CTDC Region table</source>
        <translation>{code} no tiene región de la ONU en la tabla Region del CTDC</translation>
    </message>
    <message>
        <source>the birth date is after the registration date</source>
        <translation>la fecha de nacimiento es posterior a la fecha de registro</translation>
    </message>
    <message>
        <source>born more than {years} years before registration</source>
        <translation>nacido/a más de {years} años antes del registro</translation>
    </message>
    <message>
        <source>(age {age})</source>
        <translation>(edad {age})</translation>
    </message>
    <message>
        <source>&quot;{column}&quot; (closest: {near})</source>
        <translation>«{column}» (las más cercanas: {near})</translation>
    </message>
    <message>
        <source>the perpetrators table has no column {columns} (it has: {names}). Choose the source column of this variable in the recipe, or let the program propose one.</source>
        <translation>la tabla de tratantes no tiene columna {columns} (tiene: {names}). Elija la columna de origen de esta variable en la receta, o deje que el programa proponga una.</translation>
    </message>
    <message>
        <source>the victims table has no column {columns} (it has: {names}). Choose the source column of this variable in the recipe, or let the program propose one.</source>
        <translation>la tabla de víctimas no tiene columna {columns} (tiene: {names}). Elija la columna de origen de esta variable en la receta, o deje que el programa proponga una.</translation>
    </message>
    <message>
        <source>the export has no perpetrators table; load the perpetrators sheet or file with the victims.</source>
        <translation>la exportación no tiene tabla de perpetradores; cargue la hoja o el archivo de perpetradores con las víctimas.</translation>
    </message>
    <message>
        <source>no column links the perpetrators to the victims; choose the case-ID columns on the Load page.</source>
        <translation>ninguna columna vincula a los perpetradores con las víctimas; elija las columnas de ID de caso en el paso Cargar.</translation>
    </message>
    <message>
        <source>Linking perpetrators to victims</source>
        <translation>Vinculando perpetradores con víctimas</translation>
    </message>
    <message>
        <source>{n} perpetrator rows have a case ID that matches no victim; they are left out.</source>
        <translation>{n} filas de perpetradores tienen un ID de caso que no coincide con ninguna víctima; se dejan fuera.</translation>
    </message>
    <message>
        <source>{n} victim rows share a case ID with another; their perpetrators are counted with the first of them only.</source>
        <translation>{n} filas de víctimas comparten un ID de caso con otra; sus perpetradores se cuentan solo con la primera de ellas.</translation>
    </message>
    <message>
        <source>{n} victims have more than {most} perpetrators; all of them are summarised, though the codebook expects at most six.</source>
        <translation>{n} víctimas tienen más de {most} perpetradores; todos se resumen, aunque el libro de códigos prevé como máximo seis.</translation>
    </message>
    <message>
        <source>Recoding {name}</source>
        <translation>Recodificando {name}</translation>
    </message>
    <message>
        <source>Recoded</source>
        <translation>Recodificado</translation>
    </message>
</context>
</TS>
