<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
    <context>
        <name>RecipeCheck</name>
        <message>
            <source>variable {name}, key {key}: {problem}</source>
            <translation>variable {name}, clé {key} : {problem}</translation>
        </message>
        <message>
            <source>The recode decisions are not a table of keys; the project file is damaged.</source>
            <translation>Les décisions de recodage ne sont pas une table de clés ; le fichier de projet est endommagé.</translation>
        </message>
        <message>
            <source>The recode decisions have no text "{key}"; the project file is damaged.</source>
            <translation>Les décisions de recodage n'ont pas de texte "{key}" ; le fichier de projet est endommagé.</translation>
        </message>
        <message>
            <source>{path}: no such recipe file, and not a shipped recipe (those are: {names}).</source>
            <translation>{path} : aucun fichier de recette de ce nom, et ce n'est pas une recette fournie (celles-ci sont : {names}).</translation>
        </message>
        <message>
            <source>{path}: cannot be read ({why}). Check the path and your access to it.</source>
            <translation>{path} : lecture impossible ({why}). Vérifiez le chemin et vos droits d'accès.</translation>
        </message>
        <message>
            <source>{where}: not a valid TOML file ({why}). Fix the line named and load it again.</source>
            <translation>{where} : ce n'est pas un fichier TOML valide ({why}). Corrigez la ligne indiquée et chargez-le à nouveau.</translation>
        </message>
        <message>
            <source>{where}, line {line}, key {key}: {problem}</source>
            <translation>{where}, ligne {line}, clé {key} : {problem}</translation>
        </message>
        <message>
            <source>{where}, key {key}: {problem}</source>
            <translation>{where}, clé {key} : {problem}</translation>
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
            <translation>{where} : ce n'est pas une table de clés ; chargez un fichier de recette ou une recette enregistrée.</translation>
        </message>
        <message>
            <source>is not a recipe key (known: {keys}).</source>
            <translation>n'est pas une clé de recette (connues : {keys}).</translation>
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
            <source>must map UN regions to labels ("Americas" = "...").</source>
            <translation>doit associer des régions de l'ONU à des libellés ("Americas" = "...").</translation>
        </message>
        <message>
            <source>the recipe has no [[variables]]; it needs one per codebook variable.</source>
            <translation>la recette n'a aucune [[variables]] ; il en faut une par variable du livre de codes.</translation>
        </message>
        <message>
            <source>"{name}" is defined twice.</source>
            <translation>"{name}" est défini deux fois.</translation>
        </message>
        <message>
            <source>is not a variable key (known: {keys}).</source>
            <translation>n'est pas une clé de variable (connues : {keys}).</translation>
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
            <source>must map raw values to labels ("Femme" = "Female").</source>
            <translation>doit associer des valeurs brutes à des libellés ("Femme" = "Female").</translation>
        </message>
        <message>
            <source>must be a list of {label = "...", definition = "..."} or of labels.</source>
            <translation>doit être une liste de {label = "...", definition = "..."} ou de libellés.</translation>
        </message>
        <message>
            <source>{item} is not a label or a {{label, definition}} table.</source>
            <translation>{item} n'est ni un libellé ni une table {{label, definition}}.</translation>
        </message>
        <message>
            <source>must be a list of {from = 0, to = 8, label = "0--8"} (no "to" = open end).</source>
            <translation>doit être une liste de {from = 0, to = 8, label = "0--8"} (sans "to" = sans fin).</translation>
        </message>
        <message>
            <source>{item} is not {{from = N, to = M, label = "..."}}.</source>
            <translation>{item} n'est pas de la forme {{from = N, to = M, label = "..."}}.</translation>
        </message>
        <message>
            <source>UN region "{region}" becomes "{label}", which is not a category of {name}; add it to [region_groups] or to the categories.</source>
            <translation>la région de l'ONU "{region}" devient "{label}", qui n'est pas une catégorie de {name} ; ajoutez-la à [region_groups] ou aux catégories.</translation>
        </message>
        <message>
            <source>{name}: {problem}</source>
            <translation>{name} : {problem}</translation>
        </message>
        <message>
            <source>type "{value}" is not one of {known}.</source>
            <translation>le type "{value}" n'est pas l'un de {known}.</translation>
        </message>
        <message>
            <source>recoder "{value}" is not one of {known}.</source>
            <translation>le recodeur "{value}" n'est pas l'un de {known}.</translation>
        </message>
        <message>
            <source>table "{value}" is not one of {known}.</source>
            <translation>la table "{value}" n'est pas l'une de {known}.</translation>
        </message>
        <message>
            <source>outside must be "error" or "missing", not "{value}".</source>
            <translation>outside doit valoir "error" ou "missing", pas "{value}".</translation>
        </message>
        <message>
            <source>output must be "region" or "iso3", not "{value}".</source>
            <translation>output doit valoir "region" ou "iso3", pas "{value}".</translation>
        </message>
        <message>
            <source>vocabulary "{value}" is not one of {known}.</source>
            <translation>le vocabulaire "{value}" n'est pas l'un de {known}.</translation>
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
            <source>a flag has the one category "1" (or none listed).</source>
            <translation>un indicateur a l'unique catégorie "1" (ou aucune listée).</translation>
        </message>
        <message>
            <source>a not_recorded variable has no source column.</source>
            <translation>une variable not_recorded n'a pas de colonne source.</translation>
        </message>
        <message>
            <source>say in note why the export cannot give this variable.</source>
            <translation>indiquez dans note pourquoi l'export ne peut pas donner cette variable.</translation>
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
            <translation>une variable d'auteur est un indicateur ou une catégorie (par victime : l'un d'eux, ou l'ensemble des valeurs).</translation>
        </message>
        <message>
            <source>a perpetrator variable of a victim row holds several values: set multi = true.</source>
            <translation>une variable d'auteur d'une ligne de victime contient plusieurs valeurs : mettez multi = true.</translation>
        </message>
        <message>
            <source>a multi-valued variable can have at most 62 categories.</source>
            <translation>une variable à plusieurs valeurs peut avoir au plus 62 catégories.</translation>
        </message>
        <message>
            <source>"{raw}" is mapped to "{label}", which is not an ISO3 code of the CTDC Region table.</source>
            <translation>"{raw}" est associé à "{label}", qui n'est pas un code ISO3 de la table Region du CTDC.</translation>
        </message>
        <message>
            <source>"{raw}" is mapped to "{label}", which the codebook does not have (it has: {labels}).</source>
            <translation>"{raw}" est associé à "{label}", que le livre de codes n'a pas (il a : {labels}).</translation>
        </message>
        <message>
            <source>the {recoder} recoder makes a {types} variable.</source>
            <translation>le recodeur {recoder} produit une variable {types}.</translation>
        </message>
        <message>
            <source>majority status has the categories "Adult" and "Minor".</source>
            <translation>le statut de majorité a les catégories "Adult" et "Minor".</translation>
        </message>
        <message>
            <source>give the codebook's range as low and high (low &lt;= high).</source>
            <translation>donnez la plage du livre de codes avec low et high (low &lt;= high).</translation>
        </message>
        <message>
            <source>a country recoded to ISO3 codes has type "country_code".</source>
            <translation>un pays recodé en codes ISO3 a le type "country_code".</translation>
        </message>
        <message>
            <source>list the values that have a variable of their own; all others count as Other.</source>
            <translation>listez les valeurs qui ont leur propre variable ; toutes les autres comptent comme Other.</translation>
        </message>
        <message>
            <source>split must be the text between values, such as ' ' or ';'.</source>
            <translation>split doit être le texte entre les valeurs, comme ' ' ou ';'.</translation>
        </message>
        <message>
            <source>give the bands as a list of {from, to, label}.</source>
            <translation>donnez les tranches sous forme de liste de {from, to, label}.</translation>
        </message>
        <message>
            <source>band {band} has the label "{label}", which is not a category of the codebook.</source>
            <translation>la tranche {band} a le libellé "{label}", qui n'est pas une catégorie du livre de codes.</translation>
        </message>
        <message>
            <source>band {band} ends before it starts.</source>
            <translation>la tranche {band} finit avant de commencer.</translation>
        </message>
        <message>
            <source>band {band} has no upper end but is not the last band.</source>
            <translation>la tranche {band} n'a pas de fin mais n'est pas la dernière.</translation>
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
