<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ColumnDetail</name>
    <message>
        <source>Choose a column in the list to see why it was flagged and decide what to do.</source>
        <translation>Choisissez une colonne dans la liste pour voir pourquoi elle a été signalée et décider quoi en faire.</translation>
    </message>
    <message>
        <source>The registration date the age is counted to.</source>
        <translation>La date d&apos;enregistrement à laquelle l&apos;âge est calculé.</translation>
    </message>
    <message>
        <source>A&amp;ge counted on:</source>
        <translation>Â&amp;ge calculé au :</translation>
    </message>
    <message>
        <source>Your &amp;decision:</source>
        <translation>Votre &amp;décision :</translation>
    </message>
    <message>
        <source>&lt;b&gt;Found inside the notes&lt;/b&gt;</source>
        <translation>&lt;b&gt;Trouvé dans les notes&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Examples from the notes</source>
        <translation>Exemples tirés des notes</translation>
    </message>
    <message>
        <source>A few notes with what was found highlighted, so you can judge. Only a few are ever shown.</source>
        <translation>Quelques notes où ce qui a été trouvé est surligné, pour que vous puissiez juger. Seules quelques-unes sont montrées.</translation>
    </message>
    <message>
        <source>{table}; {filled} filled cells, {distinct} different values</source>
        <translation>{table} ; {filled} cellules remplies, {distinct} valeurs différentes</translation>
    </message>
    <message>
        <source>{filled} records have a value in this column; {distinct} different values appear in it. A column where almost every record has its own value can single a person out.</source>
        <translation>{filled} enregistrements ont une valeur dans cette colonne ; on y trouve {distinct} valeurs différentes. Une colonne où presque chaque enregistrement a sa propre valeur peut permettre de distinguer une personne.</translation>
    </message>
    <message>
        <source>This column was not in the saved decisions: check it and choose what to do.</source>
        <translation>Cette colonne n&apos;était pas dans les décisions enregistrées : vérifiez-la et choisissez quoi en faire.</translation>
    </message>
    <message>
        <source>Nothing in its name or values looks like it points to a person.</source>
        <translation>Rien dans son nom ni dans ses valeurs ne semble désigner une personne.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Why it was flagged&lt;/b&gt;</source>
        <translation>&lt;b&gt;Pourquoi elle a été signalée&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Its name says it holds a {kind}.</source>
        <translation>D&apos;après son nom, elle contient : {kind}.</translation>
    </message>
    <message>
        <source>Found from the column&apos;s name alone, in English, French, Spanish, Portuguese or HTCDS.</source>
        <translation>Trouvé d&apos;après le seul nom de la colonne, en anglais, français, espagnol, portugais ou HTCDS.</translation>
    </message>
    <message>
        <source>{cells} of the {of} cells looked at matched this rule ({kind}). The more cells match, the surer it is that the column holds this.</source>
        <translation>{cells} des {of} cellules examinées correspondent à cette règle ({kind}). Plus il y a de cellules qui correspondent, plus il est sûr que la colonne contient cela.</translation>
    </message>
    <message>
        <source>Not decided yet: choose…</source>
        <translation>Pas encore décidé : choisissez…</translation>
    </message>
    <message>
        <source>{choice} (proposed)</source>
        <translation>{choice} (proposé)</translation>
    </message>
    <message>
        <source>This column links each perpetrator to their victim, so it can only be kept as that link: a made-up number that is never exported.</source>
        <translation>Cette colonne relie chaque auteur à sa victime : elle ne peut donc être gardée que comme ce lien, un numéro inventé qui n’est jamais exporté.</translation>
    </message>
    <message>
        <source>Remove the column, change it into something safe, or keep it as it is (you will be asked why).</source>
        <translation>Supprimez la colonne, transformez-la en quelque chose de sûr, ou gardez-la telle quelle (on vous demandera pourquoi).</translation>
    </message>
    <message>
        <source>the registration date found by its name</source>
        <translation>la date d&apos;enregistrement trouvée d&apos;après son nom</translation>
    </message>
    <message>
        <source>{found} of {scanned} notes hold something identifying.</source>
        <translation>{found} notes sur {scanned} contiennent quelque chose d&apos;identifiant.</translation>
    </message>
    <message>
        <source>Of the {scanned} filled notes in this column, {found} contain at least one name, contact, ID number, address or place.</source>
        <translation>Sur les {scanned} notes remplies de cette colonne, {found} contiennent au moins un nom, une coordonnée, un numéro d&apos;identité, une adresse ou un lieu.</translation>
    </message>
    <message>
        <source>{kind}: {count}</source>
        <translation>{kind} : {count}</translation>
    </message>
    <message>
        <source>{count} pieces of text in the notes look like a {kind}.</source>
        <translation>{count} passages des notes ressemblent à : {kind}.</translation>
    </message>
    <message>
        <source>&lt;p&gt;No examples to show.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aucun exemple à montrer.&lt;/p&gt;</translation>
    </message>
</context>
</TS>
