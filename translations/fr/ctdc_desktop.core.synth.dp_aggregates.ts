<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Progress</name>
    <message>
        <source>Listing candidate combinations</source>
        <translation>Liste des combinaisons candidates</translation>
    </message>
    <message>
        <source>Adding noise to combinations of {0}</source>
        <translation>Ajout de bruit aux combinaisons de {0}</translation>
    </message>
    <message>
        <source>Counting records</source>
        <translation>Comptage des enregistrements</translation>
    </message>
    <message>
        <source>Bounding each record&apos;s contribution</source>
        <translation>Limitation de la contribution de chaque enregistrement</translation>
    </message>
</context>
<context>
    <name>Synthesis</name>
    <message>
        <source>Unknown fabrication control &apos;{0}&apos;. Choose one of: {1} (balanced is the default).</source>
        <translation>Contrôle des combinaisons inventées inconnu&#xa0;: &apos;{0}&apos;. Choisissez parmi&#xa0;: {1} (balanced par défaut).</translation>
    </message>
    <message>
        <source>Epsilon must be a positive number (it was {0!r}); 4 is the default of the 2022 release.</source>
        <translation>Epsilon doit être un nombre positif (valeur reçue&#xa0;: {0!r})&#xa0;; 4 est la valeur par défaut de la publication 2022.</translation>
    </message>
    <message>
        <source>Delta must be a small positive number below 0.01 (it was {0!r}); leave it empty to derive it from the record count.</source>
        <translation>Delta doit être un petit nombre positif inférieur à 0,01 (valeur reçue&#xa0;: {0!r})&#xa0;; laissez-le vide pour le déduire du nombre d&apos;enregistrements.</translation>
    </message>
    <message>
        <source>The reporting length must be a whole number of at least 1 (it was {0!r}); 3 is the default.</source>
        <translation>La longueur de comptage doit être un nombre entier d&apos;au moins 1 (valeur reçue&#xa0;: {0!r})&#xa0;; 3 est la valeur par défaut.</translation>
    </message>
    <message>
        <source>The table has {0} different values in all, too many for combinations of {1}. Group rare categories in the recode step or lower the reporting length.</source>
        <translation>La table a {0} valeurs différentes en tout, trop pour des combinaisons de {1}. Regroupez les catégories rares à l&apos;étape Recoder ou réduisez la longueur de comptage.</translation>
    </message>
    <message>
        <source>{0}. Raise delta or epsilon, or leave delta empty to derive it.</source>
        <translation>{0}. Augmentez delta ou epsilon, ou laissez delta vide pour le déduire.</translation>
    </message>
</context>
</TS>
