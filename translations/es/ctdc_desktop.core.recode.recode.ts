<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Recode</name>
    <message>
        <source>{value} is outside the bands ({limits})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is outside the codebook&apos;s range {low}-{high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} is not a code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} has no UN region in the CTDC Region table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the birth date is after the registration date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>born more than {years} years before registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(age {age})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the perpetrators table has no column &quot;{column}&quot; (it has: {columns}). Choose the source column of this variable in the recipe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the victims table has no column &quot;{column}&quot; (it has: {columns}). Choose the source column of this variable in the recipe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the export has no perpetrators table; load the perpetrators sheet or file with the victims.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no column links the perpetrators to the victims; choose the case-ID columns on the Load page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem}; the recipe&apos;s link names a column the export does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linking perpetrators to victims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} perpetrator rows have a case ID that matches no victim; they are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} victim rows share a case ID with another; their perpetrators are counted with the first of them only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} victims have more than {most} perpetrators; all of them are summarised, though the codebook expects at most six.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recoding {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recoded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
