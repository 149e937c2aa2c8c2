<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>SourceEditor</name>
    <message>
        <source>; semicolon</source>
        <translation>; point-virgule</translation>
    </message>
    <message>
        <source>, comma</source>
        <translation>, virgule</translation>
    </message>
    <message>
        <source>/ slash</source>
        <translation>/ barre oblique</translation>
    </message>
    <message>
        <source>| bar</source>
        <translation>| barre verticale</translation>
    </message>
    <message>
        <source>line break</source>
        <translation>saut de ligne</translation>
    </message>
    <message>
        <source>+ plus</source>
        <translation>+ plus</translation>
    </message>
    <message>
        <source>space</source>
        <translation>espace</translation>
    </message>
    <message>
        <source>The column of the export this variable is made from.</source>
        <translation>La colonne de l&apos;export dont cette variable est tirée.</translation>
    </message>
    <message>
        <source>Made from column</source>
        <translation>Tirée de la colonne</translation>
    </message>
    <message>
        <source>The column holds &amp;dates: read their year</source>
        <translation>La colonne contient des &amp;dates : en lire l&apos;année</translation>
    </message>
    <message>
        <source>Ticked when the column&apos;s values look like dates (31/12/2019, 2019-12-31); untick for plain years.</source>
        <translation>Cochée quand les valeurs de la colonne ressemblent à des dates (31/12/2019, 2019-12-31) ; décochez pour des années seules.</translation>
    </message>
    <message>
        <source>Made from columns</source>
        <translation>Tirée des colonnes</translation>
    </message>
    <message>
        <source>Tick each column this variable is made from (Space ticks the column with the focus).</source>
        <translation>Cochez chaque colonne dont cette variable est tirée (Espace coche la colonne qui a le focus).</translation>
    </message>
    <message>
        <source>Tick every column this variable is made from: several yes/no or check-box columns give 1 when any of them says yes; one column may also list several answers in a cell.</source>
        <translation>Cochez chaque colonne dont cette variable est tirée : plusieurs colonnes oui/non ou cases à cocher donnent 1 dès que l&apos;une dit oui ; une colonne peut aussi lister plusieurs réponses dans une cellule.</translation>
    </message>
    <message>
        <source>Separators between answers</source>
        <translation>Séparateurs entre les réponses</translation>
    </message>
    <message>
        <source>When one cell lists several answers (“Recruiter; Smuggler”), tick what separates them: each answer is then mapped on its own. Tick none when a cell holds one answer.</source>
        <translation>Quand une cellule liste plusieurs réponses (“Recruiter; Smuggler”), cochez ce qui les sépare : chaque réponse est alors associée seule. Ne cochez rien quand une cellule contient une seule réponse.</translation>
    </message>
    <message>
        <source>The column holding the age in years; none when there is none.</source>
        <translation>La colonne qui contient l&apos;âge en années ; aucune s&apos;il n&apos;y en a pas.</translation>
    </message>
    <message>
        <source>Age column</source>
        <translation>Colonne de l&apos;âge</translation>
    </message>
    <message>
        <source>The birth date (or year of birth); none when there is none.</source>
        <translation>La date de naissance (ou l&apos;année de naissance) ; aucune s&apos;il n&apos;y en a pas.</translation>
    </message>
    <message>
        <source>Birth date column</source>
        <translation>Colonne de la date de naissance</translation>
    </message>
    <message>
        <source>The date (or year) the age is counted to, usually the registration date.</source>
        <translation>La date (ou l&apos;année) jusqu&apos;à laquelle l&apos;âge est compté, en général la date d&apos;enregistrement.</translation>
    </message>
    <message>
        <source>Registration date column</source>
        <translation>Colonne de la date d&apos;enregistrement</translation>
    </message>
    <message>
        <source>The export does not hold this variable: its column stays empty.</source>
        <translation>L&apos;export ne contient pas cette variable : sa colonne reste vide.</translation>
    </message>
    <message>
        <source>&amp;Made from column:</source>
        <translation>&amp;Tirée de la colonne :</translation>
    </message>
    <message>
        <source>&amp;Made from columns:</source>
        <translation>&amp;Tirée des colonnes :</translation>
    </message>
    <message>
        <source>Answers in a cell &amp;separated by:</source>
        <translation>Réponses d&apos;une cellule &amp;séparées par :</translation>
    </message>
    <message>
        <source>&amp;Age column:</source>
        <translation>Colonne de l&apos;â&amp;ge :</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>Date de &amp;naissance :</translation>
    </message>
    <message>
        <source>&amp;Registration date:</source>
        <translation>Date d&apos;&amp;enregistrement :</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>{column} (not in the export)</source>
        <translation>{column} (absente de l&apos;export)</translation>
    </message>
    <message>
        <source>Answers separated by {separator}</source>
        <translation>Réponses séparées par {separator}</translation>
    </message>
    <message>
        <source>Not applied: {why}</source>
        <translation>Non appliqué : {why}</translation>
    </message>
    <message>
        <source>Not applied: tick at least one column this variable is made from.</source>
        <translation>Non appliqué : cochez au moins une colonne dont cette variable est tirée.</translation>
    </message>
    <message>
        <source>Not applied yet: an age from dates needs both the birth date and the registration date. Choose the other one too, or none of them.</source>
        <translation>Pas encore appliqué : un âge tiré de dates demande la date de naissance et la date d&apos;enregistrement. Choisissez aussi l&apos;autre, ou aucune des deux.</translation>
    </message>
    <message>
        <source>Not applied: choose an age column, or a birth date and a registration date.</source>
        <translation>Non appliqué : choisissez une colonne d&apos;âge, ou une date de naissance et une date d&apos;enregistrement.</translation>
    </message>
</context>
</TS>
