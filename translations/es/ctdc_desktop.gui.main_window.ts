<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>MainWindow</name>
    <message>
        <source>Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synthesize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save project &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About CTDC Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes the next time CTDC Desktop starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed from Recent files because they no longer exist: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” is a folder. Open one export file from inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” no longer exists; it was removed from Recent files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” is not a case export. Open a CSV, TSV, TXT, XLSX, XLSM or XLS file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file is still loading. Wait for it or cancel it, then open “{0}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop one file at a time; only “{0}” was opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file is still loading. Wait for it or cancel it, then open the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CTDC Desktop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
