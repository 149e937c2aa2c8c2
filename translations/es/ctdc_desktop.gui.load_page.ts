<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>LoadPage</name>
    <message>
        <source>Open the export of victim records from your case system (CSV or Excel). If the perpetrators are in a separate sheet or file, open that too. Nothing in these files is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Victim records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>victim records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perpetrator records (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>perpetrator records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Victim columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Victim rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perpetrator columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perpetrator rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once a file is open, its columns and rows are shown here, so you can check it is the right one.
You can also drag a file from your folder onto this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the victim records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the perpetrator records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
