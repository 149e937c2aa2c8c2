<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>RecodePage</name>
    <message>
        <source>Value map: each spelling becomes one category</source>
        <translation>Table de valeurs&#xa0;: chaque orthographe devient une catégorie</translation>
    </message>
    <message>
        <source>Flag: 1 when the answer is yes, empty otherwise</source>
        <translation>Indicateur&#xa0;: 1 quand la réponse est oui, vide sinon</translation>
    </message>
    <message>
        <source>Other: 1 when the value has no variable of its own</source>
        <translation>Autre&#xa0;: 1 quand la valeur n&apos;a pas de variable propre</translation>
    </message>
    <message>
        <source>Age bands: an age in years falls in one band</source>
        <translation>Tranches d&apos;âge&#xa0;: un âge en années tombe dans une tranche</translation>
    </message>
    <message>
        <source>Majority: Minor under 18, Adult from 18</source>
        <translation>Majorité&#xa0;: Minor avant 18 ans, Adult à partir de 18 ans</translation>
    </message>
    <message>
        <source>Bands: a whole number (a year, months) falls in one band</source>
        <translation>Tranches&#xa0;: un nombre entier (une année, des mois) tombe dans une tranche</translation>
    </message>
    <message>
        <source>Number: kept as it is, within the codebook&apos;s range</source>
        <translation>Nombre&#xa0;: gardé tel quel, dans la plage du livre de codes</translation>
    </message>
    <message>
        <source>Country: ISO code or name becomes a region</source>
        <translation>Pays&#xa0;: un code ISO ou un nom devient une région</translation>
    </message>
    <message>
        <source>Not recorded: the export does not hold it</source>
        <translation>Non enregistré&#xa0;: l&apos;export ne le contient pas</translation>
    </message>
    <message>
        <source>CTDC victim-perpetrator data, December 2022 (16 variables)</source>
        <translation>Données victimes-auteurs du CTDC, décembre 2022 (16 variables)</translation>
    </message>
    <message>
        <source>CTDC global synthetic data, 2021 (37 variables)</source>
        <translation>Données synthétiques mondiales du CTDC, 2021 (37 variables)</translation>
    </message>
    <message>
        <source>Choose a recipe…</source>
        <translation>Choisissez une recette…</translation>
    </message>
    <message>
        <source>A recipe says how each CTDC variable is made from the export&apos;s columns.</source>
        <translation>Une recette indique comment chaque variable du CTDC est faite à partir des colonnes de l&apos;export.</translation>
    </message>
    <message>
        <source>Recipe</source>
        <translation>Recette</translation>
    </message>
    <message>
        <source>&amp;Open recipe file…</source>
        <translation>&amp;Ouvrir un fichier de recette…</translation>
    </message>
    <message>
        <source>Use a recipe saved earlier or made for your mission (.toml).</source>
        <translation>Utilisez une recette enregistrée auparavant ou faite pour votre mission (.toml).</translation>
    </message>
    <message>
        <source>&amp;Save recipe as…</source>
        <translation>&amp;Enregistrer la recette sous…</translation>
    </message>
    <message>
        <source>Save the recipe with your changes as a new file, to use again next quarter. It holds no records, only the spellings you mapped.</source>
        <translation>Enregistrez la recette avec vos modifications dans un nouveau fichier, pour la réutiliser au prochain trimestre. Elle ne contient aucun enregistrement, seulement les orthographes que vous avez associées.</translation>
    </message>
    <message>
        <source>Stop recoding. The recipe and your changes are kept.</source>
        <translation>Arrêter le recodage. La recette et vos modifications sont conservées.</translation>
    </message>
    <message>
        <source>The variable in the codebook&apos;s own words.</source>
        <translation>La variable dans les termes mêmes du livre de codes.</translation>
    </message>
    <message>
        <source>The rule the recipe uses for this variable.</source>
        <translation>La règle que la recette utilise pour cette variable.</translation>
    </message>
    <message>
        <source>What the variable means, as its codebook defines it.</source>
        <translation>Ce que signifie la variable, telle que son livre de codes la définit.</translation>
    </message>
    <message>
        <source>&amp;Use this proposal</source>
        <translation>&amp;Utiliser cette proposition</translation>
    </message>
    <message>
        <source>Make this variable from the proposed column(s), with the proposed settings and values.</source>
        <translation>Construire cette variable à partir de la ou des colonnes proposées, avec les réglages et valeurs proposés.</translation>
    </message>
    <message>
        <source>The export does not &amp;hold this variable</source>
        <translation>L&apos;export ne &amp;contient pas cette variable</translation>
    </message>
    <message>
        <source>Leave this variable&apos;s column empty in the release: your export does not record it.</source>
        <translation>Laisser vide la colonne de cette variable dans la publication : votre export ne l&apos;enregistre pas.</translation>
    </message>
    <message>
        <source>Make it from a column &amp;again</source>
        <translation>La tirer de nouveau d&apos;une &amp;colonne</translation>
    </message>
    <message>
        <source>Go back to the recipe&apos;s way of making this variable.</source>
        <translation>Revenir à la façon dont la recette fait cette variable.</translation>
    </message>
    <message>
        <source>The recipe file {file} is not there any more; the copy saved in the project is used.</source>
        <translation>Le fichier de recette {file} n&apos;existe plus&#xa0;; la copie enregistrée dans le projet est utilisée.</translation>
    </message>
    <message>
        <source>The recipe file {file} changed since the project was saved; the project&apos;s copy is used.</source>
        <translation>Le fichier de recette {file} a changé depuis l&apos;enregistrement du projet&#xa0;; la copie du projet est utilisée.</translation>
    </message>
    <message>
        <source>Recipe saved as {file}.</source>
        <translation>Recette enregistrée sous {file}.</translation>
    </message>
    <message>
        <source>Open a recipe</source>
        <translation>Ouvrir une recette</translation>
    </message>
    <message>
        <source>Save the recipe as</source>
        <translation>Enregistrer la recette sous</translation>
    </message>
    <message>
        <source>Proposing the source of each variable from your export…</source>
        <translation>Proposition de la source de chaque variable d&apos;après votre export…</translation>
    </message>
    <message>
        <source>Recoding with the recipe…</source>
        <translation>Recodage avec la recette…</translation>
    </message>
    <message>
        <source>Proposing was stopped: the recipe is as written, nothing proposed. Choose it again to propose again.</source>
        <translation>La proposition a été arrêtée : la recette est telle qu&apos;écrite, rien n&apos;est proposé. Choisissez-la de nouveau pour relancer la proposition.</translation>
    </message>
    <message>
        <source>Recoding was stopped. Change the recipe or choose it again to run it again.</source>
        <translation>Le recodage a été arrêté. Modifiez la recette ou choisissez-la à nouveau pour le relancer.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing to recode yet.&lt;/b&gt; First load the export (step 1) and remove the identifiers (step 2); this step then recodes the cleaned records.</source>
        <translation>&lt;b&gt;Rien à recoder pour l&apos;instant.&lt;/b&gt; Chargez d&apos;abord l&apos;export (étape 1) et supprimez les identifiants (étape 2)&#xa0;; cette étape recode ensuite les enregistrements nettoyés.</translation>
    </message>
    <message>
        <source>Turn the cleaned records ({n} victims) into the categories CTDC publishes. A ready-made recipe does most of the work; you check the values it could not place.</source>
        <translation>Transformez les enregistrements nettoyés ({n} victimes) en catégories publiées par le CTDC. Une recette toute prête fait l&apos;essentiel du travail&#xa0;; vous vérifiez les valeurs qu&apos;elle n&apos;a pas pu classer.</translation>
    </message>
    <message>
        <source>How many victim rows the cleaned export holds.</source>
        <translation>Nombre de lignes de victimes dans l&apos;export nettoyé.</translation>
    </message>
    <message>
        <source>Choose a recipe above. The variables of its codebook are then listed here, each with the values of your export it could not place.</source>
        <translation>Choisissez une recette ci-dessus. Les variables de son livre de codes sont alors listées ici, chacune avec les valeurs de votre export qu&apos;elle n&apos;a pas pu classer.</translation>
    </message>
    <message>
        <source>You changed: {names}.</source>
        <translation>Vous avez modifié&#xa0;: {names}.</translation>
    </message>
    <message>
        <source>Recoding…</source>
        <translation>Recodage…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Every variable is complete.&lt;/b&gt; {n} victims recoded; Synthesize can start.</source>
        <translation>&lt;b&gt;Toutes les variables sont complètes.&lt;/b&gt; {n} victimes recodées&#xa0;; Synthétiser peut commencer.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n of {n} variables need attention&lt;/b&gt;: map their values to a category or set them to missing.</source>
        <translation>
            <numerusform>&lt;b&gt;%n variable sur {n} demande votre attention&lt;/b&gt; : associez ses valeurs à une catégorie ou déclarez-les manquantes.</numerusform>
            <numerusform>&lt;b&gt;%n variables sur {n} demandent votre attention&lt;/b&gt; : associez leurs valeurs à une catégorie ou déclarez-les manquantes.</numerusform>
        </translation>
    </message>
    <message>
        <source>A variable is complete when every value of its column is mapped or set to missing.</source>
        <translation>Une variable est complète quand chaque valeur de sa colonne est associée ou marquée comme manquante.</translation>
    </message>
    <message>
        <source>Proposed from your export: {k} of {n} variables.</source>
        <translation>Proposé d&apos;après votre export : {k} variables sur {n}.</translation>
    </message>
    <message numerus="yes">
        <source>%n proposals wait for your confirmation (marked “please confirm”).</source>
        <translation>
            <numerusform>%n proposition attend votre confirmation (marquée « à confirmer »).</numerusform>
            <numerusform>%n propositions attendent votre confirmation (marquées « à confirmer »).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>For %n variables no column was found: choose it.</source>
        <translation>
            <numerusform>Pour %n variable, aucune colonne n’a été trouvée : choisissez-la.</numerusform>
            <numerusform>Pour %n variables, aucune colonne n’a été trouvée : choisissez-les.</numerusform>
        </translation>
    </message>
    <message>
        <source>please confirm</source>
        <translation>à confirmer</translation>
    </message>
    <message>
        <source>Proposed: {reason}. Not used until you confirm it.</source>
        <translation>Proposé : {reason}. Pas utilisé tant que vous ne l&apos;avez pas confirmé.</translation>
    </message>
    <message>
        <source>no column found</source>
        <translation>aucune colonne trouvée</translation>
    </message>
    <message>
        <source>No column of the export was found for it ({reason}). Choose it.</source>
        <translation>Aucune colonne de l&apos;export n&apos;a été trouvée pour elle ({reason}). Choisissez-la.</translation>
    </message>
    <message>
        <source>{n} of {rows} {unit} got a category from the recipe.</source>
        <translation>{n} sur {rows} {unit} ont reçu une catégorie de la recette.</translation>
    </message>
    <message>
        <source>{n} {unit} hold a value that is not mapped or is wrong.</source>
        <translation>{n} {unit} ont une valeur non associée ou erronée.</translation>
    </message>
    <message>
        <source>Recoded: rows that got a category. Set to missing: values the recipe leaves out on purpose. Empty: rows with nothing in the column. Not mapped: values the recipe says nothing about.</source>
        <translation>Recodées&#xa0;: lignes qui ont reçu une catégorie. Manquantes&#xa0;: valeurs que la recette laisse de côté exprès. Vides&#xa0;: lignes sans rien dans la colonne. Non associées&#xa0;: valeurs dont la recette ne dit rien.</translation>
    </message>
    <message>
        <source>Proposed (confident)</source>
        <translation>Proposé (sûr)</translation>
    </message>
    <message>
        <source>from {columns}: {reason}.</source>
        <translation>à partir de {columns} : {reason}.</translation>
    </message>
    <message>
        <source>Proposal used</source>
        <translation>Proposition utilisée</translation>
    </message>
    <message>
        <source>Proposed: please confirm</source>
        <translation>Proposé : à confirmer</translation>
    </message>
    <message>
        <source>from {columns}: {reason}. Not used until you confirm it; or choose other columns below.</source>
        <translation>à partir de {columns} : {reason}. Pas utilisé tant que vous ne l&apos;avez pas confirmé ; ou choisissez d&apos;autres colonnes ci-dessous.</translation>
    </message>
    <message>
        <source>No column found</source>
        <translation>Aucune colonne trouvée</translation>
    </message>
    <message>
        <source>{reason}. Choose the column(s) below.</source>
        <translation>{reason}. Choisissez la ou les colonnes ci-dessous.</translation>
    </message>
    <message>
        <source>Your choice</source>
        <translation>Votre choix</translation>
    </message>
    <message>
        <source>the proposal was {columns}: {reason}.</source>
        <translation>la proposition était {columns} : {reason}.</translation>
    </message>
    <message>
        <source>{reason}.</source>
        <translation>{reason}.</translation>
    </message>
    <message>
        <source>As the recipe says</source>
        <translation>Comme le dit la recette</translation>
    </message>
    <message>
        <source>its columns are in the export. Proposed from the export: {columns} ({reason}).</source>
        <translation>ses colonnes sont dans l&apos;export. Proposé d&apos;après l&apos;export : {columns} ({reason}).</translation>
    </message>
    <message>
        <source>its columns are in the export.</source>
        <translation>ses colonnes sont dans l&apos;export.</translation>
    </message>
    <message>
        <source>Other columns that could make it: {columns}.</source>
        <translation>Autres colonnes possibles : {columns}.</translation>
    </message>
    <message>
        <source>Values no word list places (map them under Values): {values}.</source>
        <translation>Valeurs qu&apos;aucune liste de mots ne classe (associez-les sous Valeurs) : {values}.</translation>
    </message>
    <message>
        <source>1 (yes)</source>
        <translation>1 (oui)</translation>
    </message>
    <message>
        <source>no (empty)</source>
        <translation>non (vide)</translation>
    </message>
    <message>
        <source>{n} {unit} have &quot;{value}&quot; in {column}.</source>
        <translation>{n} {unit} ont &quot;{value}&quot; dans {column}.</translation>
    </message>
    <message>
        <source>{k} other values</source>
        <translation>{k} autres valeurs</translation>
    </message>
    <message>
        <source>{n} {unit} hold one of {k} less frequent values.</source>
        <translation>{n} {unit} ont l&apos;une de {k} valeurs moins fréquentes.</translation>
    </message>
    <message>
        <source>Before ({unit})</source>
        <translation>Avant ({unit})</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>{n} victims get &quot;{label}&quot; in {name}.</source>
        <translation>{n} victimes obtiennent &quot;{label}&quot; dans {name}.</translation>
    </message>
    <message>
        <source>After (victims)</source>
        <translation>Après (victimes)</translation>
    </message>
    <message>
        <source>perpetrator rows</source>
        <translation>lignes d&apos;auteurs</translation>
    </message>
    <message>
        <source>victims</source>
        <translation>victimes</translation>
    </message>
    <message>
        <source>Variables of the codebook</source>
        <translation>Variables du livre de codes</translation>
    </message>
    <message>
        <source>Choose a variable with the arrow keys; its values and bands are shown beside the list.</source>
        <translation>Choisissez une variable avec les flèches&#xa0;; ses valeurs et ses tranches s&apos;affichent à côté de la liste.</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>In words</source>
        <translation>En clair</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Recoded</source>
        <translation>Recodées</translation>
    </message>
    <message>
        <source>Rows whose value is not mapped or is wrong.</source>
        <translation>Lignes dont la valeur n&apos;est pas associée ou est erronée.</translation>
    </message>
    <message>
        <source>Bands</source>
        <translation>Tranches</translation>
    </message>
    <message>
        <source>Recoded rows</source>
        <translation>Lignes recodées</translation>
    </message>
    <message>
        <source>The export&apos;s column beside the recoded column, row by row.</source>
        <translation>La colonne de l&apos;export à côté de la colonne recodée, ligne par ligne.</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valeurs</translation>
    </message>
    <message>
        <source>Before and after</source>
        <translation>Avant et après</translation>
    </message>
    <message>
        <source>Perpetrators per victim</source>
        <translation>Auteurs par victime</translation>
    </message>
</context>
</TS>
