<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>RecipeDescription</name>
    <message>
        <source>Age in years from {source} (or, when it is empty, from {birth} and {registered}): Minor under 18, Adult from 18.</source>
        <translation>Edad en años a partir de {source} (o, cuando está vacía, a partir de {birth} y {registered}): Minor antes de los 18, Adult desde los 18.</translation>
    </message>
    <message>
        <source>Age in years from {source}: Minor under 18, Adult from 18.</source>
        <translation>Edad en años a partir de {source}: Minor antes de los 18, Adult desde los 18.</translation>
    </message>
    <message>
        <source>Age in years from {source} (or, when it is empty, from {birth} and {registered}), in bands: {bands}.</source>
        <translation>Edad en años a partir de {source} (o, cuando está vacía, a partir de {birth} y {registered}), en tramos: {bands}.</translation>
    </message>
    <message>
        <source>Age in years from {source}, in bands: {bands}.</source>
        <translation>Edad en años a partir de {source}, en tramos: {bands}.</translation>
    </message>
    <message>
        <source>Country from {source} (ISO2, ISO3 or a name in English, French or Spanish) → its ISO3 code.</source>
        <translation>País a partir de {source} (ISO2, ISO3 o un nombre en inglés, francés o español) → su código ISO3.</translation>
    </message>
    <message>
        <source>Country from {source} (ISO2, ISO3 or a name in English, French or Spanish) → its UN region ({groups}).</source>
        <translation>País a partir de {source} (ISO2, ISO3 o un nombre en inglés, francés o español) → su región de la ONU ({groups}).</translation>
    </message>
    <message>
        <source>Country from {source} (ISO2, ISO3 or a name in English, French or Spanish) → its UN region.</source>
        <translation>País a partir de {source} (ISO2, ISO3 o un nombre en inglés, francés o español) → su región de la ONU.</translation>
    </message>
    <message>
        <source>From {source}: each value becomes one of {labels}, by the recipe&apos;s map and the shipped {vocabulary} spellings.</source>
        <translation>A partir de {source}: cada valor se convierte en uno de {labels}, según la tabla de la receta y las grafías {vocabulary} incluidas.</translation>
    </message>
    <message>
        <source>From {source}: each value becomes one of {labels}, by the recipe&apos;s map.</source>
        <translation>A partir de {source}: cada valor se convierte en uno de {labels}, según la tabla de la receta.</translation>
    </message>
    <message>
        <source>1 when any of {source} says yes; empty otherwise.</source>
        <translation>1 cuando alguna de {source} dice sí; vacía en otro caso.</translation>
    </message>
    <message>
        <source>1 when {source} says yes; empty otherwise.</source>
        <translation>1 cuando {source} dice sí; vacía en otro caso.</translation>
    </message>
    <message>
        <source>1 when {source} holds a value other than {listed} (those have their own variable).</source>
        <translation>1 cuando {source} contiene un valor distinto de {listed} (esos tienen su propia variable).</translation>
    </message>
    <message>
        <source>Whole numbers from {source}, in bands: {bands}. A number outside the bands is set to missing.</source>
        <translation>Números enteros a partir de {source}, en tramos: {bands}. Un número fuera de los tramos se marca como faltante.</translation>
    </message>
    <message>
        <source>Whole numbers from {source}, in bands: {bands}. A number outside the bands is listed as wrong.</source>
        <translation>Números enteros a partir de {source}, en tramos: {bands}. Un número fuera de los tramos se señala como erróneo.</translation>
    </message>
    <message>
        <source>Whole number from {source}, kept as it is within {low}-{high}.</source>
        <translation>Número entero a partir de {source}, conservado tal cual entre {low} y {high}.</translation>
    </message>
    <message>
        <source>Not in the export: the column stays empty.</source>
        <translation>No está en la exportación: la columna queda vacía.</translation>
    </message>
    <message>
        <source>Set to missing on purpose: {values}.</source>
        <translation>Marcados como faltantes a propósito: {values}.</translation>
    </message>
    <message>
        <source>Per victim: 1 when at least one of the victim&apos;s perpetrators has it.</source>
        <translation>Por víctima: 1 cuando al menos uno de los perpetradores de la víctima lo tiene.</translation>
    </message>
    <message>
        <source>Per victim: every different answer among the victim&apos;s perpetrators, once, joined with &quot;;&quot; in the codebook&apos;s order; a victim without perpetrators or answers gets an empty cell.</source>
        <translation>Por víctima: cada respuesta distinta entre los perpetradores de la víctima, una sola vez, unida con «;» en el orden del libro de códigos; una víctima sin perpetradores ni respuestas obtiene una celda vacía.</translation>
    </message>
</context>
</TS>
