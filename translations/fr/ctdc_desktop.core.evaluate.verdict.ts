<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Verdict</name>
    <message>
        <source>Someone could be picked out: {0} combinations of answers that fewer than {1} real people share appear in the synthetic records. Use a larger k.</source>
        <translation>Quelqu’un pourrait être repéré : {0} combinaisons de réponses que moins de {1} personnes réelles partagent figurent dans les enregistrements synthétiques. Prenez un k plus grand.</translation>
    </message>
    <message>
        <source>No one can be picked out: every combination of answers in the synthetic records is shared by at least {0} real people.</source>
        <translation>Personne ne peut être repéré : chaque combinaison de réponses des enregistrements synthétiques est partagée par au moins {0} personnes réelles.</translation>
    </message>
    <message>
        <source>A group of {0} is small: a k of {1} or more protects better.</source>
        <translation>Un groupe de {0} est petit : un k de {1} ou plus protège mieux.</translation>
    </message>
    <message>
        <source>It is hard to pick anyone out: random noise (ε = {0:.3g}) hides whether any one person is in the data.</source>
        <translation>Il est difficile de repérer quelqu’un : un bruit aléatoire (ε = {0:.3g}) cache si une personne donnée est dans les données.</translation>
    </message>
    <message>
        <source>Someone could be picked out more easily than we advise: ε = {0:.3g} adds little noise. A smaller ε (at most {1:g}) protects better.</source>
        <translation>Quelqu’un pourrait être repéré plus facilement que nous ne le conseillons : ε = {0:.3g} ajoute peu de bruit. Un ε plus petit (au plus {1:g}) protège mieux.</translation>
    </message>
    <message>
        <source>Too few records to tell how close the published numbers are: no answer is held by {0} people or more.</source>
        <translation>Trop peu d’enregistrements pour dire si les chiffres publiés sont proches des vrais : aucune réponse n’est donnée par {0} personnes ou plus.</translation>
    </message>
    <message>
        <source>The published numbers are close to the real ones: they are off by {0:.0%} on average.</source>
        <translation>Les chiffres publiés sont proches des vrais : ils s’en écartent de {0:.0%} en moyenne.</translation>
    </message>
    <message>
        <source>The published numbers are roughly right: they are off by {0:.0%} on average. Give them as approximate.</source>
        <translation>Les chiffres publiés sont à peu près justes : ils s’écartent des vrais de {0:.0%} en moyenne. Présentez-les comme approximatifs.</translation>
    </message>
    <message>
        <source>The published numbers are far from the real ones: they are off by {0:.0%} on average. Use fewer variables, or a larger ε (which protects less).</source>
        <translation>Les chiffres publiés sont loin des vrais : ils s’en écartent de {0:.0%} en moyenne. Utilisez moins de variables, ou un ε plus grand (qui protège moins).</translation>
    </message>
    <message>
        <source>The published numbers are far from the real ones: they are off by {0:.0%} on average. Use fewer variables, or group rare answers together in the Recode step.</source>
        <translation>Les chiffres publiés sont loin des vrais : ils s’en écartent de {0:.0%} en moyenne. Utilisez moins de variables, ou regroupez les réponses rares à l’étape Recoder.</translation>
    </message>
    <message>
        <source>Nothing was left out.</source>
        <translation>Rien n’a été laissé de côté.</translation>
    </message>
    <message>
        <source>No answer was left out: every answer in the real records is in the synthetic ones.</source>
        <translation>Aucune réponse n’a été laissée de côté : chaque réponse des enregistrements réels figure dans les enregistrements synthétiques.</translation>
    </message>
    <message>
        <source>Rare combinations of {0} answers were left out to protect people ({1:.0%} of them).</source>
        <translation>Des combinaisons rares de {0} réponses ont été laissées de côté pour protéger les personnes ({1:.0%} d’entre elles).</translation>
    </message>
    <message>
        <source>{0} of the {1} answers in the real records were left out: too few people gave them.</source>
        <translation>{0} des {1} réponses des enregistrements réels ont été laissées de côté : trop peu de personnes les ont données.</translation>
    </message>
    <message>
        <source>Group rare answers together in the Recode step to keep them.</source>
        <translation>Regroupez les réponses rares à l’étape Recoder pour les garder.</translation>
    </message>
</context>
</TS>
