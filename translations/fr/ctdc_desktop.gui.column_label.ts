<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ColumnLabel</name>
    <message>
        <source>age at registration (from the birth date)</source>
        <translation>âge à l&apos;enregistrement (calculé d&apos;après la date de naissance)</translation>
    </message>
</context>
</TS>
