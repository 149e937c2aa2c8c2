<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>BandsEditor</name>
    <message>
        <source>Each band holds the whole numbers from its first to its last value, both included. Leave the last band&apos;s end empty for no upper end. Bands must follow each other without overlap or gap. Press F2 to change the cell with the focus.</source>
        <translation>Cada tramo contiene los números enteros desde su primer hasta su último valor, ambos incluidos. Deje vacío el final del último tramo para que no tenga límite superior. Los tramos deben seguirse sin superposición ni huecos. Pulse F2 para cambiar la celda que tiene el foco.</translation>
    </message>
    <message>
        <source>Bands</source>
        <translation>Tramos</translation>
    </message>
    <message>
        <source>One row per band: its first value, its last value and its category. F2 changes a cell.</source>
        <translation>Una fila por tramo: su primer valor, su último valor y su categoría. F2 cambia una celda.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>A&amp;dd band</source>
        <translation>Añadir &amp;tramo</translation>
    </message>
    <message>
        <source>Add a band after the last one; fill in its end and category.</source>
        <translation>Añade un tramo después del último; indique su final y su categoría.</translation>
    </message>
    <message>
        <source>&amp;Remove band</source>
        <translation>&amp;Quitar tramo</translation>
    </message>
    <message>
        <source>Remove the band of the selected row.</source>
        <translation>Quita el tramo de la fila seleccionada.</translation>
    </message>
    <message>
        <source>One of the codebook&apos;s categories: {labels}</source>
        <translation>Una de las categorías del libro de códigos: {labels}</translation>
    </message>
    <message>
        <source>A whole number; the band includes it.</source>
        <translation>Un número entero; el tramo lo incluye.</translation>
    </message>
    <message>
        <source>Band {row}, {column}: &quot;{text}&quot; is not a whole number.</source>
        <translation>Tramo {row}, {column}: &quot;{text}&quot; no es un número entero.</translation>
    </message>
    <message>
        <source>Not applied: {why}</source>
        <translation>No aplicado: {why}</translation>
    </message>
</context>
</TS>
