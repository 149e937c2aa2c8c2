<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Decisions</name>
    <message>
        <source>key &apos;{0}&apos; {1}</source>
        <translation>clave &apos;{0}&apos;: {1}</translation>
    </message>
    <message>
        <source>should be a JSON object.</source>
        <translation>debe ser un objeto JSON.</translation>
    </message>
    <message>
        <source>should be a list.</source>
        <translation>debe ser una lista.</translation>
    </message>
    <message>
        <source>is not a setting of this step (known: {0}).</source>
        <translation>no es un ajuste de este paso (ajustes conocidos: {0}).</translation>
    </message>
    <message>
        <source>should be text, not {0}.</source>
        <translation>debe ser un texto, no {0}.</translation>
    </message>
    <message>
        <source>should be non-empty text, not {0}.</source>
        <translation>debe ser un texto no vacío, no {0}.</translation>
    </message>
    <message>
        <source>should be one of {0}, not {1}.</source>
        <translation>debe ser uno de estos valores: {0}, no {1}.</translation>
    </message>
    <message>
        <source>should be true or false, not {0}.</source>
        <translation>debe ser true o false, no {0}.</translation>
    </message>
    <message>
        <source>should be true, false or null, not {0}.</source>
        <translation>debe ser true, false o null, no {0}.</translation>
    </message>
    <message>
        <source>should be a whole number, not {0}.</source>
        <translation>debe ser un número entero, no {0}.</translation>
    </message>
    <message>
        <source>should be a number, not {0}.</source>
        <translation>debe ser un número, no {0}.</translation>
    </message>
    <message>
        <source>should be a positive number, not {0}.</source>
        <translation>debe ser un número positivo, no {0}.</translation>
    </message>
    <message>
        <source>should be a list of texts.</source>
        <translation>debe ser una lista de textos.</translation>
    </message>
    <message>
        <source>is missing.</source>
        <translation>falta.</translation>
    </message>
</context>
</TS>
