<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>RecipeCheck</name>
    <message>
        <source>{path}: the saved recipe did not read back the same; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: the recipe could not be saved ({why}). Choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
