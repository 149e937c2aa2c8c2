<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Recode</name>
    <message>
        <source>{value} is outside the bands ({limits})</source>
        <translation>{value} est hors des tranches ({limits})</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a whole number</source>
        <translation>&quot;{value}&quot; n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <source>{value} is outside the codebook&apos;s range {low}-{high}</source>
        <translation>{value} est hors de la plage du livre de codes {low}-{high}</translation>
    </message>
    <message>
        <source>{code} is not a code</source>
        <translation>{code} n&apos;est pas un code</translation>
    </message>
    <message>
        <source>{code} has no UN region in the CTDC Region table</source>
        <translation>{code} n&apos;a pas de région de l&apos;ONU dans la table Region du CTDC</translation>
    </message>
    <message>
        <source>the birth date is after the registration date</source>
        <translation>la date de naissance est postérieure à la date d&apos;enregistrement</translation>
    </message>
    <message>
        <source>born more than {years} years before registration</source>
        <translation>né(e) plus de {years} ans avant l&apos;enregistrement</translation>
    </message>
    <message>
        <source>(age {age})</source>
        <translation>(âge {age})</translation>
    </message>
    <message>
        <source>&quot;{column}&quot; (closest: {near})</source>
        <translation>« {column} » (les plus proches : {near})</translation>
    </message>
    <message>
        <source>the perpetrators table has no column {columns} (it has: {names}). Choose the source column of this variable in the recipe, or let the program propose one.</source>
        <translation>la table des auteurs n’a pas de colonne {columns} (elle a : {names}). Choisissez la colonne source de cette variable dans la recette, ou laissez le programme en proposer une.</translation>
    </message>
    <message>
        <source>the victims table has no column {columns} (it has: {names}). Choose the source column of this variable in the recipe, or let the program propose one.</source>
        <translation>la table des victimes n’a pas de colonne {columns} (elle a : {names}). Choisissez la colonne source de cette variable dans la recette, ou laissez le programme en proposer une.</translation>
    </message>
    <message>
        <source>the export has no perpetrators table; load the perpetrators sheet or file with the victims.</source>
        <translation>l&apos;export n&apos;a pas de table des auteurs&#xa0;; chargez la feuille ou le fichier des auteurs avec les victimes.</translation>
    </message>
    <message>
        <source>no column links the perpetrators to the victims; choose the case-ID columns on the Load page.</source>
        <translation>aucune colonne ne relie les auteurs aux victimes&#xa0;; choisissez les colonnes d&apos;identifiant de dossier à l&apos;étape Charger.</translation>
    </message>
    <message>
        <source>Linking perpetrators to victims</source>
        <translation>Liaison des auteurs aux victimes</translation>
    </message>
    <message>
        <source>{n} perpetrator rows have a case ID that matches no victim; they are left out.</source>
        <translation>{n} lignes d&apos;auteurs ont un identifiant de dossier qui ne correspond à aucune victime&#xa0;; elles sont laissées de côté.</translation>
    </message>
    <message>
        <source>{n} victim rows share a case ID with another; their perpetrators are counted with the first of them only.</source>
        <translation>{n} lignes de victimes partagent un identifiant de dossier avec une autre&#xa0;; leurs auteurs ne sont comptés qu&apos;avec la première d&apos;entre elles.</translation>
    </message>
    <message>
        <source>{n} victims have more than {most} perpetrators; all of them are summarised, though the codebook expects at most six.</source>
        <translation>{n} victimes ont plus de {most} auteurs&#xa0;; tous sont résumés, bien que le livre de codes en prévoie au plus six.</translation>
    </message>
    <message>
        <source>Recoding {name}</source>
        <translation>Recodage de {name}</translation>
    </message>
    <message>
        <source>Recoded</source>
        <translation>Recodé</translation>
    </message>
</context>
</TS>
