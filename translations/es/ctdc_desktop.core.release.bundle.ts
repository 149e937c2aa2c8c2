<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Release</name>
    <message>
        <source>The dataset needs a name (letters or digits) to name the bundle folder. Enter one.</source>
        <translation>El conjunto de datos necesita un nombre (letras o cifras) para nombrar la carpeta del paquete. Escriba uno.</translation>
    </message>
    <message>
        <source>Stage one has flagged columns without a decision: {0}. Decide for each whether to drop, transform or keep it.</source>
        <translation>La etapa 1 (desidentificación) tiene columnas señaladas sin decisión: {0}. Decida para cada una si eliminarla, transformarla o conservarla.</translation>
    </message>
    <message>
        <source>Values not mapped to a codebook category: {0} and {1} more. Map each in the Recode step.</source>
        <translation>Valores no asignados a una categoría del libro de códigos: {0} y {1} más. Asigne cada uno en el paso Recodificar.</translation>
    </message>
    <message>
        <source>Values not mapped to a codebook category: {0}. Map each in the Recode step.</source>
        <translation>Valores no asignados a una categoría del libro de códigos: {0}. Asigne cada uno en el paso Recodificar.</translation>
    </message>
    <message>
        <source>Group rare answers into broader categories in the recode step.</source>
        <translation>Agrupe las respuestas raras en categorías más amplias en el paso Recodificar.</translation>
    </message>
    <message>
        <source>The synthesis produced no records, so there is nothing to release. {0}</source>
        <translation>La síntesis no produjo ningún registro: no hay nada que publicar. {0}</translation>
    </message>
    <message>
        <source>The folder {0} cannot be found. Check the path, or that the network drive is connected.</source>
        <translation>No se encuentra la carpeta {0}. Compruebe la ruta, o que la unidad de red está conectada.</translation>
    </message>
    <message>
        <source>A bundle named {0} already exists in {1}. Choose another location, or confirm that it should be replaced (on the command line: --replace).</source>
        <translation>Ya existe un paquete de publicación llamado {0} en {1}. Elija otra ubicación, o confirme que debe reemplazarse (en la línea de comandos: --replace).</translation>
    </message>
    <message>
        <source>Making {0}</source>
        <translation>Creando {0}</translation>
    </message>
    <message>
        <source>The bundle read back from the disk is not what was written; nothing was written. The drive may be failing or full: try again or choose another location.</source>
        <translation>El paquete releído del disco no es el que se escribió; no se escribió nada. Puede que el disco esté fallando o lleno: inténtelo de nuevo o elija otra ubicación.</translation>
    </message>
    <message>
        <source>The synthetic data holds values that the codebook does not list: {0} and {1} more. Map them to codebook categories in the recode step (or add them to the recipe&apos;s categories) and run synthesis again.</source>
        <translation>Los datos sintéticos contienen valores que el libro de códigos no enumera: {0} y {1} más. Asígnelos a categorías del libro de códigos en el paso Recodificar (o añádalos a las categorías de la receta) y vuelva a ejecutar la síntesis.</translation>
    </message>
    <message>
        <source>The synthetic data holds values that the codebook does not list: {0}. Map them to codebook categories in the recode step (or add them to the recipe&apos;s categories) and run synthesis again.</source>
        <translation>Los datos sintéticos contienen valores que el libro de códigos no enumera: {0}. Asígnelos a categorías del libro de códigos en el paso Recodificar (o añádalos a las categorías de la receta) y vuelva a ejecutar la síntesis.</translation>
    </message>
    <message>
        <source>The k guarantee does not hold on the output:</source>
        <translation>La garantía k no se cumple en el resultado:</translation>
    </message>
    <message>
        <source>The folder {0} cannot be found (a shared drive that is not connected, or a folder moved or deleted); nothing was written. Connect the drive or choose an existing folder, then write again.</source>
        <translation>No se encuentra la carpeta {0} (una unidad compartida no conectada, o una carpeta movida o eliminada); no se escribió nada. Conecte la unidad o elija una carpeta existente y vuelva a escribir.</translation>
    </message>
    <message>
        <source>Writing: </source>
        <translation>Escribiendo: </translation>
    </message>
    <message>
        <source>Unfinished bundle folders left by a stopped export were removed: {0}.</source>
        <translation>Se eliminaron paquetes de publicación inacabados que dejó una exportación interrumpida: {0}.</translation>
    </message>
    <message>
        <source>The release cannot be written yet:</source>
        <translation>La publicación todavía no se puede escribir:</translation>
    </message>
    <message>
        <source>A bundle named {0} appeared in {1} meanwhile; nothing was written. Choose another location, or confirm that it should be replaced (on the command line: --replace).</source>
        <translation>Un paquete de publicación llamado {0} apareció mientras tanto en {1}; no se escribió nada. Elija otra ubicación, o confirme que debe reemplazarse (en la línea de comandos: --replace).</translation>
    </message>
    <message>
        <source>Could not write the release bundle into {0} ({1}); nothing was written. Check that the folder exists, that you may write to it, and that the drive has space.</source>
        <translation>No se pudo escribir el paquete de publicación en {0} ({1}); no se escribió nada. Compruebe que la carpeta existe, que puede escribir en ella y que el disco tiene espacio.</translation>
    </message>
</context>
</TS>
