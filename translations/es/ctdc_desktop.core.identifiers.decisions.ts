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
        <source>{where}: unknown key &quot;{key}&quot;. Expected &quot;victims&quot; and &quot;perpetrators&quot;.</source>
        <translation>{where}: clave desconocida «{key}». Se esperaban &quot;victims&quot; y &quot;perpetrators&quot;.</translation>
    </message>
    <message>
        <source>{where}: key &quot;version&quot; is {found}; this program reads version {version}. Review the identifier columns again to save them in this version.</source>
        <translation>{where}: la clave &quot;version&quot; es {found}; este programa lee la versión {version}. Revise de nuevo las columnas de identificadores para guardarlas en esta versión.</translation>
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
        <source>{at}: unknown key &quot;{key}&quot;.</source>
        <translation>{at}: clave desconocida «{key}».</translation>
    </message>
    <message>
        <source>{at}: key &quot;column&quot; must name a column.</source>
        <translation>{at}: la clave &quot;column&quot; debe nombrar una columna.</translation>
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
        <source>{at}: key &quot;action&quot; is {found}; use one of {allowed}.</source>
        <translation>{at}: la clave &quot;action&quot; es {found}; use uno de estos valores: {allowed}.</translation>
    </message>
    <message>
        <source>{at}: key &quot;transform&quot; is {found}; use one of {allowed}.</source>
        <translation>{at}: la clave &quot;transform&quot; es {found}; use uno de estos valores: {allowed}.</translation>
    </message>
    <message>
        <source>{at}: key &quot;transform&quot; is needed with the action &quot;transform&quot;, and only with it.</source>
        <translation>{at}: la clave &quot;transform&quot; es necesaria con la acción &quot;transform&quot;, y solo con ella.</translation>
    </message>
    <message>
        <source>{at}: key &quot;reason&quot; must be text.</source>
        <translation>{at}: la clave &quot;reason&quot; debe ser texto.</translation>
    </message>
    <message>
        <source>{at}: key &quot;reference_column&quot; must name a column.</source>
        <translation>{at}: la clave &quot;reference_column&quot; debe nombrar una columna.</translation>
    </message>
</context>
</TS>
