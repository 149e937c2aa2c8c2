<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>DisclosureRisk</name>
    <message>
        <source>Records whose whole combination of answers no other record has: the easiest to recognise.</source>
        <translation>Enregistrements dont la combinaison complète de réponses n&apos;est celle d&apos;aucun autre enregistrement&#xa0;: les plus faciles à reconnaître.</translation>
    </message>
    <message>
        <source>Records whose whole combination of answers fewer than k records have (unique ones included).</source>
        <translation>Enregistrements dont la combinaison complète de réponses est partagée par moins de k enregistrements (uniques compris).</translation>
    </message>
    <message>
        <source>How many of the rare records would share their combination with at least k others if this variable were left out: the variables that do most to single people out. Grouping their answers more broadly helps most.</source>
        <translation>Combien d&apos;enregistrements rares partageraient leur combinaison avec au moins k autres si cette variable était laissée de côté&#xa0;: les variables qui font le plus ressortir les personnes. Regrouper leurs réponses plus largement aide le plus.</translation>
    </message>
    <message>
        <source>There are no records.</source>
        <translation>Il n&apos;y a aucun enregistrement.</translation>
    </message>
    <message>
        <source>{0} of {1} records ({2:.1%}) have a combination of answers that no other record has.</source>
        <translation>{0} enregistrements sur {1} ({2:.1%}) ont une combinaison de réponses qu&apos;aucun autre enregistrement n&apos;a.</translation>
    </message>
    <message>
        <source>{0} ({1:.1%}) have one that fewer than {2} records have.</source>
        <translation>{0} ({1:.1%}) en ont une que moins de {2} enregistrements ont.</translation>
    </message>
    <message>
        <source>Leaving out one of these variables would make that many rare records common: {0}.</source>
        <translation>Laisser de côté l&apos;une de ces variables rendrait courants autant d&apos;enregistrements rares&#xa0;: {0}.</translation>
    </message>
    <message>
        <source>No single variable makes the difference: rare records are rare on several variables at once.</source>
        <translation>Aucune variable seule ne fait la différence&#xa0;: les enregistrements rares le sont sur plusieurs variables à la fois.</translation>
    </message>
</context>
</TS>
