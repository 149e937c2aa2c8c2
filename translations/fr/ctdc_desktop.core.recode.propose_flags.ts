<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Proposals</name>
    <message>
        <source>not a yes/no answer</source>
        <translation>pas une réponse oui/non</translation>
    </message>
    <message>
        <source>yes/no columns named for it: {columns}</source>
        <translation>colonnes oui/non qui la nomment : {columns}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>its cells list answers (separated by {separators}); {share} of rows fully placed</source>
        <translation>ses cellules listent des réponses (séparées par {separators}) ; {share} des lignes entièrement placées</translation>
    </message>
    <message>
        <source>1 for: {answers}</source>
        <translation>1 pour : {answers}</translation>
    </message>
</context>
</TS>
