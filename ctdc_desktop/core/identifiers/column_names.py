"""What a column's name says it holds, in English, French, Spanish, Portuguese and the HTCDS field codes.

Names are split into words (``prs_FirstName`` → prs, first, name; ``date_de_naissance`` → date, de, naissance) and
accents are dropped, so "Téléphone", "telefono" and "TELEPHONE" read alike. Phrases ("first name", "date of birth",
"case owner") are matched on the words joined together, so spacing and case do not matter.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import Enum

from ctdc_desktop.core.translation import QT_TRANSLATE_NOOP, translate


class IdentifierKind(Enum):
    """What identifying information a column holds. The value is the English word (the scan command and its JSON
    print it); `label` is the same in the user's language, for the window."""

    PERSON_NAME = QT_TRANSLATE_NOOP("IdentifierKind", "person name")
    BIRTH_DATE = QT_TRANSLATE_NOOP("IdentifierKind", "birth date")
    CONTACT = QT_TRANSLATE_NOOP("IdentifierKind", "contact details")
    ADDRESS = QT_TRANSLATE_NOOP("IdentifierKind", "address or place")
    ID_NUMBER = QT_TRANSLATE_NOOP("IdentifierKind", "ID or document number")
    CASE_ID = QT_TRANSLATE_NOOP("IdentifierKind", "case ID")
    STAFF = QT_TRANSLATE_NOOP("IdentifierKind", "caseworker or referrer")
    LOCATION = QT_TRANSLATE_NOOP("IdentifierKind", "GPS position or meeting place")
    FREE_TEXT = QT_TRANSLATE_NOOP("IdentifierKind", "free text")

    @property
    def label(self) -> str:
        """The kind in the user's language, lower case ("date de naissance")."""
        return translate("IdentifierKind", self.value)


# Whole words (after splitting) that name the kind. Prefixes such as prs_ and cas_ are words too and mean nothing.
_WORDS: dict[IdentifierKind, set[str]] = {
    IdentifierKind.PERSON_NAME: {
        "name", "names", "firstname", "lastname", "surname", "surnames", "fullname", "secondname", "middlename",
        "nickname", "alias", "aka", "salutation", "forename", "givenname", "familyname", "maidenname",
        "nom", "noms", "prenom", "prenoms", "surnom", "civilite", "nombre", "nombres", "apellido", "apellidos",
        "apodo", "sobrenome", "nome", "tratamiento", "title", "titre", "titulo",
    },
    IdentifierKind.BIRTH_DATE: {
        "birthdate", "dob", "dateofbirth", "birthday", "naissance", "datedenaissance", "nacimiento",
        "fechadenacimiento", "fechanacimiento", "datanascimento", "ddn", "fnac",
    },
    IdentifierKind.CONTACT: {
        "email", "mail", "courriel", "correo", "phone", "telephone", "tel", "mobile", "cell", "cellphone",
        "portable", "telefono", "movil", "celular", "whatsapp", "facebook", "contact", "contacts", "fax",
        "skype", "telegram", "viber", "instagram", "homephone", "mobilephone", "emailaddress",
    },
    IdentifierKind.ADDRESS: {
        "address", "street", "adresse", "rue", "direccion", "calle", "domicilio", "domicile", "city", "ville",
        "ciudad", "town", "village", "postcode", "postal", "zip", "zipcode", "codepostal", "codigopostal",
        "residence", "endereco", "cidade", "cep", "barrio", "quartier", "mailingstreet", "mailingcity",
    },
    IdentifierKind.ID_NUMBER: {
        "passport", "passeport", "pasaporte", "passaporte", "id", "ids", "identifier", "identification", "uid",
        "ssn", "nin", "dni", "nie", "cedula", "cni", "nid", "curp", "rut", "cpf", "rg", "nationalid",
        "idnumber", "identite", "identidad", "document", "documents", "documento", "visa", "permit",
    },
    IdentifierKind.CASE_ID: {
        "caseid", "casenumber", "caseno", "caseref", "casereference", "dossier", "expediente", "numerodossier",
        "numerodecas", "numerodecaso", "reference", "ref", "fileno", "filenumber", "referencenumber",
        "codigodocaso", "codigodecaso", "numerodocaso", "numerodoprocesso", "idcaso", "idducas",
    },
    IdentifierKind.STAFF: {
        "caseowner", "owner", "caseworker", "worker", "interviewer", "referredby", "referrer", "referringperson",
        "socialworker", "gestionnaire", "travailleursocial", "agentdecas", "trabajadorsocial", "gestor",
        "entrevistador", "enqueteur", "responsable", "referidopor", "orientepar", "staff", "officer",
    },
    IdentifierKind.LOCATION: {
        "latitude", "lat", "longitude", "lon", "lng", "gps", "coordinates", "coordonnees", "coordenadas",
        "geolocation", "geo", "meetingplace", "lieuderencontre", "lugardeencuentro", "location", "lieu", "lugar",
        "locationofexploitation",
    },
    IdentifierKind.FREE_TEXT: {
        "notes", "note", "comment", "comments", "remarks", "remark", "details", "description", "narrative",
        "observations", "observation", "remarques", "commentaire", "commentaires", "notas", "nota",
        "observaciones", "comentarios", "detalles", "story", "histoire", "relato", "summary", "resume", "resumen",
        "casenotes", "freetext", "otherdetails",
    },
}  # fmt: skip

# Words of a category column: a country, nationality, gender or year is shared by many records and is kept for
# analysis (CTDC releases it), whatever else the name says ("CountryOfBirth", "nacionalidade_lat").
_CATEGORY_WORDS = {
    "country", "countries", "pays", "pais", "nationality", "nationalite", "nacionalidad", "nacionalidade",
    "citizenship", "citoyennete", "ciudadania", "cidadania", "gender", "sex", "sexe", "genero", "sexo",
    "year", "years", "annee", "ano", "yearofregistration", "registrationyear", "region", "subregion",
    "continent", "age", "ageband", "agebroad", "edad", "idade", "status", "statut", "estado", "type", "tipo",
    "alpha", "alpha2", "alpha3", "iso", "iso2", "iso3",
}  # fmt: skip

# Phrases matched on the joined words (accents and separators gone), for names that do not split into words.
_PHRASES: tuple[tuple[str, IdentifierKind], ...] = (
    ("dateofbirth", IdentifierKind.BIRTH_DATE),
    ("birth", IdentifierKind.BIRTH_DATE),
    ("datedenaissance", IdentifierKind.BIRTH_DATE),
    ("fechadenacimiento", IdentifierKind.BIRTH_DATE),
    ("firstname", IdentifierKind.PERSON_NAME),
    ("lastname", IdentifierKind.PERSON_NAME),
    ("fullname", IdentifierKind.PERSON_NAME),
    ("nomdefamille", IdentifierKind.PERSON_NAME),
    ("caseowner", IdentifierKind.STAFF),
    ("caseworker", IdentifierKind.STAFF),
    ("referredby", IdentifierKind.STAFF),
    ("caseid", IdentifierKind.CASE_ID),
    ("casenumber", IdentifierKind.CASE_ID),
    ("numerodedossier", IdentifierKind.CASE_ID),
    ("numerodecaso", IdentifierKind.CASE_ID),
    ("meetingplace", IdentifierKind.LOCATION),
    ("lieuderencontre", IdentifierKind.LOCATION),
    ("lugardeencuentro", IdentifierKind.LOCATION),
    ("phonenumber", IdentifierKind.CONTACT),
    ("numerodetelephone", IdentifierKind.CONTACT),
    ("cartedidentite", IdentifierKind.ID_NUMBER),
    ("numerodepasseport", IdentifierKind.ID_NUMBER),
)

_SPLIT = re.compile(r"[^0-9a-zA-Z]+|(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


def _plain(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def name_words(column: str) -> list[str]:
    """The words of a column name, lower case without accents: "prs_FirstName" → ["prs", "first", "name"]."""
    plain = _plain(column)
    return [w.casefold() for w in _SPLIT.split(plain) if w]


@dataclass(frozen=True)
class NameSignal:
    """What the column name says: the identifying kinds it names, and whether it names a category."""

    kinds: tuple[IdentifierKind, ...]
    words: tuple[str, ...]
    category: bool
    birth: bool  # "birth" in the name: a date in it is a birth date
    date: bool  # "date", "fecha", "datum" in the name

    @property
    def identifying(self) -> bool:
        return bool(self.kinds)


def read_column_name(column: str) -> NameSignal:
    words = name_words(column)
    joined = "".join(words)
    wordset = set(words)
    found: list[IdentifierKind] = []
    for kind, vocabulary in _WORDS.items():
        if wordset & vocabulary or joined in vocabulary:
            found.append(kind)
    for phrase, kind in _PHRASES:
        if phrase in joined and kind not in found:
            found.append(kind)
    # "ID" next to "case", "caso", "dossier" is the case ID, not an identity document.
    if IdentifierKind.ID_NUMBER in found and wordset & {"case", "cas", "caso", "dossier", "expediente", "file"}:
        found.remove(IdentifierKind.ID_NUMBER)
        if IdentifierKind.CASE_ID not in found:
            found.append(IdentifierKind.CASE_ID)
    birth = IdentifierKind.BIRTH_DATE in found
    category = bool(wordset & _CATEGORY_WORDS) or joined in _CATEGORY_WORDS
    if category and not birth:
        # "Country of birth" or "nationality name" is a category; a strong word such as e-mail still wins.
        found = [k for k in found if k in (IdentifierKind.CONTACT,)]
    elif category and birth and wordset & {"country", "pays", "pais", "place", "lieu", "lugar", "year", "annee"}:
        found = []  # country or year of birth: a category
        birth = False
    date = bool(wordset & {"date", "fecha", "datum", "data", "dt", "on", "le"}) or "date" in joined
    return NameSignal(kinds=tuple(found), words=tuple(words), category=category, birth=birth, date=date)
