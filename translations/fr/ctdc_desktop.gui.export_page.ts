<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ExportPage</name>
    <message>
        <source>the synthetic records, codebook columns and labels</source>
        <translation>les enregistrements synthétiques, avec les colonnes et libellés du livre de codes</translation>
    </message>
    <message>
        <source>the same records as an Excel workbook</source>
        <translation>les mêmes enregistrements en classeur Excel</translation>
    </message>
    <message>
        <source>the protected counts</source>
        <translation>les comptages protégés</translation>
    </message>
    <message>
        <source>variables, categories, definitions and the protection used</source>
        <translation>variables, catégories, définitions et protection utilisée</translation>
    </message>
    <message>
        <source>the same codebook as text</source>
        <translation>le même livre de codes en texte</translation>
    </message>
    <message>
        <source>the evaluation, explained in words (opens in any browser, prints)</source>
        <translation>l&apos;évaluation, expliquée en mots (s&apos;ouvre dans tout navigateur, s&apos;imprime)</translation>
    </message>
    <message>
        <source>each step taken, never a value from the data</source>
        <translation>chaque étape effectuée, jamais une valeur des données</translation>
    </message>
    <message>
        <source>version, recipe, parameters, record counts and a fingerprint of every file</source>
        <translation>version, recette, paramètres, nombres d&apos;enregistrements et empreinte de chaque fichier</translation>
    </message>
    <message>
        <source>the protected counts: noisy counts (each real count with random noise added), not the real numbers</source>
        <translation>les comptages protégés&#xa0;: des comptages bruités (chaque comptage réel plus un bruit aléatoire), pas les nombres réels</translation>
    </message>
    <message>
        <source>the protected counts: real counts rounded down to a multiple of k = {0}; rarer combinations are left out</source>
        <translation>les comptages protégés&#xa0;: les comptages réels arrondis au multiple de k = {0} inférieur&#xa0;; les combinaisons plus rares sont omises</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Save the release: a new folder with the synthetic data, the protected counts, a codebook, a report and a log of what was done. Your original export is never changed, and nothing is replaced without your say.</source>
        <translation>Enregistrez la publication&#xa0;: un nouveau dossier avec les données synthétiques, les comptages protégés, un livre de codes, un rapport et un journal de ce qui a été fait. Votre export d&apos;origine n&apos;est jamais modifié, et rien n&apos;est remplacé sans votre accord.</translation>
    </message>
    <message>
        <source>What will be written</source>
        <translation>Ce qui sera écrit</translation>
    </message>
    <message>
        <source>Checking the folder…</source>
        <translation>Vérification du dossier…</translation>
    </message>
    <message>
        <source>&amp;Write the release</source>
        <translation>Écrire la &amp;publication</translation>
    </message>
    <message>
        <source>Stop writing. Nothing is left behind.</source>
        <translation>Arrêter l&apos;écriture. Rien n&apos;est laissé derrière.</translation>
    </message>
    <message>
        <source>&amp;Open the folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Finish the Synthesize step first: this step writes the synthetic records it makes.</source>
        <translation>Terminez d&apos;abord l&apos;étape Synthétiser&#xa0;: cette étape écrit les enregistrements synthétiques qu&apos;elle crée.</translation>
    </message>
    <message>
        <source>Choose the folder to save the release in.</source>
        <translation>Choisissez le dossier où enregistrer la publication.</translation>
    </message>
    <message>
        <source>Shown once the synthetic records are made.</source>
        <translation>Affiché une fois les enregistrements synthétiques créés.</translation>
    </message>
    <message>
        <source>k-anonymous (k = {0})</source>
        <translation>k-anonyme (k = {0})</translation>
    </message>
    <message>
        <source>differentially private (ε = {0:.4g})</source>
        <translation>à confidentialité différentielle (ε = {0:.4g})</translation>
    </message>
    <message>
        <source>{0} synthetic records, {1}.</source>
        <translation>{0} enregistrements synthétiques, {1}.</translation>
    </message>
    <message>
        <source>A new folder &lt;b&gt;{0}&lt;/b&gt; in {1}, holding:</source>
        <translation>Un nouveau dossier &lt;b&gt;{0}&lt;/b&gt; dans {1}, contenant&#xa0;:</translation>
    </message>
    <message>
        <source>A new folder named &lt;i&gt;dataset_method_date&lt;/i&gt;, holding:</source>
        <translation>Un nouveau dossier nommé &lt;i&gt;jeu_méthode_date&lt;/i&gt;, contenant&#xa0;:</translation>
    </message>
    <message>
        <source>&lt;b&gt;“{0}”&lt;/b&gt;: {1}</source>
        <translation>&lt;b&gt;«&#xa0;{0}&#xa0;»&lt;/b&gt;&#xa0;: {1}</translation>
    </message>
    <message>
        <source>The comparison with the real records shown on the Synthesize page is not written: the report only holds figures computed from what is released.</source>
        <translation>La comparaison avec les enregistrements réels affichée à l&apos;étape Synthétiser n&apos;est pas écrite&#xa0;: le rapport ne contient que des chiffres calculés à partir de ce qui est publié.</translation>
    </message>
    <message>
        <source>Save the release in</source>
        <translation>Enregistrer la publication dans</translation>
    </message>
    <message>
        <source>Writing the release…</source>
        <translation>Écriture de la publication…</translation>
    </message>
    <message>
        <source>“{0}” ({1})</source>
        <translation>«&#xa0;{0}&#xa0;» ({1})</translation>
    </message>
    <message>
        <source>&lt;b&gt;The release was written&lt;/b&gt; to {0}:</source>
        <translation>&lt;b&gt;La publication a été écrite&lt;/b&gt; dans {0}&#xa0;:</translation>
    </message>
    <message>
        <source>&lt;p&gt;This dataset has now spent ε = {0:.4g} of its cap of {1:.4g}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ce jeu de données a maintenant dépensé ε = {0:.4g} de son plafond de {1:.4g}.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Stopped. Nothing was written.</source>
        <translation>Arrêté. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Where to save</source>
        <translation>Où enregistrer</translation>
    </message>
    <message>
        <source>Named on the Synthesize step, once per project: every release of these data counts against its privacy budget. Change it there.</source>
        <translation>Nommé à l&apos;étape Synthétiser, une fois par projet : chaque publication de ces données compte dans son budget de confidentialité. Changez-le là-bas.</translation>
    </message>
    <message>
        <source>a folder, a mapped drive (S:\releases) or \\server\share</source>
        <translation>un dossier, un lecteur réseau (S:\releases) ou \\serveur\partage</translation>
    </message>
    <message>
        <source>The folder the release folder is made in. Type or paste a network path.</source>
        <translation>Le dossier dans lequel le dossier de publication est créé. Saisissez ou collez un chemin réseau.</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>Replace the existing release folder of the same name</source>
        <translation>Remplacer le dossier de publication existant du même nom</translation>
    </message>
    <message>
        <source>&amp;Dataset name:</source>
        <translation>Nom du &amp;jeu de données&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save in folder:</source>
        <translation>&amp;Enregistrer dans le dossier&#xa0;:</translation>
    </message>
    <message>
        <source>{0} bytes</source>
        <translation>{0} octets</translation>
    </message>
    <message>
        <source>{0} KB</source>
        <translation>{0} Ko</translation>
    </message>
</context>
</TS>
