<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Identifiers</name>
    <message>
        <source>victims &quot;{column}&quot; ({kinds}): no decision</source>
        <translation>victimes « {column} » ({kinds}) : aucune décision</translation>
    </message>
    <message>
        <source>perpetrators &quot;{column}&quot; ({kinds}): no decision</source>
        <translation>auteurs « {column} » ({kinds}) : aucune décision</translation>
    </message>
    <message>
        <source>victims &quot;{column}&quot;: kept without a reason</source>
        <translation>victimes « {column} » : gardée sans raison</translation>
    </message>
    <message>
        <source>perpetrators &quot;{column}&quot;: kept without a reason</source>
        <translation>auteurs « {column} » : gardée sans raison</translation>
    </message>
    <message>
        <source>victim records</source>
        <translation>fiches des victimes</translation>
    </message>
    <message>
        <source>perpetrator records</source>
        <translation>fiches des auteurs</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>supprimer</translation>
    </message>
    <message>
        <source>keep</source>
        <translation>garder</translation>
    </message>
    <message>
        <source>Column &quot;{column}&quot; of the {table} links each perpetrator to their victim, so Stage one kept it only as that link (a made-up number, never exported), not as the saved decisions say ({decided}). Choose &quot;link only&quot; for it in the Identifiers step and save the project.</source>
        <translation>La colonne « {column} » des {table} relie chaque auteur à sa victime : l’étape 1 l’a donc gardée seulement comme ce lien (un numéro inventé, jamais exporté), et non comme le disent les décisions enregistrées ({decided}). Choisissez « lien seulement » pour elle à l’étape Identifiants et enregistrez le projet.</translation>
    </message>
    <message>
        <source>Column &quot;{column}&quot; of the {table}: the age at registration needs the registration date, and no column was chosen or is named like one. Choose the registration date column for this transform, or remove the birth date instead.</source>
        <translation>Colonne « {column} » des {table} : l&apos;âge à l&apos;enregistrement a besoin de la date d&apos;enregistrement, et aucune colonne n&apos;a été choisie ni ne porte un tel nom. Choisissez la colonne de la date d&apos;enregistrement pour cette transformation, ou supprimez plutôt la date de naissance.</translation>
    </message>
    <message>
        <source>Checking columns: </source>
        <translation>Vérification des colonnes : </translation>
    </message>
    <message>
        <source>Applying your decisions: </source>
        <translation>Application de vos décisions : </translation>
    </message>
    <message>
        <source>{listed}; and %n more</source>
        <translation>{listed} ; et %n de plus</translation>
    </message>
    <message>
        <source>Stage one cannot finish. Flagged columns still to decide: %n ({listed}). Choose Remove, Transform or Keep for each, and give your reason when you keep one.</source>
        <translation>L&apos;étape 1 ne peut pas se terminer. Colonnes signalées encore à décider : %n ({listed}). Choisissez Supprimer, Transformer ou Garder pour chacune, et donnez votre raison quand vous en gardez une.</translation>
    </message>
    <message>
        <source>decisions applied</source>
        <translation>décisions appliquées</translation>
    </message>
</context>
</TS>
