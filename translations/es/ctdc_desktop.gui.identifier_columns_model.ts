<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>IdentifierColumnsModel</name>
    <message>
        <source>birth date → age at registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date → its year only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case ID → victim–perpetrator link only, never exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes kept with names, contacts and numbers blacked out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transform: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Victims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing identifying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New column: not decided yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{decision} (your reason: {reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{decision}. Your reason: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which table the column is in: the victim records or the perpetrator records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column&apos;s name in your export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What in this column can point to a person, found from its name or its values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What Stage one proposes to do with the column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will be done. Every column marked “Not decided yet” needs your decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither the name nor the values of this column look like they point to a person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This column was not in the saved decisions: choose what to do with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage one found something identifying here: choose Remove, Transform or Keep.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
