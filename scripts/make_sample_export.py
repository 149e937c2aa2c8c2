"""Make the bundled FAKE case export in resources/sample/ (every person in it is invented).

    uv run python scripts/make_sample_export.py            # regenerate the committed files
    uv run python scripts/make_sample_export.py --victims 200 --out /tmp/sample

What it writes (into --out, default resources/sample/):
- sample_export.xlsx  two sheets, headers on row 1: `Victims` (one row per victim, HTCDS-like columns) and
  `Perpetrators` (one row per perpetrator, the Appendix II fields of the Dec 2022 CTDC codebook, linked by cas_CaseID);
- sample_victims.csv, sample_perpetrators.csv  the same two tables as UTF-8 CSV, for CLI tests;
- frequencies.json  the category frequencies the rows are drawn from (only when they were recomputed from the
  real CTDC-derived files in ../shared/data; otherwise this committed table is read back).

Category frequencies follow real CTDC-derived data: the joint distribution of victim gender, age band, citizenship,
forced-labour / sexual-exploitation flags, country of exploitation and registration year from dados_app.csv (every
combination there already occurs at least 10 times: it comes from the k-anonymised global dataset), and the
marginals of ControlCategory, RecruiterCategory, ExploitType and Labor_Type from trafficking_cleaned.csv.
Names, phones, e-mails, addresses and notes come from Faker with a fixed seed, in the locale of the person's
citizenship. Output is byte-stable: same seed, same Faker version -> same bytes (fixed workbook dates, fixed zip
timestamps), so re-running the script does not churn git.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import json
import random
import re
import sys
import zipfile
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DEFAULT_OUT = REPO / "resources" / "sample"
SHARED_DATA = REPO.parent / "shared" / "data"
FREQUENCIES_FILE = "frequencies.json"
DEFAULT_SEED = 20221201
DEFAULT_VICTIMS = 2000
# Fixed "created/modified" stamp and zip entry time: the file must not change when nothing else did.
FIXED_STAMP = dt.datetime(2024, 1, 1, 0, 0, 0)
ZIP_TIME = (2024, 1, 1, 0, 0, 0)

VICTIM_COLUMNS = [
    "cas_CaseID",
    "cas_CaseOwner",
    "cas_Status",
    "cas_RegistrationDate",
    "yearOfRegistration",
    "con_Consent",
    "prs_Salutation",
    "prs_FirstName",
    "prs_SecondName",
    "prs_Birthdate",
    "prs_Age",
    "prs_Gender",
    "prs_Citizenship",
    "prs_Email",
    "prs_HomePhone",
    "prs_MobilePhone",
    "prs_MailingStreet",
    "prs_MailingCity",
    "prs_MailingCountry",
    "vic_TraffickingStatus",
    "vic_MethodOfRecruitment",
    "vic_RecruiterRelationship",
    "vic_TypeOfExploitation",
    "isForcedLabour",
    "isSexualExploit",
    "isOtherExploit",
    "vic_ForcedLabourIndustry",
    "vic_TypeOfSexExploitation",
    "vic_CountryOfExploitation",
    "vic_LocationOfExploitation",
]
# Means-of-control flags, named as in the Sept 2021 CTDC codebook, grouped by the ControlCategory of the
# CTDC-derived data they are drawn from.
CONTROL_GROUPS: dict[str, list[str]] = {
    "Financial": ["DebtBondage", "TakesEarnings", "RestrictsFinancialAccess"],
    "Threats": ["Threats", "ThreatOfLawEnforcement", "PsychologicalAbuse"],
    "Physical": ["PhysicalAbuse", "SexualAbuse", "PsychoactiveSubstances"],
    "Survival": ["WithholdsNecessities", "RestrictsMedicalCare", "RestrictsMovement"],
    "Other": ["FalsePromises", "ExcessiveWorkingHours", "WithholdsDocuments", "Other"],
}
CONTROL_FLAGS = [f"meansOfControl{name}" for group in CONTROL_GROUPS.values() for name in group]
VICTIM_COLUMNS += [*CONTROL_FLAGS, "gps_Latitude", "gps_Longitude", "cas_Notes"]

# Appendix II of the Dec 2022 codebook: "Who was involved in facilitating the exploitation or trafficking process?"
ROLES: dict[str, float] = {
    "TravellingPartner": 0.05,
    "Transported": 0.20,
    "Recruiter": 0.45,
    "Broker": 0.12,
    "Transferred": 0.05,
    "Harboured": 0.10,
    "Sold": 0.05,
    "Bought": 0.05,
    "Received": 0.08,
    "Controlled": 0.15,
    "Smuggler": 0.06,
    "Abuser": 0.10,
    "Kidnapper": 0.02,
    "Exploiter": 0.45,
    "Other": 0.04,
}
ROLE_COLUMNS = [f"perp_Role{name}" for name in ROLES]
PERPETRATOR_COLUMNS = [
    "cas_CaseID",
    "perp_Number",
    "perp_FullName",
    *ROLE_COLUMNS,
    "perp_Relationship",
    "perp_Gender",
    "perp_Age",
    "perp_Nationality",
    "perp_HowMet",
    "perp_CountryMet",
    "perp_PaidMoney",
]
# Perpetrators reported per victim (0..6); most victims name one or two, some none.
PERPETRATOR_COUNT_WEIGHTS = [15, 45, 22, 9, 5, 2.5, 1.5]
RELATIONSHIPS = {
    "Stranger": 33,
    "Acquaintance": 15,
    "Friend": 12,
    "Employer": 10,
    "Family member": 5,
    "Intimate partner": 4,
    "Other": 5,
    "Unknown": 9,
    "": 7,
}
RECRUITER_TO_RELATIONSHIP = {
    "Intimate Partner": "Intimate partner",
    "Family/Relative": "Family member",
    "Friend/Acquaintance": "Friend",
}
HOW_MET = {
    "At a place of business": 6,
    "At an educational institution": 1,
    "Facebook": 8,
    "Friend of a friend": 14,
    "In a private residence": 5,
    "In a public space": 7,
    "Internet advertisement": 4,
    "Internet chat room": 1,
    "Newspaper advertisement": 2,
    "Not Applicable (N/A)": 6,
    "Other": 4,
    "Received phonecall/SMS": 3,
    "Through family/family event": 6,
    "While at work": 5,
    "": 28,
}
RECRUITMENT_METHODS = {
    "ThroughFriendsOrSocialEvents": 30,
    "ThroughFamilyOrFamilyEvents": 12,
    "ThroughOnlineSocialNetworks": 14,
    "ThroughAnOnlineAdvertisement": 6,
    "AtAPlaceOfBusiness": 6,
    "AtWork": 6,
    "ThroughANewspaperAdvert": 2,
    "ThroughATelevisionAdvert": 1,
    "AtAnEducationalInstitution": 1,
    "Other": 6,
}
LABOUR_TO_HTCDS = {
    "Construction": "F_Construction",
    "Manufacturing": "C_Manufacturing",
    "Domestic Work": "T_ActivitiesOfHouseholdsAsEmployers",
    "Agriculture": "A_AgricultureForestryAndFishing",
    "Aquafarming": "A_AgricultureForestryAndFishing",
    "Peddling": "G_WholesaleAndRetailTradeRepairOfMotorVehicles",
    "Begging": "S_OtherServiceActivities",
    "Other": "S_OtherServiceActivities",
    "Unknown": "",
}
COUNTRY_NAME_FIXES = {"COD": "DR Congo", "MKD": "North Macedonia"}
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
AGE_BANDS = {
    "0--8": (1, 8),
    "9--17": (9, 17),
    "18--20": (18, 20),
    "21--23": (21, 23),
    "24--26": (24, 26),
    "27--29": (27, 29),
    "30--38": (30, 38),
    "39--47": (39, 47),
    "48+": (48, 68),
}

# Locale used for the names, phones and addresses of a citizen of each country (ISO alpha-3).
# "custom:XX" means Faker has no usable names for it and the small romanised lists below are used.
LOCALE_BY_COUNTRY = {
    "PHL": "custom:PH",
    "UKR": "uk_UA",
    "MDA": "ro_RO",
    "ROU": "ro_RO",
    "USA": "en_US",
    "KHM": "custom:KH",
    "IDN": "id_ID",
    "BLR": "ru_RU",
    "RUS": "ru_RU",
    "KGZ": "ru_RU",
    "KAZ": "ru_RU",
    "MMR": "custom:MM",
    "LAO": "custom:LA",
    "GHA": "tw_GH",
    "BGR": "bg_BG",
    "HTI": "fr_FR",
    "MDG": "fr_FR",
    "SEN": "fr_FR",
    "UZB": "uz_UZ",
    "VNM": "vi_VN",
    "GNB": "pt_PT",
    "COL": "es_CO",
    "MEX": "es_MX",
    "NGA": "yo_NG",
    "AFG": "fa_IR",
    "LKA": "si_LK",
    "NPL": "ne_NP",
    "THA": "th_TH",
    "CHN": "zh_CN",
    "IND": "hi_IN",
    "BRA": "pt_BR",
    "EGY": "ar_AA",
    "ARE": "ar_AA",
    "SAU": "ar_SA",
    "KEN": "en_KE",
    "UGA": "en_KE",
    "SLE": "en_GB",
    "POL": "pl_PL",
    "TUR": "tr_TR",
    "SRB": "sr_BA",
}
FALLBACK_LOCALES = ["en_US", "es_MX", "fr_FR", "ar_AA", "en_GB", "pt_BR"]
# Faker has no names for these countries: small romanised lists (female first names, male first names, surnames)
# and a phone pattern.
CUSTOM_NAMES: dict[str, tuple[list[str], list[str], list[str], str]] = {
    "PH": (
        [
            "Maria",
            "Angelica",
            "Rowena",
            "Jocelyn",
            "Marites",
            "Kristine",
            "Lovely",
            "Jennifer",
            "Analyn",
            "Rosalie",
            "Cherry",
            "Mylene",
            "Divina",
            "Jonalyn",
            "Maricel",
            "Rachelle",
            "Aileen",
            "Grace",
            "Joy",
            "Lorna",
        ],
        [
            "Jose",
            "Rodel",
            "Jun",
            "Ramil",
            "Mark",
            "Jomar",
            "Ronaldo",
            "Arnel",
            "Reynaldo",
            "Noel",
            "Jerome",
            "Christian",
            "Romeo",
            "Dante",
            "Edgardo",
            "Rogelio",
            "Bienvenido",
            "Efren",
            "Wilfredo",
            "Ariel",
        ],
        [
            "Santos",
            "Reyes",
            "Cruz",
            "Bautista",
            "Ocampo",
            "Mendoza",
            "Villanueva",
            "Aquino",
            "Mercado",
            "Garcia",
            "Ramos",
            "Castillo",
            "Flores",
            "Torres",
            "Navarro",
            "Salazar",
            "Rivera",
            "Gonzales",
            "Pascual",
            "Manalo",
            "Dizon",
            "Soriano",
            "Tolentino",
            "Javier",
            "Lacson",
            "Magbanua",
            "Dimaculangan",
            "Macaraeg",
            "Panganiban",
            "Buenaventura",
        ],
        "+63 9## ### ####",
    ),
    "KH": (
        [
            "Sophea",
            "Sreymom",
            "Channary",
            "Bopha",
            "Sokha",
            "Srey",
            "Leakhena",
            "Sothea",
            "Chenda",
            "Kanha",
            "Dalin",
            "Malis",
        ],
        [
            "Dara",
            "Vannak",
            "Rithy",
            "Piseth",
            "Kosal",
            "Vuthy",
            "Sovann",
            "Borey",
            "Sambath",
            "Chakriya",
            "Virak",
            "Samnang",
        ],
        [
            "Sok",
            "Chan",
            "Chea",
            "Heng",
            "Phan",
            "Meas",
            "Ouk",
            "Pich",
            "Keo",
            "Chhim",
            "Seng",
            "Touch",
            "Nhem",
            "Khun",
            "Lim",
            "Mao",
            "Hem",
            "Yim",
        ],
        "+855 ## ### ###",
    ),
    "MM": (
        ["Thiri", "Mya", "Hnin", "Su", "Ei", "Khin", "Nandar", "Phyu", "Thandar", "Moe", "Yadanar", "Sandar"],
        ["Aung", "Kyaw", "Zaw", "Htet", "Min", "Tun", "Naing", "Soe", "Ye", "Thura", "Hein", "Pyae"],
        [
            "Win",
            "Oo",
            "Htun",
            "Myint",
            "Naing",
            "Aye",
            "Lwin",
            "Soe",
            "Thant",
            "Zin",
            "Kyaw",
            "Hlaing",
            "Maung",
            "Tun",
            "Lin",
            "Htwe",
        ],
        "+95 9 ### ### ###",
    ),
    "LA": (
        ["Noy", "Khamla", "Phetsamone", "Vilay", "Daovone", "Sengdao", "Manivanh", "Keo", "Chanthavy", "Bouavanh"],
        [
            "Souksavanh",
            "Bounmy",
            "Somphone",
            "Khamphet",
            "Vongdeuan",
            "Sisouk",
            "Thongchanh",
            "Phouvong",
            "Bounthanh",
            "Sengphet",
        ],
        [
            "Phommachanh",
            "Sihavong",
            "Vongsa",
            "Keomany",
            "Inthavong",
            "Sayavong",
            "Chanthala",
            "Phanthavong",
            "Xayavong",
            "Douangsy",
        ],
        "+856 20 #### ####",
    ),
}
CUSTOM_CITIES = {
    "PH": ["Manila", "Quezon City", "Cebu City", "Davao City", "Zamboanga City", "Iloilo City", "Tacloban", "Bacolod"],
    "KH": ["Phnom Penh", "Battambang", "Siem Reap", "Poipet", "Kampong Cham", "Sihanoukville", "Takeo"],
    "MM": ["Yangon", "Mandalay", "Myawaddy", "Mawlamyine", "Bago", "Taunggyi", "Pathein"],
    "LA": ["Vientiane", "Savannakhet", "Pakse", "Luang Prabang", "Thakhek", "Houayxay"],
}
JOBS = ["a waitress", "a factory worker", "a domestic helper", "a fisherman", "a construction labourer", "a nanny"]


# ----------------------------------------------------------------------------------------- frequencies
def compute_frequencies(shared_data: Path) -> dict[str, Any]:
    """Frequency tables from the real CTDC-derived files (aggregates only; no row is copied)."""
    import pandas as pd

    derived = shared_data / "ctdc" / "derived"
    dados = pd.read_csv(derived / "dados_app.csv", dtype=str, keep_default_na=False)
    cleaned = pd.read_csv(derived / "trafficking_cleaned.csv", dtype=str, keep_default_na=False)
    iso = pd.read_csv(shared_data / "iso" / "all.csv", dtype=str, keep_default_na=False)
    a2_to_a3 = dict(zip(iso["alpha-2"], iso["alpha-3"], strict=True))
    iso_names = dict(zip(iso["alpha-3"], iso["name"], strict=True))

    def a3(code: str) -> str:  # "0" and "" are how the derived file spells unknown
        return a2_to_a3.get(code, "")

    countries: dict[str, dict[str, Any]] = {}
    for cit, name in zip(dados["citizenship"], dados["nacionalidade"], strict=True):
        if a3(cit) and a3(cit) not in countries:
            countries[a3(cit)] = {"name": name or iso_names[a3(cit)]}
    for coe, name, lat, lon in zip(
        dados["CountryOfExploitation"],
        dados["pais_exploracao"],
        dados["pais_exploracao_lat"],
        dados["pais_exploracao_long"],
        strict=True,
    ):
        code = a3(coe)
        if not code:
            continue
        entry = countries.setdefault(code, {"name": name or iso_names[code]})
        if lat and lon and "lat" not in entry:
            entry["lat"], entry["lon"] = round(float(lat), 4), round(float(lon), 4)

    for code, entry in countries.items():  # "Myanmar [Burma]" -> "Myanmar": as a caseworker would type it
        entry["name"] = COUNTRY_NAME_FIXES.get(code) or re.sub(r"\s*\[.*\]", "", entry["name"])

    def flag(value: str) -> str:
        return {"1.0": "1", "0.0": "0"}.get(value, "")

    keys = ["gender", "ageBroad", "citizenship", "isForcedLabour", "isSexualExploit", "CountryOfExploitation"]
    combos = Counter(
        (g, age, a3(cit), flag(fl), flag(se), a3(coe), int(year))
        for g, age, cit, fl, se, coe, year in zip(*(dados[k] for k in keys), dados["yearOfRegistration"], strict=True)
    )
    forced = cleaned[cleaned["ExploitType"] == "Forced Labor"]
    return {
        "sources": {
            "victim_combinations": "ctdc/derived/dados_app.csv (gender, ageBroad, citizenship, isForcedLabour, "
            "isSexualExploit, CountryOfExploitation, yearOfRegistration; alpha-2 mapped to alpha-3 with iso/all.csv)",
            "ControlCategory, RecruiterCategory, ExploitType": "ctdc/derived/trafficking_cleaned.csv",
            "Labor_Type": "ctdc/derived/trafficking_cleaned.csv, rows with ExploitType == 'Forced Labor'",
        },
        "victim_combinations": [[*key, count] for key, count in sorted(combos.items())],
        "countries": dict(sorted(countries.items())),
        "ControlCategory": _counts(cleaned["ControlCategory"]),
        "RecruiterCategory": _counts(cleaned["RecruiterCategory"]),
        "ExploitType": _counts(cleaned["ExploitType"]),
        "Labor_Type_forced_labour": _counts(forced["Labor_Type"]),
    }


def _counts(series: Any) -> dict[str, int]:
    return {str(k): int(v) for k, v in sorted(Counter(series).items())}


def load_frequencies(shared_data: Path = SHARED_DATA) -> dict[str, Any]:
    """Recompute from ../shared/data when it is there, else read the committed table."""
    if (shared_data / "ctdc" / "derived" / "dados_app.csv").is_file():
        return compute_frequencies(shared_data)
    committed = DEFAULT_OUT / FREQUENCIES_FILE
    return json.loads(committed.read_text(encoding="utf-8"))


# ---------------------------------------------------------------------------------------------- people
_FAKERS: dict[str, Any] = {}  # building a Faker is slow; each People re-seeds the ones it uses


class People:
    """Invented identities, one seeded Faker per locale."""

    def __init__(self, seed: int) -> None:
        self._seed = seed
        self._seeded: set[str] = set()
        self.rng = random.Random(seed)

    def faker(self, locale: str) -> Any:
        if locale not in _FAKERS:
            from faker import Faker

            _FAKERS[locale] = Faker(locale)
        fake = _FAKERS[locale]
        if locale not in self._seeded:
            fake.seed_instance(self._seed + sum(map(ord, locale)))
            self._seeded.add(locale)
        return fake

    def locale_for(self, country: str) -> str:
        return LOCALE_BY_COUNTRY.get(country) or FALLBACK_LOCALES[sum(map(ord, country)) % len(FALLBACK_LOCALES)]

    def name(self, country: str, female: bool | None) -> tuple[str, str]:
        locale = self.locale_for(country)
        if locale.startswith("custom:"):
            female_names, male_names, surnames, _ = CUSTOM_NAMES[locale.split(":")[1]]
            if female is None:
                female = self.rng.random() < 0.5
            return self.rng.choice(female_names if female else male_names), self.rng.choice(surnames)
        fake = self.faker(locale)
        pick = fake.first_name if female is None else fake.first_name_female if female else fake.first_name_male
        surname = fake.last_name if female is None else fake.last_name_female if female else fake.last_name_male
        return str(pick()), str(surname())

    def phone(self, country: str) -> str:
        locale = self.locale_for(country)
        if locale.startswith("custom:"):
            pattern = CUSTOM_NAMES[locale.split(":")[1]][3]
            return "".join(str(self.rng.randrange(10)) if ch == "#" else ch for ch in pattern)
        return str(self.faker(locale).phone_number())

    def email(self, first: str, last: str, country: str) -> str:
        # Reserved example.* domains: an invented address must never reach a real mailbox.
        parts = [re.sub(r"[^a-z0-9]", "", p.lower()) for p in (first, last)]
        if all(p.isascii() for p in (first, last)) and any(parts):
            local = self.rng.choice([".", "_", ""]).join(p for p in parts if p)
        else:  # a name in another script: the locale's own transliterated user name
            locale = self.locale_for(country)
            fake = self.faker("en_US" if locale.startswith("custom:") else locale)
            local = re.sub(r"[^a-z0-9._]", "", str(fake.user_name()).lower()) or "client"
        if self.rng.random() < 0.5:
            local += str(self.rng.randrange(1, 99))
        return f"{local}@{self.rng.choice(['example.com', 'example.org', 'example.net'])}"

    def address(self, country: str) -> tuple[str, str]:
        locale = self.locale_for(country)
        if locale.startswith("custom:"):
            code = locale.split(":")[1]
            city = self.rng.choice(CUSTOM_CITIES[code])
            if code == "PH":
                return str(self.faker("en_PH").street_address()), city
            return f"No. {self.rng.randint(1, 250)}, Street {self.rng.randint(1, 600)}", city
        fake = self.faker(locale)
        return str(fake.street_address()), str(fake.city())


# ---------------------------------------------------------------------------------------------- tables
def _weighted(rng: random.Random, table: dict[str, float] | dict[str, int]) -> str:
    return rng.choices(list(table), weights=list(table.values()))[0]


def _birthdate_text(rng: random.Random, born: dt.date) -> str:
    style = rng.choices(range(7), weights=[30, 20, 12, 10, 12, 8, 8])[0]
    if style == 0:
        return born.isoformat()
    if style == 1:
        return f"{born.day:02d}/{born.month:02d}/{born.year}"
    if style == 2:
        return f"{born.month}/{born.day}/{born.year}"
    if style == 3:
        return f"{born.day:02d}.{born.month:02d}.{born.year}"
    if style == 4:
        return f"{born.day} {MONTHS[born.month - 1]} {born.year}"
    if style == 5:
        return str(born.year)
    return f"approx. {born.year}"


def _country_text(rng: random.Random, code: str, countries: dict[str, dict[str, Any]]) -> str:
    """Citizenship as an export shows it: mostly ISO alpha-3, sometimes the country name."""
    if not code:
        return rng.choice(["", "", "", "Unknown"])
    return code if rng.random() < 0.8 else countries.get(code, {}).get("name", code)


def _note(rng: random.Random, people: People, v: dict[str, Any], coe_name: str, country: str) -> str:
    first = v["prs_FirstName"]
    plain = [
        "Client arrived at the shelter; medical check done.",
        "Referred by the hotline. Needs legal counselling and help with travel documents.",
        f"Worked in {coe_name or 'the destination country'} for about {rng.randint(2, 30)} months without pay.",
        "Family reintegration assessment pending.",
        "Interview interrupted, client tired. Continue next week.",
        "Prefers female interpreter.",
        "",
        "",
    ]
    if rng.random() < 0.6:
        return rng.choice(plain)
    kind = rng.randrange(7)
    phone = people.phone(country)
    if kind == 0:
        return f"Client's sister {' '.join(people.name(country, True))} can be reached on {phone}."
    if kind == 1:
        return f"Follow-up call to {first} at {v['prs_MobilePhone'] or phone} - no answer, try again Monday."
    if kind == 2:
        email = v["prs_Email"] or people.email(*people.name(country, None), country)
        return f"Contact by e-mail only ({email}); do not call the family."
    if kind == 3:
        return (
            f"Recruiter introduced himself as {' '.join(people.name(country, False))}, promised work as "
            f"{rng.choice(JOBS)} in {coe_name or 'the city'}. Paid {rng.randint(2, 40) * 50} USD."
        )
    if kind == 4:
        return f"{first} is staying with an aunt at {people.address(country)[0]}.\nSafe to visit after 6 pm."
    if kind == 5:
        return f"Mother: {' '.join(people.name(country, True))}, tel. {phone}.\nFather unknown."
    return f"Employer kept passport. {first} escaped and called {phone} (friend) for help."


class _Missions:
    """Where cases are registered: the busy missions (for a victim with neither country known), the case numbers
    handed out so far and each mission's caseworkers. Shared by every victim of one build."""

    def __init__(self, combos: list[list[Any]]) -> None:
        counts: Counter[str] = Counter()
        for combo in combos:
            if combo[5]:
                counts[combo[5]] += combo[-1]
        self.busy, self.busy_weights = list(counts), list(counts.values())
        self.sequence: Counter[tuple[str, int]] = Counter()
        self.caseworkers: dict[str, list[str]] = {}

    def register(self, people: People, place: str, year: int) -> tuple[str, str]:
        """The mission (`place`, else a busy one) and a new case ID there; the mission's caseworkers on first use."""
        rng = people.rng
        mission = place or rng.choices(self.busy, weights=self.busy_weights)[0]
        self.sequence[(mission, year)] += rng.randint(1, 3)  # gaps: deleted or not-exported cases
        case_id = f"IOM-{mission}-{year}-{self.sequence[(mission, year)]:05d}"
        if mission not in self.caseworkers:
            self.caseworkers[mission] = [" ".join(people.name(mission, None)) for _ in range(rng.randint(2, 6))]
        return mission, case_id


def build_tables(n_victims: int, seed: int, freqs: dict[str, Any]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The two tables as lists of row dicts (values: str, int, float or date; "" for an empty cell).

    Every value comes from one random stream (people.rng, plus the seeded Fakers), drawn in a fixed order: a victim's
    fields, then that victim's perpetrators, then the next victim; the orphan perpetrators last. The helpers below
    keep that order, which is what makes the committed sample reproducible byte for byte."""
    people = People(seed)
    rng = people.rng
    countries: dict[str, dict[str, Any]] = freqs["countries"]
    combos = freqs["victim_combinations"]
    missions = _Missions(combos)
    victims: list[dict[str, Any]] = []
    perpetrators: list[dict[str, Any]] = []
    for combo in rng.choices(combos, weights=[c[-1] for c in combos], k=n_victims):
        victim, recruiter_category = _victim(people, combo, freqs, missions)
        victims.append(victim)
        cit, coe = combo[2], combo[5]
        n_perp = rng.choices(range(7), weights=PERPETRATOR_COUNT_WEIGHTS)[0]
        for number in range(1, n_perp + 1):
            perpetrators.append(
                _perpetrator(rng, people, victim["cas_CaseID"], number, cit, coe, recruiter_category, countries)
            )
    perpetrators += _orphan_perpetrators(people, victims, n_victims, countries)
    return victims, perpetrators


def _victim(people: People, combo: list[Any], freqs: dict[str, Any], missions: _Missions) -> tuple[dict[str, Any], str]:
    """One victim row drawn for one category combination, and the recruiter category its perpetrators follow."""
    rng = people.rng
    countries: dict[str, dict[str, Any]] = freqs["countries"]
    gender, age_band, cit, fl, se, coe, year, _ = combo
    female = gender == "Female"
    # Where the case was registered: the country of exploitation, else of citizenship, else a busy mission.
    mission, case_id = missions.register(people, coe or cit, year)
    name_country = cit or mission
    registered = dt.date(year, 1, 1) + dt.timedelta(days=rng.randrange(365))
    first, last = people.name(name_country, female)
    v: dict[str, Any] = {c: "" for c in VICTIM_COLUMNS}
    v.update(
        cas_CaseID=case_id,
        cas_CaseOwner=rng.choice(missions.caseworkers[mission]),
        cas_Status=_weighted(rng, {"Active": 15, "FollowUp": 20, "Closed": 50, "ClosedReferred": 15}),
        cas_RegistrationDate=registered,
        yearOfRegistration=year,
        con_Consent=_weighted(rng, {"TRUE": 90, "FALSE": 4, "": 6}),
        prs_Salutation=_weighted(rng, {("Ms" if female else "Mr"): 60, "": 40}),
        prs_FirstName=first,
        prs_SecondName=last,
        prs_Gender=_gender_text(rng, gender),
        prs_Citizenship=_country_text(rng, cit, countries),
    )
    _fill_age(rng, v, age_band, registered, year)
    _fill_contact(people, v, name_country, countries)
    recruiter_category = _fill_recruitment(rng, v, freqs["RecruiterCategory"])
    coe_name = _fill_exploitation(people, v, fl, se, coe, freqs)
    _fill_control(rng, v, freqs["ControlCategory"])
    if coe and rng.random() < 0.25 and "lat" in countries.get(coe, {}):
        v["gps_Latitude"] = round(countries[coe]["lat"] + rng.uniform(-1.5, 1.5), 5)
        v["gps_Longitude"] = round(countries[coe]["lon"] + rng.uniform(-1.5, 1.5), 5)
    v["cas_Notes"] = _note(rng, people, v, coe_name, name_country)
    return v, recruiter_category


def _fill_age(rng: random.Random, v: dict[str, Any], age_band: str, registered: dt.date, year: int) -> None:
    """Age and birth date within the combination's age band (the birth date written as caseworkers write it)."""
    if age_band:
        low, high = AGE_BANDS[age_band]
        age = rng.randint(low, high)
        born = registered - dt.timedelta(days=age * 365 + rng.randrange(365))
        v["prs_Age"] = age
        v["prs_Birthdate"] = _birthdate_text(rng, born) if rng.random() < 0.85 else ""
    elif rng.random() < 0.2:  # age not entered, but a birth year was
        v["prs_Birthdate"] = str(year - rng.randint(16, 50))


def _fill_contact(people: People, v: dict[str, Any], country: str, countries: dict[str, dict[str, Any]]) -> None:
    """E-mail, phones and mailing address, each only sometimes filled in, in the locale of `country`."""
    rng = people.rng
    if rng.random() < 0.55:
        v["prs_Email"] = people.email(v["prs_FirstName"], v["prs_SecondName"], country)
    if rng.random() < 0.8:
        v["prs_MobilePhone"] = people.phone(country)
    if rng.random() < 0.25:
        v["prs_HomePhone"] = people.phone(country)
    if rng.random() < 0.7:
        v["prs_MailingStreet"], v["prs_MailingCity"] = people.address(country)
        v["prs_MailingCountry"] = countries.get(country, {}).get("name", "")


def _fill_recruitment(rng: random.Random, v: dict[str, Any], recruiter: dict[str, int]) -> str:
    """Trafficking status and how the victim was recruited; returns the recruiter category drawn (the perpetrators
    follow it, "Not Specified" included, though the cell leaves it blank)."""
    v["vic_TraffickingStatus"] = _weighted(
        rng, {"ActualVictimOfTrafficking": 80, "PossibleVictimOfTrafficking": 17, "": 3}
    )
    if rng.random() < 0.6:
        v["vic_MethodOfRecruitment"] = _weighted(rng, RECRUITMENT_METHODS)
    recruiter_category = _weighted(rng, recruiter)
    v["vic_RecruiterRelationship"] = "" if recruiter_category == "Not Specified" else recruiter_category
    return recruiter_category


def _fill_exploitation(people: People, v: dict[str, Any], fl: str, se: str, coe: str, freqs: dict[str, Any]) -> str:
    """The exploitation multi-select and the flags it must agree with, the industry or kind of sexual exploitation,
    and where; returns the country of exploitation's name ("" if unknown) for the notes."""
    rng = people.rng
    countries: dict[str, dict[str, Any]] = freqs["countries"]
    other = fl == "0" and se == "0"
    types = [t for t, on in (("ForcedLabour", fl == "1"), ("SexualExploitation", se == "1")) if on]
    if other:
        other_type = _weighted(
            rng, {k: w for k, w in freqs["ExploitType"].items() if k not in ("Forced Labor", "Sexual Exploitation")}
        )
        types.append({"Forced Marriage": "ForcedMarriage"}.get(other_type, rng.choice(["ForcedBegging", "Other"])))
    v["vic_TypeOfExploitation"] = " ".join(types)
    v["isForcedLabour"], v["isSexualExploit"] = fl, se
    v["isOtherExploit"] = "1" if other else ("0" if fl or se else "")
    if fl == "1":
        v["vic_ForcedLabourIndustry"] = LABOUR_TO_HTCDS.get(_weighted(rng, freqs["Labor_Type_forced_labour"]), "")
    if se == "1":
        v["vic_TypeOfSexExploitation"] = _weighted(
            rng, {"Prostitution": 80, "Pornography": 6, "PrivateSexualServices": 6, "": 8}
        )
    coe_name = countries.get(coe, {}).get("name", "")
    v["vic_CountryOfExploitation"] = _country_text(rng, coe, countries) if coe else ""
    if coe and rng.random() < 0.5:
        v["vic_LocationOfExploitation"] = f"{people.address(coe)[1]}, {coe_name}"
    return coe_name


def _fill_control(rng: random.Random, v: dict[str, Any], control: dict[str, int]) -> None:
    """Means-of-control flags, for three victims in four: mostly from one ControlCategory group, plus a few others."""
    if rng.random() < 0.75:
        main = _weighted(rng, control)
        chosen = set(rng.sample(CONTROL_GROUPS[main], rng.randint(1, len(CONTROL_GROUPS[main]))))
        for _ in range(rng.choices([0, 1, 2], weights=[50, 35, 15])[0]):
            chosen.add(rng.choice([n for g in CONTROL_GROUPS.values() for n in g]))
        for group in CONTROL_GROUPS.values():
            for name in group:
                v[f"meansOfControl{name}"] = "1" if name in chosen else "0"


def _orphan_perpetrators(
    people: People, victims: list[dict[str, Any]], n_victims: int, countries: dict[str, dict[str, Any]]
) -> list[dict[str, Any]]:
    """Real exports hold perpetrator rows whose victim row was deleted or never exported: a few, under case IDs of
    an existing victim's mission and year that no victim has."""
    rng = people.rng
    out: list[dict[str, Any]] = []
    existing = {v["cas_CaseID"] for v in victims}
    for _ in range(max(3, n_victims // 150)):
        donor = rng.choice(victims)
        mission, year = donor["cas_CaseID"].split("-")[1], donor["yearOfRegistration"]
        case_id = f"IOM-{mission}-{year}-{rng.randint(90000, 99999):05d}"
        if case_id in existing:
            continue
        for number in range(1, rng.randint(1, 2) + 1):
            out.append(_perpetrator(rng, people, case_id, number, "", mission, "Not Specified", countries))
    return out


def _gender_text(rng: random.Random, gender: str) -> str:
    if not gender:
        return _weighted(rng, {"": 3, "NonSpecifiedUnknown": 1})
    if rng.random() < 0.01:
        return rng.choice(["TransgenderFeminine", "TransgenderMasculine", "NonConforming"])
    return "Feminine" if gender == "Female" else "Masculine"


def _perpetrator(
    rng: random.Random,
    people: People,
    case_id: str,
    number: int,
    victim_cit: str,
    coe: str,
    recruiter_category: str,
    countries: dict[str, dict[str, Any]],
) -> dict[str, Any]:
    p: dict[str, Any] = {c: "" for c in PERPETRATOR_COLUMNS}
    nationality = rng.choices([victim_cit, coe, rng.choice(list(LOCALE_BY_COUNTRY)), ""], weights=[55, 25, 8, 12])[0]
    gender = _weighted(rng, {"Male": 66, "Female": 27, "Unknown": 2, "": 5})
    first, last = people.name(nationality or coe or "USA", gender == "Female" if gender in ("Male", "Female") else None)
    roles = {name for name, prob in ROLES.items() if rng.random() < prob}
    if not roles and rng.random() < 0.9:
        roles.add(rng.choice(["Recruiter", "Exploiter"]))
    relationship = _weighted(rng, RELATIONSHIPS)
    if number == 1 and recruiter_category in RECRUITER_TO_RELATIONSHIP:
        relationship = RECRUITER_TO_RELATIONSHIP[recruiter_category]
        roles.add("Recruiter")
    p.update(
        cas_CaseID=case_id,
        perp_Number=number,
        perp_FullName=_full_name(rng, first, last, gender == "Female"),
        perp_Relationship=relationship,
        perp_Gender=gender,
        perp_Nationality=_country_text(rng, nationality, countries) if nationality else "",
        perp_HowMet=_weighted(rng, HOW_MET),
        perp_CountryMet=_country_text(rng, rng.choice([victim_cit, victim_cit, coe]), countries),
        perp_PaidMoney=_weighted(rng, {"No": 58, "Yes": 22, "": 20}),
    )
    for name in ROLES:
        p[f"perp_Role{name}"] = "Yes" if name in roles else ""  # a ticked check-box exports as Yes, else blank
    if rng.random() < 0.45:
        p["perp_Age"] = max(17, min(75, round(rng.gauss(38, 9))))
    return p


def _full_name(rng: random.Random, first: str, last: str, female: bool) -> str:
    """How a victim names a perpetrator: often a nickname or first name only."""
    style = rng.choices(range(4), weights=[55, 25, 10, 10])[0]
    if style == 0:
        return f"{first} {last}"
    if style == 1:
        return first
    if style == 2:
        nicknames = ["Mama", "Auntie", "Madam", "Boss"] if female else ["Boss", "Uncle", "Agent", "Captain"]
        return f'"{rng.choice(nicknames)}" {first}'
    return ""


# --------------------------------------------------------------------------------------------- writers
def write_csv(path: Path, rows: Sequence[dict[str, Any]], columns: Sequence[str]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow([_csv_cell(row[c]) for c in columns])


def _csv_cell(value: Any) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def generator_stamp(seed: int) -> str:
    """Recorded in the workbook: the same seed gives the same bytes only with the same Faker and openpyxl."""
    import faker
    import openpyxl

    return f"scripts/make_sample_export.py seed={seed} faker={faker.VERSION} openpyxl={openpyxl.__version__}"


def write_xlsx(
    path: Path, sheets: dict[str, tuple[Sequence[str], Sequence[dict[str, Any]]]], description: str = ""
) -> None:
    from openpyxl import Workbook

    # A normal (not write-only) workbook: it records each sheet's dimension, which readers use for the row count.
    wb = Workbook()
    assert wb.active is not None
    wb.remove(wb.active)
    for title, (columns, rows) in sheets.items():
        ws = wb.create_sheet(title)
        ws.append(list(columns))
        ws.freeze_panes = "A2"
        for row in rows:
            ws.append([_xlsx_cell(row[c]) for c in columns])
    wb.properties.creator = "scripts/make_sample_export.py (FAKE data)"
    wb.properties.title = "CTDC Desktop sample export - every person is invented"
    wb.properties.description = description
    wb.properties.created = FIXED_STAMP
    buffer = io.BytesIO()
    wb.save(buffer)
    path.write_bytes(_stabilise_zip(buffer.getvalue()))


def _xlsx_cell(value: Any) -> Any:
    return None if value == "" else value


def _stabilise_zip(data: bytes) -> bytes:
    """Rewrite the package with fixed entry times and a fixed 'modified' date (openpyxl stamps the clock)."""
    stamp = FIXED_STAMP.strftime("%Y-%m-%dT%H:%M:%SZ")
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            content = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                content = re.sub(
                    rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                    rb"\g<1>" + stamp.encode() + rb"\g<2>",
                    content,
                )
            entry = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o600 << 16
            dst.writestr(entry, content, compresslevel=9)
    return out.getvalue()


def generate_sample_export(
    out_dir: Path,
    n_victims: int = DEFAULT_VICTIMS,
    seed: int = DEFAULT_SEED,
    freqs: dict[str, Any] | None = None,
) -> dict[str, Path]:
    """Write the workbook and the two CSVs into out_dir; return their paths by role."""
    if freqs is None:
        freqs = load_frequencies()
    out_dir.mkdir(parents=True, exist_ok=True)
    victims, perpetrators = build_tables(n_victims, seed, freqs)
    paths = {
        "xlsx": out_dir / "sample_export.xlsx",
        "victims_csv": out_dir / "sample_victims.csv",
        "perpetrators_csv": out_dir / "sample_perpetrators.csv",
    }
    write_xlsx(
        paths["xlsx"],
        {"Victims": (VICTIM_COLUMNS, victims), "Perpetrators": (PERPETRATOR_COLUMNS, perpetrators)},
        description=generator_stamp(seed),
    )
    write_csv(paths["victims_csv"], victims, VICTIM_COLUMNS)
    write_csv(paths["perpetrators_csv"], perpetrators, PERPETRATOR_COLUMNS)
    return paths


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder (default: resources/sample)")
    parser.add_argument("--victims", type=int, default=DEFAULT_VICTIMS, help="number of victim rows")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = parser.parse_args(argv)
    freqs = load_frequencies()
    if args.out.resolve() == DEFAULT_OUT.resolve():
        (DEFAULT_OUT / FREQUENCIES_FILE).write_text(
            json.dumps(freqs, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
    paths = generate_sample_export(args.out, args.victims, args.seed, freqs)
    for path in paths.values():
        print(f"wrote {path} ({path.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
