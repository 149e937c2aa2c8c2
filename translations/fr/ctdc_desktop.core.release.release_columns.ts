<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Release</name>
    <message>
        <source>The codebook lists variables that the synthetic data does not have: {0}. Check the recipe&apos;s variables against the recoded table and run synthesis again.</source>
        <translation>Le livre de codes liste des variables que les données synthétiques n&apos;ont pas&#xa0;: {0}. Vérifiez les variables de la recette par rapport à la table recodée et relancez la synthèse.</translation>
    </message>
</context>
</TS>
