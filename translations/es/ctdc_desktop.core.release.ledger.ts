<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Ledger</name>
    <message>
        <source>“{0}” has spent ε = {1:g} of its cap of {2:g}; this release would bring it to {3:g}.</source>
        <translation>“{0}” ha gastado ε = {1:g} de su límite de {2:g}; esta publicación lo llevaría a {3:g}.</translation>
    </message>
    <message>
        <source>That is past the cap of {0:g}: the release is refused. Releasing the same records again and again adds up to a weak guarantee. Publish fewer releases, use a smaller ε, or raise the cap only if your data protection officer agrees.</source>
        <translation>Eso supera el límite de {0:g}: la publicación se rechaza. Publicar los mismos registros una y otra vez acaba dando una garantía débil. Publique menos veces, use un ε más pequeño, o suba el límite solo si su delegado de protección de datos está de acuerdo.</translation>
    </message>
    <message>
        <source>That is close to the cap of {0:g}: few further releases of this dataset will be possible.</source>
        <translation>Eso se acerca al límite de {0:g}: serán posibles pocas publicaciones más de este conjunto de datos.</translation>
    </message>
    <message>
        <source>The privacy budget ledger {0} cannot be read ({1}). It was left as it is. Restore it from a backup, or ask your data protection officer before moving it aside: without it, the budget already spent on your datasets is forgotten.</source>
        <translation>El registro del presupuesto de privacidad {0} no se puede leer ({1}). Se dejó como estaba. Restáurelo desde una copia de seguridad, o consulte a su delegado de protección de datos antes de apartarlo: sin él, se olvida el presupuesto ya gastado por sus conjuntos de datos.</translation>
    </message>
    <message>
        <source>The privacy budget ledger {0} is damaged ({1}). It was left as it is. Restore it from a backup, or ask your data protection officer before moving it aside: without it, the budget already spent on your datasets is forgotten.</source>
        <translation>El registro del presupuesto de privacidad {0} está dañado ({1}). Se dejó como estaba. Restáurelo desde una copia de seguridad, o consulte a su delegado de protección de datos antes de apartarlo: sin él, se olvida el presupuesto ya gastado por sus conjuntos de datos.</translation>
    </message>
    <message>
        <source>The privacy budget ledger {0} cannot be written ({1}); nothing was changed. Check that the application-data folder can be written to.</source>
        <translation>El registro del presupuesto de privacidad {0} no se puede escribir ({1}); no se cambió nada. Compruebe que se puede escribir en la carpeta de datos de la aplicación.</translation>
    </message>
    <message>
        <source>The privacy budget ledger {0} is being changed by another copy of CTDC Desktop, which has not finished after {1:g} seconds; nothing was changed. Wait for the other export to end, then try again.</source>
        <translation>Otra copia de CTDC Desktop está modificando el registro del presupuesto de privacidad {0} y no ha terminado tras {1:g} segundos; no se ha cambiado nada. Espere a que termine la otra exportación y vuelva a intentarlo.</translation>
    </message>
</context>
</TS>
