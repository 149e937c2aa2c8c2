<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>CheckBundle</name>
    <message>
        <source>{0} is not a folder.</source>
        <translation>{0} no es una carpeta.</translation>
    </message>
    <message>
        <source>The folder does not hold the bundle&apos;s files (missing: {0}; not expected: {1}).</source>
        <translation>La carpeta no contiene los archivos del paquete (faltan: {0}; inesperados: {1}).</translation>
    </message>
    <message>
        <source>{0} cannot be read ({1}).</source>
        <translation>{0} no se puede leer ({1}).</translation>
    </message>
    <message>
        <source>{0} read back differs from what was written.</source>
        <translation>{0} releído difiere de lo que se escribió.</translation>
    </message>
    <message>
        <source>{0} does not list every file of the bundle.</source>
        <translation>{0} no enumera todos los archivos del paquete.</translation>
    </message>
    <message>
        <source>{0} differs from the fingerprint in {1} (changed, damaged or cut short).</source>
        <translation>{0} no coincide con la huella indicada en {1} (modificado, dañado o cortado).</translation>
    </message>
    <message>
        <source>{0} does not have the columns {1} lists.</source>
        <translation>{0} no tiene las columnas que enumera {1}.</translation>
    </message>
    <message>
        <source>{0} has {1} records, {2} says {3}.</source>
        <translation>{0} tiene {1} registros, {2} indica {3}.</translation>
    </message>
    <message>
        <source>{0} does not have the columns {1} lists, then length and count.</source>
        <translation>{0} no tiene las columnas que enumera {1}, seguidas de length y count.</translation>
    </message>
    <message>
        <source>{0} has counts that are not numbers of at least 0.</source>
        <translation>{0} tiene recuentos que no son números mayores o iguales a 0.</translation>
    </message>
    <message>
        <source>{0} has counts that are not multiples of k = {1} of at least {1}.</source>
        <translation>{0} tiene recuentos que no son múltiplos de k = {1} de al menos {1}.</translation>
    </message>
    <message>
        <source>{0} has {1} cells a spreadsheet would run as formulas.</source>
        <translation>{0} tiene {1} celdas que una hoja de cálculo ejecutaría como fórmulas.</translation>
    </message>
</context>
</TS>
