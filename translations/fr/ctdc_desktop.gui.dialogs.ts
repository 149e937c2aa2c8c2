<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About CTDC Desktop</source>
        <translation>À propos de CTDC Desktop</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CTDC Desktop {0}&lt;/h3&gt;&lt;p&gt;Turns a counter-trafficking case export into de-identified, CTDC-style release data: identifiers removed, categories recoded, and synthetic records that belong to no real person.&lt;/p&gt;&lt;p&gt;It works entirely offline. It never sends anything over a network, never changes your export, and its project files hold your choices, never the data.&lt;/p&gt;&lt;p&gt;Release formats follow the Counter Trafficking Data Collaborative codebooks (Global Synthetic Data, 2021; Global Victim-Perpetrator Synthetic Data, 2022).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CTDC Desktop {0}&lt;/h3&gt;&lt;p&gt;Transforme l&apos;export de cas d&apos;une mission de lutte contre la traite en données de publication désidentifiées, au format CTDC : identifiants supprimés, catégories recodées, et enregistrements synthétiques qui n&apos;appartiennent à aucune personne réelle.&lt;/p&gt;&lt;p&gt;Il fonctionne entièrement hors ligne. Il n&apos;envoie jamais rien sur un réseau, ne modifie jamais votre export, et ses fichiers de projet contiennent vos choix, jamais les données.&lt;/p&gt;&lt;p&gt;Les formats de publication suivent les livres de codes du Counter Trafficking Data Collaborative (Global Synthetic Data, 2021 ; Global Victim-Perpetrator Synthetic Data, 2022).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Case exports ({0});;All files (*)</source>
        <translation>Exports de cas ({0});;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>CTDC projects (*{0})</source>
        <translation>Projets CTDC (*{0})</translation>
    </message>
    <message>
        <source>Open a case export</source>
        <translation>Ouvrir un export de cas</translation>
    </message>
    <message>
        <source>Open a project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <source>Save the project</source>
        <translation>Enregistrer le projet</translation>
    </message>
    <message>
        <source>victims</source>
        <translation>des victimes</translation>
    </message>
    <message>
        <source>perpetrators</source>
        <translation>des auteurs</translation>
    </message>
    <message>
        <source>Source file not found</source>
        <translation>Fichier source introuvable</translation>
    </message>
    <message>
        <source>The {0} file of this project is not where it was:
{1}

Please show where it is now. You can also pick a newer export with the same columns: every choice saved in the project is applied to it.</source>
        <translation>Le fichier {0} de ce projet n&apos;est plus là où il était :
{1}

Indiquez où il se trouve maintenant. Vous pouvez aussi choisir un export plus récent avec les mêmes colonnes : chaque choix enregistré dans le projet lui sera appliqué.</translation>
    </message>
    <message>
        <source>Where is “{0}” ({1}) now?</source>
        <translation>Où se trouve maintenant “{0}” ({1}) ?</translation>
    </message>
    <message>
        <source>Open export</source>
        <translation>Ouvrir un export</translation>
    </message>
    <message>
        <source>Victims are already loaded from “{0}”. What is in “{1}”?</source>
        <translation>Les victimes sont déjà chargées depuis “{0}”. Que contient “{1}” ?</translation>
    </message>
    <message>
        <source>Perpetrators: one row per perpetrator, with the case ID of their victim. Victims: replaces the file.</source>
        <translation>Auteurs : une ligne par auteur, avec l&apos;identifiant de cas de sa victime. Victimes : remplace le fichier.</translation>
    </message>
    <message>
        <source>Perpetrators of these victims</source>
        <translation>Les auteurs de ces victimes</translation>
    </message>
    <message>
        <source>Victims (replace)</source>
        <translation>Des victimes (remplacer)</translation>
    </message>
    <message>
        <source>Save your choices?</source>
        <translation>Enregistrer vos choix ?</translation>
    </message>
    <message>
        <source>Save the files you opened and the choices you made as a project first?</source>
        <translation>Enregistrer d&apos;abord les fichiers ouverts et vos choix dans un projet ?</translation>
    </message>
    <message>
        <source>Save the changes to the project “{0}” first?</source>
        <translation>Enregistrer d&apos;abord les modifications du projet “{0}” ?</translation>
    </message>
    <message>
        <source>A project holds your choices, never the data. Without it you choose again next time.</source>
        <translation>Un projet contient vos choix, jamais les données. Sans lui, vous devrez choisir à nouveau la prochaine fois.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <source>CTDC Desktop met an unexpected error ({0}) and stopped what it was doing. Your files were not changed.

Please send this report to the support team: {1}
It says where in the program the error happened and holds none of your data.</source>
        <translation>CTDC Desktop a rencontré une erreur inattendue ({0}) et a arrêté ce qu&apos;il faisait. Vos fichiers n&apos;ont pas été modifiés.

Merci d&apos;envoyer ce rapport à l&apos;équipe d&apos;assistance : {1}
Il indique où l&apos;erreur s&apos;est produite dans le programme et ne contient aucune de vos données.</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>CTDC Desktop user guide</source>
        <translation>Guide d&apos;utilisation de CTDC Desktop</translation>
    </message>
    <message>
        <source>The user guide (docs/user_guide.md) is missing from this installation. Reinstall CTDC Desktop.</source>
        <translation>Le guide d&apos;utilisation (docs/user_guide.md) manque dans cette installation. Réinstallez CTDC Desktop.</translation>
    </message>
</context>
</TS>
