<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>BandsEditor</name>
    <message>
        <source>Each band holds the whole numbers from its first to its last value, both included. Leave the last band&apos;s end empty for no upper end. Bands must follow each other without overlap or gap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A whole number; the band includes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the codebook&apos;s categories: {labels}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band {row}, {column}: &quot;{text}&quot; is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied: {why}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
