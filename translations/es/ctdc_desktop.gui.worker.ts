<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>StepWorker</name>
    <message>
        <source>There was not enough memory to finish. Close other programs and try again, or split the file into smaller parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({kind}), so this step was stopped. Your files were not changed. Please try again; if it happens again, send the log file to your support contact (it holds no case data).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
