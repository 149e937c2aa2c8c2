<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Release</name>
    <message>
        <source>The released counts were not made from this recoded table (its variables or answers differ). Run synthesis again on the current recoded data.</source>
        <translation>Les comptages publiés n&apos;ont pas été faits à partir de cette table recodée (ses variables ou ses réponses diffèrent). Relancez la synthèse sur les données recodées actuelles.</translation>
    </message>
    <message>
        <source>The released number of records is not the record count rounded down to a multiple of {0}.</source>
        <translation>Le nombre d&apos;enregistrements publié n&apos;est pas le nombre d&apos;enregistrements arrondi au multiple de {0} inférieur.</translation>
    </message>
    <message>
        <source>{0} released combinations of {1} answers are held by fewer than {2} records.</source>
        <translation>{0} combinaisons publiées de {1} réponses sont partagées par moins de {2} enregistrements.</translation>
    </message>
    <message>
        <source>{0} released counts of combinations of {1} answers are not the true count rounded down to a multiple of {2}.</source>
        <translation>{0} comptages publiés de combinaisons de {1} réponses ne sont pas le vrai comptage arrondi au multiple de {2} inférieur.</translation>
    </message>
    <message>
        <source>{0} combinations in the synthetic records are not among the released counts, so they may be held by fewer than {1} records.</source>
        <translation>{0} combinaisons des enregistrements synthétiques ne figurent pas parmi les comptages publiés&#xa0;: elles pourraient être partagées par moins de {1} enregistrements.</translation>
    </message>
</context>
</TS>
