<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>MainWindow</name>
    <message>
        <source>The sample export is missing from this installation: {0}</source>
        <translation>L&apos;export d&apos;exemple manque dans cette installation : {0}</translation>
    </message>
</context>
</TS>
