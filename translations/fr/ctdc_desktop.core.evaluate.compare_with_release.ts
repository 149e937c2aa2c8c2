<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Figures</name>
    <message>
        <source>The synthetic data has {0} records; the released counts give {1} records in all.</source>
        <translation>Les données synthétiques comptent {0} enregistrements&#xa0;; les comptages publiés en donnent {1} au total.</translation>
    </message>
</context>
</TS>
