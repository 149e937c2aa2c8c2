<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Figures</name>
    <message>
        <source>On average, by how many records a combination&apos;s count in the synthetic data differs from the count it is compared with.</source>
        <translation>En moyenne, de combien d&apos;enregistrements le comptage d&apos;une combinaison dans les données synthétiques s&apos;écarte du comptage auquel il est comparé.</translation>
    </message>
    <message>
        <source>For combinations counted at least 10 times, how far off the synthetic count is as a share of the count it is compared with (5% means 5 records off in 100).</source>
        <translation>Pour les combinaisons comptées au moins 10 fois, l&apos;écart du comptage synthétique, en part du comptage auquel il est comparé (5&#xa0;% signifie 5 enregistrements d&apos;écart sur 100).</translation>
    </message>
    <message>
        <source>On average, how much of a combination&apos;s count the synthetic data keeps: 100% is exact, less means the synthetic data shows fewer records with it, more means it shows more.</source>
        <translation>En moyenne, quelle part du comptage d&apos;une combinaison les données synthétiques conservent&#xa0;: 100&#xa0;% est exact, moins signifie que les données synthétiques montrent moins d&apos;enregistrements avec elle, plus qu&apos;elles en montrent davantage.</translation>
    </message>
    <message>
        <source>The share of combinations that the synthetic data does not show at all.</source>
        <translation>La part des combinaisons que les données synthétiques ne montrent pas du tout.</translation>
    </message>
    <message>
        <source>The share of combinations in the synthetic data that do not exist in what it is compared with.</source>
        <translation>La part des combinaisons des données synthétiques qui n&apos;existent pas dans ce à quoi elles sont comparées.</translation>
    </message>
    <message>
        <source>Combinations counted {0} to {1} times ({2}): a count is off by {3:.1f} on average, and {4:.0%} of them are missing from the synthetic data.</source>
        <translation>Combinaisons comptées {0} à {1} fois ({2})&#xa0;: un comptage s&apos;écarte de {3:.1f} en moyenne, et {4:.0%} d&apos;entre elles manquent dans les données synthétiques.</translation>
    </message>
    <message>
        <source>Combinations counted {0} to {1} times ({2}): a count is off by {3:.1f} on average, the synthetic data keeps {4:.0%} of a count on average, and {5:.0%} of them are missing from the synthetic data.</source>
        <translation>Combinaisons comptées {0} à {1} fois ({2})&#xa0;: un comptage s&apos;écarte de {3:.1f} en moyenne, les données synthétiques conservent {4:.0%} d&apos;un comptage en moyenne, et {5:.0%} d&apos;entre elles manquent dans les données synthétiques.</translation>
    </message>
    <message>
        <source>For single answers: the released counts hold {0}, the synthetic records {1}.</source>
        <translation>Pour les réponses seules&#xa0;: les comptages publiés en contiennent {0}, les enregistrements synthétiques {1}.</translation>
    </message>
    <message>
        <source>For combinations of {0} answers: the released counts hold {1}, the synthetic records {2}.</source>
        <translation>Pour les combinaisons de {0} réponses&#xa0;: les comptages publiés en contiennent {1}, les enregistrements synthétiques {2}.</translation>
    </message>
    <message>
        <source>For single answers: the real records hold {0}, the synthetic records {1}.</source>
        <translation>Pour les réponses seules&#xa0;: les enregistrements réels en contiennent {0}, les enregistrements synthétiques {1}.</translation>
    </message>
    <message>
        <source>For combinations of {0} answers: the real records hold {1}, the synthetic records {2}.</source>
        <translation>Pour les combinaisons de {0} réponses&#xa0;: les enregistrements réels en contiennent {1}, les enregistrements synthétiques {2}.</translation>
    </message>
    <message>
        <source>A count is off by {0:.1f} records on average.</source>
        <translation>Un comptage s&apos;écarte de {0:.1f} enregistrements en moyenne.</translation>
    </message>
    <message>
        <source>Counts of at least {0} are off by {1:.1%} on average.</source>
        <translation>Les comptages d&apos;au moins {0} s&apos;écartent de {1:.1%} en moyenne.</translation>
    </message>
    <message>
        <source>{0:.1%} of them are missing from the synthetic data.</source>
        <translation>{0:.1%} d&apos;entre elles manquent dans les données synthétiques.</translation>
    </message>
    <message>
        <source>{0:.1%} of them are missing from the synthetic data; {1:.1%} of the synthetic ones are not in the released counts.</source>
        <translation>{0:.1%} d&apos;entre elles manquent dans les données synthétiques&#xa0;; {1:.1%} des combinaisons synthétiques ne figurent pas dans les comptages publiés.</translation>
    </message>
    <message>
        <source>{0:.1%} of them are missing from the synthetic data; {1:.1%} of the synthetic ones are not in the real records.</source>
        <translation>{0:.1%} d&apos;entre elles manquent dans les données synthétiques&#xa0;; {1:.1%} des combinaisons synthétiques ne figurent pas dans les enregistrements réels.</translation>
    </message>
</context>
</TS>
