<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>IdentifierColumnsModel</name>
    <message>
        <source>birth date → age at registration</source>
        <translation>date de naissance → âge à l&apos;enregistrement</translation>
    </message>
    <message>
        <source>date → its year only</source>
        <translation>date → son année seulement</translation>
    </message>
    <message>
        <source>case ID → victim–perpetrator link only, never exported</source>
        <translation>numéro de dossier → lien victime–auteur seulement, jamais exporté</translation>
    </message>
    <message>
        <source>notes kept with names, contacts and numbers blacked out</source>
        <translation>notes gardées avec les noms, coordonnées et numéros masqués</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <source>Transform: {0}</source>
        <translation>Transformer : {0}</translation>
    </message>
    <message>
        <source>Transform</source>
        <translation>Transformer</translation>
    </message>
    <message>
        <source>Victims</source>
        <translation>Victimes</translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation>Auteurs</translation>
    </message>
    <message>
        <source>nothing identifying</source>
        <translation>rien d&apos;identifiant</translation>
    </message>
    <message>
        <source>New column: not decided yet</source>
        <translation>Nouvelle colonne : pas encore décidé</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Pas encore décidé</translation>
    </message>
    <message>
        <source>{decision} (your reason: {reason})</source>
        <translation>{decision} (votre raison : {reason})</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Fiches</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Ce qui a été trouvé</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <source>Your decision</source>
        <translation>Votre décision</translation>
    </message>
    <message>
        <source>Which table the column is in: the victim records or the perpetrator records.</source>
        <translation>La table de la colonne : les fiches des victimes ou les fiches des auteurs.</translation>
    </message>
    <message>
        <source>The column&apos;s name in your export.</source>
        <translation>Le nom de la colonne dans votre fichier exporté.</translation>
    </message>
    <message>
        <source>What in this column can point to a person, found from its name or its values.</source>
        <translation>Ce qui, dans cette colonne, peut désigner une personne, d&apos;après son nom ou ses valeurs.</translation>
    </message>
    <message>
        <source>What Stage one proposes to do with the column.</source>
        <translation>Ce que l&apos;étape 1 (désidentification) propose de faire de la colonne.</translation>
    </message>
    <message>
        <source>What will be done. Every column marked “Not decided yet” needs your decision.</source>
        <translation>Ce qui sera fait. Chaque colonne marquée « Pas encore décidé » attend votre décision.</translation>
    </message>
    <message>
        <source>Neither the name nor the values of this column look like they point to a person.</source>
        <translation>Ni le nom ni les valeurs de cette colonne ne semblent désigner une personne.</translation>
    </message>
    <message>
        <source>This column was not in the saved decisions: choose what to do with it.</source>
        <translation>Cette colonne n&apos;était pas dans les décisions enregistrées : choisissez quoi en faire.</translation>
    </message>
    <message>
        <source>Stage one found something identifying here: choose Remove, Transform or Keep.</source>
        <translation>L&apos;étape 1 a trouvé ici quelque chose d&apos;identifiant : choisissez Supprimer, Transformer ou Garder.</translation>
    </message>
    <message>
        <source>{decision}. Your reason: {reason}</source>
        <translation>{decision}. Votre raison : {reason}</translation>
    </message>
</context>
</TS>
