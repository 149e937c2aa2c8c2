<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Figures</name>
    <message>
        <source>These figures compare the synthetic data with the real records without any protection. They are for checking on this computer only and are never written into the release.</source>
        <translation>Ces chiffres comparent les données synthétiques avec les enregistrements réels, sans aucune protection. Ils servent à vérifier sur cet ordinateur seulement et ne sont jamais écrits dans la publication.</translation>
    </message>
    <message>
        <source>Combinations of answers that fewer than k real people share and that the synthetic data also shows fewer than k times: the ones that could point at a real person. Zero is what we want.</source>
        <translation>Combinaisons de réponses que moins de k personnes réelles partagent et que les données synthétiques montrent aussi moins de k fois&#xa0;: celles qui pourraient désigner une personne réelle. L&apos;idéal est zéro.</translation>
    </message>
    <message>
        <source>The share of records that hold some combination of this many answers that no other record (unique) or fewer than k records (rare) hold.</source>
        <translation>La part des enregistrements qui ont une combinaison de ce nombre de réponses qu&apos;aucun autre enregistrement (unique) ou moins de k enregistrements (rare) n&apos;ont.</translation>
    </message>
    <message>
        <source>{0} of the {1} combinations that fewer than {2} real people share also appear fewer than {2} times in the synthetic data. {3:.1%} of real records hold such a rare combination ({4:.1%} one nobody else holds); {5:.1%} of synthetic records hold one that is rare in the synthetic data.</source>
        <translation>{0} des {1} combinaisons que moins de {2} personnes réelles partagent apparaissent aussi moins de {2} fois dans les données synthétiques. {3:.1%} des enregistrements réels ont une telle combinaison rare ({4:.1%} une que personne d&apos;autre n&apos;a)&#xa0;; {5:.1%} des enregistrements synthétiques en ont une qui est rare dans les données synthétiques.</translation>
    </message>
    <message>
        <source>The synthetic data has {0} records; the real data has {1}.</source>
        <translation>Les données synthétiques comptent {0} enregistrements&#xa0;; les données réelles en comptent {1}.</translation>
    </message>
</context>
</TS>
