<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>RecipeCheck</name>
    <message>
        <source>variable {name}, key {key}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recode decisions are not a table of keys; the project file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recode decisions have no text &quot;{key}&quot;; the project file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: no such recipe file, and not a shipped recipe (those are: {names}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: cannot be read ({why}). Check the path and your access to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: not a valid TOML file ({why}). Fix the line named and load it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}, line {line}, key {key}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}, key {key}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be text and is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a text or a list of texts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: not a table of keys; load a recipe file or saved recipe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a recipe key (known: {keys}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be [victims column, perpetrators column].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must map UN regions to labels (&quot;Americas&quot; = &quot;...&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the recipe has no [[variables]]; it needs one per codebook variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is defined twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a variable key (known: {keys}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must map raw values to labels (&quot;Femme&quot; = &quot;Female&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of {label = &quot;...&quot;, definition = &quot;...&quot;} or of labels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item} is not a label or a {{label, definition}} table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of {from = 0, to = 8, label = &quot;0--8&quot;} (no &quot;to&quot; = open end).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item} is not {{from = N, to = M, label = &quot;...&quot;}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UN region &quot;{region}&quot; becomes &quot;{label}&quot;, which is not a category of {name}; add it to [region_groups] or to the categories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type &quot;{value}&quot; is not one of {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recoder &quot;{value}&quot; is not one of {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table &quot;{value}&quot; is not one of {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside must be &quot;error&quot; or &quot;missing&quot;, not &quot;{value}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output must be &quot;region&quot; or &quot;iso3&quot;, not &quot;{value}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vocabulary &quot;{value}&quot; is not one of {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a category is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a category variable needs its categories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a flag has the one category &quot;1&quot; (or none listed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a not_recorded variable has no source column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say in note why the export cannot give this variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the source column(s) of this variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a perpetrator variable is a flag or a category (per victim: any, or the set of values).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a perpetrator variable of a victim row holds several values: set multi = true.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a multi-valued variable can have at most 62 categories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{raw}&quot; is mapped to &quot;{label}&quot;, which is not an ISO3 code of the CTDC Region table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{raw}&quot; is mapped to &quot;{label}&quot;, which the codebook does not have (it has: {labels}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {recoder} recoder makes a {types} variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>majority status has the categories &quot;Adult&quot; and &quot;Minor&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the codebook&apos;s range as low and high (low &lt;= high).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a country recoded to ISO3 codes has type &quot;country_code&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the values that have a variable of their own; all others count as Other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>split must be the text between values, such as &apos; &apos; or &apos;;&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the bands as a list of {from, to, label}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>band {band} has the label &quot;{label}&quot;, which is not a category of the codebook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>band {band} ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>band {band} has no upper end but is not the last band.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bands {first} and {second} overlap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bands {first} and {second} leave a gap ({low} to {high}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
