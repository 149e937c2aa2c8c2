<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>RolePanel</name>
    <message>
        <source>No file opened yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CSV or Excel export from your case system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work without this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load this sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop reading this file. Nothing is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} has several sheets. Pick the one with the {records}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet “{sheet}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column names on row {row}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and {count} more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
