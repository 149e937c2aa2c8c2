<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>StepList</name>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a later version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {0}, {1}: {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens when “{0}” is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” arrives in a later version of CTDC Desktop; open it to read what it will do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
