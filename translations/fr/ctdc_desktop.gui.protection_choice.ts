<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>SynthesizePage</name>
    <message>
        <source>keep every combination the noise produces (most detail, most invented combinations)</source>
        <translation>garder toutes les combinaisons que produit le bruit (le plus de détail, le plus de combinaisons inventées)</translation>
    </message>
    <message>
        <source>drop a few combinations that noise alone could create</source>
        <translation>supprimer quelques combinaisons que le bruit seul pourrait créer</translation>
    </message>
    <message>
        <source>drop combinations that noise alone could easily create (recommended)</source>
        <translation>supprimer les combinaisons que le bruit seul pourrait facilement créer (recommandé)</translation>
    </message>
    <message>
        <source>drop as many invented combinations as possible (least detail)</source>
        <translation>supprimer le plus possible de combinaisons inventées (le moins de détail)</translation>
    </message>
    <message>
        <source>How to protect the records</source>
        <translation>Comment protéger les enregistrements</translation>
    </message>
    <message>
        <source>&amp;k-anonymous</source>
        <translation>&amp;k-anonyme</translation>
    </message>
    <message>
        <source>&amp;Differentially private</source>
        <translation>À confidentialité &amp;différentielle</translation>
    </message>
    <message>
        <source>&lt;b&gt;k-anonymous synthesis&lt;/b&gt; (as CTDC&apos;s 2021 release). Every combination of answers that is published is shared by at least &lt;b&gt;k&lt;/b&gt; real people, and counts are rounded down to a multiple of k. Rare combinations are left out. &lt;i&gt;What you give up:&lt;/i&gt; small groups disappear from the data; a larger k protects more and shows less.</source>
        <translation>&lt;b&gt;Synthèse k-anonyme&lt;/b&gt; (comme la publication CTDC de 2021). Chaque combinaison de réponses publiée est partagée par au moins &lt;b&gt;k&lt;/b&gt; personnes réelles, et les comptages sont arrondis au multiple de k inférieur. Les combinaisons rares sont laissées de côté. &lt;i&gt;Ce que vous perdez&#xa0;:&lt;/i&gt; les petits groupes disparaissent des données&#xa0;; un k plus grand protège davantage et montre moins.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Differentially private synthesis&lt;/b&gt; (as CTDC&apos;s 2022 release). Random noise is added to every count, so the result hardly depends on any one person. &lt;b&gt;ε&lt;/b&gt; (epsilon) is the privacy budget: smaller means more noise and stronger protection. Budgets add up over releases of the same data, so each release spends part of a cap. &lt;i&gt;What you give up:&lt;/i&gt; counts are less exact, and a few combinations may be invented by the noise.</source>
        <translation>&lt;b&gt;Synthèse à confidentialité différentielle&lt;/b&gt; (comme la publication CTDC de 2022). Un bruit aléatoire est ajouté à chaque comptage, si bien que le résultat dépend à peine d&apos;une seule personne. &lt;b&gt;ε&lt;/b&gt; (epsilon) est le budget de confidentialité&#xa0;: plus petit, il ajoute plus de bruit et protège mieux. Les budgets s&apos;additionnent d&apos;une publication à l&apos;autre des mêmes données&#xa0;: chaque publication dépense une partie d&apos;un plafond. &lt;i&gt;Ce que vous perdez&#xa0;:&lt;/i&gt; les comptages sont moins exacts, et le bruit peut inventer quelques combinaisons.</translation>
    </message>
    <message>
        <source>Every published combination is shared by at least this many people (default 10).</source>
        <translation>Chaque combinaison publiée est partagée par au moins ce nombre de personnes (10 par défaut).</translation>
    </message>
    <message>
        <source>The privacy budget this release spends (default 4; CTDC 2022 used 12).</source>
        <translation>Le budget de confidentialité que dépense cette publication (4 par défaut&#xa0;; CTDC 2022 a utilisé 12).</translation>
    </message>
    <message>
        <source>The longest combination of answers whose count is kept (kanon default 4, dp default 3).</source>
        <translation>La plus longue combinaison de réponses dont le comptage est gardé (4 par défaut en k-anonyme, 3 en DP).</translation>
    </message>
    <message>
        <source>Noise can make a combination appear that no real record has; this sets how hard to remove those.</source>
        <translation>Le bruit peut faire apparaître une combinaison qu&apos;aucun enregistrement réel n&apos;a&#xa0;; ce réglage dit avec quelle énergie les retirer.</translation>
    </message>
    <message>
        <source>Same records every run (seed)</source>
        <translation>Mêmes enregistrements à chaque exécution (graine)</translation>
    </message>
    <message>
        <source>Only for checking a run can be repeated; it does not change the protection. With k-anonymity the same seed gives the same records. With differential privacy the noise is new on every run, as it must be, so the records still differ: the seed only fixes how they are drawn from the noisy counts.</source>
        <translation>Sert seulement à vérifier qu&apos;un calcul peut être refait ; cela ne change pas la protection. En synthèse k-anonyme, la même graine donne les mêmes enregistrements. Avec la confidentialité différentielle, le bruit est nouveau à chaque calcul, comme il se doit : les enregistrements diffèrent donc quand même, la graine ne fixe que la façon de les tirer des comptages bruités.</translation>
    </message>
    <message>
        <source>k (smallest group shown):</source>
        <translation>k (plus petit groupe montré)&#xa0;:</translation>
    </message>
    <message>
        <source>ε (privacy budget):</source>
        <translation>ε (budget de confidentialité)&#xa0;:</translation>
    </message>
    <message>
        <source>Longest combination kept:</source>
        <translation>Plus longue combinaison gardée&#xa0;:</translation>
    </message>
    <message>
        <source>Invented combinations:</source>
        <translation>Combinaisons inventées&#xa0;:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Graine&#xa0;:</translation>
    </message>
</context>
</TS>
