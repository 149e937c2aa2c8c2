<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>LinkPanel</name>
    <message>
        <source>Link between victims and perpetrators</source>
        <translation>Lien entre victimes et auteurs</translation>
    </message>
    <message>
        <source>Each perpetrator row names the case of its victim. Choose the column that holds the case ID in each file; the app proposes the pair whose values match best.</source>
        <translation>Chaque ligne d&apos;auteur indique le cas de sa victime. Choisissez la colonne qui contient l&apos;identifiant de cas dans chaque fichier ; l&apos;application propose la paire dont les valeurs correspondent le mieux.</translation>
    </message>
    <message>
        <source>Case ID among the &amp;victims:</source>
        <translation>Identifiant de cas chez les &amp;victimes :</translation>
    </message>
    <message>
        <source>Case ID among the &amp;perpetrators:</source>
        <translation>Identifiant de cas chez les &amp;auteurs :</translation>
    </message>
    <message>
        <source>(choose a column)</source>
        <translation>(choisir une colonne)</translation>
    </message>
    <message>
        <source>Checking which victim each perpetrator belongs to…</source>
        <translation>Recherche de la victime de chaque auteur…</translation>
    </message>
    <message>
        <source>No column holds the same case IDs in both files. Choose the case ID column of each file above, or check that the perpetrator file belongs to these victims.</source>
        <translation>Aucune colonne ne contient les mêmes identifiants de cas dans les deux fichiers. Choisissez ci-dessus la colonne d&apos;identifiant de cas de chaque fichier, ou vérifiez que le fichier des auteurs correspond bien à ces victimes.</translation>
    </message>
    <message>
        <source>{count} victims have at least one perpetrator</source>
        <translation>victimes avec au moins un auteur : {count}</translation>
    </message>
    <message>
        <source>{count} victims have none</source>
        <translation>victimes sans auteur : {count}</translation>
    </message>
    <message>
        <source>{count} perpetrator rows match no victim (rows {rows})</source>
        <translation>lignes d&apos;auteur sans victime correspondante : {count} (lignes {rows})</translation>
    </message>
    <message>
        <source>every perpetrator row matches a victim</source>
        <translation>chaque ligne d&apos;auteur correspond à une victime</translation>
    </message>
    <message>
        <source>{count} victim rows share their case ID with another victim row, so their perpetrators cannot be told apart; check that this is the case ID column.</source>
        <translation>{count} ligne(s) de victime partagent leur identifiant de cas avec une autre ligne de victime : leurs auteurs ne peuvent pas être distingués ; vérifiez que c&apos;est bien la colonne d&apos;identifiant de cas.</translation>
    </message>
</context>
</TS>
