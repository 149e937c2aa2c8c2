<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Ledger</name>
    <message>
        <source>“{0}” has spent ε = {1:g} of its cap of {2:g}; this release would bring it to {3:g}.</source>
        <translation>«&#xa0;{0}&#xa0;» a dépensé ε = {1:g} de son plafond de {2:g}&#xa0;; cette publication le porterait à {3:g}.</translation>
    </message>
    <message>
        <source>That is past the cap of {0:g}: the release is refused. Releasing the same records again and again adds up to a weak guarantee. Publish fewer releases, use a smaller ε, or raise the cap only if your data protection officer agrees.</source>
        <translation>Cela dépasse le plafond de {0:g}&#xa0;: la publication est refusée. Publier encore et encore les mêmes enregistrements finit par donner une garantie faible. Publiez moins souvent, utilisez un ε plus petit, ou relevez le plafond seulement si votre délégué à la protection des données est d&apos;accord.</translation>
    </message>
    <message>
        <source>That is close to the cap of {0:g}: few further releases of this dataset will be possible.</source>
        <translation>Cela approche le plafond de {0:g}&#xa0;: peu d&apos;autres publications de ce jeu de données seront possibles.</translation>
    </message>
    <message>
        <source>The privacy budget ledger {0} cannot be read ({1}). It was left as it is. Restore it from a backup, or ask your data protection officer before moving it aside: without it, the budget already spent on your datasets is forgotten.</source>
        <translation>Le registre du budget de confidentialité {0} ne peut pas être lu ({1}). Il a été laissé tel quel. Restaurez-le depuis une sauvegarde, ou demandez à votre délégué à la protection des données avant de le déplacer&#xa0;: sans lui, le budget déjà dépensé par vos jeux de données est oublié.</translation>
    </message>
    <message>
        <source>The privacy budget ledger {0} is damaged ({1}). It was left as it is. Restore it from a backup, or ask your data protection officer before moving it aside: without it, the budget already spent on your datasets is forgotten.</source>
        <translation>Le registre du budget de confidentialité {0} est endommagé ({1}). Il a été laissé tel quel. Restaurez-le depuis une sauvegarde, ou demandez à votre délégué à la protection des données avant de le déplacer&#xa0;: sans lui, le budget déjà dépensé par vos jeux de données est oublié.</translation>
    </message>
    <message>
        <source>The privacy budget ledger {0} cannot be written ({1}); nothing was changed. Check that the application-data folder can be written to.</source>
        <translation>Le registre du budget de confidentialité {0} ne peut pas être écrit ({1})&#xa0;; rien n&apos;a été modifié. Vérifiez que le dossier des données de l&apos;application est accessible en écriture.</translation>
    </message>
    <message>
        <source>The privacy budget ledger {0} is being changed by another copy of CTDC Desktop, which has not finished after {1:g} seconds; nothing was changed. Wait for the other export to end, then try again.</source>
        <translation>Le registre du budget de confidentialité {0} est en cours de modification par une autre copie de CTDC Desktop, qui n&apos;a pas fini après {1:g} secondes ; rien n&apos;a été modifié. Attendez la fin de l&apos;autre export, puis réessayez.</translation>
    </message>
</context>
</TS>
