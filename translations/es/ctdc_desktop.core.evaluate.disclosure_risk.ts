<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>DisclosureRisk</name>
    <message>
        <source>Records whose whole combination of answers no other record has: the easiest to recognise.</source>
        <translation>Registros cuya combinación completa de respuestas no tiene ningún otro registro: los más fáciles de reconocer.</translation>
    </message>
    <message>
        <source>Records whose whole combination of answers fewer than k records have (unique ones included).</source>
        <translation>Registros cuya combinación completa de respuestas tienen menos de k registros (incluidos los únicos).</translation>
    </message>
    <message>
        <source>How many of the rare records would share their combination with at least k others if this variable were left out: the variables that do most to single people out. Grouping their answers more broadly helps most.</source>
        <translation>Cuántos de los registros raros compartirían su combinación con al menos k otros si se dejara fuera esta variable: las variables que más señalan a las personas. Agrupar sus respuestas de forma más amplia es lo que más ayuda.</translation>
    </message>
    <message>
        <source>There are no records.</source>
        <translation>No hay ningún registro.</translation>
    </message>
    <message>
        <source>{0} of {1} records ({2:.1%}) have a combination of answers that no other record has.</source>
        <translation>{0} de {1} registros ({2:.1%}) tienen una combinación de respuestas que ningún otro registro tiene.</translation>
    </message>
    <message>
        <source>{0} ({1:.1%}) have one that fewer than {2} records have.</source>
        <translation>{0} ({1:.1%}) tienen una que tienen menos de {2} registros.</translation>
    </message>
    <message>
        <source>Leaving out one of these variables would make that many rare records common: {0}.</source>
        <translation>Dejar fuera una de estas variables haría comunes tantos registros raros: {0}.</translation>
    </message>
    <message>
        <source>No single variable makes the difference: rare records are rare on several variables at once.</source>
        <translation>Ninguna variable por sí sola marca la diferencia: los registros raros lo son en varias variables a la vez.</translation>
    </message>
</context>
</TS>
