<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ReleaseMethod</name>
    <message>
        <source>k (every count is backed by at least this many records, and rounded down to a multiple of it)</source>
        <translation>k (chaque comptage repose sur au moins ce nombre d&apos;enregistrements, et est arrondi au multiple inférieur)</translation>
    </message>
    <message>
        <source>ε (privacy budget of this release; smaller is more private)</source>
        <translation>ε (budget de confidentialité de cette publication&#xa0;; plus petit est plus protecteur)</translation>
    </message>
    <message>
        <source>δ (chance that the ε guarantee does not hold)</source>
        <translation>δ (probabilité que la garantie ε ne tienne pas)</translation>
    </message>
    <message>
        <source>ρ (the same budget in zero-concentrated DP)</source>
        <translation>ρ (le même budget en confidentialité différentielle à concentration nulle)</translation>
    </message>
    <message>
        <source>L (longest combination of answers counted)</source>
        <translation>L (plus longue combinaison de réponses comptée)</translation>
    </message>
    <message>
        <source>control of combinations created by noise</source>
        <translation>contrôle des combinaisons créées par le bruit</translation>
    </message>
    <message>
        <source>δ derived from the number of records</source>
        <translation>δ déduit du nombre d&apos;enregistrements</translation>
    </message>
    <message>
        <source>most answers counted per record (a bound the noise is scaled to)</source>
        <translation>nombre maximal de réponses comptées par enregistrement (une borne sur laquelle le bruit est calibré)</translation>
    </message>
    <message>
        <source>number of records, with noise added</source>
        <translation>nombre d&apos;enregistrements, avec bruit ajouté</translation>
    </message>
    <message>
        <source>columns allowed by name although they looked unsafe</source>
        <translation>colonnes autorisées par leur nom bien qu&apos;elles semblaient risquées</translation>
    </message>
    <message>
        <source>σ (scale of the noise on counts of combinations of {0})</source>
        <translation>σ (échelle du bruit sur les comptages des combinaisons de {0})</translation>
    </message>
    <message>
        <source>smallest noisy count kept for combinations of {0}</source>
        <translation>plus petit comptage bruité gardé pour les combinaisons de {0}</translation>
    </message>
    <message>
        <source>candidate combinations of {0} counted</source>
        <translation>combinaisons candidates de {0} comptées</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>k-anonymous synthesis</source>
        <translation>synthèse k-anonyme</translation>
    </message>
    <message>
        <source>differentially private synthesis</source>
        <translation>synthèse à confidentialité différentielle</translation>
    </message>
    <message>
        <source>Method: {0}</source>
        <translation>Méthode&#xa0;: {0}</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}&#xa0;: {1}</translation>
    </message>
    <message>
        <source>The counts in reportable_aggregates.csv are real counts rounded down to a multiple of k = {0}: a count of {1} means at least {1} and fewer than {2} records. Combinations fewer than {0} records share are left out.</source>
        <translation>Les comptages de reportable_aggregates.csv sont les comptages réels arrondis au multiple de k = {0} inférieur&#xa0;: un comptage de {1} signifie au moins {1} et moins de {2} enregistrements. Les combinaisons partagées par moins de {0} enregistrements sont omises.</translation>
    </message>
    <message>
        <source>The counts in reportable_aggregates.csv are noisy counts: each is the real count with random noise added, so it is close to the real number but not the real number, and small counts are the least reliable. Combinations whose noisy count is too small to tell from noise are left out.</source>
        <translation>Les comptages de reportable_aggregates.csv sont des comptages bruités&#xa0;: chacun est le comptage réel auquel un bruit aléatoire a été ajouté, il est donc proche du nombre réel sans être le nombre réel, et les petits comptages sont les moins fiables. Les combinaisons dont le comptage bruité est trop petit pour être distingué du bruit sont omises.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>not known (codebook made from the recoded table)</source>
        <translation>inconnue (livre de codes tiré de la table recodée)</translation>
    </message>
</context>
</TS>
