<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Figures</name>
    <message>
        <source>These figures compare the synthetic data with the real records without any protection. They are for checking on this computer only and are never written into the release.</source>
        <translation>Estas cifras comparan los datos sintéticos con los registros reales, sin ninguna protección. Sirven para comprobar en este equipo solamente y nunca se escriben en la publicación.</translation>
    </message>
    <message>
        <source>Combinations of answers that fewer than k real people share and that the synthetic data also shows fewer than k times: the ones that could point at a real person. Zero is what we want.</source>
        <translation>Combinaciones de respuestas que comparten menos de k personas reales y que los datos sintéticos también muestran menos de k veces: las que podrían señalar a una persona real. Lo deseable es cero.</translation>
    </message>
    <message>
        <source>The share of records that hold some combination of this many answers that no other record (unique) or fewer than k records (rare) hold.</source>
        <translation>La proporción de registros que tienen alguna combinación de este número de respuestas que ningún otro registro (única) o menos de k registros (rara) tienen.</translation>
    </message>
    <message>
        <source>{0} of the {1} combinations that fewer than {2} real people share also appear fewer than {2} times in the synthetic data. {3:.1%} of real records hold such a rare combination ({4:.1%} one nobody else holds); {5:.1%} of synthetic records hold one that is rare in the synthetic data.</source>
        <translation>{0} de las {1} combinaciones que comparten menos de {2} personas reales también aparecen menos de {2} veces en los datos sintéticos. El {3:.1%} de los registros reales tiene una combinación así de rara ({4:.1%} una que nadie más tiene); el {5:.1%} de los registros sintéticos tiene una que es rara en los datos sintéticos.</translation>
    </message>
    <message>
        <source>The synthetic data has {0} records; the real data has {1}.</source>
        <translation>Los datos sintéticos tienen {0} registros; los datos reales tienen {1}.</translation>
    </message>
</context>
</TS>
