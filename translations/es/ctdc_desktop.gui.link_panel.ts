<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>LinkPanel</name>
    <message>
        <source>Link between victims and perpetrators</source>
        <translation>Vínculo entre víctimas y perpetradores</translation>
    </message>
    <message>
        <source>Each perpetrator row names the case of its victim. Choose the column that holds the case ID in each file; the app proposes the pair whose values match best.</source>
        <translation>Cada fila de perpetrador indica el caso de su víctima. Elija la columna que contiene el ID de caso en cada archivo; la aplicación propone el par cuyos valores coinciden mejor.</translation>
    </message>
    <message>
        <source>Case ID among the &amp;victims:</source>
        <translation>ID de caso en las &amp;víctimas:</translation>
    </message>
    <message>
        <source>Case ID among the &amp;perpetrators:</source>
        <translation>ID de caso en los &amp;perpetradores:</translation>
    </message>
    <message>
        <source>(choose a column)</source>
        <translation>(elija una columna)</translation>
    </message>
    <message>
        <source>Checking which victim each perpetrator belongs to…</source>
        <translation>Buscando la víctima de cada perpetrador…</translation>
    </message>
    <message>
        <source>No column holds the same case IDs in both files. Choose the case ID column of each file above, or check that the perpetrator file belongs to these victims.</source>
        <translation>Ninguna columna contiene los mismos ID de caso en ambos archivos. Elija arriba la columna de ID de caso de cada archivo, o compruebe que el archivo de perpetradores corresponde a estas víctimas.</translation>
    </message>
    <message>
        <source>{count} victims have at least one perpetrator</source>
        <translation>víctimas con al menos un perpetrador: {count}</translation>
    </message>
    <message>
        <source>{count} victims have none</source>
        <translation>víctimas sin perpetrador: {count}</translation>
    </message>
    <message>
        <source>{count} perpetrator rows match no victim (rows {rows})</source>
        <translation>filas de perpetrador sin víctima correspondiente: {count} (filas {rows})</translation>
    </message>
    <message>
        <source>every perpetrator row matches a victim</source>
        <translation>cada fila de perpetrador corresponde a una víctima</translation>
    </message>
    <message>
        <source>{count} victim rows share their case ID with another victim row, so their perpetrators cannot be told apart; check that this is the case ID column.</source>
        <translation>{count} fila(s) de víctima comparten su ID de caso con otra fila de víctima, así que sus perpetradores no se pueden distinguir; compruebe que esta es la columna de ID de caso.</translation>
    </message>
</context>
</TS>
