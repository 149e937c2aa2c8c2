<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>StepWorker</name>
    <message>
        <source>There was not enough memory to finish. Close other programs and try again, or split the file into smaller parts.</source>
        <translation>La mémoire n&apos;a pas suffi pour terminer. Fermez d&apos;autres programmes et réessayez, ou découpez le fichier en parties plus petites.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({kind}), so this step was stopped. Your files were not changed. Please try again; if it happens again, send the log file to your support contact (it holds no case data).</source>
        <translation>Un problème inattendu est survenu ({kind}) et cette étape a été arrêtée. Vos fichiers n&apos;ont pas été modifiés. Réessayez ; si cela se reproduit, envoyez le fichier journal à votre contact d&apos;assistance (il ne contient aucune donnée de cas).</translation>
    </message>
</context>
</TS>
