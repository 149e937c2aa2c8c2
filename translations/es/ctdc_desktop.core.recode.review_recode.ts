<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Recode</name>
    <message>
        <source>Counting the values of {name}</source>
        <translation>Contando los valores de {name}</translation>
    </message>
    <message>
        <source>{name} (recoded)</source>
        <translation>{name} (recodificado)</translation>
    </message>
</context>
</TS>
