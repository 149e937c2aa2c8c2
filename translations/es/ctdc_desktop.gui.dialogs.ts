<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About CTDC Desktop</source>
        <translation>Acerca de CTDC Desktop</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CTDC Desktop {0}&lt;/h3&gt;&lt;p&gt;Turns a counter-trafficking case export into de-identified, CTDC-style release data: identifiers removed, categories recoded, and synthetic records that belong to no real person.&lt;/p&gt;&lt;p&gt;It works entirely offline. It never sends anything over a network, never changes your export, and its project files hold your choices, never the data.&lt;/p&gt;&lt;p&gt;Release formats follow the Counter Trafficking Data Collaborative codebooks (Global Synthetic Data, 2021; Global Victim-Perpetrator Synthetic Data, 2022).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CTDC Desktop {0}&lt;/h3&gt;&lt;p&gt;Convierte la exportación de casos de una misión contra la trata en datos de publicación desidentificados, al estilo CTDC: identificadores eliminados, categorías recodificadas y registros sintéticos que no pertenecen a ninguna persona real.&lt;/p&gt;&lt;p&gt;Funciona totalmente sin conexión. Nunca envía nada por una red, nunca modifica su exportación, y sus archivos de proyecto guardan sus decisiones, nunca los datos.&lt;/p&gt;&lt;p&gt;Los formatos de publicación siguen los libros de códigos del Counter Trafficking Data Collaborative (Global Synthetic Data, 2021; Global Victim-Perpetrator Synthetic Data, 2022).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Case exports ({0});;All files (*)</source>
        <translation>Exportaciones de casos ({0});;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>CTDC projects (*{0})</source>
        <translation>Proyectos CTDC (*{0})</translation>
    </message>
    <message>
        <source>Open a case export</source>
        <translation>Abrir una exportación de casos</translation>
    </message>
    <message>
        <source>Open a project</source>
        <translation>Abrir un proyecto</translation>
    </message>
    <message>
        <source>Save the project</source>
        <translation>Guardar el proyecto</translation>
    </message>
    <message>
        <source>victims</source>
        <translation>de víctimas</translation>
    </message>
    <message>
        <source>perpetrators</source>
        <translation>de perpetradores</translation>
    </message>
    <message>
        <source>Source file not found</source>
        <translation>No se encuentra el archivo de origen</translation>
    </message>
    <message>
        <source>The {0} file of this project is not where it was:
{1}

Please show where it is now. You can also pick a newer export with the same columns: every choice saved in the project is applied to it.</source>
        <translation>El archivo {0} de este proyecto ya no está donde estaba:
{1}

Indique dónde está ahora. También puede elegir una exportación más reciente con las mismas columnas: se le aplicarán todas las decisiones guardadas en el proyecto.</translation>
    </message>
    <message>
        <source>Where is “{0}” ({1}) now?</source>
        <translation>¿Dónde está ahora “{0}” ({1})?</translation>
    </message>
    <message>
        <source>Open export</source>
        <translation>Abrir exportación</translation>
    </message>
    <message>
        <source>Victims are already loaded from “{0}”. What is in “{1}”?</source>
        <translation>Ya hay víctimas cargadas desde “{0}”. ¿Qué contiene “{1}”?</translation>
    </message>
    <message>
        <source>Perpetrators: one row per perpetrator, with the case ID of their victim. Victims: replaces the file.</source>
        <translation>Perpetradores: una fila por perpetrador, con el ID de caso de su víctima. Víctimas: sustituye el archivo.</translation>
    </message>
    <message>
        <source>Perpetrators of these victims</source>
        <translation>Perpetradores de estas víctimas</translation>
    </message>
    <message>
        <source>Victims (replace)</source>
        <translation>Víctimas (sustituir)</translation>
    </message>
    <message>
        <source>Save your choices?</source>
        <translation>¿Guardar sus decisiones?</translation>
    </message>
    <message>
        <source>Save the files you opened and the choices you made as a project first?</source>
        <translation>¿Guardar primero los archivos abiertos y las decisiones tomadas como proyecto?</translation>
    </message>
    <message>
        <source>Save the changes to the project “{0}” first?</source>
        <translation>¿Guardar primero los cambios del proyecto “{0}”?</translation>
    </message>
    <message>
        <source>A project holds your choices, never the data. Without it you choose again next time.</source>
        <translation>Un proyecto guarda sus decisiones, nunca los datos. Sin él tendrá que decidir de nuevo la próxima vez.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <source>CTDC Desktop met an unexpected error ({0}) and stopped what it was doing. Your files were not changed.

Please send this report to the support team: {1}
It says where in the program the error happened and holds none of your data.</source>
        <translation>CTDC Desktop encontró un error inesperado ({0}) y detuvo lo que estaba haciendo. Sus archivos no se modificaron.

Envíe este informe al equipo de soporte: {1}
Indica en qué parte del programa ocurrió el error y no contiene ninguno de sus datos.</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>CTDC Desktop user guide</source>
        <translation>Guía del usuario de CTDC Desktop</translation>
    </message>
    <message>
        <source>The user guide (docs/user_guide.md) is missing from this installation. Reinstall CTDC Desktop.</source>
        <translation>Falta la guía del usuario (docs/user_guide.md) en esta instalación. Reinstale CTDC Desktop.</translation>
    </message>
</context>
</TS>
