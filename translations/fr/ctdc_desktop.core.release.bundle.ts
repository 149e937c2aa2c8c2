<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Release</name>
    <message>
        <source>The dataset needs a name (letters or digits) to name the bundle folder. Enter one.</source>
        <translation>Le jeu de données a besoin d&apos;un nom (lettres ou chiffres) pour nommer le dossier de publication. Saisissez-en un.</translation>
    </message>
    <message>
        <source>Stage one has flagged columns without a decision: {0}. Decide for each whether to drop, transform or keep it.</source>
        <translation>L&apos;étape 1 (désidentification) a des colonnes signalées sans décision&#xa0;: {0}. Décidez pour chacune s&apos;il faut la supprimer, la transformer ou la garder.</translation>
    </message>
    <message>
        <source>Values not mapped to a codebook category: {0} and {1} more. Map each in the Recode step.</source>
        <translation>Valeurs non associées à une catégorie du livre de codes&#xa0;: {0} et {1} autres. Associez chacune à l&apos;étape Recoder.</translation>
    </message>
    <message>
        <source>Values not mapped to a codebook category: {0}. Map each in the Recode step.</source>
        <translation>Valeurs non associées à une catégorie du livre de codes&#xa0;: {0}. Associez chacune à l&apos;étape Recoder.</translation>
    </message>
    <message>
        <source>Group rare answers into broader categories in the recode step.</source>
        <translation>Regroupez les réponses rares dans des catégories plus larges à l&apos;étape Recoder.</translation>
    </message>
    <message>
        <source>The synthesis produced no records, so there is nothing to release. {0}</source>
        <translation>La synthèse n&apos;a produit aucun enregistrement&#xa0;: il n&apos;y a rien à publier. {0}</translation>
    </message>
    <message>
        <source>The folder {0} cannot be found. Check the path, or that the network drive is connected.</source>
        <translation>Le dossier {0} est introuvable. Vérifiez le chemin, ou que le lecteur réseau est connecté.</translation>
    </message>
    <message>
        <source>A bundle named {0} already exists in {1}. Choose another location, or confirm that it should be replaced (on the command line: --replace).</source>
        <translation>Un dossier de publication nommé {0} existe déjà dans {1}. Choisissez un autre emplacement, ou confirmez qu&apos;il faut le remplacer (en ligne de commande&#xa0;: --replace).</translation>
    </message>
    <message>
        <source>Making {0}</source>
        <translation>Création de {0}</translation>
    </message>
    <message>
        <source>The bundle read back from the disk is not what was written; nothing was written. The drive may be failing or full: try again or choose another location.</source>
        <translation>Le dossier relu sur le disque n&apos;est pas celui qui a été écrit&#xa0;; rien n&apos;a été écrit. Le disque est peut-être défaillant ou plein&#xa0;: réessayez ou choisissez un autre emplacement.</translation>
    </message>
    <message>
        <source>The synthetic data holds values that the codebook does not list: {0} and {1} more. Map them to codebook categories in the recode step (or add them to the recipe&apos;s categories) and run synthesis again.</source>
        <translation>Les données synthétiques contiennent des valeurs que le livre de codes ne liste pas&#xa0;: {0} et {1} autres. Associez-les à des catégories du livre de codes à l&apos;étape Recoder (ou ajoutez-les aux catégories de la recette) et relancez la synthèse.</translation>
    </message>
    <message>
        <source>The synthetic data holds values that the codebook does not list: {0}. Map them to codebook categories in the recode step (or add them to the recipe&apos;s categories) and run synthesis again.</source>
        <translation>Les données synthétiques contiennent des valeurs que le livre de codes ne liste pas&#xa0;: {0}. Associez-les à des catégories du livre de codes à l&apos;étape Recoder (ou ajoutez-les aux catégories de la recette) et relancez la synthèse.</translation>
    </message>
    <message>
        <source>The k guarantee does not hold on the output:</source>
        <translation>La garantie k n&apos;est pas respectée par le résultat&#xa0;:</translation>
    </message>
    <message>
        <source>The folder {0} cannot be found (a shared drive that is not connected, or a folder moved or deleted); nothing was written. Connect the drive or choose an existing folder, then write again.</source>
        <translation>Le dossier {0} est introuvable (un lecteur partagé non connecté, ou un dossier déplacé ou supprimé)&#xa0;; rien n&apos;a été écrit. Connectez le lecteur ou choisissez un dossier existant, puis écrivez à nouveau.</translation>
    </message>
    <message>
        <source>Writing: </source>
        <translation>Écriture&#xa0;: </translation>
    </message>
    <message>
        <source>Unfinished bundle folders left by a stopped export were removed: {0}.</source>
        <translation>Des dossiers de publication inachevés, laissés par un export interrompu, ont été supprimés&#xa0;: {0}.</translation>
    </message>
    <message>
        <source>The release cannot be written yet:</source>
        <translation>La publication ne peut pas encore être écrite&#xa0;:</translation>
    </message>
    <message>
        <source>A bundle named {0} appeared in {1} meanwhile; nothing was written. Choose another location, or confirm that it should be replaced (on the command line: --replace).</source>
        <translation>Un dossier de publication nommé {0} est apparu entre-temps dans {1}&#xa0;; rien n&apos;a été écrit. Choisissez un autre emplacement, ou confirmez qu&apos;il faut le remplacer (en ligne de commande&#xa0;: --replace).</translation>
    </message>
    <message>
        <source>Could not write the release bundle into {0} ({1}); nothing was written. Check that the folder exists, that you may write to it, and that the drive has space.</source>
        <translation>Impossible d&apos;écrire le dossier de publication dans {0} ({1})&#xa0;; rien n&apos;a été écrit. Vérifiez que le dossier existe, que vous pouvez y écrire et que le disque a de la place.</translation>
    </message>
</context>
</TS>
