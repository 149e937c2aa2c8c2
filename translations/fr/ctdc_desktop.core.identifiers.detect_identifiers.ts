<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Identifiers</name>
    <message>
        <source>{cells} of {looked} cells are e-mail addresses and phone numbers</source>
        <translation>{cells} cellules sur {looked} sont des adresses e-mail et des numéros de téléphone</translation>
    </message>
    <message>
        <source>{cells} of {looked} cells are e-mail addresses</source>
        <translation>{cells} cellules sur {looked} sont des adresses e-mail</translation>
    </message>
    <message>
        <source>{cells} of {looked} cells are phone numbers</source>
        <translation>{cells} cellules sur {looked} sont des numéros de téléphone</translation>
    </message>
    <message>
        <source>{cells} of {looked} cells are dates spread over decades, as birth dates are</source>
        <translation>{cells} cellules sur {looked} sont des dates étalées sur des décennies, comme le sont les dates de naissance</translation>
    </message>
    <message>
        <source>{cells} of {looked} cells look like ID, passport or case numbers</source>
        <translation>{cells} cellules sur {looked} ressemblent à des numéros d&apos;identité, de passeport ou de dossier</translation>
    </message>
    <message>
        <source>{cells} of {looked} cells are precise GPS coordinates</source>
        <translation>{cells} cellules sur {looked} sont des coordonnées GPS précises</translation>
    </message>
    <message>
        <source>{cells} of {looked} cells are first or last names found in our name lists</source>
        <translation>{cells} cellules sur {looked} sont des prénoms ou des noms de famille présents dans nos listes de noms</translation>
    </message>
    <message>
        <source>{cells} of {looked} cells hold names, contact details or ID numbers</source>
        <translation>{cells} cellules sur {looked} contiennent des noms, des coordonnées ou des numéros d&apos;identité</translation>
    </message>
    <message>
        <source>{distinct} different values in {records} records: almost every record has its own</source>
        <translation>{distinct} valeurs différentes pour {records} enregistrements : presque chaque enregistrement a la sienne</translation>
    </message>
    <message>
        <source>the column name “{column}” says it holds a {kind}</source>
        <translation>d&apos;après son nom, la colonne « {column} » contient : {kind}</translation>
    </message>
    <message>
        <source>An exact date can help single a person out; its year is enough.</source>
        <translation>Une date exacte peut aider à distinguer une personne ; l&apos;année suffit.</translation>
    </message>
    <message>
        <source>The age at registration is kept and the birth date removed.</source>
        <translation>L&apos;âge à l&apos;enregistrement est gardé et la date de naissance supprimée.</translation>
    </message>
    <message>
        <source>Kept only to link victims and perpetrators, replaced by a number, never exported.</source>
        <translation>Gardé seulement pour relier victimes et auteurs, remplacé par un numéro, jamais exporté.</translation>
    </message>
    <message>
        <source>Notes are removed; you may instead keep them with names and numbers blacked out.</source>
        <translation>Les notes sont supprimées ; vous pouvez plutôt les garder avec les noms et les numéros masqués.</translation>
    </message>
    <message>
        <source>{found} of {scanned} notes hold names, contacts, ID numbers or places ({scanned} of the {total} notes read)</source>
        <translation>{found} notes sur {scanned} contiennent des noms, des coordonnées, des numéros d&apos;identité ou des lieux ({scanned} notes lues sur {total})</translation>
    </message>
    <message>
        <source>{found} of {scanned} notes hold names, contacts, ID numbers or places</source>
        <translation>{found} notes sur {scanned} contiennent des noms, des coordonnées, des numéros d&apos;identité ou des lieux</translation>
    </message>
    <message>
        <source>it links the victims to their perpetrators, so it holds case numbers</source>
        <translation>elle relie les victimes à leurs auteurs : elle contient donc des numéros de dossier</translation>
    </message>
    <message>
        <source>It links each perpetrator to their victim, so it cannot be removed: it is kept only as that link, replaced by a made-up number (the same in both tables) that is never exported.</source>
        <translation>Elle relie chaque auteur à sa victime, elle ne peut donc pas être supprimée : elle est gardée seulement comme ce lien, remplacée par un numéro inventé (le même dans les deux tables) qui n’est jamais exporté.</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>lecture</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
</context>
<context>
    <name>Transform</name>
    <message>
        <source>age at registration</source>
        <translation>âge à l&apos;enregistrement</translation>
    </message>
    <message>
        <source>year only</source>
        <translation>année seulement</translation>
    </message>
    <message>
        <source>link only</source>
        <translation>lien seulement</translation>
    </message>
    <message>
        <source>redact spans</source>
        <translation>passages masqués</translation>
    </message>
</context>
</TS>
