<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>MappingModel</name>
    <message>
        <source>mapped</source>
        <translation>associée</translation>
    </message>
    <message>
        <source>not ticked</source>
        <translation>non cochée</translation>
    </message>
    <message>
        <source>set to missing</source>
        <translation>manquante</translation>
    </message>
    <message>
        <source>unmapped</source>
        <translation>non associée</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>Each different value found in the column, written as in the export.</source>
        <translation>Chaque valeur différente trouvée dans la colonne, écrite comme dans l&apos;export.</translation>
    </message>
    <message>
        <source>The column of the export the value is in.</source>
        <translation>La colonne de l&apos;export où se trouve la valeur.</translation>
    </message>
    <message>
        <source>How many {unit} hold the value.</source>
        <translation>Combien de {unit} ont cette valeur.</translation>
    </message>
    <message>
        <source>The CTDC category it becomes; (empty) means the cell is left empty.</source>
        <translation>La catégorie du CTDC qu&apos;elle devient&#xa0;; (vide) signifie que la cellule reste vide.</translation>
    </message>
    <message>
        <source>mapped, not ticked, set to missing, unmapped (to fix) or error (to fix).</source>
        <translation>associée, non cochée, manquante, non associée (à corriger) ou erreur (à corriger).</translation>
    </message>
    <message>
        <source>Value in the export</source>
        <translation>Valeur dans l&apos;export</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Devient</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>{n} {unit} have &quot;{value}&quot; in the column {column}.</source>
        <translation>{n} {unit} ont &quot;{value}&quot; dans la colonne {column}.</translation>
    </message>
    <message>
        <source>Becomes &quot;{label}&quot; in the recoded table.</source>
        <translation>Devient &quot;{label}&quot; dans la table recodée.</translation>
    </message>
    <message>
        <source>Counts as no: the flag&apos;s cell stays empty.</source>
        <translation>Compte comme non&#xa0;: la cellule de l&apos;indicateur reste vide.</translation>
    </message>
    <message>
        <source>Set to missing on purpose: the recoded cell stays empty.</source>
        <translation>Marquée comme manquante exprès&#xa0;: la cellule recodée reste vide.</translation>
    </message>
    <message>
        <source>The recipe does not say what this becomes. Map it to a category or set it to missing.</source>
        <translation>La recette ne dit pas ce que cela devient. Associez-la à une catégorie ou marquez-la comme manquante.</translation>
    </message>
    <message>
        <source>This value cannot be right: {why}. Correct the export, or set it to missing.</source>
        <translation>Cette valeur ne peut pas être juste&#xa0;: {why}. Corrigez l&apos;export, ou marquez-la comme manquante.</translation>
    </message>
</context>
<context>
    <name>MappingPanel</name>
    <message>
        <source>Search the values…</source>
        <translation>Rechercher dans les valeurs…</translation>
    </message>
    <message>
        <source>Search the values</source>
        <translation>Rechercher dans les valeurs</translation>
    </message>
    <message>
        <source>Shows only the values that contain what you type (Ctrl+F).</source>
        <translation>N&apos;affiche que les valeurs qui contiennent ce que vous tapez (Ctrl+F).</translation>
    </message>
    <message>
        <source>Only values to fi&amp;x</source>
        <translation>Seulement à corri&amp;ger</translation>
    </message>
    <message>
        <source>Show only the values that are not mapped or are wrong (the search still applies).</source>
        <translation>N&apos;afficher que les valeurs non associées ou erronées (la recherche s&apos;applique toujours).</translation>
    </message>
    <message>
        <source>Values of the column</source>
        <translation>Valeurs de la colonne</translation>
    </message>
    <message>
        <source>Select values with the arrow keys, Shift+arrows or Ctrl+Space, then map them to a category or set them to missing.</source>
        <translation>Sélectionnez des valeurs avec les flèches, Maj+flèches ou Ctrl+Espace, puis associez-les à une catégorie ou marquez-les comme manquantes.</translation>
    </message>
    <message>
        <source>The category the selected values become.</source>
        <translation>La catégorie que deviennent les valeurs sélectionnées.</translation>
    </message>
    <message>
        <source>Category for the selected values</source>
        <translation>Catégorie des valeurs sélectionnées</translation>
    </message>
    <message>
        <source>M&amp;ap selected to</source>
        <translation>A&amp;ssocier la sélection à</translation>
    </message>
    <message>
        <source>Every selected value becomes the category chosen beside.</source>
        <translation>Chaque valeur sélectionnée devient la catégorie choisie à côté.</translation>
    </message>
    <message>
        <source>Set selected to m&amp;issing</source>
        <translation>Marquer la sélection &amp;manquante</translation>
    </message>
    <message>
        <source>The selected values are left out on purpose: their cells stay empty in the recoded table.</source>
        <translation>Les valeurs sélectionnées sont laissées de côté exprès&#xa0;: leurs cellules restent vides dans la table recodée.</translation>
    </message>
    <message>
        <source>How many values the search and the filter leave in the table.</source>
        <translation>Combien de valeurs la recherche et le filtre laissent dans le tableau.</translation>
    </message>
    <message>
        <source>{shown} of {total} values shown</source>
        <translation>{shown} valeurs affichées sur {total}</translation>
    </message>
    <message>
        <source>{n} selected</source>
        <translation>{n} sélectionnée(s)</translation>
    </message>
    <message>
        <source>How many values (rows of this table) are selected.</source>
        <translation>Nombre de valeurs (lignes de ce tableau) sélectionnées.</translation>
    </message>
</context>
</TS>
