<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Synthesis</name>
    <message>
        <source>k = {0} protects nobody: every real record would be released as it is. k must be at least {1}; the CTDC releases use {2}.</source>
        <translation>k = {0} ne protège personne&#xa0;: chaque enregistrement réel serait publié tel quel. k doit valoir au moins {1}&#xa0;; les publications CTDC utilisent {2}.</translation>
    </message>
    <message>
        <source>k = {0} is below the {1} of the CTDC codebook: each released combination is shared by only {0} real records, so people are easier to single out. Use it only if your release rules allow it.</source>
        <translation>k = {0} est inférieur aux {1} du livre de codes CTDC&#xa0;: chaque combinaison publiée n&apos;est partagée que par {0} enregistrements réels, les personnes sont donc plus faciles à distinguer. Ne l&apos;utilisez que si vos règles de publication le permettent.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; holds free text</source>
        <translation>&apos;{0}&apos; contient du texte libre</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; looks like a direct identifier ({1})</source>
        <translation>&apos;{0}&apos; ressemble à un identifiant direct ({1})</translation>
    </message>
    <message>
        <source>A column allowed by name is not in the table: {0}. Check the spelling; the table&apos;s columns are {1}.</source>
        <translation>Une colonne autorisée par son nom n&apos;est pas dans la table&#xa0;: {0}. Vérifiez l&apos;orthographe&#xa0;; les colonnes de la table sont {1}.</translation>
    </message>
    <message>
        <source>Synthesis would release values that can point to a person: {0}. Synthesis keeps every value shared by enough records, so names and note sentences would appear as they are. Remove these columns from the table (the Identifiers step does this), or, if you are sure a column is safe, allow it by name (on the command line: --allow-column NAME).</source>
        <translation>La synthèse publierait des valeurs qui peuvent désigner une personne&#xa0;: {0}. La synthèse garde toute valeur partagée par assez d&apos;enregistrements&#xa0;: des noms et des phrases de notes apparaîtraient tels quels. Retirez ces colonnes de la table (l&apos;étape Identifiants le fait), ou, si vous êtes sûr qu&apos;une colonne est sans risque, autorisez-la par son nom (en ligne de commande&#xa0;: --allow-column NOM).</translation>
    </message>
    <message>
        <source>Column &apos;{0}&apos; looks unsafe but was allowed by name; the output&apos;s parameters record it.</source>
        <translation>La colonne &apos;{0}&apos; semble risquée mais a été autorisée par son nom&#xa0;; les paramètres du résultat l&apos;enregistrent.</translation>
    </message>
</context>
</TS>
