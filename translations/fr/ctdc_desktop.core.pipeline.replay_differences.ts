<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ReplayDifferences</name>
    <message>
        <source>perpetrators</source>
        <translation>auteurs</translation>
    </message>
    <message>
        <source>victims</source>
        <translation>victimes</translation>
    </message>
    <message>
        <source>{table}: column &quot;{column}&quot;</source>
        <translation>{table}&#xa0;: colonne &quot;{column}&quot;</translation>
    </message>
    <message>
        <source>(proposed as &quot;{missing}&quot; renamed: see below)</source>
        <translation>(proposée comme &quot;{missing}&quot; renommée&#xa0;: voir plus bas)</translation>
    </message>
    <message>
        <source>, decided in Stage one and read by the recipe ({variables})</source>
        <translation>, décidée à l&apos;étape 1 et lue par la recette ({variables})</translation>
    </message>
    <message>
        <source>, read by the recipe ({variables})</source>
        <translation>, lue par la recette ({variables})</translation>
    </message>
    <message>
        <source>, decided in Stage one</source>
        <translation>, décidée à l&apos;étape 1</translation>
    </message>
    <message>
        <source>Probably renamed &quot;{new}&quot;: see below.</source>
        <translation>Sans doute renommée &quot;{new}&quot;&#xa0;: voir plus bas.</translation>
    </message>
    <message>
        <source>It may be {columns} renamed: they are equally like it, so the program does not choose.</source>
        <translation>Elle a peut-être été renommée {columns}&#xa0;: ces colonnes lui ressemblent autant l&apos;une que l&apos;autre, le programme ne choisit donc pas.</translation>
    </message>
    <message>
        <source>Choose the source column of {variables} in the Recode step (or in the recipe), then save the project.</source>
        <translation>Choisissez la colonne source de {variables} à l&apos;étape Recoder (ou dans la recette), puis enregistrez le projet.</translation>
    </message>
    <message>
        <source>Closest names: {columns}.</source>
        <translation>Noms les plus proches&#xa0;: {columns}.</translation>
    </message>
    <message>
        <source>Nothing to do if the mission no longer records it: its saved decision is not used.</source>
        <translation>Rien à faire si la mission ne l&apos;enregistre plus&#xa0;: sa décision enregistrée ne sert plus.</translation>
    </message>
    <message>
        <source>{table}: &quot;{missing}&quot; → &quot;{new}&quot;</source>
        <translation>{table}&#xa0;: &quot;{missing}&quot; → &quot;{new}&quot;</translation>
    </message>
    <message>
        <source>the recipe places {placed} of its {values} values</source>
        <translation>la recette place {placed} de ses {values} valeurs</translation>
    </message>
    <message>
        <source>its name is close</source>
        <translation>son nom est proche</translation>
    </message>
    <message>
        <source>in the Identifiers step decide &quot;{new}&quot; as &quot;{missing}&quot; was ({action})</source>
        <translation>à l&apos;étape Identifiants, décidez &quot;{new}&quot; comme l&apos;avait été &quot;{missing}&quot; ({action})</translation>
    </message>
    <message>
        <source>in the Recode step choose &quot;{new}&quot; as the source of {variables}</source>
        <translation>à l&apos;étape Recoder, choisissez &quot;{new}&quot; comme source de {variables}</translation>
    </message>
    <message>
        <source>If it is the same column: {steps}, and save the project; or rename it back to &quot;{missing}&quot; in the export. If it is not, treat it as a new column and the other as missing.</source>
        <translation>S&apos;il s&apos;agit de la même colonne&#xa0;: {steps}, puis enregistrez le projet&#xa0;; ou renommez-la &quot;{missing}&quot; dans l&apos;export. Sinon, traitez-la comme une nouvelle colonne, et l&apos;autre comme manquante.</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimée</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>gardée</translation>
    </message>
    <message>
        <source>transformed: {transform}</source>
        <translation>transformée&#xa0;: {transform}</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; ({rows} rows)</source>
        <translation>&quot;{value}&quot; ({rows} lignes)</translation>
    </message>
    <message>
        <source>and {n} more</source>
        <translation>et {n} de plus</translation>
    </message>
    <message>
        <source>{variables}: column {column} (if it is &quot;{missing}&quot; renamed), value(s) the recipe does not place: {values}.</source>
        <translation>{variables}&#xa0;: colonne {column} (si c&apos;est &quot;{missing}&quot; renommée), valeur(s) que la recette ne place pas&#xa0;: {values}.</translation>
    </message>
    <message>
        <source>{table} &quot;{column}&quot;</source>
        <translation>{table} &quot;{column}&quot;</translation>
    </message>
    <message>
        <source>Stage one removes the column that links each perpetrator to their victim ({columns}). Decide it as &quot;link only&quot; in the Identifiers step (a made-up number, never exported), then run again.</source>
        <translation>L’étape 1 supprime la colonne qui relie chaque auteur à sa victime ({columns}). Décidez-la comme « lien seulement » à l’étape Identifiants (un numéro inventé, jamais exporté), puis relancez.</translation>
    </message>
    <message>
        <source>New columns, which the project&apos;s Stage one decisions do not know (with --drop-flagged they are removed or made safe as Stage one proposes):</source>
        <translation>Nouvelles colonnes, que les décisions de l&apos;étape 1 du projet ne connaissent pas (avec --drop-flagged, elles sont supprimées ou rendues sûres comme le propose l&apos;étape 1)&#xa0;:</translation>
    </message>
    <message>
        <source>New columns, which the project&apos;s Stage one decisions do not know. Decide each in the Identifiers step of the window and save the project, or run again with --drop-flagged to remove or transform them as Stage one proposes:</source>
        <translation>Nouvelles colonnes, que les décisions de l&apos;étape 1 du projet ne connaissent pas. Décidez chacune à l&apos;étape Identifiants de la fenêtre et enregistrez le projet, ou relancez avec --drop-flagged pour les supprimer ou les transformer comme le propose l&apos;étape 1&#xa0;:</translation>
    </message>
    <message>
        <source>Missing columns, which the project&apos;s decisions or the recipe read:</source>
        <translation>Colonnes manquantes, que les décisions du projet ou la recette lisent&#xa0;:</translation>
    </message>
    <message>
        <source>Renamed columns, as proposed from their values and names (check each):</source>
        <translation>Colonnes renommées, proposées d&apos;après leurs valeurs et leurs noms (vérifiez chacune)&#xa0;:</translation>
    </message>
    <message>
        <source>Columns the recipe reads that Stage one removes:</source>
        <translation>Colonnes que la recette lit et que l&apos;étape 1 supprime&#xa0;:</translation>
    </message>
    <message>
        <source>Variables the recipe cannot make from this export:</source>
        <translation>Variables que la recette ne peut pas produire à partir de cet export :</translation>
    </message>
    <message>
        <source>New values, which the recipe does not place. Map each to a category or set it to missing in the Recode step or in the recipe:</source>
        <translation>Nouvelles valeurs, que la recette ne place pas. Associez chacune à une catégorie ou marquez-la comme manquante à l&apos;étape Recoder ou dans la recette&#xa0;:</translation>
    </message>
    <message>
        <source>{n} new column(s)</source>
        <translation>{n} nouvelle(s) colonne(s)</translation>
    </message>
    <message>
        <source>{n} missing column(s)</source>
        <translation>{n} colonne(s) manquante(s)</translation>
    </message>
    <message>
        <source>({n} probably renamed)</source>
        <translation>({n} sans doute renommée(s))</translation>
    </message>
    <message>
        <source>{n} column(s) removed by Stage one</source>
        <translation>{n} colonne(s) supprimée(s) par l&apos;étape 1</translation>
    </message>
    <message>
        <source>{n} variable(s) that cannot be made</source>
        <translation>{n} variable(s) impossible(s) à produire</translation>
    </message>
    <message>
        <source>{n} new value(s)</source>
        <translation>{n} nouvelle(s) valeur(s)</translation>
    </message>
    <message>
        <source>This export differs from what the project was saved with ({differences}), so nothing was written. Every difference is listed below with what to do; deal with them all, then run again.</source>
        <translation>Cet export diffère de celui avec lequel le projet a été enregistré ({differences}), donc rien n&apos;a été écrit. Chaque différence est listée ci-dessous avec ce qu&apos;il faut faire&#xa0;; réglez-les toutes, puis relancez.</translation>
    </message>
</context>
</TS>
