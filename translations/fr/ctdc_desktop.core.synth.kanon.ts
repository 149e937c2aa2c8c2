<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Synthesis</name>
    <message>
        <source>k must be a whole number of at least 1 (got {0}); the CTDC releases use 10.</source>
        <translation>k doit être un nombre entier d&apos;au moins 1 (valeur reçue&#xa0;: {0})&#xa0;; les publications CTDC utilisent 10.</translation>
    </message>
    <message>
        <source>The reporting length must be a whole number of at least 1 (got {0}); 4 is usual.</source>
        <translation>La longueur de comptage doit être un nombre entier d&apos;au moins 1 (valeur reçue&#xa0;: {0})&#xa0;; 4 est l&apos;usage.</translation>
    </message>
    <message>
        <source>Making synthetic records from real ones</source>
        <translation>Création d&apos;enregistrements synthétiques à partir des réels</translation>
    </message>
    <message>
        <source>Synthetic records ready</source>
        <translation>Enregistrements synthétiques prêts</translation>
    </message>
    <message>
        <source>k ({0}) is larger than the number of records ({1}): every value is rarer than k, so nothing can be released. Use a smaller k only if the release rules allow it, or wait for more records.</source>
        <translation>k ({0}) dépasse le nombre d&apos;enregistrements ({1})&#xa0;: chaque valeur est plus rare que k, rien ne peut donc être publié. N&apos;utilisez un k plus petit que si les règles de publication le permettent, ou attendez d&apos;avoir plus d&apos;enregistrements.</translation>
    </message>
    <message>
        <source>No value is shared by {0} or more records, so nothing can be released. Group rare answers into broader categories in the recode step.</source>
        <translation>Aucune valeur n&apos;est partagée par {0} enregistrements ou plus&#xa0;: rien ne peut être publié. Regroupez les réponses rares dans des catégories plus larges à l&apos;étape Recoder.</translation>
    </message>
    <message>
        <source>A blank cell in the synthetic records means the value was withheld for privacy (too few records, fewer than k = {0}, share it with the rest of the record) or was not recorded in your data.</source>
        <translation>Une cellule vide dans les enregistrements synthétiques signifie que la valeur a été retenue pour protéger les personnes (trop peu d&apos;enregistrements, moins de k = {0}, la partagent avec le reste de l&apos;enregistrement) ou qu&apos;elle n&apos;était pas saisie dans vos données.</translation>
    </message>
    <message>
        <source>There are more synthetic records ({0}) than real ones ({1}): values left over once the full records were made are released in extra, shorter records, so that every value keeps its count rounded down to a multiple of k.</source>
        <translation>Il y a plus d&apos;enregistrements synthétiques ({0}) que de réels ({1})&#xa0;: les valeurs restantes une fois les enregistrements complets créés sont publiées dans des enregistrements supplémentaires plus courts, afin que chaque valeur garde son comptage arrondi au multiple de k inférieur.</translation>
    </message>
</context>
</TS>
