<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Identifiers</name>
    <message>
        <source>victims &quot;{column}&quot; ({kinds}): no decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>perpetrators &quot;{column}&quot; ({kinds}): no decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>victims &quot;{column}&quot;: kept without a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>perpetrators &quot;{column}&quot;: kept without a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>victim records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>perpetrator records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column &quot;{column}&quot; of the {table}: the age at registration needs the registration date, and no column was chosen or is named like one. Choose the registration date column for this transform, or remove the birth date instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking columns: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying your decisions: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
