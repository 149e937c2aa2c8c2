"""Labelled test sets for Stage one, generated from a seed (every person invented; Faker and phonenumbers' own
example numbers). Used by bench_identifiers.py and by the unit tests.

Two families, never mixed: TUNE (seed 1, sentence templates "A") is what the rules were adjusted on; MEASURE (other
seeds, templates "B" written separately, export layouts not looked at while tuning) is only measured.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import phonenumbers
from faker import Faker

TUNE_SEED = 1
MEASURE_SEED = 101

IDENTIFIER = "identifier"
CATEGORY = "category"
OTHER = "other"  # neither: dates of registration, ages, organisations; not scored

# Locales whose names appear in notes and exports: Latin, Cyrillic, Arabic, Thai and Devanagari scripts.
NAME_LOCALES = ("en_US", "fr_FR", "es_MX", "es_ES", "ro_RO", "uk_UA", "ru_RU", "ar_AA", "th_TH", "hi_IN", "vi_VN")
PHONE_REGIONS = ("FR", "ES", "MX", "CO", "UA", "TH", "IN", "PH", "NG", "RO", "US", "MA", "LB", "SN", "VN")


@dataclass(frozen=True)
class Planted:
    kind: str  # "email", "phone", "id", "name", "address", "place"
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Note:
    text: str
    planted: tuple[Planted, ...]


class Maker:
    """Invented values, all from one seeded generator."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.fakers = {loc: Faker(loc) for loc in NAME_LOCALES}
        for number, fake in enumerate(self.fakers.values()):
            fake.seed_instance(seed * 100 + number)

    def fake(self, locale: str | None = None) -> Faker:
        return self.fakers[locale or self.rng.choice(NAME_LOCALES)]

    def full_name(self, locale: str | None = None) -> str:
        fake = self.fake(locale)
        return f"{fake.first_name()} {fake.last_name()}"

    def email(self) -> str:
        fake = self.fakers["en_US"]
        user = f"{fake.first_name()}.{fake.last_name()}{self.rng.randint(1, 99)}".lower()
        user = "".join(c for c in user if c.isascii() and (c.isalnum() or c == "."))
        return (
            f"{user or 'contact'}@{self.rng.choice(['example.org', 'example.com', 'example.net', 'mail.example.fr'])}"
        )

    def phone(self) -> str:
        """A number of a random country in one of the ways people write them, with typos now and then."""
        region = self.rng.choice(PHONE_REGIONS)
        kind = self.rng.choice([phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE])
        example = phonenumbers.example_number_for_type(region, kind) or phonenumbers.example_number(region)
        national = str(example.national_number)
        keep = max(2, len(national) - 6)
        digits = national[:keep] + "".join(str(self.rng.randint(0, 9)) for _ in range(len(national) - keep))
        number = phonenumbers.parse(f"+{example.country_code}{digits}")
        style = self.rng.random()
        if style < 0.35:
            text = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        elif style < 0.7:
            text = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        elif style < 0.85:
            text = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        else:
            text = "00" + str(example.country_code) + " " + digits  # old international prefix
        if self.rng.random() < 0.1:  # a typo: one digit dropped
            positions = [i for i, c in enumerate(text) if c.isdigit()]
            drop = self.rng.choice(positions[3:])
            text = text[:drop] + text[drop + 1 :]
        return text

    def id_number(self) -> str:
        r = self.rng
        letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
        choice = r.randrange(6)
        if choice == 0:
            return "".join(r.choice(letters) for _ in range(2)) + f"{r.randrange(10**7):07d}"  # passport
        if choice == 1:
            return (
                f"{r.randrange(100):02d}" + "".join(r.choice(letters) for _ in range(2)) + f"{r.randrange(10**5):05d}"
            )
        if choice == 2:
            return f"{r.randrange(10**8):08d}" + r.choice(letters)  # DNI
        if choice == 3:
            return r.choice("XYZ") + f"{r.randrange(10**7):07d}" + r.choice(letters)  # NIE
        if choice == 4:
            return "".join(r.choice("АВЕКМНОРСТ") for _ in range(2)) + f"{r.randrange(10**6):06d}"  # Cyrillic series
        return f"{r.randrange(10**9):09d}"  # a national ID number written as digits

    def address(self, language: str) -> str:
        r = self.rng
        last = self.fakers["fr_FR" if language == "fr" else "es_ES" if language == "es" else "en_US"].last_name()
        n = r.randint(1, 250)
        if language == "fr":
            return r.choice(
                [f"{n} rue {last}", f"{n}, avenue {last}", f"{n} boulevard {last}", f"{n} chemin des {last}"]
            )
        if language == "es":
            return r.choice([f"Calle {last} {n}", f"Av. {last} {n}", f"calle {last}, n° {n}", f"Avenida {last} {n}"])
        return r.choice([f"{n} {last} Street", f"{n} {last} Road", f"{n} {last} Avenue Apt. {r.randint(1, 99)}"])

    def place(self) -> str:
        return self.fake(self.rng.choice(["fr_FR", "es_ES", "uk_UA", "ro_RO", "en_US"])).city()


TEMPLATES: dict[str, dict[str, list[str]]] = {
    "A": {
        "en": [
            "Client's sister {name} can be reached on {phone}.",
            "Recruiter {name} kept her passport {id} for months.",
            "Contact by e-mail {email} or phone {phone}.",
            "She stayed at {address} in {place} with {name}.",
            "Met {name} at the bus station; he promised work. ID {id}.",
        ],
        "fr": [
            "La sœur de la cliente, {name}, est joignable au {phone}.",
            "Le recruteur {name} a gardé son passeport {id}.",
            "Écrire à {email} ou appeler le {phone}.",
            "Elle a logé au {address} à {place} chez {name}.",
        ],
        "es": [
            "La hermana de la clienta, {name}, responde al {phone}.",
            "El reclutador {name} se quedó con su pasaporte {id}.",
            "Escribir a {email} o llamar al {phone}.",
            "Vivía en {address}, {place}, con {name}.",
        ],
    },
    "B": {
        "en": [
            "Victim says {name} drove them across the border; call back on {phone} after 6 pm.",
            "Documents: passport number {id}, held by the employer. Cousin {name} knows where.",
            "Follow-up planned. Her friend {name} ({email}) may help with housing.",
            "Referred by a shelter at {address}. Mobile {phone}.",
            "{name} paid the debt. Brother's number {phone}, e-mail {email}.",
        ],
        "fr": [
            "Selon la victime, {name} l'a fait passer la frontière ; rappeler au {phone} après 18 h.",
            "Pièces : numéro de passeport {id}, confisqué par l'employeur. Sa cousine {name} sait où.",
            "Suivi prévu. Son amie {name} ({email}) pourrait aider pour le logement.",
            "Orientée par un foyer situé {address}. Portable {phone}.",
            "{name} a remboursé la dette. Numéro du frère : {phone}, courriel {email}.",
        ],
        "es": [
            "Según la víctima, {name} la llevó a través de la frontera; llamar al {phone} después de las 18 h.",
            "Documentos: número de pasaporte {id}, retenido por el empleador. Su prima {name} sabe dónde.",
            "Seguimiento previsto. Su amiga {name} ({email}) podría ayudar con la vivienda.",
            "Derivada por un albergue en {address}. Móvil {phone}.",
            "{name} pagó la deuda. Número del hermano: {phone}, correo {email}.",
        ],
    },
}


def make_note(maker: Maker, template: str, language: str) -> Note:
    planted: list[Planted] = []
    out = ""
    rest = template
    kinds = {"name": "name", "phone": "phone", "email": "email", "id": "id", "address": "address", "place": "place"}
    while "{" in rest:
        before, _, after = rest.partition("{")
        slot, _, rest = after.partition("}")
        out += before
        value = {
            "name": lambda: maker.full_name() if maker.rng.random() < 0.8 else maker.fake().first_name(),
            "phone": maker.phone,
            "email": maker.email,
            "id": maker.id_number,
            "address": lambda: maker.address(language),
            "place": maker.place,
        }[slot]()
        planted.append(Planted(kinds[slot], len(out), len(out) + len(value), value))
        out += value
    return Note(out + rest, tuple(planted))


def make_notes(family: str, seed: int, per_language: int = 400) -> list[Note]:
    maker = Maker(seed)
    notes = []
    for language, templates in TEMPLATES[family].items():
        for i in range(per_language):
            notes.append(make_note(maker, templates[i % len(templates)], language))
    return notes


# --- exports with planted identifiers -------------------------------------------------------------------------------

FRENCH_VICTIMS = {
    "N° de dossier": IDENTIFIER, "Nom": IDENTIFIER, "Prénom": IDENTIFIER, "Date de naissance": IDENTIFIER,
    "Sexe": CATEGORY, "Nationalité": CATEGORY, "Téléphone": IDENTIFIER, "Courriel": IDENTIFIER,
    "Adresse": IDENTIFIER, "Numéro de passeport": IDENTIFIER, "Travailleur social": IDENTIFIER,
    "Latitude": IDENTIFIER, "Longitude": IDENTIFIER, "Date d'enregistrement": OTHER, "Pays d'exploitation": CATEGORY,
    "Type d'exploitation": CATEGORY, "Observations": IDENTIFIER,
}  # fmt: skip
FRENCH_PERPETRATORS = {
    "N° de dossier": IDENTIFIER, "Nom complet": IDENTIFIER, "Sexe": CATEGORY, "Âge": OTHER, "Nationalité": CATEGORY,
    "Rôle": CATEGORY, "Lien avec la victime": CATEGORY, "Pays de rencontre": CATEGORY, "Téléphone": IDENTIFIER,
    "Remarques": IDENTIFIER,
}  # fmt: skip
SPANISH_VICTIMS = {
    "Número de caso": IDENTIFIER, "Nombre": IDENTIFIER, "Apellidos": IDENTIFIER, "Fecha de nacimiento": IDENTIFIER,
    "Sexo": CATEGORY, "Nacionalidad": CATEGORY, "Teléfono móvil": IDENTIFIER, "Correo electrónico": IDENTIFIER,
    "Dirección": IDENTIFIER, "Ciudad": IDENTIFIER, "DNI / pasaporte": IDENTIFIER, "Gestor del caso": IDENTIFIER,
    "Coordenadas GPS": IDENTIFIER, "Fecha de registro": OTHER, "Año de registro": CATEGORY,
    "País de explotación": CATEGORY, "Tipo de explotación": CATEGORY, "Contacto de emergencia": IDENTIFIER,
    "Notas": IDENTIFIER,
}  # fmt: skip
SPANISH_PERPETRATORS = {
    "Número de caso": IDENTIFIER, "Nombre del tratante": IDENTIFIER, "Sexo": CATEGORY, "Edad": OTHER,
    "Nacionalidad": CATEGORY, "Rol": CATEGORY, "Relación": CATEGORY, "Apodo": IDENTIFIER, "Observaciones": IDENTIFIER,
}  # fmt: skip

COUNTRIES_FR = ["Maroc", "Sénégal", "Côte d'Ivoire", "Roumanie", "France", "Nigéria", "Guinée", "Mali", "Ukraine"]
COUNTRIES_ES = ["México", "Colombia", "Venezuela", "España", "Honduras", "Guatemala", "Paraguay", "Rumanía"]
GENDERS = {"fr": ["Féminin", "Masculin", "Autre"], "es": ["Femenino", "Masculino", "Otro"]}
EXPLOITATION = {
    "fr": ["Travail forcé", "Exploitation sexuelle", "Servitude domestique", "Mendicité forcée"],
    "es": ["Trabajo forzoso", "Explotación sexual", "Servidumbre doméstica", "Mendicidad forzada"],
}
ROLES = {
    "fr": ["Recruteur", "Transporteur", "Exploitant", "Passeur"],
    "es": ["Reclutador", "Transportista", "Explotador"],
}
RELATIONS = {"fr": ["Inconnu", "Ami", "Famille", "Employeur"], "es": ["Desconocido", "Amigo", "Familia", "Empleador"]}


def _date(maker: Maker, start: int, end: int, style: int) -> str:
    d = maker.fakers["fr_FR"].date_between_dates(pd.Timestamp(f"{start}-01-01"), pd.Timestamp(f"{end}-12-31"))
    return [d.strftime("%d/%m/%Y"), d.isoformat(), d.strftime("%d.%m.%Y")][style % 3]


def make_export(language: str, seed: int, victims: int = 1500) -> tuple[pd.DataFrame, pd.DataFrame]:
    """A victims and a perpetrators table in French ("fr") or Spanish ("es") with planted identifiers."""
    maker = Maker(seed)
    r = maker.rng
    fake = maker.fakers["fr_FR" if language == "fr" else "es_MX"]
    countries = COUNTRIES_FR if language == "fr" else COUNTRIES_ES
    workers = [maker.full_name("fr_FR" if language == "fr" else "es_ES") for _ in range(12)]
    family = "B" if seed != TUNE_SEED else "A"
    templates = TEMPLATES[family][language]
    rows = []
    for i in range(victims):
        locale = r.choice(NAME_LOCALES)
        person = maker.fake(locale)
        note = make_note(maker, templates[i % len(templates)], language).text if r.random() < 0.8 else ""
        lat, lon = round(r.uniform(-35, 50), 5), round(r.uniform(-20, 40), 5)
        year = r.randint(2015, 2023)
        registration = _date(maker, year, year, i)
        if language == "fr":
            rows.append([
                f"FR-{year}-{i:05d}", person.last_name(), person.first_name(), _date(maker, 1960, 2010, i),
                r.choice(GENDERS["fr"]), r.choice(countries), maker.phone() if r.random() < 0.9 else "",
                maker.email() if r.random() < 0.6 else "", maker.address("fr"), maker.id_number(), r.choice(workers),
                str(lat) if r.random() < 0.4 else "", str(lon) if r.random() < 0.4 else "", registration,
                r.choice(countries), r.choice(EXPLOITATION["fr"]), note,
            ])  # fmt: skip
        else:
            rows.append([
                f"CASO-{year}-{i:04d}", person.first_name(), person.last_name(), _date(maker, 1960, 2010, i),
                r.choice(GENDERS["es"]), r.choice(countries), maker.phone(), maker.email() if r.random() < 0.7 else "",
                maker.address("es"), fake.city(), maker.id_number(), r.choice(workers),
                f"{lat}, {lon}" if r.random() < 0.3 else "", registration, str(year), r.choice(countries),
                r.choice(EXPLOITATION["es"]), r.choice([maker.phone(), maker.email(), maker.full_name()]), note,
            ])  # fmt: skip
    victim_columns = list(FRENCH_VICTIMS if language == "fr" else SPANISH_VICTIMS)
    victims_frame = pd.DataFrame(rows, columns=victim_columns)
    perpetrators = []
    for i in range(victims):
        case = rows[i][0]
        for _ in range(r.choice([1, 1, 2, 2, 3, 4])):
            name = maker.full_name()
            age = str(r.randint(20, 65)) if r.random() < 0.6 else ""
            remark = make_note(maker, templates[(i + 1) % len(templates)], language).text if r.random() < 0.5 else ""
            if language == "fr":
                perpetrators.append([
                    case, name, r.choice(GENDERS["fr"][:2]), age, r.choice(countries), r.choice(ROLES["fr"]),
                    r.choice(RELATIONS["fr"]), r.choice(countries), maker.phone() if r.random() < 0.3 else "", remark,
                ])  # fmt: skip
            else:
                perpetrators.append([
                    case, name, r.choice(GENDERS["es"][:2]), age, r.choice(countries), r.choice(ROLES["es"]),
                    r.choice(RELATIONS["es"]), f"El {maker.fake('es_MX').first_name()}" if r.random() < 0.5 else "",
                    remark,
                ])  # fmt: skip
    perpetrator_columns = list(FRENCH_PERPETRATORS if language == "fr" else SPANISH_PERPETRATORS)
    return victims_frame, pd.DataFrame(perpetrators, columns=perpetrator_columns)


def write_workbook(path: Path, sheets: dict[str, pd.DataFrame], title: str) -> Path:
    """An .xlsx with a title row and an empty row above each sheet's header, as missions' exports often have."""
    with pd.ExcelWriter(path, engine="openpyxl") as writer:
        for name, frame in sheets.items():
            frame.to_excel(writer, sheet_name=name, index=False, startrow=2)
            writer.sheets[name].cell(row=1, column=1, value=title)
    return path
