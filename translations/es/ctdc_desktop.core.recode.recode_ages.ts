<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
    <context>
        <name>Ages</name>
        <message>
            <source>"{value}" is negative; an age is 0 or more years</source>
            <translation>"{value}" es negativo; una edad es de 0 años o más</translation>
        </message>
        <message>
            <source>"{value}" is not a number of years</source>
            <translation>"{value}" no es un número de años</translation>
        </message>
        <message>
            <source>"{value}" is more than {years} years</source>
            <translation>"{value}" supera los {years} años</translation>
        </message>
        <message>
            <source>"{value}" is not a real date</source>
            <translation>"{value}" no es una fecha real</translation>
        </message>
        <message>
            <source>"{value}" has a month name we do not know</source>
            <translation>"{value}" contiene un nombre de mes que no conocemos</translation>
        </message>
        <message>
            <source>"{value}" is not a real year</source>
            <translation>"{value}" no es un año real</translation>
        </message>
        <message>
            <source>"{value}" is not a date we can read (use e.g. 1994-03-07)</source>
            <translation>"{value}" no es una fecha legible (use p. ej. 1994-03-07)</translation>
        </message>
    </context>
</TS>
