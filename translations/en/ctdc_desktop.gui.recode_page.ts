<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>RecodePage</name>
    <message numerus="yes">
        <source>&lt;b&gt;%n of {n} variables need attention&lt;/b&gt;: map their values to a category or set them to missing.</source>
        <translation>
            <numerusform>&lt;b&gt;%n of {n} variables needs attention&lt;/b&gt;: map its values to a category or set them to missing.</numerusform>
            <numerusform>&lt;b&gt;%n of {n} variables need attention&lt;/b&gt;: map their values to a category or set them to missing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n proposals wait for your confirmation (marked “please confirm”).</source>
        <translation>
            <numerusform>%n proposal waits for your confirmation (marked “please confirm”).</numerusform>
            <numerusform>%n proposals wait for your confirmation (marked “please confirm”).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>For %n variables no column was found: choose it.</source>
        <translation>
            <numerusform>For %n variable no column was found: choose it.</numerusform>
            <numerusform>For %n variables no column was found: choose them.</numerusform>
        </translation>
    </message>
</context>
</TS>
