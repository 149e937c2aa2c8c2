<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>IdentifierDecisions</name>
    <message>
        <source>is {0}; this program reads version {1}. Review the identifier columns again to save them in this version.</source>
        <translation>es {0}; este programa lee la versión {1}. Revise de nuevo las columnas de identificadores para guardarlas en esta versión.</translation>
    </message>
    <message>
        <source>names a column decided twice (“{0}”); keep one decision per column.</source>
        <translation>nombra una columna decidida dos veces (“{0}”); conserve una sola decisión por columna.</translation>
    </message>
    <message>
        <source>is needed with the action &quot;transform&quot;, and only with it.</source>
        <translation>es necesaria con la acción &quot;transform&quot;, y solo con ella.</translation>
    </message>
</context>
</TS>
