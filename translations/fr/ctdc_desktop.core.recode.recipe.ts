<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>RecipeCheck</name>
    <message>
        <source>variable {name}, key {key}: {problem}</source>
        <translation>variable {name}, clé {key}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>{path}: no such recipe file, and not a shipped recipe (those are: {names}).</source>
        <translation>{path}&#xa0;: aucun fichier de recette de ce nom, et ce n&apos;est pas une recette fournie (celles-ci sont&#xa0;: {names}).</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({why}). Check the path and your access to it.</source>
        <translation>{path}&#xa0;: lecture impossible ({why}). Vérifiez le chemin et vos droits d&apos;accès.</translation>
    </message>
    <message>
        <source>{where}: not a valid TOML file ({why}). Fix the line named and load it again.</source>
        <translation>{where}&#xa0;: ce n&apos;est pas un fichier TOML valide ({why}). Corrigez la ligne indiquée et chargez-le à nouveau.</translation>
    </message>
    <message>
        <source>{where}, line {line}, key {key}: {problem}</source>
        <translation>{where}, ligne {line}, clé {key}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>{where}, key {key}: {problem}</source>
        <translation>{where}, clé {key}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>must be text.</source>
        <translation>doit être un texte.</translation>
    </message>
    <message>
        <source>must be text and is required.</source>
        <translation>doit être un texte et est obligatoire.</translation>
    </message>
    <message>
        <source>must be a text or a list of texts.</source>
        <translation>doit être un texte ou une liste de textes.</translation>
    </message>
    <message>
        <source>{where}: not a table of keys; load a recipe file or saved recipe.</source>
        <translation>{where}&#xa0;: ce n&apos;est pas une table de clés&#xa0;; chargez un fichier de recette ou une recette enregistrée.</translation>
    </message>
    <message>
        <source>is not a recipe key (known: {keys}).</source>
        <translation>n&apos;est pas une clé de recette (connues&#xa0;: {keys}).</translation>
    </message>
    <message>
        <source>must be a table.</source>
        <translation>doit être une table.</translation>
    </message>
    <message>
        <source>must be [victims column, perpetrators column].</source>
        <translation>doit être [colonne des victimes, colonne des auteurs].</translation>
    </message>
    <message>
        <source>must map UN regions to labels (&quot;Americas&quot; = &quot;...&quot;).</source>
        <translation>doit associer des régions de l&apos;ONU à des libellés (&quot;Americas&quot; = &quot;...&quot;).</translation>
    </message>
    <message>
        <source>the recipe has no [[variables]]; it needs one per codebook variable.</source>
        <translation>la recette n&apos;a aucune [[variables]]&#xa0;; il en faut une par variable du livre de codes.</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is defined twice.</source>
        <translation>&quot;{name}&quot; est défini deux fois.</translation>
    </message>
    <message>
        <source>is not a variable key (known: {keys}).</source>
        <translation>n&apos;est pas une clé de variable (connues&#xa0;: {keys}).</translation>
    </message>
    <message>
        <source>must be true or false.</source>
        <translation>doit être true ou false.</translation>
    </message>
    <message>
        <source>must be a whole number.</source>
        <translation>doit être un nombre entier.</translation>
    </message>
    <message>
        <source>must map raw values to labels (&quot;Femme&quot; = &quot;Female&quot;).</source>
        <translation>doit associer des valeurs brutes à des libellés (&quot;Femme&quot; = &quot;Female&quot;).</translation>
    </message>
    <message>
        <source>must be a list of {label = &quot;...&quot;, definition = &quot;...&quot;} or of labels.</source>
        <translation>doit être une liste de {label = &quot;...&quot;, definition = &quot;...&quot;} ou de libellés.</translation>
    </message>
    <message>
        <source>{item} is not a label or a {{label, definition}} table.</source>
        <translation>{item} n&apos;est ni un libellé ni une table {{label, definition}}.</translation>
    </message>
    <message>
        <source>must be a list of {from = 0, to = 8, label = &quot;0--8&quot;} (no &quot;to&quot; = open end).</source>
        <translation>doit être une liste de {from = 0, to = 8, label = &quot;0--8&quot;} (sans &quot;to&quot; = sans fin).</translation>
    </message>
    <message>
        <source>{item} is not {{from = N, to = M, label = &quot;...&quot;}}.</source>
        <translation>{item} n&apos;est pas de la forme {{from = N, to = M, label = &quot;...&quot;}}.</translation>
    </message>
    <message>
        <source>UN region &quot;{region}&quot; becomes &quot;{label}&quot;, which is not a category of {name}; add it to [region_groups] or to the categories.</source>
        <translation>la région de l&apos;ONU &quot;{region}&quot; devient &quot;{label}&quot;, qui n&apos;est pas une catégorie de {name}&#xa0;; ajoutez-la à [region_groups] ou aux catégories.</translation>
    </message>
    <message>
        <source>split must be the text between values, such as &apos; &apos; or &apos;;&apos;.</source>
        <translation>split doit être le texte entre les valeurs, comme &apos; &apos; ou &apos;;&apos;.</translation>
    </message>
    <message>
        <source>{name}: {problem}</source>
        <translation>{name}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>type &quot;{value}&quot; is not one of {known}.</source>
        <translation>le type &quot;{value}&quot; n&apos;est pas l&apos;un de {known}.</translation>
    </message>
    <message>
        <source>recoder &quot;{value}&quot; is not one of {known}.</source>
        <translation>le recodeur &quot;{value}&quot; n&apos;est pas l&apos;un de {known}.</translation>
    </message>
    <message>
        <source>table &quot;{value}&quot; is not one of {known}.</source>
        <translation>la table &quot;{value}&quot; n&apos;est pas l&apos;une de {known}.</translation>
    </message>
    <message>
        <source>outside must be &quot;error&quot; or &quot;missing&quot;, not &quot;{value}&quot;.</source>
        <translation>outside doit valoir &quot;error&quot; ou &quot;missing&quot;, pas &quot;{value}&quot;.</translation>
    </message>
    <message>
        <source>output must be &quot;region&quot; or &quot;iso3&quot;, not &quot;{value}&quot;.</source>
        <translation>output doit valoir &quot;region&quot; ou &quot;iso3&quot;, pas &quot;{value}&quot;.</translation>
    </message>
    <message>
        <source>vocabulary &quot;{value}&quot; is not one of {known}.</source>
        <translation>le vocabulaire &quot;{value}&quot; n&apos;est pas l&apos;un de {known}.</translation>
    </message>
    <message>
        <source>a category is listed twice.</source>
        <translation>une catégorie est listée deux fois.</translation>
    </message>
    <message>
        <source>a category variable needs its categories.</source>
        <translation>une variable de catégorie a besoin de ses catégories.</translation>
    </message>
    <message>
        <source>a flag has the one category &quot;1&quot; (or none listed).</source>
        <translation>un indicateur a l&apos;unique catégorie &quot;1&quot; (ou aucune listée).</translation>
    </message>
    <message>
        <source>a not_recorded variable has no source column.</source>
        <translation>une variable not_recorded n&apos;a pas de colonne source.</translation>
    </message>
    <message>
        <source>say in note why the export cannot give this variable.</source>
        <translation>indiquez dans note pourquoi l&apos;export ne peut pas donner cette variable.</translation>
    </message>
    <message>
        <source>an age from dates needs both birth_date and registration_date (or neither).</source>
        <translation>un âge calculé à partir de dates demande birth_date et registration_date (ou aucun des deux).</translation>
    </message>
    <message>
        <source>name the source column(s) of this variable.</source>
        <translation>nommez la ou les colonnes sources de cette variable.</translation>
    </message>
    <message>
        <source>date_year is for the bands and number recoders.</source>
        <translation>date_year ne sert qu’aux recodeurs bands et number.</translation>
    </message>
    <message>
        <source>a perpetrator variable is a flag or a category (per victim: any, or the set of values).</source>
        <translation>une variable d&apos;auteur est un indicateur ou une catégorie (par victime&#xa0;: l&apos;un d&apos;eux, ou l&apos;ensemble des valeurs).</translation>
    </message>
    <message>
        <source>a perpetrator variable of a victim row holds several values: set multi = true.</source>
        <translation>une variable d&apos;auteur d&apos;une ligne de victime contient plusieurs valeurs&#xa0;: mettez multi = true.</translation>
    </message>
    <message>
        <source>a multi-valued variable can have at most 62 categories.</source>
        <translation>une variable à plusieurs valeurs peut avoir au plus 62 catégories.</translation>
    </message>
    <message>
        <source>&quot;{raw}&quot; is mapped to &quot;{label}&quot;, which is not an ISO3 code of the CTDC Region table.</source>
        <translation>&quot;{raw}&quot; est associé à &quot;{label}&quot;, qui n&apos;est pas un code ISO3 de la table Region du CTDC.</translation>
    </message>
    <message>
        <source>&quot;{raw}&quot; is mapped to &quot;{label}&quot;, which the codebook does not have (it has: {labels}).</source>
        <translation>&quot;{raw}&quot; est associé à &quot;{label}&quot;, que le livre de codes n&apos;a pas (il a&#xa0;: {labels}).</translation>
    </message>
    <message>
        <source>the {recoder} recoder makes a {types} variable.</source>
        <translation>le recodeur {recoder} produit une variable {types}.</translation>
    </message>
    <message>
        <source>majority status has the categories &quot;Adult&quot; and &quot;Minor&quot;.</source>
        <translation>le statut de majorité a les catégories &quot;Adult&quot; et &quot;Minor&quot;.</translation>
    </message>
    <message>
        <source>give the codebook&apos;s range as low and high (low &lt;= high).</source>
        <translation>donnez la plage du livre de codes avec low et high (low &lt;= high).</translation>
    </message>
    <message>
        <source>a country recoded to ISO3 codes has type &quot;country_code&quot;.</source>
        <translation>un pays recodé en codes ISO3 a le type &quot;country_code&quot;.</translation>
    </message>
    <message>
        <source>list the values that have a variable of their own; all others count as Other.</source>
        <translation>listez les valeurs qui ont leur propre variable&#xa0;; toutes les autres comptent comme Other.</translation>
    </message>
    <message>
        <source>give the bands as a list of {from, to, label}.</source>
        <translation>donnez les tranches sous forme de liste de {from, to, label}.</translation>
    </message>
    <message>
        <source>band {band} has the label &quot;{label}&quot;, which is not a category of the codebook.</source>
        <translation>la tranche {band} a le libellé &quot;{label}&quot;, qui n&apos;est pas une catégorie du livre de codes.</translation>
    </message>
    <message>
        <source>band {band} ends before it starts.</source>
        <translation>la tranche {band} finit avant de commencer.</translation>
    </message>
    <message>
        <source>band {band} has no upper end but is not the last band.</source>
        <translation>la tranche {band} n&apos;a pas de fin mais n&apos;est pas la dernière.</translation>
    </message>
    <message>
        <source>bands {first} and {second} overlap.</source>
        <translation>les tranches {first} et {second} se chevauchent.</translation>
    </message>
    <message>
        <source>bands {first} and {second} leave a gap ({low} to {high}).</source>
        <translation>les tranches {first} et {second} laissent un trou ({low} à {high}).</translation>
    </message>
</context>
</TS>
