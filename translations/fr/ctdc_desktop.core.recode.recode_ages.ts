<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
    <context>
        <name>Ages</name>
        <message>
            <source>"{value}" is negative; an age is 0 or more years</source>
            <translation>"{value}" est négatif ; un âge vaut 0 an ou plus</translation>
        </message>
        <message>
            <source>"{value}" is not a number of years</source>
            <translation>"{value}" n'est pas un nombre d'années</translation>
        </message>
        <message>
            <source>"{value}" is more than {years} years</source>
            <translation>"{value}" dépasse {years} ans</translation>
        </message>
        <message>
            <source>"{value}" is not a real date</source>
            <translation>"{value}" n'est pas une date réelle</translation>
        </message>
        <message>
            <source>"{value}" has a month name we do not know</source>
            <translation>"{value}" contient un nom de mois que nous ne connaissons pas</translation>
        </message>
        <message>
            <source>"{value}" is not a real year</source>
            <translation>"{value}" n'est pas une année réelle</translation>
        </message>
        <message>
            <source>"{value}" is not a date we can read (use e.g. 1994-03-07)</source>
            <translation>"{value}" n'est pas une date lisible (utilisez par ex. 1994-03-07)</translation>
        </message>
    </context>
</TS>
