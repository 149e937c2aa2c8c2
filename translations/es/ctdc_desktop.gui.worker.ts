<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>StepWorker</name>
    <message>
        <source>There was not enough memory to finish. Close other programs and try again, or split the file into smaller parts.</source>
        <translation>No hubo memoria suficiente para terminar. Cierre otros programas e inténtelo de nuevo, o divida el archivo en partes más pequeñas.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({kind}), so this step was stopped. Your files were not changed. Please try again; if it happens again, send the log file to your support contact (it holds no case data).</source>
        <translation>Ocurrió un problema inesperado ({kind}) y se detuvo este paso. Sus archivos no se modificaron. Inténtelo de nuevo; si vuelve a ocurrir, envíe el archivo de registro a su contacto de soporte (no contiene datos de casos).</translation>
    </message>
</context>
</TS>
