<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ProjectController</name>
    <message>
        <source>project.ctdcproj</source>
        <translation>projet.ctdcproj</translation>
    </message>
    <message>
        <source>Project not saved</source>
        <translation>Projet non enregistré</translation>
    </message>
    <message>
        <source>Saved the project “{0}”.</source>
        <translation>Projet “{0}” enregistré.</translation>
    </message>
    <message>
        <source>Project not opened</source>
        <translation>Projet non ouvert</translation>
    </message>
    <message>
        <source>The project “{0}” was not opened: a source file is missing.</source>
        <translation>Le projet “{0}” n&apos;a pas été ouvert : un fichier source manque.</translation>
    </message>
    <message>
        <source>Opened the project “{0}”.</source>
        <translation>Projet “{0}” ouvert.</translation>
    </message>
</context>
</TS>
