<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Report</name>
    <message>
        <source>n/a</source>
        <comment>a figure that cannot be computed</comment>
        <translation>s.o.</translation>
    </message>
    <message>
        <source>en</source>
        <comment>the language code of the report&apos;s text (an HTML lang attribute)</comment>
        <translation>fr</translation>
    </message>
    <message>
        <source>Evaluation report: {0}</source>
        <translation>Rapport d&apos;évaluation&#xa0;: {0}</translation>
    </message>
    <message>
        <source>This report describes the synthetic data and the reportable aggregates in this folder. Every figure is computed from those released files alone (the synthetic records compared with the released counts), so it says nothing more about the real people than the release itself.</source>
        <translation>Ce rapport décrit les données synthétiques et les agrégats publiables de ce dossier. Chaque chiffre est calculé à partir de ces seuls fichiers publiés (les enregistrements synthétiques comparés aux comptages publiés)&#xa0;: il n&apos;en dit donc pas plus sur les personnes réelles que la publication elle-même.</translation>
    </message>
    <message>
        <source>The release</source>
        <translation>La publication</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Dossier de publication</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>Made with</source>
        <translation>Fait avec</translation>
    </message>
    <message>
        <source>Recipe</source>
        <translation>Recette</translation>
    </message>
    <message>
        <source>Synthetic records</source>
        <translation>Enregistrements synthétiques</translation>
    </message>
    <message>
        <source>Records according to the released counts</source>
        <translation>Enregistrements selon les comptages publiés</translation>
    </message>
    <message>
        <source>How the data was protected</source>
        <translation>Comment les données ont été protégées</translation>
    </message>
    <message>
        <source>Every count in reportable_aggregates.csv is backed by at least {0} real records. Every synthetic record is a combination of answers that at least {0} real records share.</source>
        <translation>Chaque comptage de reportable_aggregates.csv repose sur au moins {0} enregistrements réels. Chaque enregistrement synthétique est une combinaison de réponses que partagent au moins {0} enregistrements réels.</translation>
    </message>
    <message>
        <source>This release spent a privacy budget of ε = {0:g} with δ = {1:.3g} (ρ = {2:.4g}). The smaller ε, the less anyone can learn about whether a given person is in the data. Budgets add up over releases of the same records.</source>
        <translation>Cette publication a dépensé un budget de confidentialité de ε = {0:g} avec δ = {1:.3g} (ρ = {2:.4g}). Plus ε est petit, moins on peut apprendre si une personne donnée figure dans les données. Les budgets s&apos;additionnent d&apos;une publication à l&apos;autre des mêmes enregistrements.</translation>
    </message>
    <message>
        <source>Including this release, releases of this dataset have spent ε = {0:g} of a cap of {1:g}.</source>
        <translation>En comptant cette publication, les publications de ce jeu de données ont dépensé ε = {0:g} sur un plafond de {1:g}.</translation>
    </message>
    <message>
        <source>Including this release, releases of this dataset have spent ε = {0:g}.</source>
        <translation>En comptant cette publication, les publications de ce jeu de données ont dépensé ε = {0:g}.</translation>
    </message>
    <message>
        <source>length {0}</source>
        <translation>longueur {0}</translation>
    </message>
    <message>
        <source>How closely the synthetic records reproduce the released counts</source>
        <translation>À quel point les enregistrements synthétiques reproduisent les comptages publiés</translation>
    </message>
    <message>
        <source>A &lt;i&gt;combination&lt;/i&gt; is a set of answers from different variables (for example a gender and an age group); its &lt;i&gt;length&lt;/i&gt; is how many answers it has. For each length, the counts of every combination in the synthetic records are compared with the released counts.</source>
        <translation>Une &lt;i&gt;combinaison&lt;/i&gt; est un ensemble de réponses à des variables différentes (par exemple un genre et une tranche d&apos;âge)&#xa0;; sa &lt;i&gt;longueur&lt;/i&gt; est son nombre de réponses. Pour chaque longueur, les comptages de chaque combinaison dans les enregistrements synthétiques sont comparés aux comptages publiés.</translation>
    </message>
    <message>
        <source>Share of combinations by length</source>
        <translation>Part des combinaisons par longueur</translation>
    </message>
    <message>
        <source>preservation</source>
        <translation>conservation</translation>
    </message>
    <message>
        <source>missing (suppressed)</source>
        <translation>manquantes (supprimées)</translation>
    </message>
    <message>
        <source>not in released counts (fabricated)</source>
        <translation>absentes des comptages publiés (inventées)</translation>
    </message>
    <message>
        <source>Preservation near 100% and small other bars mean the synthetic records follow the released counts closely.</source>
        <translation>Une conservation proche de 100&#xa0;% et de petites autres barres signifient que les enregistrements synthétiques suivent de près les comptages publiés.</translation>
    </message>
    <message>
        <source>Mean absolute error by length (records)</source>
        <translation>Erreur absolue moyenne par longueur (enregistrements)</translation>
    </message>
    <message>
        <source>mean absolute error</source>
        <translation>erreur absolue moyenne</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Longueur</translation>
    </message>
    <message>
        <source>Released combinations</source>
        <translation>Combinaisons publiées</translation>
    </message>
    <message>
        <source>Synthetic combinations</source>
        <translation>Combinaisons synthétiques</translation>
    </message>
    <message>
        <source>Mean absolute error</source>
        <translation>Erreur absolue moyenne</translation>
    </message>
    <message>
        <source>Mean relative error</source>
        <translation>Erreur relative moyenne</translation>
    </message>
    <message>
        <source>Preservation</source>
        <translation>Conservation</translation>
    </message>
    <message>
        <source>Suppressed</source>
        <translation>Supprimées</translation>
    </message>
    <message>
        <source>Fabricated</source>
        <translation>Inventées</translation>
    </message>
    <message>
        <source>By size of the released count</source>
        <translation>Selon la taille du comptage publié</translation>
    </message>
    <message>
        <source>The same comparison with combinations grouped by their released count: small counts are the hardest to reproduce.</source>
        <translation>La même comparaison, avec les combinaisons regroupées selon leur comptage publié&#xa0;: les petits comptages sont les plus difficiles à reproduire.</translation>
    </message>
    <message>
        <source>Preservation and mean relative error by released count</source>
        <translation>Conservation et erreur relative moyenne selon le comptage publié</translation>
    </message>
    <message>
        <source>mean relative error</source>
        <translation>erreur relative moyenne</translation>
    </message>
    <message>
        <source>Released count</source>
        <translation>Comptage publié</translation>
    </message>
    <message>
        <source>Combinations</source>
        <translation>Combinaisons</translation>
    </message>
    <message>
        <source>{0} to {1}</source>
        <translation>{0} à {1}</translation>
    </message>
    <message>
        <source>What the figures mean</source>
        <translation>Ce que signifient les chiffres</translation>
    </message>
    <message>
        <source>For official figures, use reportable_aggregates.csv: its counts are the release&apos;s protected counts, as said above (not the real numbers). The synthetic records are for exploring patterns; counts taken from them differ from the released counts as shown above.</source>
        <translation>Pour les chiffres officiels, utilisez reportable_aggregates.csv&#xa0;: ses comptages sont les comptages protégés de la publication, comme indiqué plus haut (pas les nombres réels). Les enregistrements synthétiques servent à explorer les tendances&#xa0;; les comptages tirés d&apos;eux diffèrent des comptages publiés, comme montré ci-dessus.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
</context>
</TS>
