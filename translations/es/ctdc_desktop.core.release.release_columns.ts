<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Release</name>
    <message>
        <source>The codebook lists variables that the synthetic data does not have: {0}. Check the recipe&apos;s variables against the recoded table and run synthesis again.</source>
        <translation>El libro de códigos enumera variables que los datos sintéticos no tienen: {0}. Compruebe las variables de la receta con la tabla recodificada y vuelva a ejecutar la síntesis.</translation>
    </message>
</context>
</TS>
