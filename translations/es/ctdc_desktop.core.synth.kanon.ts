<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Synthesis</name>
    <message>
        <source>k must be a whole number of at least 1 (got {0}); the CTDC releases use 10.</source>
        <translation>k debe ser un número entero de al menos 1 (se recibió {0}); las publicaciones de CTDC usan 10.</translation>
    </message>
    <message>
        <source>The reporting length must be a whole number of at least 1 (got {0}); 4 is usual.</source>
        <translation>La longitud de recuento debe ser un número entero de al menos 1 (se recibió {0}); lo habitual es 4.</translation>
    </message>
    <message>
        <source>Making synthetic records from real ones</source>
        <translation>Creando registros sintéticos a partir de los reales</translation>
    </message>
    <message>
        <source>Synthetic records ready</source>
        <translation>Registros sintéticos listos</translation>
    </message>
    <message>
        <source>k ({0}) is larger than the number of records ({1}): every value is rarer than k, so nothing can be released. Use a smaller k only if the release rules allow it, or wait for more records.</source>
        <translation>k ({0}) supera el número de registros ({1}): cada valor es más raro que k, así que no se puede publicar nada. Use un k más pequeño solo si las reglas de publicación lo permiten, o espere a tener más registros.</translation>
    </message>
    <message>
        <source>No value is shared by {0} or more records, so nothing can be released. Group rare answers into broader categories in the recode step.</source>
        <translation>Ningún valor lo comparten {0} registros o más, así que no se puede publicar nada. Agrupe las respuestas raras en categorías más amplias en el paso Recodificar.</translation>
    </message>
    <message>
        <source>A blank cell in the synthetic records means the value was withheld for privacy (too few records, fewer than k = {0}, share it with the rest of the record) or was not recorded in your data.</source>
        <translation>Una celda vacía en los registros sintéticos significa que el valor se retuvo por privacidad (demasiado pocos registros, menos de k = {0}, lo comparten con el resto del registro) o que no estaba registrado en sus datos.</translation>
    </message>
    <message>
        <source>There are more synthetic records ({0}) than real ones ({1}): values left over once the full records were made are released in extra, shorter records, so that every value keeps its count rounded down to a multiple of k.</source>
        <translation>Hay más registros sintéticos ({0}) que reales ({1}): los valores sobrantes una vez creados los registros completos se publican en registros adicionales más cortos, para que cada valor conserve su recuento redondeado hacia abajo a un múltiplo de k.</translation>
    </message>
</context>
</TS>
