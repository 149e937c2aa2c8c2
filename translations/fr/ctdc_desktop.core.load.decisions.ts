<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Project</name>
    <message>
        <source>lists the same role twice.</source>
        <translation>indique deux fois le même rôle.</translation>
    </message>
</context>
</TS>
