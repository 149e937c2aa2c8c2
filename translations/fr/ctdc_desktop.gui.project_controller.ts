<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ProjectController</name>
    <message>
        <source>project.ctdcproj</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the project “{0}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project “{0}” was not opened: a source file is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened the project “{0}”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
