<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Recipe</name>
    <message>
        <source>CTDC Global Synthetic Data (September 2021)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per victim, 37 variables; k-anonymous synthesis with reporting resolution k = 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year in which the individual was registered and assisted, or first reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The individual&apos;s expression or condition of being male, female, both or neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sex assigned at birth is male and the individual identifies as male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sex assigned at birth is female and the individual identifies as female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expression of gender outside binary expectations; not further disaggregated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The individual&apos;s age at registration or first report, in nine bands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the age column; where it is empty, from the birth date and the registration date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The individual&apos;s majority status when exploitation first began.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample export has no age or date at the start of exploitation (only at registration); left empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any person under the age of 18</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any person who is 18 or older</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The individual&apos;s country of citizenship (first one reported), ISO 3166-1 alpha-3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The country where the victim was first supported, identified or referred, ISO 3166-1 alpha-3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reported duration of trafficking in months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample export does not record how long the trafficking lasted. With a months column use recoder &quot;bands&quot; with bands 0-12, 13-24, 25-60 and 61+ and these labels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forced to work to pay off a created or perceived debt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exploiters took the individual&apos;s earnings to control them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threats of harm or loss to the individual or another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emotionally abusive, deceptive or devious tactics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acts to cause physical injury, pain or trauma.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unwanted or non-consenting sexual contact used to control the individual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tricked into the situation by deception and false pretenses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substances used to make the individual compliant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Isolated, confined or limited in movement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to medical or health services limited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required to work far more hours than contracted or promised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threatened with law enforcement or immigration authorities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic living necessities denied or restricted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to important documents limited or controlled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another tactic of power and control; includes restricting financial access and using children.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rare means of control grouped as Other, as the codebook does (RestrictsFinancialAccess, UsesChildren).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trafficked for forced labour (sexual services excluded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trafficked for sexual exploitation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trafficked for another exploitation (forced marriage, forced military, organ removal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forced labour in crop and animal production (ISIC A 01).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industries listed with an empty value leave this flag empty; an industry not listed is shown as unmapped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forced labour in construction (ISIC F).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forced labour in households as employers (ISIC T).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forced labour in accommodation and food services (ISIC I).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forced labour of a type outside agriculture, construction, domestic work and hospitality.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every industry without its own variable counts here (manufacturing, mining, begging, ...), as in the codebook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exploited in sexual acts for payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values listed with an empty value leave this flag empty; a value not listed is shown as unmapped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exploited in the production of pornography.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sexual exploitation other than prostitution and pornography (remote interactive, private services).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recruiter was a current or former romantic partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationships listed with an empty value leave this flag empty; one not listed is shown as unmapped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recruiter was a friend or acquaintance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recruiter was family, a custodian or a guardian.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recruiter had another notable relationship (labour broker, employer, smuggler, ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CTDC Global Victim-Perpetrator Synthetic Data (December 2022)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per victim; perpetrator variables summarise up to six perpetrators per victim. DP synthesis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year in which the victim was registered and assisted, in bands that follow IOM&apos;s database timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years before 2005 and after 2022 are outside the codebook&apos;s bands and are set to missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>legacy records and the first MiMOSA years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the old MiMOSA web form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new web form with the perpetrator module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grouped: not all country data consolidated yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The victim&apos;s gender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The codebook leaves out other gender identities: too few observations to release them safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identifies with a gender role most usually attributed to a woman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identifies with a gender role most usually attributed to a man</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The victim&apos;s majority status at registration: Minor under 18, Adult from 18.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the victim is 18 years old or older</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the victim&apos;s age is less than 18 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The victim was trafficked for forced labour (sexual services excluded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The victim was trafficked for sexual exploitation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The UN continental region of the victim&apos;s country of citizenship.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The UN continental region of the country the victim was exploited in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The victim considers a perpetrator a recruiter or a broker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-boxes &apos;Recruiter/Recruitment intermediary&apos; and &apos;Broker/travel agent&apos; of the MiMOSA form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A perpetrator transported, transferred, harboured, smuggled, sold, bought or received the victim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;Travelling partner&apos; and &apos;Other&apos; are in no role variable: the codebook&apos;s definitions do not name them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The victim considers a perpetrator a controller, an abuser or a kidnapper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The victim considers a perpetrator an exploiter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relationship between the victim and the perpetrators (several when they differ).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unknown relationship is StrangerUnknownOther, as the codebook defines it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a family member or intimate partner of the victim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a friend or acquaintance of the victim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a stranger, another kind of relationship, or an unknown one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The perpetrators&apos; gender as the victim reports it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The perpetrators&apos; age in four bands, as the victim reports it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The UN continental region of the perpetrators&apos; citizenship, as the victim reports it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The codebook text also lists Oceania alone; the published data and TabStat use Americas/Oceania only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the victim paid money to the perpetrators (No;Yes when some and not others).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
