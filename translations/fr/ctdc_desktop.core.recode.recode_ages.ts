<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Ages</name>
    <message>
        <source>&quot;{value}&quot; is negative; an age is 0 or more years</source>
        <translation>&quot;{value}&quot; est négatif&#xa0;; un âge vaut 0 an ou plus</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a number of years</source>
        <translation>&quot;{value}&quot; n&apos;est pas un nombre d&apos;années</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is more than {years} years</source>
        <translation>&quot;{value}&quot; dépasse {years} ans</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a real date</source>
        <translation>&quot;{value}&quot; n&apos;est pas une date réelle</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; has a month name we do not know</source>
        <translation>&quot;{value}&quot; contient un nom de mois que nous ne connaissons pas</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a real year</source>
        <translation>&quot;{value}&quot; n&apos;est pas une année réelle</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a date we can read (use e.g. 1994-03-07)</source>
        <translation>&quot;{value}&quot; n&apos;est pas une date lisible (utilisez par ex. 1994-03-07)</translation>
    </message>
</context>
</TS>
