<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>This step comes in a later version of CTDC Desktop. Nothing is done to your data here yet.</source>
        <translation>Cette étape arrive dans une version ultérieure de CTDC Desktop. Rien n&apos;est encore fait à vos données ici.</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>Identifiants</translation>
    </message>
    <message>
        <source>&lt;p&gt;This step will find everything in the export that can point to a person: names, birth dates, phone numbers, e-mail and home addresses, case numbers, caseworker names, and contact details hidden inside free-text notes.&lt;/p&gt;&lt;p&gt;For each column you will choose to &lt;b&gt;remove&lt;/b&gt; it or to &lt;b&gt;change&lt;/b&gt; it into something safe (for example a birth date into an age group). Nothing leaves this computer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Cette étape trouvera tout ce qui, dans l&apos;export, peut désigner une personne : noms, dates de naissance, numéros de téléphone, adresses e-mail et postales, numéros de cas, noms des travailleurs sociaux, et coordonnées cachées dans les notes en texte libre.&lt;/p&gt;&lt;p&gt;Pour chaque colonne, vous choisirez de la &lt;b&gt;supprimer&lt;/b&gt; ou de la &lt;b&gt;transformer&lt;/b&gt; en quelque chose de sûr (par exemple une date de naissance en tranche d&apos;âge). Rien ne quitte cet ordinateur.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Recode</source>
        <translation>Recoder</translation>
    </message>
    <message>
        <source>&lt;p&gt;This step will turn your categories into the ones CTDC publishes: ages into age groups, countries into world regions, and the answers about each perpetrator (role, relationship, gender, age, nationality, money paid) into one row per victim.&lt;/p&gt;&lt;p&gt;A ready-made recipe does most of the work; you check the values it could not place.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Cette étape transformera vos catégories en celles que publie CTDC : âges en tranches d&apos;âge, pays en régions du monde, et les réponses sur chaque auteur (rôle, relation, genre, âge, nationalité, argent versé) en une ligne par victime.&lt;/p&gt;&lt;p&gt;Une recette toute prête fait l&apos;essentiel du travail ; vous vérifiez les valeurs qu&apos;elle n&apos;a pas pu classer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Synthesize</source>
        <translation>Synthétiser</translation>
    </message>
    <message>
        <source>&lt;p&gt;This step will make &lt;b&gt;synthetic&lt;/b&gt; records: new rows that keep the patterns of your data (how many, which combinations) but belong to no real person. Rare combinations, which could identify someone, are left out or blurred.&lt;/p&gt;&lt;p&gt;You will choose how strong the protection is; the app explains the trade-off in plain words.&lt;/p&gt;&lt;p&gt;Until then, an analyst can already make synthetic data from a recoded table with the command &lt;code&gt;ctdc-desktop synth&lt;/code&gt; (see Help → User guide).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Cette étape créera des enregistrements &lt;b&gt;synthétiques&lt;/b&gt; : de nouvelles lignes qui gardent les tendances de vos données (combien, quelles combinaisons) mais n&apos;appartiennent à aucune personne réelle. Les combinaisons rares, qui pourraient identifier quelqu&apos;un, sont écartées ou brouillées.&lt;/p&gt;&lt;p&gt;Vous choisirez le niveau de protection ; l&apos;application explique le compromis en mots simples.&lt;/p&gt;&lt;p&gt;En attendant, un analyste peut déjà créer des données synthétiques à partir d&apos;un tableau recodé avec la commande &lt;code&gt;ctdc-desktop synth&lt;/code&gt; (voir Aide → Guide d&apos;utilisation).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>&lt;p&gt;This step will check the synthetic data against the original (is it still useful, is anyone still at risk) and save a release folder: the synthetic data as CSV and Excel, the protected counts, a codebook, a short report and a log of what was done.&lt;/p&gt;&lt;p&gt;Your original export is never changed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Cette étape comparera les données synthétiques à l&apos;original (sont-elles encore utiles, quelqu&apos;un est-il encore à risque) et enregistrera un dossier de publication : les données synthétiques en CSV et Excel, les effectifs protégés, un livre de codes, un court rapport et un journal de ce qui a été fait.&lt;/p&gt;&lt;p&gt;Votre export d&apos;origine n&apos;est jamais modifié.&lt;/p&gt;</translation>
    </message>
</context>
</TS>
