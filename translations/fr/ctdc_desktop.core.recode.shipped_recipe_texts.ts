<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Recipe</name>
    <message>
        <source>CTDC Global Synthetic Data (September 2021)</source>
        <translation>Données synthétiques mondiales du CTDC (septembre 2021)</translation>
    </message>
    <message>
        <source>One row per victim, 37 variables; k-anonymous synthesis with reporting resolution k = 10.</source>
        <translation>Une ligne par victime, 37 variables&#xa0;; synthèse k-anonyme avec une résolution de publication k = 10.</translation>
    </message>
    <message>
        <source>The year in which the individual was registered and assisted, or first reported.</source>
        <translation>L&apos;année où la personne a été enregistrée et assistée, ou signalée pour la première fois.</translation>
    </message>
    <message>
        <source>The individual&apos;s expression or condition of being male, female, both or neither.</source>
        <translation>L&apos;expression ou la condition de la personne&#xa0;: homme, femme, les deux ou aucun des deux.</translation>
    </message>
    <message>
        <source>sex assigned at birth is male and the individual identifies as male</source>
        <translation>sexe masculin à la naissance et la personne s&apos;identifie comme homme</translation>
    </message>
    <message>
        <source>sex assigned at birth is female and the individual identifies as female</source>
        <translation>sexe féminin à la naissance et la personne s&apos;identifie comme femme</translation>
    </message>
    <message>
        <source>expression of gender outside binary expectations; not further disaggregated</source>
        <translation>expression de genre hors des attentes binaires&#xa0;; pas de ventilation plus fine</translation>
    </message>
    <message>
        <source>The individual&apos;s age at registration or first report, in nine bands.</source>
        <translation>L&apos;âge de la personne à l&apos;enregistrement ou au premier signalement, en neuf tranches.</translation>
    </message>
    <message>
        <source>From the age column; where it is empty, from the birth date and the registration date.</source>
        <translation>D&apos;après la colonne de l&apos;âge&#xa0;; quand elle est vide, d&apos;après la date de naissance et la date d&apos;enregistrement.</translation>
    </message>
    <message>
        <source>The individual&apos;s majority status when exploitation first began.</source>
        <translation>Le statut de majorité de la personne au début de l&apos;exploitation.</translation>
    </message>
    <message>
        <source>The sample export has no age or date at the start of exploitation (only at registration); left empty.</source>
        <translation>L&apos;export d&apos;exemple n&apos;a ni âge ni date au début de l&apos;exploitation (seulement à l&apos;enregistrement)&#xa0;; laissé vide.</translation>
    </message>
    <message>
        <source>any person under the age of 18</source>
        <translation>toute personne de moins de 18 ans</translation>
    </message>
    <message>
        <source>any person who is 18 or older</source>
        <translation>toute personne de 18 ans ou plus</translation>
    </message>
    <message>
        <source>The individual&apos;s country of citizenship (first one reported), ISO 3166-1 alpha-3.</source>
        <translation>Le pays de nationalité de la personne (le premier signalé), ISO 3166-1 alpha-3.</translation>
    </message>
    <message>
        <source>The country where the victim was first supported, identified or referred, ISO 3166-1 alpha-3.</source>
        <translation>Le pays où la victime a d&apos;abord été soutenue, identifiée ou orientée, ISO 3166-1 alpha-3.</translation>
    </message>
    <message>
        <source>The reported duration of trafficking in months.</source>
        <translation>La durée signalée de la traite, en mois.</translation>
    </message>
    <message>
        <source>The sample export does not record how long the trafficking lasted. With a months column use recoder &quot;bands&quot; with bands 0-12, 13-24, 25-60 and 61+ and these labels.</source>
        <translation>L&apos;export d&apos;exemple n&apos;indique pas combien de temps la traite a duré. Avec une colonne de mois, utilisez le recodeur &quot;bands&quot; avec les tranches 0-12, 13-24, 25-60 et 61+ et ces libellés.</translation>
    </message>
    <message>
        <source>Forced to work to pay off a created or perceived debt.</source>
        <translation>Forcée à travailler pour rembourser une dette créée ou perçue.</translation>
    </message>
    <message>
        <source>The exploiters took the individual&apos;s earnings to control them.</source>
        <translation>Les exploiteurs ont pris les gains de la personne pour la contrôler.</translation>
    </message>
    <message>
        <source>Threats of harm or loss to the individual or another.</source>
        <translation>Menaces de préjudice ou de perte envers la personne ou autrui.</translation>
    </message>
    <message>
        <source>Emotionally abusive, deceptive or devious tactics.</source>
        <translation>Tactiques émotionnellement abusives, trompeuses ou sournoises.</translation>
    </message>
    <message>
        <source>Acts to cause physical injury, pain or trauma.</source>
        <translation>Actes visant à causer une blessure, une douleur ou un traumatisme physique.</translation>
    </message>
    <message>
        <source>Unwanted or non-consenting sexual contact used to control the individual.</source>
        <translation>Contact sexuel non désiré ou non consenti utilisé pour contrôler la personne.</translation>
    </message>
    <message>
        <source>Tricked into the situation by deception and false pretenses.</source>
        <translation>Amenée dans la situation par la tromperie et de faux prétextes.</translation>
    </message>
    <message>
        <source>Substances used to make the individual compliant.</source>
        <translation>Substances utilisées pour rendre la personne docile.</translation>
    </message>
    <message>
        <source>Isolated, confined or limited in movement.</source>
        <translation>Isolée, enfermée ou limitée dans ses déplacements.</translation>
    </message>
    <message>
        <source>Access to medical or health services limited.</source>
        <translation>Accès aux services médicaux ou de santé limité.</translation>
    </message>
    <message>
        <source>Required to work far more hours than contracted or promised.</source>
        <translation>Obligée de travailler bien plus d&apos;heures que prévu au contrat ou promis.</translation>
    </message>
    <message>
        <source>Threatened with law enforcement or immigration authorities.</source>
        <translation>Menacée de la police ou des autorités d&apos;immigration.</translation>
    </message>
    <message>
        <source>Basic living necessities denied or restricted.</source>
        <translation>Besoins vitaux de base refusés ou restreints.</translation>
    </message>
    <message>
        <source>Access to important documents limited or controlled.</source>
        <translation>Accès aux documents importants limité ou contrôlé.</translation>
    </message>
    <message>
        <source>Another tactic of power and control; includes restricting financial access and using children.</source>
        <translation>Une autre tactique de pouvoir et de contrôle&#xa0;; comprend la restriction de l&apos;accès à l&apos;argent et l&apos;utilisation d&apos;enfants.</translation>
    </message>
    <message>
        <source>Rare means of control grouped as Other, as the codebook does (RestrictsFinancialAccess, UsesChildren).</source>
        <translation>Moyens de contrôle rares regroupés sous Other, comme le fait le livre de codes (RestrictsFinancialAccess, UsesChildren).</translation>
    </message>
    <message>
        <source>Trafficked for forced labour (sexual services excluded).</source>
        <translation>Victime de traite à des fins de travail forcé (services sexuels exclus).</translation>
    </message>
    <message>
        <source>Trafficked for sexual exploitation.</source>
        <translation>Victime de traite à des fins d&apos;exploitation sexuelle.</translation>
    </message>
    <message>
        <source>Trafficked for another exploitation (forced marriage, forced military, organ removal).</source>
        <translation>Victime de traite pour une autre exploitation (mariage forcé, service militaire forcé, prélèvement d&apos;organes).</translation>
    </message>
    <message>
        <source>Forced labour in crop and animal production (ISIC A 01).</source>
        <translation>Travail forcé dans la culture et l&apos;élevage (CITI A 01).</translation>
    </message>
    <message>
        <source>Industries listed with an empty value leave this flag empty; an industry not listed is shown as unmapped.</source>
        <translation>Les secteurs listés avec une valeur vide laissent cet indicateur vide&#xa0;; un secteur non listé apparaît comme non associé.</translation>
    </message>
    <message>
        <source>Forced labour in construction (ISIC F).</source>
        <translation>Travail forcé dans la construction (CITI F).</translation>
    </message>
    <message>
        <source>Forced labour in households as employers (ISIC T).</source>
        <translation>Travail forcé chez des ménages employeurs (CITI T).</translation>
    </message>
    <message>
        <source>Forced labour in accommodation and food services (ISIC I).</source>
        <translation>Travail forcé dans l&apos;hébergement et la restauration (CITI I).</translation>
    </message>
    <message>
        <source>Forced labour of a type outside agriculture, construction, domestic work and hospitality.</source>
        <translation>Travail forcé d&apos;un type autre que l&apos;agriculture, la construction, le travail domestique et l&apos;hôtellerie.</translation>
    </message>
    <message>
        <source>Every industry without its own variable counts here (manufacturing, mining, begging, ...), as in the codebook.</source>
        <translation>Tout secteur sans variable propre compte ici (industrie, mines, mendicité, ...), comme dans le livre de codes.</translation>
    </message>
    <message>
        <source>Exploited in sexual acts for payment.</source>
        <translation>Exploitée dans des actes sexuels contre paiement.</translation>
    </message>
    <message>
        <source>Values listed with an empty value leave this flag empty; a value not listed is shown as unmapped.</source>
        <translation>Les valeurs listées avec une valeur vide laissent cet indicateur vide&#xa0;; une valeur non listée apparaît comme non associée.</translation>
    </message>
    <message>
        <source>Exploited in the production of pornography.</source>
        <translation>Exploitée dans la production de pornographie.</translation>
    </message>
    <message>
        <source>Sexual exploitation other than prostitution and pornography (remote interactive, private services).</source>
        <translation>Exploitation sexuelle autre que la prostitution et la pornographie (interactive à distance, services privés).</translation>
    </message>
    <message>
        <source>The recruiter was a current or former romantic partner.</source>
        <translation>Le recruteur était un partenaire amoureux actuel ou ancien.</translation>
    </message>
    <message>
        <source>Relationships listed with an empty value leave this flag empty; one not listed is shown as unmapped.</source>
        <translation>Les liens listés avec une valeur vide laissent cet indicateur vide&#xa0;; un lien non listé apparaît comme non associé.</translation>
    </message>
    <message>
        <source>The recruiter was a friend or acquaintance.</source>
        <translation>Le recruteur était un ami ou une connaissance.</translation>
    </message>
    <message>
        <source>The recruiter was family, a custodian or a guardian.</source>
        <translation>Le recruteur était un membre de la famille, un gardien ou un tuteur.</translation>
    </message>
    <message>
        <source>The recruiter had another notable relationship (labour broker, employer, smuggler, ...).</source>
        <translation>Le recruteur avait un autre lien notable (intermédiaire de main-d&apos;œuvre, employeur, passeur, ...).</translation>
    </message>
    <message>
        <source>CTDC Global Victim-Perpetrator Synthetic Data (December 2022)</source>
        <translation>Données synthétiques mondiales victimes-auteurs du CTDC (décembre 2022)</translation>
    </message>
    <message>
        <source>One row per victim; perpetrator variables summarise up to six perpetrators per victim. DP synthesis.</source>
        <translation>Une ligne par victime&#xa0;; les variables des auteurs résument jusqu&apos;à six auteurs par victime. Synthèse à confidentialité différentielle.</translation>
    </message>
    <message>
        <source>The year in which the victim was registered and assisted, in bands that follow IOM&apos;s database timeline.</source>
        <translation>L&apos;année où la victime a été enregistrée et assistée, en tranches qui suivent l&apos;historique de la base de données de l&apos;OIM.</translation>
    </message>
    <message>
        <source>Years before 2005 and after 2022 are outside the codebook&apos;s bands and are set to missing.</source>
        <translation>Les années avant 2005 et après 2022 sont hors des tranches du livre de codes et sont marquées comme manquantes.</translation>
    </message>
    <message>
        <source>legacy records and the first MiMOSA years</source>
        <translation>anciens dossiers et premières années de MiMOSA</translation>
    </message>
    <message>
        <source>the old MiMOSA web form</source>
        <translation>l&apos;ancien formulaire web de MiMOSA</translation>
    </message>
    <message>
        <source>the new web form with the perpetrator module</source>
        <translation>le nouveau formulaire web avec le module des auteurs</translation>
    </message>
    <message>
        <source>grouped: not all country data consolidated yet</source>
        <translation>regroupées&#xa0;: les données de tous les pays ne sont pas encore consolidées</translation>
    </message>
    <message>
        <source>The victim&apos;s gender.</source>
        <translation>Le genre de la victime.</translation>
    </message>
    <message>
        <source>The codebook leaves out other gender identities: too few observations to release them safely.</source>
        <translation>Le livre de codes omet les autres identités de genre&#xa0;: trop peu d&apos;observations pour les publier sans risque.</translation>
    </message>
    <message>
        <source>identifies with a gender role most usually attributed to a woman</source>
        <translation>s&apos;identifie à un rôle de genre le plus souvent attribué à une femme</translation>
    </message>
    <message>
        <source>identifies with a gender role most usually attributed to a man</source>
        <translation>s&apos;identifie à un rôle de genre le plus souvent attribué à un homme</translation>
    </message>
    <message>
        <source>The victim&apos;s majority status at registration: Minor under 18, Adult from 18.</source>
        <translation>Le statut de majorité de la victime à l&apos;enregistrement&#xa0;: Minor avant 18 ans, Adult à partir de 18 ans.</translation>
    </message>
    <message>
        <source>the victim is 18 years old or older</source>
        <translation>la victime a 18 ans ou plus</translation>
    </message>
    <message>
        <source>the victim&apos;s age is less than 18 years</source>
        <translation>la victime a moins de 18 ans</translation>
    </message>
    <message>
        <source>The victim was trafficked for forced labour (sexual services excluded).</source>
        <translation>La victime a subi la traite à des fins de travail forcé (services sexuels exclus).</translation>
    </message>
    <message>
        <source>The victim was trafficked for sexual exploitation.</source>
        <translation>La victime a subi la traite à des fins d&apos;exploitation sexuelle.</translation>
    </message>
    <message>
        <source>The UN continental region of the victim&apos;s country of citizenship.</source>
        <translation>La région continentale de l&apos;ONU du pays de nationalité de la victime.</translation>
    </message>
    <message>
        <source>The UN continental region of the country the victim was exploited in.</source>
        <translation>La région continentale de l&apos;ONU du pays où la victime a été exploitée.</translation>
    </message>
    <message>
        <source>The victim considers a perpetrator a recruiter or a broker.</source>
        <translation>La victime considère un auteur comme recruteur ou intermédiaire.</translation>
    </message>
    <message>
        <source>Check-boxes &apos;Recruiter/Recruitment intermediary&apos; and &apos;Broker/travel agent&apos; of the MiMOSA form.</source>
        <translation>Cases à cocher «&#xa0;Recruiter/Recruitment intermediary&#xa0;» et «&#xa0;Broker/travel agent&#xa0;» du formulaire MiMOSA.</translation>
    </message>
    <message>
        <source>A perpetrator transported, transferred, harboured, smuggled, sold, bought or received the victim.</source>
        <translation>Un auteur a transporté, transféré, hébergé, fait passer clandestinement, vendu, acheté ou reçu la victime.</translation>
    </message>
    <message>
        <source>&apos;Travelling partner&apos; and &apos;Other&apos; are in no role variable: the codebook&apos;s definitions do not name them.</source>
        <translation>«&#xa0;Travelling partner&#xa0;» et «&#xa0;Other&#xa0;» ne sont dans aucune variable de rôle&#xa0;: les définitions du livre de codes ne les nomment pas.</translation>
    </message>
    <message>
        <source>The victim considers a perpetrator a controller, an abuser or a kidnapper.</source>
        <translation>La victime considère un auteur comme contrôleur, agresseur ou ravisseur.</translation>
    </message>
    <message>
        <source>The victim considers a perpetrator an exploiter.</source>
        <translation>La victime considère un auteur comme exploiteur.</translation>
    </message>
    <message>
        <source>The relationship between the victim and the perpetrators (several when they differ).</source>
        <translation>Le lien entre la victime et les auteurs (plusieurs quand ils diffèrent).</translation>
    </message>
    <message>
        <source>An unknown relationship is StrangerUnknownOther, as the codebook defines it.</source>
        <translation>Un lien inconnu est StrangerUnknownOther, comme le définit le livre de codes.</translation>
    </message>
    <message>
        <source>a family member or intimate partner of the victim</source>
        <translation>un membre de la famille ou un partenaire intime de la victime</translation>
    </message>
    <message>
        <source>a friend or acquaintance of the victim</source>
        <translation>un ami ou une connaissance de la victime</translation>
    </message>
    <message>
        <source>a stranger, another kind of relationship, or an unknown one</source>
        <translation>un inconnu, un autre type de lien, ou un lien inconnu</translation>
    </message>
    <message>
        <source>The perpetrators&apos; gender as the victim reports it.</source>
        <translation>Le genre des auteurs, tel que la victime le rapporte.</translation>
    </message>
    <message>
        <source>The perpetrators&apos; age in four bands, as the victim reports it.</source>
        <translation>L&apos;âge des auteurs en quatre tranches, tel que la victime le rapporte.</translation>
    </message>
    <message>
        <source>The UN continental region of the perpetrators&apos; citizenship, as the victim reports it.</source>
        <translation>La région continentale de l&apos;ONU de la nationalité des auteurs, telle que la victime la rapporte.</translation>
    </message>
    <message>
        <source>The codebook text also lists Oceania alone; the published data and TabStat use Americas/Oceania only.</source>
        <translation>Le texte du livre de codes liste aussi Oceania seule&#xa0;; les données publiées et TabStat n&apos;utilisent que Americas/Oceania.</translation>
    </message>
    <message>
        <source>Whether the victim paid money to the perpetrators (No;Yes when some and not others).</source>
        <translation>Si la victime a payé de l&apos;argent aux auteurs (No;Yes quand elle en a payé certains et pas d&apos;autres).</translation>
    </message>
</context>
</TS>
