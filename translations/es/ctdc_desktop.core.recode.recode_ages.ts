<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Ages</name>
    <message>
        <source>&quot;{value}&quot; is negative; an age is 0 or more years</source>
        <translation>&quot;{value}&quot; es negativo; una edad es de 0 años o más</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a number of years</source>
        <translation>&quot;{value}&quot; no es un número de años</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is more than {years} years</source>
        <translation>&quot;{value}&quot; supera los {years} años</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a real date</source>
        <translation>&quot;{value}&quot; no es una fecha real</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; has a month name we do not know</source>
        <translation>&quot;{value}&quot; contiene un nombre de mes que no conocemos</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a real year</source>
        <translation>&quot;{value}&quot; no es un año real</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a date we can read (use e.g. 1994-03-07)</source>
        <translation>&quot;{value}&quot; no es una fecha legible (use p. ej. 1994-03-07)</translation>
    </message>
</context>
</TS>
