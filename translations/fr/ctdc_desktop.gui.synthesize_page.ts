<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>SynthesizePage</name>
    <message>
        <source>Good</source>
        <translation>Bien</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Synthesize</source>
        <translation>Synthétiser</translation>
    </message>
    <message>
        <source>Make &lt;b&gt;synthetic&lt;/b&gt; records: new rows that keep the patterns of your recoded data but belong to no real person. Choose how strongly to protect the people in it; nothing is written to a file here.</source>
        <translation>Créez des enregistrements &lt;b&gt;synthétiques&lt;/b&gt;&#xa0;: de nouvelles lignes qui gardent les tendances de vos données recodées mais n&apos;appartiennent à aucune personne réelle. Choisissez avec quelle force protéger les personnes concernées&#xa0;; rien n&apos;est écrit dans un fichier ici.</translation>
    </message>
    <message>
        <source>&amp;Make synthetic records</source>
        <translation>&amp;Créer les enregistrements synthétiques</translation>
    </message>
    <message>
        <source>Stop making synthetic records. Nothing is kept.</source>
        <translation>Arrêter la création des enregistrements synthétiques. Rien n&apos;est gardé.</translation>
    </message>
    <message>
        <source>Finish the Recode step first: this step works on the recoded table it makes.</source>
        <translation>Terminez d&apos;abord l&apos;étape Recoder&#xa0;: cette étape travaille sur la table recodée qu&apos;elle crée.</translation>
    </message>
    <message>
        <source>Shown once the recoded table is ready.</source>
        <translation>Affiché une fois la table recodée prête.</translation>
    </message>
    <message>
        <source>The recoded table has {0} records and {1} variables.</source>
        <translation>La table recodée compte {0} enregistrements et {1} variables.</translation>
    </message>
    <message>
        <source>“{0}” already has releases, so this data was named “{1}”: unrelated data never shares a privacy budget. If it is the same data as “{0}”, name it “{0}” so that its releases count against the same budget.</source>
        <translation>« {0} » a déjà des publications : ces données ont donc été nommées « {1} », car des données sans rapport ne partagent jamais un budget de confidentialité. S’il s’agit des mêmes données que « {0} », nommez-les « {0} » pour que leurs publications comptent sur le même budget.</translation>
    </message>
    <message>
        <source>The choices changed: make the synthetic records again.</source>
        <translation>Les choix ont changé&#xa0;: créez à nouveau les enregistrements synthétiques.</translation>
    </message>
    <message>
        <source>A k-anonymous release spends no privacy budget (ε).</source>
        <translation>Une publication k-anonyme ne dépense aucun budget de confidentialité (ε).</translation>
    </message>
    <message>
        <source>Open an export: the dataset is named after it.</source>
        <translation>Ouvrez un export : le jeu de données porte son nom.</translation>
    </message>
    <message>
        <source>Earlier DP releases of this dataset: {0}.</source>
        <translation>Publications DP antérieures de ce jeu de données&#xa0;: {0}.</translation>
    </message>
    <message>
        <source>Refused: the privacy budget would pass its cap.</source>
        <translation>Refusé&#xa0;: le budget de confidentialité dépasserait son plafond.</translation>
    </message>
    <message>
        <source>Make the synthetic records.</source>
        <translation>Créer les enregistrements synthétiques.</translation>
    </message>
    <message>
        <source>Looking for records that few others share…</source>
        <translation>Recherche des enregistrements que peu d&apos;autres partagent…</translation>
    </message>
    <message>
        <source>unique (no one else)</source>
        <translation>uniques (personne d&apos;autre)</translation>
    </message>
    <message>
        <source>rare (2 to {0} share them)</source>
        <translation>rares (2 à {0} les partagent)</translation>
    </message>
    <message>
        <source>shared by {0} or more</source>
        <translation>partagés par {0} ou plus</translation>
    </message>
    <message>
        <source>Making synthetic records…</source>
        <translation>Création des enregistrements synthétiques…</translation>
    </message>
    <message>
        <source>Done. Check the result below, then go on to Export.</source>
        <translation>Terminé. Vérifiez le résultat ci-dessous, puis passez à l&apos;étape Exporter.</translation>
    </message>
    <message>
        <source>Stopped. No synthetic records were made.</source>
        <translation>Arrêté. Aucun enregistrement synthétique n&apos;a été créé.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0} synthetic records&lt;/b&gt; were made from {1} real ones.</source>
        <translation>&lt;b&gt;{0} enregistrements synthétiques&lt;/b&gt; ont été créés à partir de {1} réels.</translation>
    </message>
    <message>
        <source>This release spends ε = {0:.4g} (δ = {1:.2g}).</source>
        <translation>Cette publication dépense ε = {0:.4g} (δ = {1:.2g}).</translation>
    </message>
    <message>
        <source>length {0}</source>
        <translation>longueur {0}</translation>
    </message>
    <message>
        <source>Hide the &amp;figures</source>
        <translation>Masquer les &amp;chiffres</translation>
    </message>
    <message>
        <source>Show the &amp;figures</source>
        <translation>Afficher les &amp;chiffres</translation>
    </message>
    <message>
        <source>Rename the dataset?</source>
        <translation>Renommer le jeu de données ?</translation>
    </message>
    <message>
        <source>Releases of “{0}” so far: {1}. Rename it “{2}”? The privacy budget they spent will count under the new name too, and the privacy budget ledger records the rename.</source>
        <translation>Publications de « {0} » jusqu’ici : {1}. Le renommer « {2} » ? Le budget de confidentialité qu’elles ont dépensé comptera aussi sous le nouveau nom, et le registre du budget de confidentialité garde trace du changement de nom.</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renommer</translation>
    </message>
    <message>
        <source>&amp;Keep “{0}”</source>
        <translation>&amp;Garder « {0} »</translation>
    </message>
    <message>
        <source>Privacy budget of this dataset</source>
        <translation>Budget de confidentialité de ce jeu de données</translation>
    </message>
    <message>
        <source>The name this data is released under, the same for every release of this project: budgets are counted per name. Proposed from the file&apos;s name; change it before the first release.</source>
        <translation>Le nom sous lequel ces données sont publiées, le même pour chaque publication de ce projet : les budgets sont comptés par nom. Proposé d’après le nom du fichier ; changez-le avant la première publication.</translation>
    </message>
    <message>
        <source>The most ε this dataset may spend over all its releases (default 10).</source>
        <translation>Le maximum de ε que ce jeu de données peut dépenser sur toutes ses publications (10 par défaut).</translation>
    </message>
    <message>
        <source>Data&amp;set name:</source>
        <translation>Nom du &amp;jeu de données :</translation>
    </message>
    <message>
        <source>Cap on ε over all releases:</source>
        <translation>Plafond de ε sur toutes les publications&#xa0;:</translation>
    </message>
    <message>
        <source>Who is at risk in the recoded data (before synthesis)</source>
        <translation>Qui est à risque dans les données recodées (avant la synthèse)</translation>
    </message>
    <message>
        <source>Records by how many share their answers</source>
        <translation>Enregistrements selon le nombre de personnes qui partagent leurs réponses</translation>
    </message>
    <message>
        <source>Rare records made common by leaving out one variable</source>
        <translation>Enregistrements rares rendus courants en laissant de côté une variable</translation>
    </message>
    <message>
        <source>Result (on this screen only: never written to a file)</source>
        <translation>Résultat (sur cet écran seulement&#xa0;: jamais écrit dans un fichier)</translation>
    </message>
    <message>
        <source>The numbers behind these three sentences, by length of combination.</source>
        <translation>Les chiffres derrière ces trois phrases, par longueur de combinaison.</translation>
    </message>
    <message>
        <source>Mean error of a count (records)</source>
        <translation>Erreur moyenne d&apos;un comptage (enregistrements)</translation>
    </message>
    <message>
        <source>Combinations kept</source>
        <translation>Combinaisons gardées</translation>
    </message>
    <message>
        <source>Combinations left out</source>
        <translation>Combinaisons laissées de côté</translation>
    </message>
    <message>
        <source>Combinations invented</source>
        <translation>Combinaisons inventées</translation>
    </message>
    <message>
        <source>Show the figures by how common a combination is</source>
        <translation>Afficher les chiffres selon la fréquence d&apos;une combinaison</translation>
    </message>
    <message>
        <source>{0}:</source>
        <translation>{0} :</translation>
    </message>
</context>
</TS>
