<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>IdentifiersPage</name>
    <message>
        <source>Stage one found that “{column}” ({table}) may hold: {kinds}.
If you keep it, its values go on to the next steps as they are.

Why is it safe to keep? Your reason is saved in the project (do not write names or case details).</source>
        <translation>L&apos;étape 1 a trouvé que « {column} » ({table}) peut contenir : {kinds}.
Si vous la gardez, ses valeurs passent telles quelles aux étapes suivantes.

Pourquoi peut-on la garder sans risque ? Votre raison est enregistrée dans le projet (n&apos;écrivez ni noms ni détails du cas).</translation>
    </message>
    <message>
        <source>Keep a flagged column?</source>
        <translation>Garder une colonne signalée ?</translation>
    </message>
    <message>
        <source>A reason is needed to keep a flagged column.</source>
        <translation>Il faut une raison pour garder une colonne signalée.</translation>
    </message>
    <message>
        <source>Stage one looks for everything that can point to a person: names, birth dates, contacts, addresses, ID and case numbers, GPS positions, and names or numbers inside notes. Every flagged column needs your decision: remove it, change it into something safe, or keep it (you say why).</source>
        <translation>L&apos;étape 1 (désidentification) cherche tout ce qui peut désigner une personne : noms, dates de naissance, coordonnées, adresses, numéros d&apos;identité et de dossier, positions GPS, et noms ou numéros dans les notes. Chaque colonne signalée attend votre décision : la supprimer, la transformer en quelque chose de sûr, ou la garder (en disant pourquoi).</translation>
    </message>
    <message>
        <source>Stop looking for identifiers. Nothing is changed.</source>
        <translation>Arrêter la recherche d&apos;identifiants. Rien n&apos;est modifié.</translation>
    </message>
    <message>
        <source>Load the victim records first: this step works on what the Load step opened.</source>
        <translation>Chargez d&apos;abord les fiches des victimes : cette étape travaille sur ce que l&apos;étape Charger a ouvert.</translation>
    </message>
    <message>
        <source>Look a&amp;gain</source>
        <translation>&amp;Chercher à nouveau</translation>
    </message>
    <message>
        <source>Look for identifiers in the loaded records again.</source>
        <translation>Chercher à nouveau les identifiants dans les fiches chargées.</translation>
    </message>
    <message>
        <source>&amp;Remove the identifiers</source>
        <translation>&amp;Supprimer les identifiants</translation>
    </message>
    <message>
        <source>Apply your decisions to the victim and perpetrator records. Your files are not changed.</source>
        <translation>Appliquer vos décisions aux fiches des victimes et des auteurs. Vos fichiers ne sont pas modifiés.</translation>
    </message>
    <message>
        <source>Looking for names, contacts and other identifiers…</source>
        <translation>Recherche des noms, coordonnées et autres identifiants…</translation>
    </message>
    <message>
        <source>Stopped before every column was checked. Nothing was changed.</source>
        <translation>Arrêté avant que toutes les colonnes soient vérifiées. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>{flagged} of {columns} victim columns flagged</source>
        <translation>{flagged} colonnes signalées sur {columns} pour les victimes</translation>
    </message>
    <message>
        <source>{flagged} of {columns} perpetrator columns flagged</source>
        <translation>{flagged} colonnes signalées sur {columns} pour les auteurs</translation>
    </message>
    <message>
        <source>Stage one found: {found}.</source>
        <translation>Résultat de l&apos;étape 1 : {found}.</translation>
    </message>
    <message>
        <source>A flagged column holds something that can point to a person (a name, a contact, a birth date, an ID number, a place, or notes that mention them). The other columns are categories such as gender, country or year.</source>
        <translation>Une colonne signalée contient quelque chose qui peut désigner une personne (un nom, une coordonnée, une date de naissance, un numéro d&apos;identité, un lieu, ou des notes qui la mentionnent). Les autres colonnes sont des catégories comme le genre, le pays ou l&apos;année.</translation>
    </message>
    <message numerus="yes">
        <source>Your saved decisions were applied to %n columns.</source>
        <translation>
            <numerusform>Vos décisions enregistrées ont été appliquées à %n colonne.</numerusform>
            <numerusform>Vos décisions enregistrées ont été appliquées à %n colonnes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n columns were not seen before: each needs your decision.</source>
        <translation>
            <numerusform>%n colonne n&apos;avait jamais été vue : elle attend votre décision.</numerusform>
            <numerusform>%n colonnes n&apos;avaient jamais été vues : chacune attend votre décision.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n columns that the saved decisions or the recipe read are missing:</source>
        <translation>
            <numerusform>%n colonne que les décisions enregistrées ou la recette lisent manque&#xa0;:</numerusform>
            <numerusform>%n colonnes que les décisions enregistrées ou la recette lisent manquent&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…et %n de plus.</numerusform>
            <numerusform>…et %n de plus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Proposed from their values and names (check each):</source>
        <translation>Proposé d&apos;après leurs valeurs et leurs noms (vérifiez chacun)&#xa0;:</translation>
    </message>
    <message>
        <source>Decisions saved in the project are matched to this export by column name. A column that was not there when they were saved is marked “New column: not decided yet”.</source>
        <translation>Les décisions enregistrées dans le projet sont rapprochées de ce fichier exporté par nom de colonne. Une colonne absente au moment de l&apos;enregistrement est marquée « Nouvelle colonne : pas encore décidé ».</translation>
    </message>
    <message>
        <source>Removing the identifiers…</source>
        <translation>Suppression des identifiants…</translation>
    </message>
    <message numerus="yes">
        <source>{listed} and %n more</source>
        <translation>
            <numerusform>{listed} et %n autre</numerusform>
            <numerusform>{listed} et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not yet: %n columns still need your decision ({listed}). Choose Remove, Transform or Keep for each; the first is selected.</source>
        <translation>
            <numerusform>Pas encore : %n colonne attend encore votre décision ({listed}). Choisissez Supprimer, Transformer ou Garder ; elle est sélectionnée.</numerusform>
            <numerusform>Pas encore : %n colonnes attendent encore votre décision ({listed}). Choisissez Supprimer, Transformer ou Garder pour chacune ; la première est sélectionnée.</numerusform>
        </translation>
    </message>
    <message>
        <source>The number of flagged or new columns without a decision. Nothing leaves this step until each has one.</source>
        <translation>Le nombre de colonnes signalées ou nouvelles sans décision. Rien ne sort de cette étape tant que chacune n&apos;en a pas une.</translation>
    </message>
    <message>
        <source>Done. The next step works on the records shown under “after”.</source>
        <translation>Terminé. L&apos;étape suivante travaille sur les fiches montrées sous « après ».</translation>
    </message>
    <message>
        <source>Stopped. Nothing was removed yet; press the button again when you are ready.</source>
        <translation>Arrêté. Rien n&apos;a encore été supprimé ; appuyez de nouveau sur le bouton quand vous serez prêt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{removed} removed, {transformed} transformed, {kept} kept.&lt;/b&gt;</source>
        <translation>&lt;b&gt;{removed} supprimées, {transformed} transformées, {kept} gardées.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Columns of the victim and perpetrator records together: removed ones are gone, transformed ones keep only something safe (an age, a year, a link number, notes with names blacked out), kept ones go on unchanged.</source>
        <translation>Colonnes des fiches des victimes et des auteurs ensemble : les colonnes supprimées ont disparu, les colonnes transformées ne gardent que quelque chose de sûr (un âge, une année, un numéro de lien, des notes aux noms masqués), les colonnes gardées passent sans changement.</translation>
    </message>
    <message>
        <source>So far: {remove} to remove, {transform} to transform, {keep} to keep; {undecided} not decided yet.</source>
        <translation>Pour l&apos;instant : {remove} à supprimer, {transform} à transformer, {keep} à garder ; {undecided} pas encore décidées.</translation>
    </message>
    <message>
        <source>So far: {remove} to remove, {transform} to transform, {keep} to keep.</source>
        <translation>Pour l&apos;instant : {remove} à supprimer, {transform} à transformer, {keep} à garder.</translation>
    </message>
    <message>
        <source>How many columns (victims and perpetrators together) will be removed, changed into something safe, or kept as they are; “not decided yet” counts the columns still waiting for your decision.</source>
        <translation>Combien de colonnes (victimes et auteurs ensemble) seront supprimées, transformées en quelque chose de sûr, ou gardées telles quelles ; « pas encore décidées » compte les colonnes qui attendent encore votre décision.</translation>
    </message>
    <message>
        <source>Victims after</source>
        <translation>Victimes, après</translation>
    </message>
    <message>
        <source>Perpetrators after</source>
        <translation>Auteurs, après</translation>
    </message>
    <message>
        <source>The victim records after your decisions were applied: what the next step works on.</source>
        <translation>Les fiches des victimes après application de vos décisions : ce sur quoi travaille l&apos;étape suivante.</translation>
    </message>
    <message>
        <source>The perpetrator records after your decisions were applied.</source>
        <translation>Les fiches des auteurs après application de vos décisions.</translation>
    </message>
    <message>
        <source>Victims after (preview)</source>
        <translation>Victimes, après (aperçu)</translation>
    </message>
    <message>
        <source>Perpetrators after (preview)</source>
        <translation>Auteurs, après (aperçu)</translation>
    </message>
    <message>
        <source>A preview on the first {rows} records, with your decisions so far and the proposals for the columns not decided yet. “Remove the identifiers” applies them to every record.</source>
        <translation>Un aperçu sur les {rows} premiers enregistrements, avec vos décisions jusqu&apos;ici et les propositions pour les colonnes pas encore décidées. « Supprimer les identifiants » les applique à tous les enregistrements.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Accept %n proposals</source>
        <translation>
            <numerusform>&amp;Accepter %n proposition</numerusform>
            <numerusform>&amp;Accepter %n propositions</numerusform>
        </translation>
    </message>
    <message>
        <source>No proposals to accept</source>
        <translation>Aucune proposition à accepter</translation>
    </message>
    <message>
        <source>Columns to decide</source>
        <translation>Colonnes à décider</translation>
    </message>
    <message>
        <source>One row per column of the victim and perpetrator records. Move with the arrow keys; the decision for the chosen row is beside the list.</source>
        <translation>Une ligne par colonne des fiches des victimes et des auteurs. Déplacez-vous avec les flèches ; la décision pour la ligne choisie est à côté de la liste.</translation>
    </message>
    <message>
        <source>Remove or transform, as proposed, every flagged column you have not decided yet, and keep the new columns in which Stage one found nothing (the number on the button). Keeping a flagged column is never done for you.</source>
        <translation>Supprimer ou transformer, comme proposé, chaque colonne signalée que vous n&apos;avez pas encore décidée, et garder les nouvelles colonnes où l&apos;étape 1 (désidentification) n&apos;a rien trouvé (le nombre sur le bouton). Garder une colonne signalée n&apos;est jamais fait à votre place.</translation>
    </message>
    <message>
        <source>Victim records before</source>
        <translation>Fiches des victimes, avant</translation>
    </message>
    <message>
        <source>Victim records after</source>
        <translation>Fiches des victimes, après</translation>
    </message>
    <message>
        <source>Perpetrator records before</source>
        <translation>Fiches des auteurs, avant</translation>
    </message>
    <message>
        <source>Perpetrator records after</source>
        <translation>Fiches des auteurs, après</translation>
    </message>
    <message>
        <source>Victims before</source>
        <translation>Victimes, avant</translation>
    </message>
    <message>
        <source>Perpetrators before</source>
        <translation>Auteurs, avant</translation>
    </message>
    <message>
        <source>The victim records as loaded, before anything is removed.</source>
        <translation>Les fiches des victimes telles que chargées, avant toute suppression.</translation>
    </message>
    <message>
        <source>The perpetrator records as loaded, before anything is removed.</source>
        <translation>Les fiches des auteurs telles que chargées, avant toute suppression.</translation>
    </message>
</context>
</TS>
