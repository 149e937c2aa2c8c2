<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>IdentifierDecisions</name>
    <message>
        <source>{where}: expected a table of decisions, found {found}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: unknown key &quot;{key}&quot;. Expected &quot;victims&quot; and &quot;perpetrators&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: key &quot;version&quot; is {found}; this program reads version {version}. Review the identifier columns again to save them in this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: expected a list of column decisions, found {found}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}, decision {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{at}: expected a table with column and action, found {found}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{at}: unknown key &quot;{key}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{at}: key &quot;column&quot; must name a column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}, column “{column}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{at}: decided twice; keep one decision per column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{at}: key &quot;action&quot; is {found}; use one of {allowed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{at}: key &quot;transform&quot; is {found}; use one of {allowed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{at}: key &quot;transform&quot; is needed with the action &quot;transform&quot;, and only with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{at}: key &quot;reason&quot; must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{at}: key &quot;reference_column&quot; must name a column.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
