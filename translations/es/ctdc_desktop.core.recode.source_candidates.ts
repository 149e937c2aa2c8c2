<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Proposals</name>
    <message>
        <source>the name &quot;{column}&quot; says nothing we know</source>
        <translation>el nombre «{column}» no dice nada que conozcamos</translation>
    </message>
    <message>
        <source>the name &quot;{column}&quot; matches &quot;{phrase}&quot;</source>
        <translation>el nombre «{column}» coincide con «{phrase}»</translation>
    </message>
    <message>
        <source> and {n} more</source>
        <translation> y {n} más</translation>
    </message>
    <message>
        <source>not placed: {values}{more}</source>
        <translation>sin ubicar: {values}{more}</translation>
    </message>
    <message>
        <source>no column of the export is named like it or holds values like its</source>
        <translation>ninguna columna de la exportación se llama así ni tiene valores así</translation>
    </message>
</context>
</TS>
