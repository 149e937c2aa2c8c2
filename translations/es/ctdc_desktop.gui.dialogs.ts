<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About CTDC Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;CTDC Desktop {0}&lt;/h3&gt;&lt;p&gt;Turns a counter-trafficking case export into de-identified, CTDC-style release data: identifiers removed, categories recoded, and synthetic records that belong to no real person.&lt;/p&gt;&lt;p&gt;It works entirely offline. It never sends anything over a network, never changes your export, and its project files hold your choices, never the data.&lt;/p&gt;&lt;p&gt;Release formats follow the Counter Trafficking Data Collaborative codebooks (Global Synthetic Data, 2021; Global Victim-Perpetrator Synthetic Data, 2022).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Case exports ({0});;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CTDC projects (*{0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a case export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>victims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>perpetrators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source file not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {0} file of this project is not where it was:
{1}

Please show where it is now. You can also pick a newer export with the same columns: every choice saved in the project is applied to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where is “{0}” ({1}) now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Victims are already loaded from “{0}”. What is in “{1}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perpetrators: one row per perpetrator, with the case ID of their victim. Victims: replaces the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perpetrators of these victims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Victims (replace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your choices?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the files you opened and the choices you made as a project first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to the project “{0}” first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A project holds your choices, never the data. Without it you choose again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CTDC Desktop met an unexpected error ({0}) and stopped what it was doing. Your files were not changed.

Please send this report to the support team: {1}
It says where in the program the error happened and holds none of your data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>CTDC Desktop user guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user guide (docs/user_guide.md) is missing from this installation. Reinstall CTDC Desktop.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
