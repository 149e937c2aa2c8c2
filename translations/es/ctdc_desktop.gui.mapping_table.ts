<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>MappingModel</name>
    <message>
        <source>mapped</source>
        <translation>asignado</translation>
    </message>
    <message>
        <source>not ticked</source>
        <translation>no marcado</translation>
    </message>
    <message>
        <source>set to missing</source>
        <translation>faltante</translation>
    </message>
    <message>
        <source>unmapped</source>
        <translation>sin asignar</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>Each different value found in the column, written as in the export.</source>
        <translation>Cada valor distinto encontrado en la columna, escrito como en la exportación.</translation>
    </message>
    <message>
        <source>The column of the export the value is in.</source>
        <translation>La columna de la exportación en la que está el valor.</translation>
    </message>
    <message>
        <source>How many {unit} hold the value.</source>
        <translation>Cuántas {unit} tienen este valor.</translation>
    </message>
    <message>
        <source>The CTDC category it becomes; (empty) means the cell is left empty.</source>
        <translation>La categoría del CTDC en la que se convierte; (vacía) significa que la celda queda vacía.</translation>
    </message>
    <message>
        <source>mapped, not ticked, set to missing, unmapped (to fix) or error (to fix).</source>
        <translation>asignado, no marcado, faltante, sin asignar (a corregir) o error (a corregir).</translation>
    </message>
    <message>
        <source>Value in the export</source>
        <translation>Valor en la exportación</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Se convierte en</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacía)</translation>
    </message>
    <message>
        <source>{n} {unit} have &quot;{value}&quot; in the column {column}.</source>
        <translation>{n} {unit} tienen &quot;{value}&quot; en la columna {column}.</translation>
    </message>
    <message>
        <source>Becomes &quot;{label}&quot; in the recoded table.</source>
        <translation>Se convierte en &quot;{label}&quot; en la tabla recodificada.</translation>
    </message>
    <message>
        <source>Counts as no: the flag&apos;s cell stays empty.</source>
        <translation>Cuenta como no: la celda del indicador queda vacía.</translation>
    </message>
    <message>
        <source>Set to missing on purpose: the recoded cell stays empty.</source>
        <translation>Marcado como faltante a propósito: la celda recodificada queda vacía.</translation>
    </message>
    <message>
        <source>The recipe does not say what this becomes. Map it to a category or set it to missing.</source>
        <translation>La receta no dice en qué se convierte. Asígnelo a una categoría o márquelo como faltante.</translation>
    </message>
    <message>
        <source>This value cannot be right: {why}. Correct the export, or set it to missing.</source>
        <translation>Este valor no puede ser correcto: {why}. Corrija la exportación, o márquelo como faltante.</translation>
    </message>
</context>
<context>
    <name>MappingPanel</name>
    <message>
        <source>Search the values…</source>
        <translation>Buscar en los valores…</translation>
    </message>
    <message>
        <source>Search the values</source>
        <translation>Buscar en los valores</translation>
    </message>
    <message>
        <source>Shows only the values that contain what you type (Ctrl+F).</source>
        <translation>Muestra solo los valores que contienen lo que usted escribe (Ctrl+F).</translation>
    </message>
    <message>
        <source>Only values to fi&amp;x</source>
        <translation>Solo por &amp;corregir</translation>
    </message>
    <message>
        <source>Show only the values that are not mapped or are wrong (the search still applies).</source>
        <translation>Mostrar solo los valores sin asignar o erróneos (la búsqueda sigue aplicándose).</translation>
    </message>
    <message>
        <source>Values of the column</source>
        <translation>Valores de la columna</translation>
    </message>
    <message>
        <source>Select values with the arrow keys, Shift+arrows or Ctrl+Space, then map them to a category or set them to missing.</source>
        <translation>Seleccione valores con las flechas, Mayús+flechas o Ctrl+Espacio, y luego asígnelos a una categoría o márquelos como faltantes.</translation>
    </message>
    <message>
        <source>The category the selected values become.</source>
        <translation>La categoría en la que se convierten los valores seleccionados.</translation>
    </message>
    <message>
        <source>Category for the selected values</source>
        <translation>Categoría de los valores seleccionados</translation>
    </message>
    <message>
        <source>M&amp;ap selected to</source>
        <translation>A&amp;signar la selección a</translation>
    </message>
    <message>
        <source>Every selected value becomes the category chosen beside.</source>
        <translation>Cada valor seleccionado se convierte en la categoría elegida al lado.</translation>
    </message>
    <message>
        <source>Set selected to m&amp;issing</source>
        <translation>Marcar la selección como &amp;faltante</translation>
    </message>
    <message>
        <source>The selected values are left out on purpose: their cells stay empty in the recoded table.</source>
        <translation>Los valores seleccionados se dejan fuera a propósito: sus celdas quedan vacías en la tabla recodificada.</translation>
    </message>
    <message>
        <source>How many values the search and the filter leave in the table.</source>
        <translation>Cuántos valores dejan en la tabla la búsqueda y el filtro.</translation>
    </message>
    <message>
        <source>{shown} of {total} values shown</source>
        <translation>{shown} de {total} valores mostrados</translation>
    </message>
    <message>
        <source>{n} selected</source>
        <translation>{n} seleccionado(s)</translation>
    </message>
    <message>
        <source>How many values (rows of this table) are selected.</source>
        <translation>Cuántos valores (filas de esta tabla) están seleccionados.</translation>
    </message>
</context>
</TS>
