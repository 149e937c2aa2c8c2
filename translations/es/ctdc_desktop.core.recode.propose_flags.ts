<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Proposals</name>
    <message>
        <source>not a yes/no answer</source>
        <translation>no es una respuesta sí/no</translation>
    </message>
    <message>
        <source>yes/no columns named for it: {columns}</source>
        <translation>columnas sí/no que la nombran: {columns}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>its cells list answers (separated by {separators}); {share} of rows fully placed</source>
        <translation>sus celdas enumeran respuestas (separadas por {separators}); {share} de las filas ubicadas por completo</translation>
    </message>
    <message>
        <source>1 for: {answers}</source>
        <translation>1 para: {answers}</translation>
    </message>
</context>
</TS>
