<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>LinkPanel</name>
    <message>
        <source>Link between victims and perpetrators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each perpetrator row names the case of its victim. Choose the column that holds the case ID in each file; the app proposes the pair whose values match best.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case ID among the victims:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case ID among the perpetrators:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose a column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking which victim each perpetrator belongs to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column holds the same case IDs in both files. Choose the case ID column of each file above, or check that the perpetrator file belongs to these victims.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} victims have at least one perpetrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} victims have none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} perpetrator rows match no victim (rows {rows})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every perpetrator row matches a victim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} victim rows share their case ID with another victim row, so their perpetrators cannot be told apart; check that this is the case ID column.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
