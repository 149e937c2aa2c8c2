<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ProfileModel</name>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Different values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most common values (how many rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column&apos;s name in the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the values look like, guessed from the data. Point at a kind to see what it means.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled in: how many rows have a value in this column. The other rows are empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distinct: how many different values this column holds. Close to the number of rows means almost every row has its own value, as with an ID, a name or a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The values that occur most often in this column, each with the number of rows that hold it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each value occurs once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{filled} of {rows} rows have a value here; {empty} are empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This column holds {count} different values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No value repeats: every filled-in row has its own value, as an ID or a name would.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value}: {count} rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
