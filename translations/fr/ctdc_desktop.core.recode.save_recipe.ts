<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>RecipeCheck</name>
    <message>
        <source>{path}: the saved recipe did not read back the same; nothing was saved.</source>
        <translation>{path}&#xa0;: la recette enregistrée ne se relit pas à l&apos;identique&#xa0;; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>{path}: the recipe could not be saved ({why}). Choose a folder you can write to.</source>
        <translation>{path}&#xa0;: la recette n&apos;a pas pu être enregistrée ({why}). Choisissez un dossier où vous pouvez écrire.</translation>
    </message>
</context>
</TS>
