<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
    <context>
        <name>Project</name>
        <message>
            <source>should be true, false or null.</source>
            <translation>doit valoir true, false ou null.</translation>
        </message>
        <message>
            <source>should be true or false.</source>
            <translation>doit valoir true ou false.</translation>
        </message>
    </context>
</TS>
