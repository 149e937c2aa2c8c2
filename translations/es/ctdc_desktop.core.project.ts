<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Project</name>
    <message>
        <source>release</source>
        <translation>publicación</translation>
    </message>
    <message>
        <source>a decision cannot be saved as JSON ({0}).</source>
        <translation>una decisión no se puede guardar como JSON ({0}).</translation>
    </message>
    <message>
        <source>This is a bug; please report it.</source>
        <translation>Es un error del programa; por favor, infórmelo.</translation>
    </message>
    <message>
        <source>could not be saved ({0}).</source>
        <translation>no se pudo guardar ({0}).</translation>
    </message>
    <message>
        <source>Choose a folder you can write to.</source>
        <translation>Elija una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
        <source>the file does not exist.</source>
        <translation>el archivo no existe.</translation>
    </message>
    <message>
        <source>Check the name and folder.</source>
        <translation>Compruebe el nombre y la carpeta.</translation>
    </message>
    <message>
        <source>could not be read ({0}).</source>
        <translation>no se pudo leer ({0}).</translation>
    </message>
    <message>
        <source>is not a CTDC Desktop project (it is not text).</source>
        <translation>no es un proyecto de CTDC Desktop (no es texto).</translation>
    </message>
    <message>
        <source>is not a valid project file (broken JSON at line {0}, column {1}).</source>
        <translation>no es un archivo de proyecto válido (JSON roto en la línea {0}, columna {1}).</translation>
    </message>
    <message>
        <source>Open a .ctdcproj file saved by CTDC Desktop, or save the project again.</source>
        <translation>Abra un archivo .ctdcproj guardado por CTDC Desktop, o vuelva a guardar el proyecto.</translation>
    </message>
    <message>
        <source>the top level</source>
        <translation>el nivel principal</translation>
    </message>
    <message>
        <source>key &apos;format_version&apos; should be a whole number, not {0}.</source>
        <translation>la clave &apos;format_version&apos; debe ser un número entero, no {0}.</translation>
    </message>
    <message>
        <source>was saved by a newer CTDC Desktop (project format {0}; this version reads up to {1}).</source>
        <translation>se guardó con una versión más reciente de CTDC Desktop (formato de proyecto {0}; esta versión lee hasta el formato {1}).</translation>
    </message>
    <message>
        <source>Update CTDC Desktop to open it.</source>
        <translation>Actualice CTDC Desktop para abrirlo.</translation>
    </message>
    <message>
        <source>key &apos;sources&apos; should be a list.</source>
        <translation>la clave &apos;sources&apos; debe ser una lista.</translation>
    </message>
    <message>
        <source>key &apos;sources&apos; lists the same role twice.</source>
        <translation>la clave &apos;sources&apos; indica el mismo rol dos veces.</translation>
    </message>
    <message>
        <source>key &apos;{0}&apos;</source>
        <translation>la clave &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>key &apos;{0}&apos; is not a step this version can read (it reads: {1}).</source>
        <translation>la clave &apos;{0}&apos; no es un paso que esta versión pueda leer (lee: {1}).</translation>
    </message>
    <message>
        <source>key &apos;{0}&apos; holds decisions for a step this version does not have yet.</source>
        <translation>la clave &apos;{0}&apos; contiene decisiones para un paso que esta versión todavía no tiene.</translation>
    </message>
    <message>
        <source>Open the project with the CTDC Desktop version that saved it.</source>
        <translation>Abra el proyecto con la versión de CTDC Desktop que lo guardó.</translation>
    </message>
    <message>
        <source>key &apos;{0}&apos;: {1}</source>
        <translation>clave &apos;{0}&apos;: {1}</translation>
    </message>
    <message>
        <source>key &apos;{0}.role&apos; should be &apos;victims&apos; or &apos;perpetrators&apos;, not {1}.</source>
        <translation>la clave &apos;{0}.role&apos; debe ser &apos;victims&apos; o &apos;perpetrators&apos;, no {1}.</translation>
    </message>
    <message>
        <source>key &apos;{0}.sheet&apos; should be text or null.</source>
        <translation>la clave &apos;{0}.sheet&apos; debe ser un texto o null.</translation>
    </message>
    <message>
        <source>key &apos;{0}&apos; should be true, false or null.</source>
        <translation>la clave &apos;{0}&apos; debe ser true, false o null.</translation>
    </message>
    <message>
        <source>key &apos;{0}&apos; should be true or false.</source>
        <translation>la clave &apos;{0}&apos; debe ser true o false.</translation>
    </message>
    <message>
        <source>{0} should be a JSON object.</source>
        <translation>{0} debe ser un objeto JSON.</translation>
    </message>
    <message>
        <source>key &apos;{0}&apos; is missing.</source>
        <translation>falta la clave &apos;{0}&apos;.</translation>
    </message>
    <message>
        <source>key &apos;{0}&apos; should be non-empty text.</source>
        <translation>la clave &apos;{0}&apos; debe ser un texto no vacío.</translation>
    </message>
</context>
</TS>
