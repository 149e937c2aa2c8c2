<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>MainWindow</name>
    <message>
        <source>Load</source>
        <translation>Cargar</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>Identificadores</translation>
    </message>
    <message>
        <source>Recode</source>
        <translation>Recodificar</translation>
    </message>
    <message>
        <source>Synthesize</source>
        <translation>Sintetizar</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation>Pa&amp;so siguiente</translation>
    </message>
    <message>
        <source>Go to the next step (Ctrl+PgDown; Ctrl+PgUp goes back).</source>
        <translation>Ir al paso siguiente (Ctrl+AvPág; Ctrl+RePág vuelve atrás).</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Open export…</source>
        <translation>&amp;Abrir exportación…</translation>
    </message>
    <message>
        <source>Open &amp;project…</source>
        <translation>Abrir &amp;proyecto…</translation>
    </message>
    <message>
        <source>&amp;Recent files</source>
        <translation>Archivos &amp;recientes</translation>
    </message>
    <message>
        <source>&amp;Save project</source>
        <translation>&amp;Guardar proyecto</translation>
    </message>
    <message>
        <source>Save project &amp;as…</source>
        <translation>Guardar proyecto &amp;como…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <source>&amp;About CTDC Desktop</source>
        <translation>&amp;Acerca de CTDC Desktop</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>Idioma del &amp;sistema</translation>
    </message>
    <message>
        <source>The language changes the next time CTDC Desktop starts.</source>
        <translation>El idioma cambiará la próxima vez que se inicie CTDC Desktop.</translation>
    </message>
    <message>
        <source>Removed from Recent files because they no longer exist: {0}</source>
        <translation>Quitados de Archivos recientes porque ya no existen: {0}</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>No hay archivos recientes</translation>
    </message>
    <message>
        <source>Clear recent files</source>
        <translation>Borrar archivos recientes</translation>
    </message>
    <message>
        <source>“{0}” is a folder. Open one export file from inside it.</source>
        <translation>“{0}” es una carpeta. Abra un archivo exportado que esté dentro.</translation>
    </message>
    <message>
        <source>“{0}” no longer exists; it was removed from Recent files.</source>
        <translation>“{0}” ya no existe; se quitó de Archivos recientes.</translation>
    </message>
    <message>
        <source>“{0}” is not a case export. Open a CSV, TSV, TXT, XLSX, XLSM or XLS file.</source>
        <translation>“{0}” no es una exportación de casos. Abra un archivo CSV, TSV, TXT, XLSX, XLSM o XLS.</translation>
    </message>
    <message>
        <source>A file is still loading. Wait for it or cancel it, then open “{0}”.</source>
        <translation>Todavía se está cargando un archivo. Espere o cancele la carga, y luego abra “{0}”.</translation>
    </message>
    <message>
        <source>Drop one file at a time; only “{0}” was opened.</source>
        <translation>Suelte un solo archivo cada vez; solo se abrió “{0}”.</translation>
    </message>
    <message>
        <source>A file is still loading. Wait for it or cancel it, then open the project.</source>
        <translation>Todavía se está cargando un archivo. Espere o cancele la carga, y luego abra el proyecto.</translation>
    </message>
    <message>
        <source>CTDC Desktop</source>
        <translation>CTDC Desktop</translation>
    </message>
</context>
</TS>
