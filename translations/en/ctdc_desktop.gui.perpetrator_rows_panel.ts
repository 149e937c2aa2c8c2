<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>PerpetratorRowsPanel</name>
    <message numerus="yes">
        <source>The victims&apos; column {column} differs between the rows of %n cases (rows {rows}): the first filled value of each case is kept. Check those rows in the file.</source>
        <translation>
            <numerusform>The victims&apos; column {column} differs between the rows of %n case (rows {rows}): the first filled value of each case is kept. Check those rows in the file.</numerusform>
            <numerusform>The victims&apos; column {column} differs between the rows of %n cases (rows {rows}): the first filled value of each case is kept. Check those rows in the file.</numerusform>
        </translation>
    </message>
</context>
</TS>
