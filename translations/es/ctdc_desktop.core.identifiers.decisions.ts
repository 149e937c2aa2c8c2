<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
    <context>
        <name>IdentifierDecisions</name>
        <message>
            <source>{where}: expected a table of decisions, found {found}.</source>
            <translation>{where}: se esperaba una tabla de decisiones, se encontró {found}.</translation>
        </message>
        <message>
            <source>{where}: unknown key "{key}". Expected "victims" and "perpetrators".</source>
            <translation>{where}: clave desconocida «{key}». Se esperaban "victims" y "perpetrators".</translation>
        </message>
        <message>
            <source>{where}: key "version" is {found}; this program reads version {version}. Review the identifier columns again to save them in this version.</source>
            <translation>{where}: la clave "version" es {found}; este programa lee la versión {version}. Revise de nuevo las columnas de identificadores para guardarlas en esta versión.</translation>
        </message>
        <message>
            <source>{where}: expected a list of column decisions, found {found}.</source>
            <translation>{where}: se esperaba una lista de decisiones por columna, se encontró {found}.</translation>
        </message>
        <message>
            <source>{where}, decision {number}</source>
            <translation>{where}, decisión {number}</translation>
        </message>
        <message>
            <source>{at}: expected a table with column and action, found {found}.</source>
            <translation>{at}: se esperaba una tabla con la columna y la acción, se encontró {found}.</translation>
        </message>
        <message>
            <source>{at}: unknown key "{key}".</source>
            <translation>{at}: clave desconocida «{key}».</translation>
        </message>
        <message>
            <source>{at}: key "column" must name a column.</source>
            <translation>{at}: la clave "column" debe nombrar una columna.</translation>
        </message>
        <message>
            <source>{where}, column “{column}”</source>
            <translation>{where}, columna «{column}»</translation>
        </message>
        <message>
            <source>{at}: decided twice; keep one decision per column.</source>
            <translation>{at}: decidida dos veces; conserve una sola decisión por columna.</translation>
        </message>
        <message>
            <source>{at}: key "action" is {found}; use one of {allowed}.</source>
            <translation>{at}: la clave "action" es {found}; use uno de estos valores: {allowed}.</translation>
        </message>
        <message>
            <source>{at}: key "transform" is {found}; use one of {allowed}.</source>
            <translation>{at}: la clave "transform" es {found}; use uno de estos valores: {allowed}.</translation>
        </message>
        <message>
            <source>{at}: key "transform" is needed with the action "transform", and only with it.</source>
            <translation>{at}: la clave "transform" es necesaria con la acción "transform", y solo con ella.</translation>
        </message>
        <message>
            <source>{at}: key "reason" must be text.</source>
            <translation>{at}: la clave "reason" debe ser texto.</translation>
        </message>
        <message>
            <source>{at}: key "reference_column" must name a column.</source>
            <translation>{at}: la clave "reference_column" debe nombrar una columna.</translation>
        </message>
    </context>
</TS>
