<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>IdentifiersPage</name>
    <message numerus="yes">
        <source>Your saved decisions were applied to %n columns.</source>
        <translation>
            <numerusform>Your saved decisions were applied to %n column.</numerusform>
            <numerusform>Your saved decisions were applied to %n columns.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n columns were not seen before: each needs your decision.</source>
        <translation>
            <numerusform>%n column was not seen before: it needs your decision.</numerusform>
            <numerusform>%n columns were not seen before: each needs your decision.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n columns that the saved decisions or the recipe read are missing:</source>
        <translation>
            <numerusform>%n column that the saved decisions or the recipe read is missing:</numerusform>
            <numerusform>%n columns that the saved decisions or the recipe read are missing:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…and %n more.</numerusform>
            <numerusform>…and %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{listed} and %n more</source>
        <translation>
            <numerusform>{listed} and %n more</numerusform>
            <numerusform>{listed} and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not yet: %n columns still need your decision ({listed}). Choose Remove, Transform or Keep for each; the first is selected.</source>
        <translation>
            <numerusform>Not yet: %n column still needs your decision ({listed}). Choose Remove, Transform or Keep for it; it is selected.</numerusform>
            <numerusform>Not yet: %n columns still need your decision ({listed}). Choose Remove, Transform or Keep for each; the first is selected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Accept %n proposals</source>
        <translation>
            <numerusform>&amp;Accept %n proposal</numerusform>
            <numerusform>&amp;Accept %n proposals</numerusform>
        </translation>
    </message>
</context>
</TS>
