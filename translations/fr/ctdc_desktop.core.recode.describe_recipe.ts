<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>RecipeDescription</name>
    <message>
        <source>Age in years from {source} (or, when it is empty, from {birth} and {registered}): Minor under 18, Adult from 18.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age in years from {source}: Minor under 18, Adult from 18.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age in years from {source} (or, when it is empty, from {birth} and {registered}), in bands: {bands}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age in years from {source}, in bands: {bands}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country from {source} (ISO2, ISO3 or a name in English, French or Spanish) → its ISO3 code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country from {source} (ISO2, ISO3 or a name in English, French or Spanish) → its UN region ({groups}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country from {source} (ISO2, ISO3 or a name in English, French or Spanish) → its UN region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From {source}: each value becomes one of {labels}, by the recipe&apos;s map and the shipped {vocabulary} spellings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From {source}: each value becomes one of {labels}, by the recipe&apos;s map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 when any of {source} says yes; empty otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 when {source} says yes; empty otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 when {source} holds a value other than {listed} (those have their own variable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole numbers from {source}, in bands: {bands}. A number outside the bands is set to missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole numbers from {source}, in bands: {bands}. A number outside the bands is listed as wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole number from {source}, kept as it is within {low}-{high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the export: the column stays empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set to missing on purpose: {values}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per victim: 1 when at least one of the victim&apos;s perpetrators has it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per victim: every different answer among the victim&apos;s perpetrators, once, joined with &quot;;&quot; in the codebook&apos;s order; a victim without perpetrators or answers gets an empty cell.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
