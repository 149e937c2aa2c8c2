"""Case exports shaped like real missions' exports, each with its truth, to measure recipe proposals (issue 18).

``write_mission_export(shape, folder, seed)`` writes one export (files, sheets, title rows, spellings as the shape
says) and beside it ``truth.csv`` (the 16 variables of the December 2022 codebook, one row per victim in export
order, multi-values sorted and joined with ";") and ``raw_truth.json`` (per variable: the columns it was generated
from, and each raw value -> the codebook label it means; "" = missing, or a flag's no).

Where the category values come from
-----------------------------------
``../shared/data/ctdc/derived/final_data.csv`` is NOT the 2022 victim-perpetrator release, whatever its name
suggests: it is a third party's integer-encoded extract of the CTDC Global Synthetic Dataset v2025, restricted to
exploitation in North America (see ../shared/data/SOURCES.md). Its rows give, per victim, what they hold of the 16
variables: gender (``Woman``, ``Trans/NonConforming``), majority status (``Age Band``: 0 unknown, 1 = 0--8,
2 = 9--17, 3..6 = 18--29 in steps of three years, 7 = 30--38, 8 = 39--47, 9 = 48+; the band also gives the age
written into the export), ``isForcedLabour``, ``isSexualExploit``, the recruiter's relation (``Recruiter Relation
Intimate Partner/Friend/Family/Other`` -> IP_Relation) and ``Is Citizen of Country`` (exploited in the country of
citizenship). Rows are drawn with replacement (seeded). What it lacks (year of registration, regions, the perpetrator
module's gender, age, citizenship, paid money and roles) is drawn from the real 2022 release's frequencies as its
data dictionary states them (``CTDC_VPsynthetic_dict_20221201.xlsx``, sheet TabStat; counts copied below).

Perpetrators: 1 to 6 rows per victim with a filled perpetrator module, each consistent with the victim's aggregated
values (IP_Gender "Female;Male" => at least one woman and one man and nobody else; a role flag 1 => at least one
perpetrator has a role of that group, empty => none has; IP_ageBroad bands => every known age inside them, ...).

The raw words (country names, relationships, roles, yes/no, sexes, headers) were written for this file from what a
caseworker in each language would type; they were not taken from the application's word lists. A few cells carry
a typo, a missing accent or odd case, as real exports do.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np
import pandas as pd

from ctdc_desktop.core.recode.recipe import load_recipe

REPO = Path(__file__).resolve().parents[2]
FINAL_DATA = REPO.parent / "shared" / "data" / "ctdc" / "derived" / "final_data.csv"

COLUMNS = load_recipe("victim_perpetrator_2022")[0].columns  # the 16 variables, in the codebook's order
ROLE_FLAGS = ("IP_RecruiterBroker", "IP_TransactionProcess", "IP_ControlAbuseKidnap", "IP_Exploiter")

# ------------------------------------------------------------------------------------------------ 2022 frequencies
# CTDC_VPsynthetic_dict_20221201.xlsx, TabStat (21,195 victims): counts per value; None = missing.
YEAR_FREQ = {"2005-2013": 2531, "2014-2018": 6274, "2019": 2398, "2020": 2002, "2021-2022": 4335, None: 3655}
COO_FREQ = {"Africa": 5282, "Americas/Oceania": 277, "Asia": 6139, "Europe": 5887, None: 3610}
COE_FREQ = {"Africa": 4271, "Americas/Oceania": 212, "Asia": 6281, "Europe": 6432, None: 3999}
IP_GENDER_FREQ = {"Female": 3515, "Female;Male": 2452, "Male": 9820}  # missing 5408
IP_AGE_FREQ = {
    "0--29": 306,
    "0--29;30--38": 8,
    "0--29;39--47": 18,
    "30--38": 1196,
    "30--38;39--47": 18,
    "30--38;48+": 3,
    "39--47": 1293,
    "39--47;48+": 4,
    "48+": 356,
}  # missing 17993
IP_REGION_FREQ = {
    "Africa": 3799,
    "Africa;Americas/Oceania": 4,
    "Africa;Asia": 420,
    "Americas/Oceania": 200,
    "Americas/Oceania;Asia": 6,
    "Americas/Oceania;Europe": 1,
    "Asia": 5069,
    "Asia;Europe": 382,
    "Europe": 4368,
}  # missing 6946
IP_RELATION_FREQ = {
    "FamilyIntimatePartner": 967,
    "FamilyIntimatePartner;FriendAcquaintance": 6,
    "FamilyIntimatePartner;StrangerUnknownOther": 73,
    "FriendAcquaintance": 4617,
    "FriendAcquaintance;StrangerUnknownOther": 588,
    "StrangerUnknownOther": 8321,
}  # missing 6623
IP_PAY_FREQ = {"No": 11075, "No;Yes": 944, "Yes": 3136}  # missing 6040
ROLE_COUNTS = {"IP_RecruiterBroker": 11865, "IP_TransactionProcess": 7344, "IP_ControlAbuseKidnap": 2078}
ROLE_COUNTS["IP_Exploiter"] = 9458
ALL_VICTIMS = 21195
MODULE_SHARE = 0.8  # victims with a filled perpetrator module (IP_Gender is given for 74.5 %)

AGE_BANDS = {"0--29": (16, 29), "30--38": (30, 38), "39--47": (39, 47), "48+": (48, 70)}
# final_data.csv's Age Band codes -> the ages a victim of that band may have.
VICTIM_AGES = {1: (2, 8), 2: (9, 17), 3: (18, 20), 4: (21, 23), 5: (24, 26), 6: (27, 29), 7: (30, 38), 8: (39, 47)}
VICTIM_AGES[9] = (48, 66)

# ------------------------------------------------------------------------------------------------ countries
# ISO3, ISO2, the codebook's region, and the name in English, French, Spanish, Portuguese.
_COUNTRIES = """
NGA NG Africa Nigeria|Nigéria|Nigeria|Nigéria
GHA GH Africa Ghana|Ghana|Ghana|Gana
CIV CI Africa Ivory Coast|Côte d'Ivoire|Costa de Marfil|Costa do Marfim
SEN SN Africa Senegal|Sénégal|Senegal|Senegal
ETH ET Africa Ethiopia|Éthiopie|Etiopía|Etiópia
KEN KE Africa Kenya|Kenya|Kenia|Quênia
UGA UG Africa Uganda|Ouganda|Uganda|Uganda
COD CD Africa DR Congo|République démocratique du Congo|República Democrática del Congo|República Democrática do Congo
MLI ML Africa Mali|Mali|Malí|Mali
GIN GN Africa Guinea|Guinée|Guinea|Guiné
EGY EG Africa Egypt|Égypte|Egipto|Egito
MAR MA Africa Morocco|Maroc|Marruecos|Marrocos
LBY LY Africa Libya|Libye|Libia|Líbia
NER NE Africa Niger|Niger|Níger|Níger
CMR CM Africa Cameroon|Cameroun|Camerún|Camarões
MOZ MZ Africa Mozambique|Mozambique|Mozambique|Moçambique
ZAF ZA Africa South Africa|Afrique du Sud|Sudáfrica|África do Sul
MEX MX Americas/Oceania Mexico|Mexique|México|México
GTM GT Americas/Oceania Guatemala|Guatemala|Guatemala|Guatemala
HND HN Americas/Oceania Honduras|Honduras|Honduras|Honduras
COL CO Americas/Oceania Colombia|Colombie|Colombia|Colômbia
VEN VE Americas/Oceania Venezuela|Venezuela|Venezuela|Venezuela
BRA BR Americas/Oceania Brazil|Brésil|Brasil|Brasil
HTI HT Americas/Oceania Haiti|Haïti|Haití|Haiti
USA US Americas/Oceania United States|États-Unis|Estados Unidos|Estados Unidos
PER PE Americas/Oceania Peru|Pérou|Perú|Peru
DOM DO Americas/Oceania Dominican Republic|République dominicaine|República Dominicana|República Dominicana
PNG PG Americas/Oceania Papua New Guinea|Papouasie-Nouvelle-Guinée|Papúa Nueva Guinea|Papua-Nova Guiné
FJI FJ Americas/Oceania Fiji|Fidji|Fiyi|Fiji
PHL PH Asia Philippines|Philippines|Filipinas|Filipinas
IDN ID Asia Indonesia|Indonésie|Indonesia|Indonésia
THA TH Asia Thailand|Thaïlande|Tailandia|Tailândia
KHM KH Asia Cambodia|Cambodge|Camboya|Camboja
MMR MM Asia Myanmar|Birmanie|Birmania|Mianmar
VNM VN Asia Vietnam|Viêt Nam|Vietnam|Vietnã
CHN CN Asia China|Chine|China|China
IND IN Asia India|Inde|India|Índia
BGD BD Asia Bangladesh|Bangladesh|Bangladés|Bangladesh
NPL NP Asia Nepal|Népal|Nepal|Nepal
LKA LK Asia Sri Lanka|Sri Lanka|Sri Lanka|Sri Lanka
MYS MY Asia Malaysia|Malaisie|Malasia|Malásia
SAU SA Asia Saudi Arabia|Arabie saoudite|Arabia Saudita|Arábia Saudita
ARE AE Asia United Arab Emirates|Émirats arabes unis|Emiratos Árabes Unidos|Emirados Árabes Unidos
LBN LB Asia Lebanon|Liban|Líbano|Líbano
KWT KW Asia Kuwait|Koweït|Kuwait|Kuwait
JOR JO Asia Jordan|Jordanie|Jordania|Jordânia
TUR TR Asia Turkey|Turquie|Turquía|Turquia
AFG AF Asia Afghanistan|Afghanistan|Afganistán|Afeganistão
UZB UZ Asia Uzbekistan|Ouzbékistan|Uzbekistán|Uzbequistão
IRQ IQ Asia Iraq|Irak|Irak|Iraque
UKR UA Europe Ukraine|Ukraine|Ucrania|Ucrânia
MDA MD Europe Moldova|Moldavie|Moldavia|Moldávia
ROU RO Europe Romania|Roumanie|Rumania|Romênia
BGR BG Europe Bulgaria|Bulgarie|Bulgaria|Bulgária
ALB AL Europe Albania|Albanie|Albania|Albânia
RUS RU Europe Russia|Russie|Rusia|Rússia
BLR BY Europe Belarus|Biélorussie|Bielorrusia|Bielorrússia
SRB RS Europe Serbia|Serbie|Serbia|Sérvia
GBR GB Europe United Kingdom|Royaume-Uni|Reino Unido|Reino Unido
FRA FR Europe France|France|Francia|França
ESP ES Europe Spain|Espagne|España|Espanha
ITA IT Europe Italy|Italie|Italia|Itália
DEU DE Europe Germany|Allemagne|Alemania|Alemanha
PRT PT Europe Portugal|Portugal|Portugal|Portugal
POL PL Europe Poland|Pologne|Polonia|Polônia
GRC GR Europe Greece|Grèce|Grecia|Grécia
"""
LANGUAGES = ("en", "fr", "es", "pt")
# Other ways a mission writes some countries (same language), used in a few cells.
_COUNTRY_ALIASES = {
    ("USA", "en"): ["USA", "U.S.A."],
    ("USA", "es"): ["EEUU", "EE.UU."],
    ("USA", "fr"): ["USA"],
    ("USA", "pt"): ["EUA"],
    ("GBR", "en"): ["UK"],
    ("COD", "fr"): ["RDC", "RD Congo"],
    ("COD", "es"): ["RD Congo"],
    ("COD", "en"): ["DRC"],
    ("MMR", "en"): ["Burma"],
    ("CIV", "en"): ["Cote d'Ivoire"],
    ("ARE", "en"): ["UAE"],
    ("ARE", "fr"): ["EAU"],
    ("VNM", "en"): ["Viet Nam"],
    ("DOM", "es"): ["Rep. Dominicana"],
}


@dataclass(frozen=True)
class Country:
    iso3: str
    iso2: str
    region: str
    names: dict[str, str]


def _countries() -> list[Country]:
    out = []
    for line in _COUNTRIES.strip().splitlines():
        iso3, iso2, region, names = line.split(" ", 3)
        out.append(Country(iso3, iso2, region, dict(zip(LANGUAGES, names.split("|"), strict=True))))
    return out


COUNTRIES = _countries()
BY_REGION: dict[str, list[Country]] = defaultdict(list)
for _c in COUNTRIES:
    BY_REGION[_c.region].append(_c)
# Missions see some countries far more often than others: the first countries of a region weigh more.
_REGION_WEIGHTS = {r: np.array([1.0 / (i + 1.5) for i in range(len(cs))]) for r, cs in BY_REGION.items()}

# ------------------------------------------------------------------------------------------------ words
# Each language: lists of spellings; the first is the one most cells use, the others appear now and then.
# "FL" words are types of forced labour as CTDC counts them: domestic work and begging are labour types in the
# 2021 codebook (001_*.txt, typeOfLabourDomesticWork; begging is grouped in typeOfLabourOther).
WORDS: dict[str, dict[str, list[str]]] = {
    "en": {
        "Female": ["Female", "F", "female", "Woman"],
        "Male": ["Male", "M", "male", "Man"],
        "sex_unknown": ["Unknown", "Not recorded", "N/K"],
        "trans": ["Transgender", "Trans woman"],
        "yes": ["Yes", "Y", "yes", "YES"],
        "no": ["No", "N", "no"],
        "dont_know": ["Don't know", "Unknown", "DK"],
        "country_unknown": ["Unknown", "Stateless", "not known"],
        "age_unknown": ["Unknown", "?", "not sure"],
        "FamilyIntimatePartner": [
            "Mother",
            "Father",
            "Uncle/aunt",
            "Husband",
            "Wife",
            "Boyfriend",
            "Girlfriend",
            "Cousin",
            "Brother",
            "Sister",
            "Stepfather",
            "Partner",
            "Family member",
            "Grandmother",
            "Ex-husband",
        ],
        "FriendAcquaintance": [
            "Friend",
            "Acquaintance",
            "Neighbour",
            "Friend of a friend",
            "Neighbor",
            "Family friend",
            "Someone from her village",
        ],
        "StrangerUnknownOther": [
            "Stranger",
            "Unknown",
            "Employer",
            "Met online",
            "Other",
            "Did not know him",
            "Boss",
        ],
        "FL": ["Forced labour", "Labour exploitation", "Forced domestic work", "Forced begging"],
        "SE": ["Sexual exploitation", "Forced prostitution", "Commercial sexual exploitation"],
        "other_exploitation": ["Forced marriage", "Other"],
    },
    "fr": {
        "Female": ["Féminin", "F", "Femme", "féminin", "FEMININ"],
        "Male": ["Masculin", "M", "Homme", "masculin"],
        "sex_unknown": ["Inconnu", "Non renseigné", "NR"],
        "trans": ["Transgenre", "Femme trans"],
        "yes": ["Oui", "oui", "OUI", "O"],
        "no": ["Non", "non", "NON"],
        "dont_know": ["Ne sait pas", "NSP", "Inconnu"],
        "country_unknown": ["Inconnu", "Apatride", "Non précisé"],
        "age_unknown": ["Inconnu", "NSP", "?"],
        "FamilyIntimatePartner": [
            "Mère",
            "Père",
            "Oncle/tante",
            "Mari",
            "Épouse",
            "Petit ami",
            "Copain",
            "Cousin(e)",
            "Frère",
            "Sœur",
            "Beau-père",
            "Conjoint",
            "Membre de la famille",
            "Grand-mère",
            "Ex-mari",
            "Tante",
        ],
        "FriendAcquaintance": [
            "Ami",
            "Amie",
            "Connaissance",
            "Voisin",
            "Voisine",
            "Ami d'un ami",
            "Ami de la famille",
            "Quelqu'un du village",
        ],
        "StrangerUnknownOther": [
            "Inconnu",
            "Étranger",
            "Employeur",
            "Rencontré sur internet",
            "Autre",
            "Ne le connaissait pas",
            "Patron",
        ],
        "FL": ["Travail forcé", "Exploitation par le travail", "Travail domestique forcé", "Mendicité forcée"],
        "SE": ["Exploitation sexuelle", "Prostitution forcée"],
        "other_exploitation": ["Mariage forcé", "Autre"],
    },
    "es": {
        "Female": ["Femenino", "F", "Mujer", "femenino", "FEMENINO"],
        "Male": ["Masculino", "M", "Hombre", "masculino"],
        "sex_unknown": ["Desconocido", "Sin dato", "S/D"],
        "trans": ["Transgénero", "Mujer trans"],
        "yes": ["Sí", "Si", "SI", "sí"],
        "no": ["No", "NO", "no"],
        "dont_know": ["No sabe", "NS/NR", "Desconocido"],
        "country_unknown": ["Desconocido", "Apátrida", "Sin dato"],
        "age_unknown": ["Desconocida", "S/D", "?"],
        "FamilyIntimatePartner": [
            "Madre",
            "Padre",
            "Tío/tía",
            "Esposo",
            "Esposa",
            "Novio",
            "Novia",
            "Primo/a",
            "Hermano",
            "Hermana",
            "Padrastro",
            "Pareja",
            "Familiar",
            "Abuela",
            "Expareja",
            "Cuñado",
        ],
        "FriendAcquaintance": [
            "Amigo",
            "Amiga",
            "Conocido",
            "Conocida",
            "Vecino",
            "Vecina",
            "Amigo de un amigo",
            "Amigo de la familia",
        ],
        "StrangerUnknownOther": [
            "Desconocido",
            "Extraño",
            "Empleador",
            "Lo conoció por internet",
            "Otro",
            "No lo conocía",
            "Patrón",
        ],
        "FL": ["Trabajo forzoso", "Explotación laboral", "Servidumbre doméstica forzada", "Mendicidad forzada"],
        "SE": ["Explotación sexual", "Prostitución forzada"],
        "other_exploitation": ["Matrimonio forzado", "Otra"],
    },
    "pt": {
        "Female": ["Feminino", "F", "Mulher", "feminino"],
        "Male": ["Masculino", "M", "Homem", "masculino"],
        "sex_unknown": ["Desconhecido", "Não informado", "N/I"],
        "trans": ["Transgênero", "Mulher trans"],
        "yes": ["Sim", "sim", "SIM", "S"],
        "no": ["Não", "Nao", "não"],
        "dont_know": ["Não sabe", "Desconhecido", "NS"],
        "country_unknown": ["Desconhecido", "Apátrida", "Não informado"],
        "age_unknown": ["Desconhecida", "N/I", "?"],
        "FamilyIntimatePartner": [
            "Mãe",
            "Pai",
            "Tio/tia",
            "Marido",
            "Esposa",
            "Namorado",
            "Namorada",
            "Primo",
            "Irmão",
            "Irmã",
            "Padrasto",
            "Companheiro",
            "Parente",
            "Avó",
            "Ex-marido",
            "Cunhada",
        ],
        "FriendAcquaintance": [
            "Amigo",
            "Amiga",
            "Conhecido",
            "Conhecida",
            "Vizinho",
            "Vizinha",
            "Amigo de um amigo",
            "Amigo da família",
        ],
        "StrangerUnknownOther": [
            "Desconhecido",
            "Estranho",
            "Empregador",
            "Conheceu pela internet",
            "Outro",
            "Não o conhecia",
            "Patrão",
        ],
        "FL": ["Trabalho forçado", "Exploração laboral", "Trabalho doméstico forçado", "Mendicância forçada"],
        "SE": ["Exploração sexual", "Prostituição forçada"],
        "other_exploitation": ["Casamento forçado", "Outro"],
    },
}

# Roles as a perpetrator's role cell names them: role -> spellings per language; group = the codebook flag.
ROLE_GROUP = {
    "recruiter": "IP_RecruiterBroker",
    "broker": "IP_RecruiterBroker",
    "transported": "IP_TransactionProcess",
    "transferred": "IP_TransactionProcess",
    "harboured": "IP_TransactionProcess",
    "smuggler": "IP_TransactionProcess",
    "sold": "IP_TransactionProcess",
    "bought": "IP_TransactionProcess",
    "received": "IP_TransactionProcess",
    "controlled": "IP_ControlAbuseKidnap",
    "abuser": "IP_ControlAbuseKidnap",
    "kidnapper": "IP_ControlAbuseKidnap",
    "exploiter": "IP_Exploiter",
    "companion": None,  # travelling partner: in no role variable (the recipe's note)
    "other": None,
}
ROLE_WORDS: dict[str, dict[str, list[str]]] = {
    "en": {
        "recruiter": ["Recruiter", "Recruitment agent"],
        "broker": ["Broker", "Travel agent"],
        "transported": ["Transporter", "Driver"],
        "transferred": ["Transferred victim"],
        "harboured": ["Harbourer", "Provided housing"],
        "smuggler": ["Smuggler"],
        "sold": ["Seller", "Sold victim"],
        "bought": ["Buyer"],
        "received": ["Receiver", "Received victim"],
        "controlled": ["Controller", "Guard"],
        "abuser": ["Abuser"],
        "kidnapper": ["Kidnapper", "Abductor"],
        "exploiter": ["Exploiter", "Pimp"],
        "companion": ["Travel companion"],
        "other": ["Other"],
    },
    "fr": {
        "recruiter": ["Recruteur/intermédiaire", "Recruteur", "Recruteuse"],
        "broker": ["Agent de voyage", "Intermédiaire"],
        "transported": ["Transporteur", "Chauffeur"],
        "transferred": ["A transféré la victime"],
        "harboured": ["Hébergeur", "A logé la victime"],
        "smuggler": ["Passeur", "Passeuse"],
        "sold": ["Vendeur", "A vendu la victime"],
        "bought": ["Acheteur", "Acheteuse"],
        "received": ["A accueilli la victime à l'arrivée"],
        "controlled": ["Surveillant", "Gardien"],
        "abuser": ["Agresseur", "Auteur de violences"],
        "kidnapper": ["Ravisseur", "Kidnappeur"],
        "exploiter": ["Exploiteur", "Proxénète", "Exploiteuse"],
        "companion": ["Compagnon de route"],
        "other": ["Autre"],
    },
    "es": {
        "recruiter": ["Reclutador", "Reclutadora", "Enganchador"],
        "broker": ["Intermediario", "Agente de viajes"],
        "transported": ["Transportista", "Chofer"],
        "transferred": ["Trasladó a la víctima"],
        "harboured": ["Le dio alojamiento", "Hospedador"],
        "smuggler": ["Coyote", "Pasador"],
        "sold": ["Vendedor", "La vendió"],
        "bought": ["Comprador", "Compradora"],
        "received": ["La recibió en destino"],
        "controlled": ["Vigilante", "Controlador"],
        "abuser": ["Agresor", "Abusador"],
        "kidnapper": ["Secuestrador", "Secuestradora"],
        "exploiter": ["Explotador", "Proxeneta", "Explotadora"],
        "companion": ["Compañero de viaje"],
        "other": ["Otro"],
    },
    "pt": {
        "recruiter": ["Aliciador", "Recrutador", "Aliciadora"],
        "broker": ["Agenciador", "Intermediário"],
        "transported": ["Transportador", "Motorista"],
        "transferred": ["Transferiu a vítima"],
        "harboured": ["Hospedou a vítima", "Alojou"],
        "smuggler": ["Coiote", "Atravessador"],
        "sold": ["Vendedor", "Vendeu a vítima"],
        "bought": ["Comprador"],
        "received": ["Recebeu a vítima no destino"],
        "controlled": ["Vigia", "Controlador"],
        "abuser": ["Agressor", "Abusador"],
        "kidnapper": ["Sequestrador"],
        "exploiter": ["Explorador", "Cafetão", "Exploradora"],
        "companion": ["Companheiro de viagem"],
        "other": ["Outro"],
    },
}
# Roles as one column each: the header per language (yes/no or check columns). A mission's form has some of them.
ROLE_COLUMNS: dict[str, dict[str, str]] = {
    "en": {
        "recruiter": "Recruited?",
        "broker": "Broker / agent?",
        "transported": "Transported?",
        "harboured": "Harboured?",
        "smuggler": "Smuggled across border?",
        "sold": "Sold?",
        "bought": "Bought?",
        "controlled": "Controlled / guarded?",
        "abuser": "Abused?",
        "kidnapper": "Kidnapped?",
        "exploiter": "Exploited?",
        "companion": "Travelling partner?",
        "other": "Other role?",
    },
    "fr": {
        "recruiter": "A recruté ?",
        "broker": "Intermédiaire ?",
        "transported": "A transporté ?",
        "harboured": "A hébergé ?",
        "smuggler": "Passeur ?",
        "sold": "A vendu ?",
        "bought": "A acheté ?",
        "controlled": "A surveillé ?",
        "abuser": "A maltraité ?",
        "kidnapper": "A enlevé ?",
        "exploiter": "A exploité ?",
        "companion": "Compagnon de route ?",
        "other": "Autre rôle ?",
    },
    "es": {
        "recruiter": "¿Reclutó?",
        "broker": "¿Fue intermediario?",
        "transported": "¿Transportó?",
        "harboured": "¿Alojó?",
        "smuggler": "¿Cruzó la frontera con la víctima?",
        "sold": "¿Vendió?",
        "bought": "¿Compró?",
        "controlled": "¿Vigiló/controló?",
        "abuser": "¿Maltrató?",
        "kidnapper": "¿Secuestró?",
        "exploiter": "¿Explotó?",
        "companion": "¿Compañero de viaje?",
        "other": "¿Otro papel?",
    },
    "pt": {
        "recruiter": "Aliciou?",
        "broker": "Intermediou?",
        "transported": "Transportou?",
        "harboured": "Alojou?",
        "smuggler": "Atravessou a fronteira?",
        "sold": "Vendeu?",
        "bought": "Comprou?",
        "controlled": "Vigiou?",
        "abuser": "Maltratou?",
        "kidnapper": "Sequestrou?",
        "exploiter": "Explorou?",
        "companion": "Companheiro de viagem?",
        "other": "Outro papel?",
    },
}
CHECK_MARKS = ["X", "X", "X", "x"]

HEADERS: dict[str, dict[str, str]] = {
    "en": {
        "case": "Case ID",
        "name": "Full name",
        "phone": "Phone",
        "birth_date": "Date of birth",
        "birth_year": "Year of birth",
        "age": "Age at registration",
        "registered_date": "Registration date",
        "registered_year": "Year registered",
        "sex": "Sex",
        "citizenship": "Citizenship",
        "exploited_in": "Country of exploitation",
        "forced_labour": "Forced labour",
        "sexual": "Sexual exploitation",
        "types": "Type(s) of exploitation",
        "note": "Caseworker notes",
        "p_case": "Case ID",
        "p_name": "Perpetrator name",
        "p_sex": "Sex",
        "p_age": "Age (years)",
        "p_nationality": "Nationality",
        "p_relation": "Relationship to victim",
        "p_paid": "Victim paid money?",
        "p_roles": "Role(s)",
        "victims_sheet": "Victims",
        "perpetrators_sheet": "Perpetrators",
        "title": "Counter-trafficking case export",
    },
    "fr": {
        "case": "N° dossier",
        "name": "Nom et prénom",
        "phone": "Téléphone",
        "birth_date": "Date de naissance",
        "birth_year": "Année de naissance",
        "age": "Âge",
        "registered_date": "Date d'enregistrement",
        "registered_year": "Année d'enregistrement",
        "sex": "Sexe",
        "citizenship": "Nationalité",
        "exploited_in": "Pays d'exploitation",
        "forced_labour": "Travail forcé",
        "sexual": "Exploitation sexuelle",
        "types": "Type(s) d'exploitation",
        "note": "Observations",
        "p_case": "N° dossier",
        "p_name": "Nom de l'auteur",
        "p_sex": "Sexe",
        "p_age": "Âge",
        "p_nationality": "Nationalité",
        "p_relation": "Lien avec la victime",
        "p_paid": "La victime a payé ?",
        "p_roles": "Rôle(s)",
        "victims_sheet": "Victimes",
        "perpetrators_sheet": "Auteurs",
        "title": "Suivi des dossiers de traite",
    },
    "es": {
        "case": "Código de caso",
        "name": "Nombre completo",
        "phone": "Teléfono",
        "birth_date": "Fecha de nacimiento",
        "birth_year": "Año de nacimiento",
        "age": "Edad",
        "registered_date": "Fecha de registro",
        "registered_year": "Año de registro",
        "sex": "Sexo",
        "citizenship": "Nacionalidad",
        "exploited_in": "País de explotación",
        "forced_labour": "Trabajo forzoso",
        "sexual": "Explotación sexual",
        "types": "Tipo(s) de explotación",
        "note": "Observaciones",
        "p_case": "Código de caso",
        "p_name": "Nombre del tratante",
        "p_sex": "Sexo",
        "p_age": "Edad",
        "p_nationality": "Nacionalidad",
        "p_relation": "Relación con la víctima",
        "p_paid": "¿La víctima le pagó?",
        "p_roles": "Rol(es)",
        "victims_sheet": "Víctimas",
        "perpetrators_sheet": "Tratantes",
        "title": "Registro de casos de trata",
    },
    "pt": {
        "case": "Nº do processo",
        "name": "Nome",
        "phone": "Celular",
        "birth_date": "Data de nascimento",
        "birth_year": "Ano de nascimento",
        "age": "Idade",
        "registered_date": "Data do registro",
        "registered_year": "Ano do registro",
        "sex": "Sexo",
        "citizenship": "Nacionalidade",
        "exploited_in": "País onde foi explorada",
        "forced_labour": "Trabalho forçado",
        "sexual": "Exploração sexual",
        "types": "Tipo(s) de exploração",
        "note": "Notas",
        "p_case": "Nº do processo",
        "p_name": "Nome do explorador",
        "p_sex": "Sexo",
        "p_age": "Idade",
        "p_nationality": "Nacionalidade",
        "p_relation": "Relação com a vítima",
        "p_paid": "A vítima pagou?",
        "p_roles": "Papel/papéis",
        "victims_sheet": "Vítimas",
        "perpetrators_sheet": "Exploradores",
        "title": "Casos de tráfico de pessoas",
    },
}
# Unrelated columns a mission's export also has (wide shapes): header -> values (some look like the real ones).
EXTRA_VICTIM_COLUMNS: dict[str, dict[str, list[str]]] = {
    "en": {
        "District": ["North", "South", "Central", "Coast", "East"],
        "Caseworker": ["J.K.", "M.O.", "A.B.", "S.T.", "R.N."],
        "Service received": ["Shelter", "Medical care", "Legal aid", "Return assistance", "Counselling"],
        "Medical assistance?": ["Yes", "No"],
        "Country of transit": ["Libya", "Mexico", "Thailand", "Turkey", "Niger"],
        "Case status": ["Open", "Closed", "Referred"],
        "Referred by": ["Police", "NGO", "Self", "Embassy", "Hotline"],
    },
    "fr": {
        "Région": ["Nord", "Sud", "Centre", "Littoral", "Est"],
        "Agent": ["J.K.", "M.O.", "A.B.", "S.T.", "R.N."],
        "Service reçu": ["Hébergement", "Soins médicaux", "Aide juridique", "Aide au retour", "Soutien psy"],
        "Assistance médicale ?": ["Oui", "Non"],
        "Pays de transit": ["Libye", "Niger", "Maroc", "Turquie", "Mali"],
        "Statut du dossier": ["Ouvert", "Clos", "Référé"],
        "Orienté par": ["Police", "ONG", "Lui-même", "Ambassade", "Ligne verte"],
    },
    "es": {
        "Departamento": ["Norte", "Sur", "Centro", "Costa", "Oriente"],
        "Gestor/a": ["J.K.", "M.O.", "A.B.", "S.T.", "R.N."],
        "Servicio recibido": ["Albergue", "Atención médica", "Asesoría legal", "Retorno", "Apoyo psicosocial"],
        "¿Atención médica?": ["Sí", "No"],
        "País de tránsito": ["México", "Guatemala", "Panamá", "Colombia", "Ecuador"],
        "Estado del caso": ["Abierto", "Cerrado", "Derivado"],
        "Derivado por": ["Policía", "ONG", "Por sí mismo", "Consulado", "Línea 145"],
    },
    "pt": {
        "Município": ["Norte", "Sul", "Centro", "Litoral", "Leste"],
        "Técnico responsável": ["J.K.", "M.O.", "A.B.", "S.T.", "R.N."],
        "Serviço recebido": ["Abrigo", "Atendimento médico", "Assistência jurídica", "Retorno", "Apoio psicológico"],
        "Atendimento médico?": ["Sim", "Não"],
        "País de trânsito": ["Espanha", "Suriname", "Guiana Francesa", "Bolívia", "Paraguai"],
        "Situação do caso": ["Aberto", "Encerrado", "Encaminhado"],
        "Encaminhado por": ["Polícia", "ONG", "Espontâneo", "Consulado", "Disque 100"],
    },
}
EXTRA_PERPETRATOR_COLUMNS: dict[str, dict[str, list[str]]] = {
    "en": {
        "Where met": ["At work", "Online", "In the village", "At a bar", "Through family"],
        "Arrested?": ["Yes", "No", "Unknown"],
        "Country where met": ["Nigeria", "Philippines", "Mexico", "Ukraine", "Thailand"],
    },
    "fr": {
        "Lieu de rencontre": ["Au travail", "Sur internet", "Au village", "Au marché", "Par la famille"],
        "Arrêté ?": ["Oui", "Non", "Inconnu"],
        "Pays de la rencontre": ["Mali", "Côte d'Ivoire", "Guinée", "Niger", "Sénégal"],
    },
    "es": {
        "Lugar donde lo conoció": ["En el trabajo", "Por internet", "En el barrio", "En un bar", "Por la familia"],
        "¿Detenido?": ["Sí", "No", "Desconocido"],
        "País donde lo conoció": ["Venezuela", "Colombia", "Honduras", "Guatemala", "México"],
    },
    "pt": {
        "Onde conheceu": ["No trabalho", "Pela internet", "Na vizinhança", "Num bar", "Pela família"],
        "Foi preso?": ["Sim", "Não", "Não sabe"],
        "País onde conheceu": ["Brasil", "Angola", "Moçambique", "Portugal", "Paraguai"],
    },
}
FIRST_NAMES = {
    "en": ["Grace", "Joy", "Mary", "Blessing", "John", "Peter", "Faith", "Samuel", "Ruth", "David", "Esther", "Paul"],
    "fr": ["Aminata", "Fatou", "Mariam", "Awa", "Moussa", "Ibrahim", "Claire", "Julien", "Aïcha", "Koffi", "Nadia"],
    "es": ["María", "Lucía", "Carmen", "José", "Luis", "Ana", "Rosa", "Jorge", "Yesenia", "Carlos", "Daniela"],
    "pt": ["Ana", "Maria", "Joana", "Tiago", "Rafael", "Luana", "Bruna", "Diego", "Fátima", "Caio", "Vitória"],
}
SURNAMES = {
    "en": ["Okafor", "Mensah", "Smith", "Adeyemi", "Brown", "Mwangi", "Otieno", "Reyes", "Nguyen", "Wilson"],
    "fr": ["Diallo", "Traoré", "Koné", "Martin", "Camara", "Bamba", "Dubois", "Ouédraogo", "Sow", "Lefèvre"],
    "es": ["García", "Hernández", "López", "Martínez", "Pérez", "Ramírez", "Flores", "Gómez", "Díaz", "Torres"],
    "pt": ["Silva", "Santos", "Oliveira", "Souza", "Pereira", "Costa", "Almeida", "Ferreira", "Rocha", "Lima"],
}
NOTES = {
    "en": ["Referred to shelter.", "Follow-up call planned.", "", "Needs interpreter.", "Returned home."],
    "fr": ["Orientée vers le centre d'accueil.", "Rappel prévu.", "", "Besoin d'un interprète.", "Retour effectué."],
    "es": ["Derivada al albergue.", "Llamar la próxima semana.", "", "Necesita intérprete.", "Retornó a su país."],
    "pt": ["Encaminhada ao abrigo.", "Retornar contato.", "", "Precisa de intérprete.", "Voltou para casa."],
}
PHONE_PREFIX = {"en": "+234 80", "fr": "+223 7", "es": "+502 5", "pt": "+55 21 9"}


# ------------------------------------------------------------------------------------------------ shapes


@dataclass(frozen=True)
class Shape:
    """How one mission's export looks."""

    name: str
    language: str
    layout: str = "workbook"  # "workbook" (two sheets), "workbook_lists" (+ instructions/lists sheets), "csv", "xlsx2"
    title_rows: int = 0
    age: str = "age"  # "age", "birth_date", "birth_year"
    registration: str = "date"  # "date" (dd/mm/yyyy text), "excel_date" (date cells), "iso_date", "year"
    countries: str = "names"  # "names", "iso2", "iso3", "mixed" (names and ISO2)
    exploitation: str = "yes_no"  # "yes_no" (two columns), "types" (one multi-value cell)
    roles: str = "cell"  # "cell" (one cell listing roles), "yes_no" (one column per role), "check" (X)
    role_separator: str = "; "
    encoding: str = "utf-8"
    delimiter: str = ","
    sparse: bool = False
    wide: bool = False
    victims: int = 600
    perpetrators_mean: float = 1.0  # extra perpetrators beyond the first (Poisson mean), module filled
    module_share: float = MODULE_SHARE
    typo_share: float = 0.01
    extra_columns: int = 0  # more unrelated victim columns (numbered copies of the wide ones), for the speed run


SHAPES: tuple[Shape, ...] = (
    Shape("fr_xlsx_titles_roles_cell", "fr", "workbook", 3, "birth_date", "excel_date", "names", "yes_no", "cell"),
    Shape(
        "es_csv_cp1252_roles_yes_no",
        "es",
        "csv",
        0,
        "age",
        "date",
        "names",
        "yes_no",
        "yes_no",
        encoding="cp1252",
        delimiter=";",
    ),
    Shape("en_xlsx_check_iso2_types_wide", "en", "workbook", 0, "age", "iso_date", "iso2", "types", "check", wide=True),
    Shape(
        "pt_two_xlsx_birth_year_sparse",
        "pt",
        "xlsx2",
        1,
        "birth_year",
        "year",
        "names",
        "yes_no",
        "cell",
        role_separator=", ",
        sparse=True,
    ),
    Shape(
        "fr_csv_iso3_types_yes_no_sparse_wide",
        "fr",
        "csv",
        0,
        "age",
        "date",
        "iso3",
        "types",
        "yes_no",
        sparse=True,
        wide=True,
    ),
    Shape(
        "es_xlsx_lists_sheet_check_titles", "es", "workbook_lists", 2, "birth_date", "date", "mixed", "types", "check"
    ),
    Shape(
        "en_csv_cp1252_birth_year_roles_cell",
        "en",
        "csv",
        1,
        "birth_year",
        "date",
        "names",
        "yes_no",
        "cell",
        role_separator=", ",
        encoding="cp1252",
        delimiter=";",
    ),
    Shape("pt_xlsx_mixed_yes_no_wide", "pt", "workbook", 0, "age", "date", "mixed", "yes_no", "yes_no", wide=True),
    Shape("fr_xlsx_check_iso2_dense", "fr", "workbook", 0, "birth_year", "year", "iso2", "yes_no", "check"),
)
FIXTURE_SHAPES = {
    "fr": replace(SHAPES[0], name="fixture_fr", victims=60),
    "es": replace(SHAPES[1], name="fixture_es", victims=60),
}


# ------------------------------------------------------------------------------------------------ truth rows


def _draw_freq(rng: np.random.Generator, freq: dict, size: int, missing: int = 0) -> list:
    keys = list(freq) + ([None] if missing else [])
    weights = np.array(list(freq.values()) + ([missing] if missing else []), dtype=float)
    picks = rng.choice(len(keys), size=size, p=weights / weights.sum())
    return [keys[i] for i in picks]


@dataclass
class Victim:
    values: dict[str, str | None]  # the 16 codebook values (None = missing); multi-values as sorted lists joined ";"
    age: int | None
    coo: Country | None
    coe: Country | None
    perpetrators: list[dict] = field(default_factory=list)


def _codebook_victims(rng: np.random.Generator, shape: Shape) -> list[Victim]:
    """Per victim, the 16 values and what the raw export needs (age, countries, perpetrators)."""
    data = pd.read_csv(FINAL_DATA)
    rows = data.iloc[rng.integers(0, len(data), shape.victims)].to_dict("records")
    n = shape.victims
    years = _draw_freq(rng, {k: v for k, v in YEAR_FREQ.items() if k}, n, YEAR_FREQ[None])
    coo_regions = _draw_freq(rng, {k: v for k, v in COO_FREQ.items() if k}, n, COO_FREQ[None])
    coe_regions = _draw_freq(rng, {k: v for k, v in COE_FREQ.items() if k}, n, COE_FREQ[None])
    module = rng.random(n) < shape.module_share
    victims = []
    for i in range(n):
        row = rows[i]
        v: dict[str, str | None] = dict.fromkeys(COLUMNS)
        v["yearRegister"] = years[i]
        if row["Trans/NonConforming"] == 1:
            v["gender"] = "trans"
        else:
            v["gender"] = "Female" if row["Woman"] == 1 else "Male"
            if rng.random() < 0.04:
                v["gender"] = "unknown"
        band = int(row["Age Band"])
        age = None
        if band:
            low, high = VICTIM_AGES[band]
            age = int(rng.integers(low, high + 1))
        v["isForcedLabour"] = "1" if row["isForcedLabour"] == 1 else None
        v["isSexualExploit"] = "1" if row["isSexualExploit"] == 1 else None
        coo = _country(rng, coo_regions[i]) if coo_regions[i] else None
        if row["Is Citizen of Country"] == 1 and coo is not None:
            coe = coo if rng.random() < 0.92 else None
        else:
            coe = _country(rng, coe_regions[i]) if coe_regions[i] else None
            if coe is not None and coo is not None and coe.iso3 == coo.iso3:
                coe = _country(rng, coe.region, avoid=coo.iso3)
        relation = {
            "FamilyIntimatePartner": row["Recruiter Relation Intimate Partner"] == 1
            or row["Recruiter Relation Family"] == 1,
            "FriendAcquaintance": row["Recruiter Relation Friend"] == 1,
            "StrangerUnknownOther": row["Recruiter Relation Other"] == 1,
        }
        relations = [k for k, on in relation.items() if on]
        has_module = bool(module[i] or relations)
        victim = Victim(v, age, coo, coe)
        if has_module:
            _perpetrator_values(rng, shape, victim, relations)
        victims.append(victim)
    if shape.sparse:
        _blank_some(rng, victims)
    for victim in victims:
        _finish_victim(victim)
    return victims


def _country(rng: np.random.Generator, region: str, avoid: str | None = None) -> Country:
    choices = BY_REGION[region] if region != "Americas/Oceania" else BY_REGION["Americas/Oceania"]
    weights = _REGION_WEIGHTS[region].copy()
    if avoid is not None:
        weights = np.where([c.iso3 == avoid for c in choices], 0.0, weights)
    return choices[int(rng.choice(len(choices), p=weights / weights.sum()))]


def _perpetrator_values(rng: np.random.Generator, shape: Shape, victim: Victim, relations: list[str]) -> None:
    """The victim's aggregated IP_* values and one to six perpetrators that give exactly them."""
    v = victim.values
    share = shape.module_share

    def answered(count: int) -> bool:
        return bool(rng.random() < min(1.0, count / ALL_VICTIMS / share))

    for name in ROLE_FLAGS:
        v[name] = "1" if answered(ROLE_COUNTS[name]) else None
    if relations:
        v["IP_Relation"] = ";".join(sorted(relations))
    elif answered(sum(IP_RELATION_FREQ.values())):
        v["IP_Relation"] = _draw_freq(rng, IP_RELATION_FREQ, 1)[0]
    if answered(sum(IP_GENDER_FREQ.values())):
        v["IP_Gender"] = _draw_freq(rng, IP_GENDER_FREQ, 1)[0]
    if answered(sum(IP_AGE_FREQ.values())):
        v["IP_ageBroad"] = _draw_freq(rng, IP_AGE_FREQ, 1)[0]
    if answered(sum(IP_REGION_FREQ.values())):
        # Perpetrators are most often of the victim's own region (or the region they were exploited in).
        home = [r for r in (victim.coo and victim.coo.region, victim.coe and victim.coe.region) if r]
        if home and rng.random() < 0.7:
            region = home[0] if rng.random() < 0.7 else home[-1]
            v["IP_citizen_UNRegion"] = region if rng.random() < 0.9 else _draw_freq(rng, IP_REGION_FREQ, 1)[0]
        else:
            v["IP_citizen_UNRegion"] = _draw_freq(rng, IP_REGION_FREQ, 1)[0]
    if answered(sum(IP_PAY_FREQ.values())):
        v["IP_PayMoney"] = _draw_freq(rng, IP_PAY_FREQ, 1)[0]
    sets = {
        name: (v[name] or "").split(";") if v[name] else []
        for name in ("IP_Relation", "IP_Gender", "IP_ageBroad", "IP_citizen_UNRegion", "IP_PayMoney")
    }
    needed = max([1] + [len(s) for s in sets.values()])
    count = int(min(6, max(needed, 1 + rng.poisson(shape.perpetrators_mean))))
    perps: list[dict] = [{"roles": set()} for _ in range(count)]
    for name, labels in sets.items():
        if not labels:
            continue
        order = list(labels) + [labels[int(rng.integers(len(labels)))] for _ in range(count - len(labels))]
        rng.shuffle(order)
        for perp, label in zip(perps, order, strict=True):
            perp[name] = label
    for name in ROLE_FLAGS:
        if v[name]:
            holders = rng.random(count) < 0.35
            holders[int(rng.integers(count))] = True
            roles = [r for r, g in ROLE_GROUP.items() if g == name]
            for perp, holds in zip(perps, holders, strict=True):
                if holds:
                    perp["roles"].add(roles[int(rng.integers(len(roles)))] if rng.random() < 0.7 else roles[0])
    for perp in perps:
        if rng.random() < 0.05:
            perp["roles"].add("companion" if rng.random() < 0.5 else "other")
    victim.perpetrators = perps


def _blank_some(rng: np.random.Generator, victims: list[Victim]) -> None:
    """A sparse export: a quarter of the victim answers and of the perpetrator answers never got typed in."""
    for victim in victims:
        v = victim.values
        for name in ("gender", "isForcedLabour", "isSexualExploit"):
            if rng.random() < 0.25:
                v[name] = None
        if rng.random() < 0.25:
            victim.age = None
        if rng.random() < 0.25:
            victim.coo = None
        if rng.random() < 0.25:
            victim.coe = None
        for perp in victim.perpetrators:
            for name in ("IP_Relation", "IP_Gender", "IP_ageBroad", "IP_citizen_UNRegion", "IP_PayMoney"):
                if name in perp and rng.random() < 0.25:
                    del perp[name]


def _finish_victim(victim: Victim) -> None:
    """The truth after blanking: victim values from what is written, IP_* values aggregated over perpetrators."""
    v = victim.values
    if v["gender"] not in ("Female", "Male"):
        v["gender"] = None if v["gender"] is None else v["gender"]
    v["majorityStatus"] = None if victim.age is None else ("Minor" if victim.age < 18 else "Adult")
    v["UN_COO_Region"] = victim.coo.region if victim.coo else None
    v["UN_COE_Region"] = victim.coe.region if victim.coe else None
    for name in ("IP_Relation", "IP_Gender", "IP_ageBroad", "IP_citizen_UNRegion", "IP_PayMoney"):
        labels = sorted({p[name] for p in victim.perpetrators if name in p})
        v[name] = ";".join(labels) if labels else None
    for name in ROLE_FLAGS:
        held = any(ROLE_GROUP[r] == name for p in victim.perpetrators for r in p["roles"])
        v[name] = "1" if held else None


# ------------------------------------------------------------------------------------------------ raw words


class Speller:
    """Chooses the raw spelling of a concept and records what it means, per variable (raw_truth.json)."""

    def __init__(self, rng: np.random.Generator, shape: Shape) -> None:
        self.rng = rng
        self.shape = shape
        self.language = shape.language
        self.truth: dict[str, dict[str, str]] = defaultdict(dict)
        self.iso3: dict[str, dict[str, str]] = defaultdict(dict)
        # A mission writes most cells one way: its main spelling of each concept is fixed per export.
        self.main: dict[str, str] = {}

    def note(self, variable: str, raw: str, label: str) -> str:
        if raw.strip() == "":
            return raw
        known = self.truth[variable].get(raw)
        assert known is None or known == label, (variable, raw, known, label)
        self.truth[variable][raw] = label
        return raw

    def pick(self, concept: str, choices: list[str], main_share: float = 0.85) -> str:
        if concept not in self.main:
            self.main[concept] = choices[int(self.rng.integers(min(2, len(choices))))]
        if self.rng.random() < main_share or len(choices) == 1:
            word = self.main[concept]
        else:
            word = choices[int(self.rng.integers(len(choices)))]
        return self.typo(word)

    def typo(self, word: str) -> str:
        r = self.rng.random()
        share = self.shape.typo_share
        if r < share * 0.4 and len(word) > 4:
            return word.upper()
        if r < share * 0.7:
            plain = unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode()
            return plain if plain.strip() else word
        if r < share * 0.85:
            return word + " "
        if r < share and len(word) > 5:
            i = int(self.rng.integers(1, len(word) - 1))
            return word[:i] + word[i + 1 :]  # a letter dropped
        return word

    def words(self, key: str) -> list[str]:
        return WORDS[self.language][key]

    def sex(self, variable: str, value: str | None) -> str:
        if value is None:
            return ""
        if value in ("Female", "Male"):
            return self.note(variable, self.pick(f"sex_{value}", self.words(value)), value)
        key = "trans" if value == "trans" else "sex_unknown"
        return self.note(variable, self.pick(key, self.words(key), 0.7), "")

    def yes_no(self, variable: str, yes: bool | None, label_yes: str = "1", label_no: str = "") -> str:
        if yes is None:
            return self.note(variable, self.pick("dont_know", self.words("dont_know"), 0.7), "")
        key = "yes" if yes else "no"
        return self.note(variable, self.pick(key, self.words(key), 0.9), label_yes if yes else label_no)

    def country(self, variable: str, country: Country | None, unknown_share: float = 0.02) -> str:
        if country is None:
            if self.rng.random() < unknown_share:
                raw = self.pick("country_unknown", self.words("country_unknown"), 0.6)
                self.iso3[variable][raw] = ""
                return self.note(variable, raw, "")
            return ""
        mode = self.shape.countries
        if mode == "mixed":
            mode = "iso2" if self.rng.random() < 0.5 else "names"
        if mode == "iso2":
            raw = country.iso2 if self.rng.random() > self.shape.typo_share else country.iso2.lower()
        elif mode == "iso3":
            raw = country.iso3
        else:
            aliases = _COUNTRY_ALIASES.get((country.iso3, self.language), [])
            name = country.names[self.language]
            raw = aliases[int(self.rng.integers(len(aliases)))] if aliases and self.rng.random() < 0.1 else name
            raw = self.typo(raw)
        self.iso3[variable][raw] = country.iso3
        return self.note(variable, raw, country.region)


# ------------------------------------------------------------------------------------------------ the export


def _date_text(day: dt.date, form: str) -> str | dt.datetime:
    if form == "excel_date":
        return dt.datetime(day.year, day.month, day.day)
    if form == "iso_date":
        return day.isoformat()
    return day.strftime("%d/%m/%Y")


def _registration_day(rng: np.random.Generator, band: str | None) -> dt.date:
    if band is None:
        year = int(rng.integers(2002, 2005))  # before the codebook's first band: set to missing
    elif "-" in band:
        low, high = (int(x) for x in band.split("-"))
        year = int(rng.integers(low, high + 1))
    else:
        year = int(band)
    return dt.date(year, 1, 1) + dt.timedelta(days=int(rng.integers(0, 365)))


def _birth_day(rng: np.random.Generator, registered: dt.date, age: int) -> dt.date:
    """A birth date at which the person is exactly `age` on `registered` (year difference less a later birthday)."""
    while True:
        year = registered.year - age - int(rng.integers(0, 2))
        try:
            born = dt.date(year, int(rng.integers(1, 13)), int(rng.integers(1, 29)))
        except ValueError:
            continue
        later = (registered.month, registered.day) < (born.month, born.day)
        if registered.year - born.year - int(later) == age:
            return born


def _band_of_year(year: int) -> str:
    for label in ("2005-2013", "2014-2018", "2019", "2020", "2021-2022"):
        low, _, high = label.partition("-")
        if int(low) <= year <= int(high or low):
            return label
    return ""


def _band_of_age(age: int) -> str:
    for label, (low, high) in AGE_BANDS.items():
        if low <= age <= high or (label == "48+" and age >= 48):
            return label
    return "0--29"


@dataclass
class Written:
    """One generated export: its files and how to open them, the truth, and each variable's source columns."""

    folder: Path
    shape: Shape
    victims_path: Path
    victims_sheet: str | None
    perpetrators_path: Path
    perpetrators_sheet: str | None
    truth: pd.DataFrame
    raw_truth: dict


def make_tables(shape: Shape, seed: int) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame, dict]:
    """The victims and perpetrators tables as the mission's system holds them, the truth and raw_truth.

    One generator makes everything, so the steps run in a fixed order (the codebook values, the case IDs, the victim
    rows, the perpetrator form's role columns, the perpetrator rows): a seed gives the same export only if that
    order never changes."""
    rng = np.random.default_rng(seed)
    lang = shape.language
    victims = _codebook_victims(rng, shape)
    sp = Speller(rng, shape)
    case_ids = [f"{lang.upper()}-{int(rng.integers(10, 99))}-{i + 1:05d}" for i in range(len(victims))]
    rng.shuffle(case_ids)
    vrows = [_victim_row(rng, sp, shape, victim, case) for victim, case in zip(victims, case_ids, strict=True)]
    role_columns = _role_columns(rng, shape)
    prows = _perpetrator_rows(rng, sp, shape, victims, case_ids, role_columns)
    vframe = pd.DataFrame(vrows)
    pframe = pd.DataFrame(prows, columns=list(prows[0]) if prows else None)
    # Built after the rows: writing a row blanks the values it leaves out (an unknown sex, a missing registration).
    truth = pd.DataFrame([{c: victim.values[c] or "" for c in COLUMNS} for victim in victims])
    return vframe, pframe, truth, _raw_truth(shape, sp, role_columns)


def _victim_row(rng: np.random.Generator, sp: Speller, shape: Shape, victim: Victim, case: str) -> dict[str, object]:
    """One victim's row; the cells are assigned in the export's column order (the frame takes it from the dicts)."""
    lang = shape.language
    h = HEADERS[lang]
    v = victim.values
    row: dict[str, object] = {h["case"]: case}
    first = FIRST_NAMES[lang][int(rng.integers(len(FIRST_NAMES[lang])))]
    row[h["name"]] = f"{first} {SURNAMES[lang][int(rng.integers(len(SURNAMES[lang])))]}"
    row[h["phone"]] = f"{PHONE_PREFIX[lang]}{int(rng.integers(1000000, 9999999))}" if rng.random() < 0.7 else ""
    registered = _registration_day(rng, v["yearRegister"])
    missing_registration = v["yearRegister"] is None and shape.age == "age" and rng.random() < 0.5
    _age_cell(rng, sp, shape, victim, registered, row)
    row[h["sex"]] = sp.sex("gender", v["gender"] if v["gender"] != "unknown" else "unknown")
    if v["gender"] not in ("Female", "Male"):
        v["gender"] = None
    _registration_cell(sp, shape, registered, missing_registration, row)
    if missing_registration:
        v["yearRegister"] = None
    row[h["citizenship"]] = sp.country("UN_COO_Region", victim.coo)
    row[h["exploited_in"]] = sp.country("UN_COE_Region", victim.coe)
    _exploitation_cells(rng, sp, shape, v, row)
    row[h["note"]] = NOTES[lang][int(rng.integers(len(NOTES[lang])))] if rng.random() < 0.6 else ""
    _unrelated_victim_cells(rng, shape, row)
    return row


def _age_cell(
    rng: np.random.Generator, sp: Speller, shape: Shape, victim: Victim, registered: dt.date, row: dict[str, object]
) -> None:
    """The victim's age as the shape records it: the age itself, a birth date or a birth year."""
    h = HEADERS[shape.language]
    v = victim.values
    if shape.age == "age":
        if victim.age is not None:
            row[h["age"]] = str(victim.age)
            sp.note("majorityStatus", str(victim.age), v["majorityStatus"] or "")
        elif rng.random() < 0.15:
            row[h["age"]] = sp.note("majorityStatus", sp.pick("age_unknown", sp.words("age_unknown")), "")
        else:
            row[h["age"]] = ""
    elif shape.age == "birth_date":
        born = _birth_day(rng, registered, victim.age) if victim.age is not None else None
        row[h["birth_date"]] = "" if born is None else _date_text(born, shape.registration)
    else:
        row[h["birth_year"]] = "" if victim.age is None else str(registered.year - victim.age)


def _registration_cell(sp: Speller, shape: Shape, registered: dt.date, missing: bool, row: dict[str, object]) -> None:
    """The registration year or date (blank when `missing`), noted with the year band it falls in."""
    h = HEADERS[shape.language]
    if shape.registration == "year":
        raw_year = "" if missing else str(registered.year)
        row[h["registered_year"]] = raw_year
        if raw_year:
            sp.note("yearRegister", raw_year, _band_of_year(registered.year))
    else:
        value = "" if missing else _date_text(registered, shape.registration)
        row[h["registered_date"]] = value
        if value != "":
            # A date cell holds no text to record: the truth records it by its ISO date.
            shown = value if isinstance(value, str) else registered.isoformat()
            sp.note("yearRegister", shown, _band_of_year(registered.year))


def _exploitation_cells(
    rng: np.random.Generator, sp: Speller, shape: Shape, v: dict[str, str | None], row: dict[str, object]
) -> None:
    """Forced labour and sexual exploitation: two yes/no columns, or one cell listing the types."""
    h = HEADERS[shape.language]
    fl, sx = v["isForcedLabour"] == "1", v["isSexualExploit"] == "1"
    if shape.exploitation == "yes_no":
        for key, variable, on in (("forced_labour", "isForcedLabour", fl), ("sexual", "isSexualExploit", sx)):
            if shape.sparse and not on and rng.random() < 0.5:
                row[h[key]] = ""
            else:
                row[h[key]] = sp.yes_no(variable, on if (on or rng.random() > 0.02) else None)
        return
    types = []
    if fl:
        types.append(("FL", sp.pick("FL", sp.words("FL"), 0.7)))
    if sx:
        types.append(("SE", sp.pick("SE", sp.words("SE"), 0.8)))
    if not types and rng.random() < 0.3:
        types.append(("other", sp.pick("other_exploitation", sp.words("other_exploitation"), 0.6)))
    for kind, word in types:
        sp.note("isForcedLabour", word, "1" if kind == "FL" else "")
        sp.note("isSexualExploit", word, "1" if kind == "SE" else "")
    row[h["types"]] = "; ".join(w for _, w in types)


def _unrelated_victim_cells(rng: np.random.Generator, shape: Shape, row: dict[str, object]) -> None:
    """Columns no variable comes from: the wide shapes' extra columns, then `extra_columns` numbered copies."""
    lang = shape.language
    if shape.wide:
        for column, values in EXTRA_VICTIM_COLUMNS[lang].items():
            row[column] = values[int(rng.integers(len(values)))] if rng.random() < 0.8 else ""
    extras = list(EXTRA_VICTIM_COLUMNS[lang].items())
    for k in range(shape.extra_columns):
        column, values = extras[k % len(extras)]
        row[f"{column} {k // len(extras) + 2}"] = values[int(rng.integers(len(values)))] if rng.random() < 0.6 else ""


def _perpetrator_rows(
    rng: np.random.Generator,
    sp: Speller,
    shape: Shape,
    victims: list[Victim],
    case_ids: list[str],
    role_columns: dict[str, str],
) -> list[dict]:
    """One row per perpetrator, victims in export order, perpetrators of a victim together."""
    prows: list[dict] = []
    for victim, case in zip(victims, case_ids, strict=True):
        perps = victim.perpetrators
        if not perps and rng.random() < 0.1:
            perps = [{"roles": set()}]  # a perpetrator row with nothing filled in
        for perp in perps:
            prows.append(_perpetrator_row(rng, sp, shape, perp, case, role_columns))
    return prows


def _perpetrator_row(
    rng: np.random.Generator, sp: Speller, shape: Shape, perp: dict, case: str, role_columns: dict[str, str]
) -> dict[str, object]:
    """One perpetrator's row, cells in the export's column order."""
    lang = shape.language
    h = HEADERS[lang]
    row: dict[str, object] = {h["p_case"]: case}
    first = FIRST_NAMES[lang][int(rng.integers(len(FIRST_NAMES[lang])))]
    row[h["p_name"]] = f"{first} {SURNAMES[lang][int(rng.integers(len(SURNAMES[lang])))]}"
    row[h["p_sex"]] = (
        sp.sex("IP_Gender", perp.get("IP_Gender"))
        if "IP_Gender" in perp
        else (sp.sex("IP_Gender", "unknown") if rng.random() < 0.1 else "")
    )
    row[h["p_age"]] = _perpetrator_age(rng, sp, perp.get("IP_ageBroad"))
    row[h["p_nationality"]] = _perpetrator_country(rng, sp, perp.get("IP_citizen_UNRegion"))
    relation = perp.get("IP_Relation")
    if relation is None:
        row[h["p_relation"]] = ""
    else:
        words = sp.words(relation)
        word = words[int(rng.integers(len(words)))] if rng.random() < 0.9 else words[0]
        row[h["p_relation"]] = sp.note("IP_Relation", sp.typo(word), relation)
    paid = perp.get("IP_PayMoney")
    if paid is None:
        row[h["p_paid"]] = sp.yes_no("IP_PayMoney", None) if rng.random() < 0.15 else ""
    else:
        row[h["p_paid"]] = sp.yes_no("IP_PayMoney", paid == "Yes", "Yes", "No")
    _write_roles(rng, sp, shape, perp["roles"], row, role_columns)
    if shape.wide:
        for column, values in EXTRA_PERPETRATOR_COLUMNS[lang].items():
            row[column] = values[int(rng.integers(len(values)))] if rng.random() < 0.7 else ""
    return row


def _sources(shape: Shape, role_columns: dict[str, str]) -> tuple[dict[str, list[str]], dict[str, object]]:
    """Per variable, the columns it was generated from; and how multi-value cells are split (raw_truth's "split")."""
    h = HEADERS[shape.language]
    sources: dict[str, list[str]] = {}
    extra: dict[str, object] = {}
    sources["yearRegister"] = [h["registered_year"] if shape.registration == "year" else h["registered_date"]]
    sources["gender"] = [h["sex"]]
    if shape.age == "age":
        sources["majorityStatus"] = [h["age"]]
    elif shape.age == "birth_date":
        sources["majorityStatus"] = [h["birth_date"], sources["yearRegister"][0]]
    else:
        sources["majorityStatus"] = [h["birth_year"], sources["yearRegister"][0]]
    if shape.exploitation == "yes_no":
        sources["isForcedLabour"], sources["isSexualExploit"] = [h["forced_labour"]], [h["sexual"]]
    else:
        sources["isForcedLabour"] = sources["isSexualExploit"] = [h["types"]]
        extra["exploitation_split"] = ";"
    sources["UN_COO_Region"], sources["UN_COE_Region"] = [h["citizenship"]], [h["exploited_in"]]
    for name in ("IP_Relation", "IP_Gender", "IP_ageBroad", "IP_citizen_UNRegion", "IP_PayMoney"):
        key = {"IP_Relation": "p_relation", "IP_Gender": "p_sex", "IP_ageBroad": "p_age"}.get(name)
        key = key or ("p_nationality" if name == "IP_citizen_UNRegion" else "p_paid")
        sources[name] = [h[key]]
    if shape.roles == "cell":
        for name in ROLE_FLAGS:
            sources[name] = [h["p_roles"]]
        extra["roles_split"] = shape.role_separator.strip()
    else:
        for name in ROLE_FLAGS:
            sources[name] = [column for role, column in role_columns.items() if ROLE_GROUP[role] == name]
    return sources, extra


def _raw_truth(shape: Shape, sp: Speller, role_columns: dict[str, str]) -> dict:
    """raw_truth.json (but its "files", which the writer adds): each variable's source columns and raw values."""
    h = HEADERS[shape.language]
    sources, extra = _sources(shape, role_columns)
    raw_truth = {
        "shape": shape.name,
        "language": shape.language,
        "link": [h["case"], h["p_case"]],
        "variables": {
            name: {
                "source": sources[name],
                "values": dict(sorted(sp.truth.get(name, {}).items())),
                **({"iso3": dict(sorted(sp.iso3[name].items()))} if name in sp.iso3 else {}),
            }
            for name in COLUMNS
        },
        "split": extra,
    }
    for name in ROLE_FLAGS:
        # Role columns are yes/no or check marks: every role flag shares their one table of raw values.
        if shape.roles != "cell":
            raw_truth["variables"][name]["values"] = dict(sorted(sp.truth.get("role_columns", {}).items()))
        else:
            raw_truth["variables"][name]["values"] = dict(sorted(sp.truth.get(name, {}).items()))
    return raw_truth


def _perpetrator_age(rng: np.random.Generator, sp: Speller, band: str | None) -> str:
    if band is None:
        if rng.random() < 0.1:
            return sp.note("IP_ageBroad", sp.pick("age_unknown", sp.words("age_unknown")), "")
        return ""
    low, high = AGE_BANDS[band]
    age = str(int(rng.integers(low, high + 1)))
    return sp.note("IP_ageBroad", age, band)


def _perpetrator_country(rng: np.random.Generator, sp: Speller, region: str | None) -> str:
    if region is None:
        return sp.country("IP_citizen_UNRegion", None, unknown_share=0.1)
    return sp.country("IP_citizen_UNRegion", _country(rng, region))


def _role_columns(rng: np.random.Generator, shape: Shape) -> dict[str, str]:
    """Roles with a column of their own (yes/no and check shapes): most of the form's, at least one per group."""
    if shape.roles == "cell":
        return {}
    headers = ROLE_COLUMNS[shape.language]
    kept = {}
    for role, header in headers.items():
        group = ROLE_GROUP[role]
        essential = role in ("recruiter", "transported", "abuser", "exploiter", "other")
        if essential or rng.random() < 0.7 or group is None:
            kept[role] = header
    return kept


def _write_roles(
    rng: np.random.Generator, sp: Speller, shape: Shape, roles: set[str], row: dict, columns: dict[str, str]
) -> None:
    lang = shape.language
    if shape.roles == "cell":
        words = []
        for role in sorted(roles):
            if role not in ROLE_WORDS[lang]:
                continue
            choices = ROLE_WORDS[lang][role]
            word = sp.typo(choices[0] if rng.random() < 0.75 else choices[int(rng.integers(len(choices)))])
            for name in ROLE_FLAGS:
                sp.note(name, word, "1" if ROLE_GROUP[role] == name else "")
            words.append(word)
        rng.shuffle(words)
        row[HEADERS[lang]["p_roles"]] = shape.role_separator.join(words)
        return
    # A role with no column of its own (the form lacks it) is ticked as the nearest role the form has.
    present = list(columns)
    ticked = set()
    for role in sorted(roles):
        if role in present:
            ticked.add(role)
        else:
            group = ROLE_GROUP[role]
            same = [r for r in present if ROLE_GROUP[r] == group]
            if same:
                ticked.add(same[0])
    for role, header in columns.items():
        on = role in ticked
        if shape.roles == "check":
            row[header] = sp.note("role_columns", CHECK_MARKS[int(rng.integers(len(CHECK_MARKS)))], "1") if on else ""
        elif shape.sparse and not on and rng.random() < 0.6:
            row[header] = ""
        else:
            row[header] = sp.yes_no("role_columns", on, "1", "")


# ------------------------------------------------------------------------------------------------ writing


def _title_lines(shape: Shape, which: str) -> list[list[str]]:
    h = HEADERS[shape.language]
    lines = [[f"{h['title']} — {h[which]}"], [f"Export {dt.date(2023, 3, 14).isoformat()}"], []]
    return lines[: shape.title_rows] if shape.title_rows < 3 else lines + [[]] * (shape.title_rows - 3)


def _write_sheet(workbook, name: str, frame: pd.DataFrame, titles: list[list[str]]) -> None:
    sheet = workbook.create_sheet(name)
    for line in titles:
        sheet.append(line)
    sheet.append(list(frame.columns))
    for record in frame.itertuples(index=False):
        sheet.append([_cell(value) for value in record])


def _save(workbook, path: Path) -> None:
    """Save with fixed document dates, so that a seed gives the same bytes."""
    when = dt.datetime(2023, 3, 14, 9, 0)
    workbook.properties.created = when
    workbook.properties.modified = when
    workbook.save(path)


def _cell(value: object) -> object:
    if isinstance(value, dt.datetime):
        return value
    if value is None or (isinstance(value, float) and np.isnan(value)) or value == "":
        return None
    text = str(value)
    # Numbers typed into Excel are numbers there.
    return int(text) if text.isdigit() and len(text) <= 4 else text


def _write_csv(path: Path, frame: pd.DataFrame, shape: Shape, titles: list[list[str]]) -> None:
    with path.open("w", encoding=shape.encoding, newline="") as out:
        writer = csv.writer(out, delimiter=shape.delimiter, lineterminator="\r\n")
        for line in titles:
            writer.writerow(line)
        writer.writerow(list(frame.columns))
        for record in frame.itertuples(index=False):
            writer.writerow(["" if v is None or (isinstance(v, float) and np.isnan(v)) else v for v in record])


def write_mission_export(shape: Shape, folder: Path, seed: int) -> Written:
    """Write one export of `shape` into `folder` (created), with truth.csv and raw_truth.json beside it."""
    import openpyxl

    folder.mkdir(parents=True, exist_ok=True)
    vframe, pframe, truth, raw_truth = make_tables(shape, seed)
    h = HEADERS[shape.language]
    stem = {"en": "cases", "fr": "dossiers", "es": "casos", "pt": "casos"}[shape.language]
    if shape.layout in ("workbook", "workbook_lists"):
        path = folder / f"{stem}.xlsx"
        workbook = openpyxl.Workbook()
        workbook.remove(workbook.active)
        if shape.layout == "workbook_lists":
            info = workbook.create_sheet("Instrucciones" if shape.language == "es" else "Instructions")
            info.append(["Llenar una fila por víctima y una fila por tratante." if shape.language == "es" else "-"])
        _write_sheet(workbook, h["victims_sheet"], vframe, _title_lines(shape, "victims_sheet"))
        _write_sheet(workbook, h["perpetrators_sheet"], pframe, _title_lines(shape, "perpetrators_sheet"))
        if shape.layout == "workbook_lists":
            lists = workbook.create_sheet("Listas" if shape.language == "es" else "Lists")
            lists.append(["Sexo", "Sí/No"])
            for a, b in zip(WORDS[shape.language]["Female"][:2], ["Sí", "No"], strict=True):
                lists.append([a, b])
        _save(workbook, path)
        paths = (path, h["victims_sheet"], path, h["perpetrators_sheet"])
    elif shape.layout == "xlsx2":
        paths_out = []
        for which, frame in (("victims_sheet", vframe), ("perpetrators_sheet", pframe)):
            path = folder / f"{h[which].lower()}.xlsx"
            workbook = openpyxl.Workbook()
            workbook.remove(workbook.active)
            _write_sheet(workbook, h[which], frame, _title_lines(shape, which))
            _save(workbook, path)
            paths_out += [path, h[which]]
        paths = tuple(paths_out)
    else:
        paths_out = []
        for which, frame in (("victims_sheet", vframe), ("perpetrators_sheet", pframe)):
            name = unicodedata.normalize("NFKD", h[which].lower()).encode("ascii", "ignore").decode()
            path = folder / f"{name}.csv"
            _write_csv(path, frame, shape, _title_lines(shape, which))
            paths_out += [path, None]
        paths = tuple(paths_out)
    truth.to_csv(folder / "truth.csv", index=False)
    raw_truth["files"] = {
        "victims": [paths[0].name, paths[1]],
        "perpetrators": [paths[2].name, paths[3]],
    }
    (folder / "raw_truth.json").write_text(json.dumps(raw_truth, ensure_ascii=False, indent=1), encoding="utf-8")
    return Written(folder, shape, paths[0], paths[1], paths[2], paths[3], truth, raw_truth)


def write_all(folder: Path, seed: int = 18, victims: int | None = None) -> list[Written]:
    """Every shape, each in its own subfolder of `folder`; `victims` overrides the shapes' sizes."""
    out = []
    for i, shape in enumerate(SHAPES):
        if victims is not None:
            shape = replace(shape, victims=victims)
        out.append(write_mission_export(shape, folder / shape.name, seed + i))
    return out


FIXTURES = REPO / "tests" / "fixtures" / "exports"
FIXTURE_SEEDS = {"fr": 1801, "es": 1802}


def write_fixtures(folder: Path = FIXTURES) -> list[Written]:
    """The two committed fixtures (tests/fixtures/exports/SOURCES.md says how they were made)."""
    return [
        write_mission_export(FIXTURE_SHAPES[lang], folder / f"{lang}_mission", FIXTURE_SEEDS[lang])
        for lang in ("fr", "es")
    ]


if __name__ == "__main__":
    import sys
    import tempfile

    if sys.argv[1:] == ["--fixtures"]:
        for written in write_fixtures():
            print(written.folder, len(written.truth), "victims")
        sys.exit(0)
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp(prefix="mission_exports_"))
    for written in write_all(target):
        print(written.folder, len(written.truth), "victims")
