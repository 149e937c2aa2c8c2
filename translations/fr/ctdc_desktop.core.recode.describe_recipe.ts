<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>RecipeDescription</name>
    <message>
        <source>Age in years from {source} (or, when it is empty, from {birth} and {registered}): Minor under 18, Adult from 18.</source>
        <translation>Âge en années d&apos;après {source} (ou, quand il est vide, d&apos;après {birth} et {registered})&#xa0;: Minor avant 18 ans, Adult à partir de 18 ans.</translation>
    </message>
    <message>
        <source>Age in years from {source}: Minor under 18, Adult from 18.</source>
        <translation>Âge en années d&apos;après {source}&#xa0;: Minor avant 18 ans, Adult à partir de 18 ans.</translation>
    </message>
    <message>
        <source>Age in years from {source} (or, when it is empty, from {birth} and {registered}), in bands: {bands}.</source>
        <translation>Âge en années d&apos;après {source} (ou, quand il est vide, d&apos;après {birth} et {registered}), en tranches&#xa0;: {bands}.</translation>
    </message>
    <message>
        <source>Age in years from {source}, in bands: {bands}.</source>
        <translation>Âge en années d&apos;après {source}, en tranches&#xa0;: {bands}.</translation>
    </message>
    <message>
        <source>Country from {source} (ISO2, ISO3 or a name in English, French or Spanish) → its ISO3 code.</source>
        <translation>Pays d&apos;après {source} (ISO2, ISO3 ou un nom en anglais, français ou espagnol) → son code ISO3.</translation>
    </message>
    <message>
        <source>Country from {source} (ISO2, ISO3 or a name in English, French or Spanish) → its UN region ({groups}).</source>
        <translation>Pays d&apos;après {source} (ISO2, ISO3 ou un nom en anglais, français ou espagnol) → sa région de l&apos;ONU ({groups}).</translation>
    </message>
    <message>
        <source>Country from {source} (ISO2, ISO3 or a name in English, French or Spanish) → its UN region.</source>
        <translation>Pays d&apos;après {source} (ISO2, ISO3 ou un nom en anglais, français ou espagnol) → sa région de l&apos;ONU.</translation>
    </message>
    <message>
        <source>From {source}: each value becomes one of {labels}, by the recipe&apos;s map and the shipped {vocabulary} spellings.</source>
        <translation>D&apos;après {source}&#xa0;: chaque valeur devient l&apos;une de {labels}, selon la table de la recette et les orthographes {vocabulary} fournies.</translation>
    </message>
    <message>
        <source>From {source}: each value becomes one of {labels}, by the recipe&apos;s map.</source>
        <translation>D&apos;après {source}&#xa0;: chaque valeur devient l&apos;une de {labels}, selon la table de la recette.</translation>
    </message>
    <message>
        <source>1 when any of {source} says yes; empty otherwise.</source>
        <translation>1 quand l&apos;une de {source} dit oui&#xa0;; vide sinon.</translation>
    </message>
    <message>
        <source>1 when {source} says yes; empty otherwise.</source>
        <translation>1 quand {source} dit oui&#xa0;; vide sinon.</translation>
    </message>
    <message>
        <source>1 when {source} holds a value other than {listed} (those have their own variable).</source>
        <translation>1 quand {source} contient une valeur autre que {listed} (celles-ci ont leur propre variable).</translation>
    </message>
    <message>
        <source>Whole numbers from {source}, in bands: {bands}. A number outside the bands is set to missing.</source>
        <translation>Nombres entiers d&apos;après {source}, en tranches&#xa0;: {bands}. Un nombre hors des tranches est marqué comme manquant.</translation>
    </message>
    <message>
        <source>Whole numbers from {source}, in bands: {bands}. A number outside the bands is listed as wrong.</source>
        <translation>Nombres entiers d&apos;après {source}, en tranches&#xa0;: {bands}. Un nombre hors des tranches est signalé comme erroné.</translation>
    </message>
    <message>
        <source>Whole number from {source}, kept as it is within {low}-{high}.</source>
        <translation>Nombre entier d&apos;après {source}, gardé tel quel entre {low} et {high}.</translation>
    </message>
    <message>
        <source>Not in the export: the column stays empty.</source>
        <translation>Absent de l&apos;export&#xa0;: la colonne reste vide.</translation>
    </message>
    <message>
        <source>Set to missing on purpose: {values}.</source>
        <translation>Marquées comme manquantes exprès&#xa0;: {values}.</translation>
    </message>
    <message>
        <source>Per victim: 1 when at least one of the victim&apos;s perpetrators has it.</source>
        <translation>Par victime&#xa0;: 1 quand au moins un des auteurs de la victime l&apos;a.</translation>
    </message>
    <message>
        <source>Per victim: every different answer among the victim&apos;s perpetrators, once, joined with &quot;;&quot; in the codebook&apos;s order; a victim without perpetrators or answers gets an empty cell.</source>
        <translation>Par victime&#xa0;: chaque réponse différente parmi les auteurs de la victime, une seule fois, jointe par «&#xa0;;&#xa0;» dans l&apos;ordre du livre de codes&#xa0;; une victime sans auteurs ni réponses obtient une cellule vide.</translation>
    </message>
</context>
</TS>
