<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Recipe</name>
    <message>
        <source>CTDC Global Synthetic Data (September 2021)</source>
        <translation>Datos sintéticos globales del CTDC (septiembre de 2021)</translation>
    </message>
    <message>
        <source>One row per victim, 37 variables; k-anonymous synthesis with reporting resolution k = 10.</source>
        <translation>Una fila por víctima, 37 variables; síntesis k-anónima con resolución de publicación k = 10.</translation>
    </message>
    <message>
        <source>The year in which the individual was registered and assisted, or first reported.</source>
        <translation>El año en que la persona fue registrada y asistida, o notificada por primera vez.</translation>
    </message>
    <message>
        <source>The individual&apos;s expression or condition of being male, female, both or neither.</source>
        <translation>La expresión o condición de la persona: hombre, mujer, ambos o ninguno.</translation>
    </message>
    <message>
        <source>sex assigned at birth is male and the individual identifies as male</source>
        <translation>sexo asignado al nacer masculino y la persona se identifica como hombre</translation>
    </message>
    <message>
        <source>sex assigned at birth is female and the individual identifies as female</source>
        <translation>sexo asignado al nacer femenino y la persona se identifica como mujer</translation>
    </message>
    <message>
        <source>expression of gender outside binary expectations; not further disaggregated</source>
        <translation>expresión de género fuera de las expectativas binarias; sin mayor desglose</translation>
    </message>
    <message>
        <source>The individual&apos;s age at registration or first report, in nine bands.</source>
        <translation>La edad de la persona al registrarse o en la primera notificación, en nueve tramos.</translation>
    </message>
    <message>
        <source>From the age column; where it is empty, from the birth date and the registration date.</source>
        <translation>A partir de la columna de la edad; cuando está vacía, a partir de la fecha de nacimiento y la fecha de registro.</translation>
    </message>
    <message>
        <source>The individual&apos;s majority status when exploitation first began.</source>
        <translation>La condición de mayoría de edad de la persona cuando comenzó la explotación.</translation>
    </message>
    <message>
        <source>The sample export has no age or date at the start of exploitation (only at registration); left empty.</source>
        <translation>La exportación de ejemplo no tiene edad ni fecha al inicio de la explotación (solo al registro); se deja vacía.</translation>
    </message>
    <message>
        <source>any person under the age of 18</source>
        <translation>toda persona menor de 18 años</translation>
    </message>
    <message>
        <source>any person who is 18 or older</source>
        <translation>toda persona de 18 años o más</translation>
    </message>
    <message>
        <source>The individual&apos;s country of citizenship (first one reported), ISO 3166-1 alpha-3.</source>
        <translation>El país de ciudadanía de la persona (el primero notificado), ISO 3166-1 alfa-3.</translation>
    </message>
    <message>
        <source>The country where the victim was first supported, identified or referred, ISO 3166-1 alpha-3.</source>
        <translation>El país donde la víctima fue apoyada, identificada o derivada por primera vez, ISO 3166-1 alfa-3.</translation>
    </message>
    <message>
        <source>The reported duration of trafficking in months.</source>
        <translation>La duración notificada de la trata, en meses.</translation>
    </message>
    <message>
        <source>The sample export does not record how long the trafficking lasted. With a months column use recoder &quot;bands&quot; with bands 0-12, 13-24, 25-60 and 61+ and these labels.</source>
        <translation>La exportación de ejemplo no registra cuánto duró la trata. Con una columna de meses, use el recodificador &quot;bands&quot; con los tramos 0-12, 13-24, 25-60 y 61+ y estas etiquetas.</translation>
    </message>
    <message>
        <source>Forced to work to pay off a created or perceived debt.</source>
        <translation>Obligada a trabajar para pagar una deuda creada o percibida.</translation>
    </message>
    <message>
        <source>The exploiters took the individual&apos;s earnings to control them.</source>
        <translation>Los explotadores se quedaron con las ganancias de la persona para controlarla.</translation>
    </message>
    <message>
        <source>Threats of harm or loss to the individual or another.</source>
        <translation>Amenazas de daño o pérdida a la persona o a otra.</translation>
    </message>
    <message>
        <source>Emotionally abusive, deceptive or devious tactics.</source>
        <translation>Tácticas emocionalmente abusivas, engañosas o tortuosas.</translation>
    </message>
    <message>
        <source>Acts to cause physical injury, pain or trauma.</source>
        <translation>Actos para causar lesión, dolor o trauma físico.</translation>
    </message>
    <message>
        <source>Unwanted or non-consenting sexual contact used to control the individual.</source>
        <translation>Contacto sexual no deseado o no consentido usado para controlar a la persona.</translation>
    </message>
    <message>
        <source>Tricked into the situation by deception and false pretenses.</source>
        <translation>Llevada a la situación mediante engaño y falsos pretextos.</translation>
    </message>
    <message>
        <source>Substances used to make the individual compliant.</source>
        <translation>Sustancias usadas para volver dócil a la persona.</translation>
    </message>
    <message>
        <source>Isolated, confined or limited in movement.</source>
        <translation>Aislada, confinada o limitada en sus movimientos.</translation>
    </message>
    <message>
        <source>Access to medical or health services limited.</source>
        <translation>Acceso limitado a servicios médicos o de salud.</translation>
    </message>
    <message>
        <source>Required to work far more hours than contracted or promised.</source>
        <translation>Obligada a trabajar muchas más horas de las contratadas o prometidas.</translation>
    </message>
    <message>
        <source>Threatened with law enforcement or immigration authorities.</source>
        <translation>Amenazada con la policía o las autoridades de inmigración.</translation>
    </message>
    <message>
        <source>Basic living necessities denied or restricted.</source>
        <translation>Necesidades básicas de vida negadas o restringidas.</translation>
    </message>
    <message>
        <source>Access to important documents limited or controlled.</source>
        <translation>Acceso a documentos importantes limitado o controlado.</translation>
    </message>
    <message>
        <source>Another tactic of power and control; includes restricting financial access and using children.</source>
        <translation>Otra táctica de poder y control; incluye restringir el acceso al dinero y usar a niños.</translation>
    </message>
    <message>
        <source>Rare means of control grouped as Other, as the codebook does (RestrictsFinancialAccess, UsesChildren).</source>
        <translation>Medios de control poco frecuentes agrupados como Other, como hace el libro de códigos (RestrictsFinancialAccess, UsesChildren).</translation>
    </message>
    <message>
        <source>Trafficked for forced labour (sexual services excluded).</source>
        <translation>Víctima de trata con fines de trabajo forzoso (servicios sexuales excluidos).</translation>
    </message>
    <message>
        <source>Trafficked for sexual exploitation.</source>
        <translation>Víctima de trata con fines de explotación sexual.</translation>
    </message>
    <message>
        <source>Trafficked for another exploitation (forced marriage, forced military, organ removal).</source>
        <translation>Víctima de trata para otra explotación (matrimonio forzado, servicio militar forzado, extracción de órganos).</translation>
    </message>
    <message>
        <source>Forced labour in crop and animal production (ISIC A 01).</source>
        <translation>Trabajo forzoso en la producción agrícola y ganadera (CIIU A 01).</translation>
    </message>
    <message>
        <source>Industries listed with an empty value leave this flag empty; an industry not listed is shown as unmapped.</source>
        <translation>Los sectores listados con un valor vacío dejan vacío este indicador; un sector no listado aparece como sin asignar.</translation>
    </message>
    <message>
        <source>Forced labour in construction (ISIC F).</source>
        <translation>Trabajo forzoso en la construcción (CIIU F).</translation>
    </message>
    <message>
        <source>Forced labour in households as employers (ISIC T).</source>
        <translation>Trabajo forzoso en hogares como empleadores (CIIU T).</translation>
    </message>
    <message>
        <source>Forced labour in accommodation and food services (ISIC I).</source>
        <translation>Trabajo forzoso en alojamiento y servicios de comida (CIIU I).</translation>
    </message>
    <message>
        <source>Forced labour of a type outside agriculture, construction, domestic work and hospitality.</source>
        <translation>Trabajo forzoso de un tipo distinto de la agricultura, la construcción, el trabajo doméstico y la hostelería.</translation>
    </message>
    <message>
        <source>Every industry without its own variable counts here (manufacturing, mining, begging, ...), as in the codebook.</source>
        <translation>Todo sector sin variable propia cuenta aquí (manufactura, minería, mendicidad, ...), como en el libro de códigos.</translation>
    </message>
    <message>
        <source>Exploited in sexual acts for payment.</source>
        <translation>Explotada en actos sexuales a cambio de pago.</translation>
    </message>
    <message>
        <source>Values listed with an empty value leave this flag empty; a value not listed is shown as unmapped.</source>
        <translation>Los valores listados con un valor vacío dejan vacío este indicador; un valor no listado aparece como sin asignar.</translation>
    </message>
    <message>
        <source>Exploited in the production of pornography.</source>
        <translation>Explotada en la producción de pornografía.</translation>
    </message>
    <message>
        <source>Sexual exploitation other than prostitution and pornography (remote interactive, private services).</source>
        <translation>Explotación sexual distinta de la prostitución y la pornografía (interactiva a distancia, servicios privados).</translation>
    </message>
    <message>
        <source>The recruiter was a current or former romantic partner.</source>
        <translation>El reclutador era una pareja sentimental actual o anterior.</translation>
    </message>
    <message>
        <source>Relationships listed with an empty value leave this flag empty; one not listed is shown as unmapped.</source>
        <translation>Las relaciones listadas con un valor vacío dejan vacío este indicador; una no listada aparece como sin asignar.</translation>
    </message>
    <message>
        <source>The recruiter was a friend or acquaintance.</source>
        <translation>El reclutador era un amigo o conocido.</translation>
    </message>
    <message>
        <source>The recruiter was family, a custodian or a guardian.</source>
        <translation>El reclutador era un familiar, un custodio o un tutor.</translation>
    </message>
    <message>
        <source>The recruiter had another notable relationship (labour broker, employer, smuggler, ...).</source>
        <translation>El reclutador tenía otra relación notable (intermediario laboral, empleador, traficante de migrantes, ...).</translation>
    </message>
    <message>
        <source>CTDC Global Victim-Perpetrator Synthetic Data (December 2022)</source>
        <translation>Datos sintéticos globales de víctimas y perpetradores del CTDC (diciembre de 2022)</translation>
    </message>
    <message>
        <source>One row per victim; perpetrator variables summarise up to six perpetrators per victim. DP synthesis.</source>
        <translation>Una fila por víctima; las variables de perpetradores resumen hasta seis perpetradores por víctima. Síntesis con privacidad diferencial.</translation>
    </message>
    <message>
        <source>The year in which the victim was registered and assisted, in bands that follow IOM&apos;s database timeline.</source>
        <translation>El año en que la víctima fue registrada y asistida, en tramos que siguen la cronología de la base de datos de la OIM.</translation>
    </message>
    <message>
        <source>Years before 2005 and after 2022 are outside the codebook&apos;s bands and are set to missing.</source>
        <translation>Los años anteriores a 2005 y posteriores a 2022 están fuera de los tramos del libro de códigos y se marcan como faltantes.</translation>
    </message>
    <message>
        <source>legacy records and the first MiMOSA years</source>
        <translation>registros antiguos y primeros años de MiMOSA</translation>
    </message>
    <message>
        <source>the old MiMOSA web form</source>
        <translation>el antiguo formulario web de MiMOSA</translation>
    </message>
    <message>
        <source>the new web form with the perpetrator module</source>
        <translation>el nuevo formulario web con el módulo de perpetradores</translation>
    </message>
    <message>
        <source>grouped: not all country data consolidated yet</source>
        <translation>agrupados: aún no se han consolidado los datos de todos los países</translation>
    </message>
    <message>
        <source>The victim&apos;s gender.</source>
        <translation>El género de la víctima.</translation>
    </message>
    <message>
        <source>The codebook leaves out other gender identities: too few observations to release them safely.</source>
        <translation>El libro de códigos omite otras identidades de género: hay muy pocas observaciones para publicarlas con seguridad.</translation>
    </message>
    <message>
        <source>identifies with a gender role most usually attributed to a woman</source>
        <translation>se identifica con un rol de género atribuido con mayor frecuencia a una mujer</translation>
    </message>
    <message>
        <source>identifies with a gender role most usually attributed to a man</source>
        <translation>se identifica con un rol de género atribuido con mayor frecuencia a un hombre</translation>
    </message>
    <message>
        <source>The victim&apos;s majority status at registration: Minor under 18, Adult from 18.</source>
        <translation>La condición de mayoría de edad de la víctima al registrarse: Minor antes de los 18 años, Adult desde los 18.</translation>
    </message>
    <message>
        <source>the victim is 18 years old or older</source>
        <translation>la víctima tiene 18 años o más</translation>
    </message>
    <message>
        <source>the victim&apos;s age is less than 18 years</source>
        <translation>la víctima tiene menos de 18 años</translation>
    </message>
    <message>
        <source>The victim was trafficked for forced labour (sexual services excluded).</source>
        <translation>La víctima fue objeto de trata con fines de trabajo forzoso (servicios sexuales excluidos).</translation>
    </message>
    <message>
        <source>The victim was trafficked for sexual exploitation.</source>
        <translation>La víctima fue objeto de trata con fines de explotación sexual.</translation>
    </message>
    <message>
        <source>The UN continental region of the victim&apos;s country of citizenship.</source>
        <translation>La región continental de la ONU del país de ciudadanía de la víctima.</translation>
    </message>
    <message>
        <source>The UN continental region of the country the victim was exploited in.</source>
        <translation>La región continental de la ONU del país donde la víctima fue explotada.</translation>
    </message>
    <message>
        <source>The victim considers a perpetrator a recruiter or a broker.</source>
        <translation>La víctima considera a un perpetrador como reclutador o intermediario.</translation>
    </message>
    <message>
        <source>Check-boxes &apos;Recruiter/Recruitment intermediary&apos; and &apos;Broker/travel agent&apos; of the MiMOSA form.</source>
        <translation>Casillas «Recruiter/Recruitment intermediary» y «Broker/travel agent» del formulario MiMOSA.</translation>
    </message>
    <message>
        <source>A perpetrator transported, transferred, harboured, smuggled, sold, bought or received the victim.</source>
        <translation>Un perpetrador transportó, trasladó, acogió, pasó de contrabando, vendió, compró o recibió a la víctima.</translation>
    </message>
    <message>
        <source>&apos;Travelling partner&apos; and &apos;Other&apos; are in no role variable: the codebook&apos;s definitions do not name them.</source>
        <translation>«Travelling partner» y «Other» no están en ninguna variable de rol: las definiciones del libro de códigos no los nombran.</translation>
    </message>
    <message>
        <source>The victim considers a perpetrator a controller, an abuser or a kidnapper.</source>
        <translation>La víctima considera a un perpetrador como controlador, abusador o secuestrador.</translation>
    </message>
    <message>
        <source>The victim considers a perpetrator an exploiter.</source>
        <translation>La víctima considera a un perpetrador como explotador.</translation>
    </message>
    <message>
        <source>The relationship between the victim and the perpetrators (several when they differ).</source>
        <translation>La relación entre la víctima y los perpetradores (varias cuando difieren).</translation>
    </message>
    <message>
        <source>An unknown relationship is StrangerUnknownOther, as the codebook defines it.</source>
        <translation>Una relación desconocida es StrangerUnknownOther, como la define el libro de códigos.</translation>
    </message>
    <message>
        <source>a family member or intimate partner of the victim</source>
        <translation>un familiar o pareja íntima de la víctima</translation>
    </message>
    <message>
        <source>a friend or acquaintance of the victim</source>
        <translation>un amigo o conocido de la víctima</translation>
    </message>
    <message>
        <source>a stranger, another kind of relationship, or an unknown one</source>
        <translation>un desconocido, otro tipo de relación, o una relación desconocida</translation>
    </message>
    <message>
        <source>The perpetrators&apos; gender as the victim reports it.</source>
        <translation>El género de los perpetradores, según lo informa la víctima.</translation>
    </message>
    <message>
        <source>The perpetrators&apos; age in four bands, as the victim reports it.</source>
        <translation>La edad de los perpetradores en cuatro tramos, según la informa la víctima.</translation>
    </message>
    <message>
        <source>The UN continental region of the perpetrators&apos; citizenship, as the victim reports it.</source>
        <translation>La región continental de la ONU de la ciudadanía de los perpetradores, según la informa la víctima.</translation>
    </message>
    <message>
        <source>The codebook text also lists Oceania alone; the published data and TabStat use Americas/Oceania only.</source>
        <translation>El texto del libro de códigos también lista Oceania sola; los datos publicados y TabStat usan solo Americas/Oceania.</translation>
    </message>
    <message>
        <source>Whether the victim paid money to the perpetrators (No;Yes when some and not others).</source>
        <translation>Si la víctima pagó dinero a los perpetradores (No;Yes cuando pagó a algunos y no a otros).</translation>
    </message>
</context>
</TS>
