<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>RecipeCheck</name>
    <message>
        <source>{path}: the saved recipe did not read back the same; nothing was saved.</source>
        <translation>{path}: la receta guardada no se vuelve a leer igual; no se guardó nada.</translation>
    </message>
    <message>
        <source>{path}: the recipe could not be saved ({why}). Choose a folder you can write to.</source>
        <translation>{path}: no se pudo guardar la receta ({why}). Elija una carpeta en la que pueda escribir.</translation>
    </message>
</context>
</TS>
