"""The explanations of the shipped recipes (resources/recipes/*.toml), marked for the catalogues.

Written by `scripts/build_translations.py update` from the recipe files: do not edit by hand. The Recode page
shows them with translate("Recipe", text); a mission's own recipe texts are not here and show as written.
"""

from ctdc_desktop.core.translation import QT_TRANSLATE_NOOP

SHIPPED_RECIPE_TEXTS = (
    QT_TRANSLATE_NOOP("Recipe", "CTDC Global Synthetic Data (September 2021)"),
    QT_TRANSLATE_NOOP(
        "Recipe",
        "One row per victim, 37 variables; k-anonymous synthesis with reporting resolution k = 10.",
    ),
    QT_TRANSLATE_NOOP("Recipe", "The year in which the individual was registered and assisted, or first reported."),
    QT_TRANSLATE_NOOP("Recipe", "The individual's expression or condition of being male, female, both or neither."),
    QT_TRANSLATE_NOOP("Recipe", "sex assigned at birth is male and the individual identifies as male"),
    QT_TRANSLATE_NOOP("Recipe", "sex assigned at birth is female and the individual identifies as female"),
    QT_TRANSLATE_NOOP("Recipe", "expression of gender outside binary expectations; not further disaggregated"),
    QT_TRANSLATE_NOOP("Recipe", "The individual's age at registration or first report, in nine bands."),
    QT_TRANSLATE_NOOP(
        "Recipe", "From the age column; where it is empty, from the birth date and the registration date."
    ),
    QT_TRANSLATE_NOOP("Recipe", "The individual's majority status when exploitation first began."),
    QT_TRANSLATE_NOOP(
        "Recipe",
        "The sample export has no age or date at the start of exploitation (only at registration); left empty.",
    ),
    QT_TRANSLATE_NOOP("Recipe", "any person under the age of 18"),
    QT_TRANSLATE_NOOP("Recipe", "any person who is 18 or older"),
    QT_TRANSLATE_NOOP("Recipe", "The individual's country of citizenship (first one reported), ISO 3166-1 alpha-3."),
    QT_TRANSLATE_NOOP(
        "Recipe",
        "The country where the victim was first supported, identified or referred, ISO 3166-1 alpha-3.",
    ),
    QT_TRANSLATE_NOOP("Recipe", "The reported duration of trafficking in months."),
    QT_TRANSLATE_NOOP(
        "Recipe",
        "The sample export does not record how long the trafficking lasted. With a months column "
        'use recoder "bands" with bands 0-12, 13-24, 25-60 and 61+ and these labels.',
    ),
    QT_TRANSLATE_NOOP("Recipe", "Forced to work to pay off a created or perceived debt."),
    QT_TRANSLATE_NOOP("Recipe", "The exploiters took the individual's earnings to control them."),
    QT_TRANSLATE_NOOP("Recipe", "Threats of harm or loss to the individual or another."),
    QT_TRANSLATE_NOOP("Recipe", "Emotionally abusive, deceptive or devious tactics."),
    QT_TRANSLATE_NOOP("Recipe", "Acts to cause physical injury, pain or trauma."),
    QT_TRANSLATE_NOOP("Recipe", "Unwanted or non-consenting sexual contact used to control the individual."),
    QT_TRANSLATE_NOOP("Recipe", "Tricked into the situation by deception and false pretenses."),
    QT_TRANSLATE_NOOP("Recipe", "Substances used to make the individual compliant."),
    QT_TRANSLATE_NOOP("Recipe", "Isolated, confined or limited in movement."),
    QT_TRANSLATE_NOOP("Recipe", "Access to medical or health services limited."),
    QT_TRANSLATE_NOOP("Recipe", "Required to work far more hours than contracted or promised."),
    QT_TRANSLATE_NOOP("Recipe", "Threatened with law enforcement or immigration authorities."),
    QT_TRANSLATE_NOOP("Recipe", "Basic living necessities denied or restricted."),
    QT_TRANSLATE_NOOP("Recipe", "Access to important documents limited or controlled."),
    QT_TRANSLATE_NOOP(
        "Recipe",
        "Another tactic of power and control; includes restricting financial access and using children.",
    ),
    QT_TRANSLATE_NOOP(
        "Recipe",
        "Rare means of control grouped as Other, as the codebook does (RestrictsFinancialAccess, UsesChildren).",
    ),
    QT_TRANSLATE_NOOP("Recipe", "Trafficked for forced labour (sexual services excluded)."),
    QT_TRANSLATE_NOOP("Recipe", "Trafficked for sexual exploitation."),
    QT_TRANSLATE_NOOP(
        "Recipe", "Trafficked for another exploitation (forced marriage, forced military, organ removal)."
    ),
    QT_TRANSLATE_NOOP("Recipe", "Forced labour in crop and animal production (ISIC A 01)."),
    QT_TRANSLATE_NOOP(
        "Recipe",
        "Industries listed with an empty value leave this flag empty; an industry not listed is shown as unmapped.",
    ),
    QT_TRANSLATE_NOOP("Recipe", "Forced labour in construction (ISIC F)."),
    QT_TRANSLATE_NOOP("Recipe", "Forced labour in households as employers (ISIC T)."),
    QT_TRANSLATE_NOOP("Recipe", "Forced labour in accommodation and food services (ISIC I)."),
    QT_TRANSLATE_NOOP(
        "Recipe",
        "Forced labour of a type outside agriculture, construction, domestic work and hospitality.",
    ),
    QT_TRANSLATE_NOOP(
        "Recipe",
        "Every industry without its own variable counts here (manufacturing, mining, begging, "
        "...), as in the codebook.",
    ),
    QT_TRANSLATE_NOOP("Recipe", "Exploited in sexual acts for payment."),
    QT_TRANSLATE_NOOP(
        "Recipe",
        "Values listed with an empty value leave this flag empty; a value not listed is shown as unmapped.",
    ),
    QT_TRANSLATE_NOOP("Recipe", "Exploited in the production of pornography."),
    QT_TRANSLATE_NOOP(
        "Recipe",
        "Sexual exploitation other than prostitution and pornography (remote interactive, private services).",
    ),
    QT_TRANSLATE_NOOP("Recipe", "The recruiter was a current or former romantic partner."),
    QT_TRANSLATE_NOOP(
        "Recipe",
        "Relationships listed with an empty value leave this flag empty; one not listed is shown as unmapped.",
    ),
    QT_TRANSLATE_NOOP("Recipe", "The recruiter was a friend or acquaintance."),
    QT_TRANSLATE_NOOP("Recipe", "The recruiter was family, a custodian or a guardian."),
    QT_TRANSLATE_NOOP(
        "Recipe",
        "The recruiter had another notable relationship (labour broker, employer, smuggler, ...).",
    ),
    QT_TRANSLATE_NOOP("Recipe", "CTDC Global Victim-Perpetrator Synthetic Data (December 2022)"),
    QT_TRANSLATE_NOOP(
        "Recipe",
        "One row per victim; perpetrator variables summarise up to six perpetrators per victim. DP synthesis.",
    ),
    QT_TRANSLATE_NOOP(
        "Recipe",
        "The year in which the victim was registered and assisted, in bands that follow IOM's database timeline.",
    ),
    QT_TRANSLATE_NOOP(
        "Recipe",
        "Years before 2005 and after 2022 are outside the codebook's bands and are set to missing.",
    ),
    QT_TRANSLATE_NOOP("Recipe", "legacy records and the first MiMOSA years"),
    QT_TRANSLATE_NOOP("Recipe", "the old MiMOSA web form"),
    QT_TRANSLATE_NOOP("Recipe", "the new web form with the perpetrator module"),
    QT_TRANSLATE_NOOP("Recipe", "grouped: not all country data consolidated yet"),
    QT_TRANSLATE_NOOP("Recipe", "The victim's gender."),
    QT_TRANSLATE_NOOP(
        "Recipe",
        "The codebook leaves out other gender identities: too few observations to release them safely.",
    ),
    QT_TRANSLATE_NOOP("Recipe", "identifies with a gender role most usually attributed to a woman"),
    QT_TRANSLATE_NOOP("Recipe", "identifies with a gender role most usually attributed to a man"),
    QT_TRANSLATE_NOOP("Recipe", "The victim's majority status at registration: Minor under 18, Adult from 18."),
    QT_TRANSLATE_NOOP("Recipe", "the victim is 18 years old or older"),
    QT_TRANSLATE_NOOP("Recipe", "the victim's age is less than 18 years"),
    QT_TRANSLATE_NOOP("Recipe", "The victim was trafficked for forced labour (sexual services excluded)."),
    QT_TRANSLATE_NOOP("Recipe", "The victim was trafficked for sexual exploitation."),
    QT_TRANSLATE_NOOP("Recipe", "The UN continental region of the victim's country of citizenship."),
    QT_TRANSLATE_NOOP("Recipe", "The UN continental region of the country the victim was exploited in."),
    QT_TRANSLATE_NOOP("Recipe", "The victim considers a perpetrator a recruiter or a broker."),
    QT_TRANSLATE_NOOP(
        "Recipe",
        "Check-boxes 'Recruiter/Recruitment intermediary' and 'Broker/travel agent' of the MiMOSA form.",
    ),
    QT_TRANSLATE_NOOP(
        "Recipe",
        "A perpetrator transported, transferred, harboured, smuggled, sold, bought or received the victim.",
    ),
    QT_TRANSLATE_NOOP(
        "Recipe",
        "'Travelling partner' and 'Other' are in no role variable: the codebook's definitions do not name them.",
    ),
    QT_TRANSLATE_NOOP("Recipe", "The victim considers a perpetrator a controller, an abuser or a kidnapper."),
    QT_TRANSLATE_NOOP("Recipe", "The victim considers a perpetrator an exploiter."),
    QT_TRANSLATE_NOOP("Recipe", "The relationship between the victim and the perpetrators (several when they differ)."),
    QT_TRANSLATE_NOOP("Recipe", "An unknown relationship is StrangerUnknownOther, as the codebook defines it."),
    QT_TRANSLATE_NOOP("Recipe", "a family member or intimate partner of the victim"),
    QT_TRANSLATE_NOOP("Recipe", "a friend or acquaintance of the victim"),
    QT_TRANSLATE_NOOP("Recipe", "a stranger, another kind of relationship, or an unknown one"),
    QT_TRANSLATE_NOOP("Recipe", "The perpetrators' gender as the victim reports it."),
    QT_TRANSLATE_NOOP("Recipe", "The perpetrators' age in four bands, as the victim reports it."),
    QT_TRANSLATE_NOOP(
        "Recipe", "The UN continental region of the perpetrators' citizenship, as the victim reports it."
    ),
    QT_TRANSLATE_NOOP(
        "Recipe",
        "The codebook text also lists Oceania alone; the published data and TabStat use Americas/Oceania only.",
    ),
    QT_TRANSLATE_NOOP("Recipe", "Whether the victim paid money to the perpetrators (No;Yes when some and not others)."),
)
