<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Reading</name>
    <message>
        <source>Opening the workbook</source>
        <translation>Abriendo el libro</translation>
    </message>
    <message>
        <source>Read with the slower Excel reader because the fast one could not open this file.</source>
        <translation>Leído con el lector de Excel más lento, porque el rápido no pudo abrir este archivo.</translation>
    </message>
    <message>
        <source>is damaged or is not an Excel workbook, so it cannot be read.</source>
        <translation>está dañado o no es un libro de Excel, así que no se puede leer.</translation>
    </message>
    <message>
        <source>Open it in Excel; if Excel repairs it, save it under a new name and open that copy.</source>
        <translation>Ábralo en Excel; si Excel lo repara, guárdelo con otro nombre y abra esa copia.</translation>
    </message>
    <message>
        <source>Opening sheet &quot;{0}&quot;</source>
        <translation>Abriendo la hoja &quot;{0}&quot;</translation>
    </message>
    <message>
        <source>Read with the slower Excel reader because the fast one could not read this sheet.</source>
        <translation>Leído con el lector de Excel más lento, porque el rápido no pudo leer esta hoja.</translation>
    </message>
    <message>
        <source>sheet &quot;{0}&quot; is damaged and cannot be read.</source>
        <translation>la hoja &quot;{0}&quot; está dañada y no se puede leer.</translation>
    </message>
    <message>
        <source>is protected by a password: remove the password in Excel and save again.</source>
        <translation>está protegido con contraseña: quite la contraseña en Excel y vuelva a guardar.</translation>
    </message>
    <message>
        <source>In Excel: File → Info → Protect Workbook → Encrypt with Password, clear the password, save, and open the saved file here.</source>
        <translation>En Excel: Archivo → Información → Proteger libro → Cifrar con contraseña, borre la contraseña, guarde y abra aquí el archivo guardado.</translation>
    </message>
    <message>
        <source>has no sheet called &quot;{0}&quot;.</source>
        <translation>no tiene ninguna hoja llamada &quot;{0}&quot;.</translation>
    </message>
    <message>
        <source>Its sheets are: {0}.</source>
        <translation>Sus hojas son: {0}.</translation>
    </message>
    <message>
        <source>has no sheets.</source>
        <translation>no tiene hojas.</translation>
    </message>
    <message>
        <source>Open it in Excel to check it is the right file.</source>
        <translation>Ábralo en Excel para comprobar que es el archivo correcto.</translation>
    </message>
    <message>
        <source>This workbook has {0} sheets; read &quot;{1}&quot;, the first with records.</source>
        <translation>Este libro tiene {0} hojas; se leyó &quot;{1}&quot;, la primera con registros.</translation>
    </message>
</context>
</TS>
