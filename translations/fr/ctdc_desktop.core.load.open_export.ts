<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>OpenExport</name>
    <message>
        <source>One row per perpetrator: the perpetrators are read from the victims&apos; rows of {file}; a perpetrators file or sheet cannot be given too.</source>
        <translation>Une ligne par auteur : les auteurs sont lus dans les lignes des victimes de {file} ; un fichier ou une feuille d’auteurs ne peut pas être donné en plus.</translation>
    </message>
</context>
</TS>
