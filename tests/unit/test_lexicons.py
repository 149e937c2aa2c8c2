"""The shipped word lists (resources/recode/lexicon/*.toml) and the Portuguese spellings of spellings.toml.

The matching rule is written out here on its own, not imported, so that the lists are checked against the rule as
resources/recode/lexicon/README.md states it: case folded, accents dropped, punctuation read as a space; a phrase
matches a text when each of its words is a word of the text (any order, other words allowed); a word ending in ``*``
matches every word that begins with it. Where phrases of several concepts match, the one with more words wins.

Phrases of two concepts of one file must not overlap: no phrase of one concept may match a phrase of another. The only
exceptions are the nested concepts listed in NESTED (a narrower concept whose phrases hold the wider one's words and
always have more words, so the longer phrase decides) and the few single phrase pairs of EXCEPTIONS.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from itertools import product
from pathlib import Path
from typing import Any

import pytest

from ctdc_desktop.core.words.spellings import spelling_key, vocabulary

LEXICON = Path(__file__).resolve().parents[2] / "resources" / "recode" / "lexicon"
LANGUAGES = ("en", "fr", "es", "pt")

# fmt: off
CONCEPTS = {
    "columns.toml": [
        "case_id", "sex", "age", "birth_date", "birth_year", "registration_date", "registration_year", "citizenship",
        "country_of_exploitation", "relationship", "paid_money", "exploitation_type", "perpetrator_roles",
        "means_of_control", "labour_sector", "sex_exploitation_type", "recruiter_relationship", "months_trafficked",
        "perpetrator_marker",
    ],
    "roles.toml": [
        "recruiter", "broker", "transporter", "transferrer", "harbourer", "smuggler", "seller", "buyer", "receiver",
        "controller", "abuser", "kidnapper", "exploiter", "travel_companion", "other",
    ],
    "exploitation.toml": [
        "forced_labour", "sexual_exploitation", "forced_marriage", "forced_begging", "forced_criminality",
        "organ_removal", "domestic_servitude", "other",
    ],
    "relationships.toml": [
        "family", "intimate_partner", "friend", "acquaintance", "neighbour", "colleague", "employer",
        "community_member", "stranger", "other", "unknown",
    ],
    "control.toml": [
        "debt_bondage", "takes_earnings", "threats", "psychological_abuse", "physical_abuse", "sexual_abuse",
        "false_promises", "psychoactive_substances", "restricts_movement", "restricts_medical_care",
        "excessive_working_hours", "threat_of_law_enforcement", "withholds_necessities", "withholds_documents",
        "restricts_financial_access", "other",
    ],
    "sectors.toml": [
        "agriculture", "construction", "domestic_work", "hospitality", "manufacturing", "mining", "begging", "other",
    ],
    "sex_work.toml": ["prostitution", "pornography", "other"],
    "answers.toml": [
        "yes", "no", "unknown", "not_applicable", "female", "male", "transgender_or_nonconforming", "stateless",
    ],
}
# fmt: on

# (wider, narrower): a phrase of the wider concept may match a longer phrase of the narrower one.
NESTED = {
    "columns.toml": {
        ("relationship", "recruiter_relationship"),  # "Relationship" / "Recruiter relationship"
        ("perpetrator_marker", "recruiter_relationship"),  # "Recruiter" marks a perpetrator; "Recruiter relationship"
        ("exploitation_type", "sex_exploitation_type"),  # "Type of exploitation" / "Type of sexual exploitation"
        ("sex", "sex_exploitation_type"),  # "Sex" / "Type of sex exploitation" (the HTCDS label)
    },
    "roles.toml": {
        ("broker", "recruiter"),  # "Intermediary" / "Recruiter/Recruitment intermediary" (the MiMOSA label)
    },
    "exploitation.toml": {
        ("forced_labour", "domestic_servitude"),  # "Labour" / "Domestic labour"
    },
    "relationships.toml": {
        ("friend", "intimate_partner"),  # "Ami" / "Petit ami"
        ("stranger", "unknown"),  # "Desconocido" / "Relación desconocida"
        ("unknown", "stranger"),  # "Unknown" / "Unknown person"
        ("family", "friend"),  # "Famille" / "Ami de la famille"
    },
    "control.toml": {
        ("threats", "threat_of_law_enforcement"),  # "Threats" / "Threats of law enforcement"
    },
    "answers.toml": {
        ("no", "unknown"),  # "No" / "No sabe", "Não sabe"; "N" / "N/A"
        ("yes", "unknown"),  # "S" (sí, sim) / "S/D" (sin datos, sem dados)
        ("no", "stateless"),  # "No" / "No nationality"; "Sem" / "Sem nacionalidade"
        ("no", "not_applicable"),  # "No" / "No aplica"; "Non" / "Non applicable"
        ("no", "transgender_or_nonconforming"),  # "Non" / "Non-binaire", "Non-conforming"
        ("female", "transgender_or_nonconforming"),  # "Femme" / "Femme trans"
        ("male", "transgender_or_nonconforming"),  # "Homme" / "Homme trans"
    },
}
# Single phrase pairs (file, phrase, matched phrase of another concept) that may overlap.
EXCEPTIONS = {
    ("answers.toml", "0", "1.0"),  # "1.0" reads as the words 1 and 0; "1.0" has more words, so yes wins
}

_CAPITAL = re.compile(r"(?<=[a-z])(?=[A-Z])")


def fold(text: str) -> str:
    """Case folded, accents dropped, anything not a letter or digit read as a space; a lone mark ("✓") stays itself."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return re.sub(r"[\W_]+", " ", bare).strip() or text.strip().casefold()


def phrase_words(phrase: str) -> tuple[str, ...]:
    """A phrase's words; a word written with a trailing ``*`` keeps it (a stem)."""
    words: list[str] = []
    for token in phrase.split():
        parts = fold(token.rstrip("*")).split()
        if token.endswith("*") and parts:
            parts[-1] += "*"
        words += parts
    return tuple(words)


def text_words(text: str) -> tuple[str, ...]:
    """The words of a column name or a cell (camelCase field codes are cut at their capitals)."""
    return tuple(fold(_CAPITAL.sub(" ", text)).split())


def word_matches(wanted: str, word: str) -> bool:
    """Whether phrase word `wanted` matches `word`; `word` may itself be a stem (from another phrase)."""
    if wanted.endswith("*") and word.endswith("*"):
        return wanted[:-1].startswith(word[:-1]) or word[:-1].startswith(wanted[:-1])
    if wanted.endswith("*"):
        return word.startswith(wanted[:-1])
    if word.endswith("*"):  # a stem stands for every word beginning with it, `wanted` among them
        return wanted.startswith(word[:-1])
    return wanted == word


def phrase_matches(phrase: tuple[str, ...], words: tuple[str, ...]) -> bool:
    return all(any(word_matches(w, t) for t in words) for w in phrase)


def load(name: str) -> dict[str, Any]:
    with (LEXICON / name).open("rb") as stream:
        return tomllib.load(stream)


def phrases(name: str) -> dict[str, list[str]]:
    return {concept: [p for lang in LANGUAGES for p in table.get(lang, [])] for concept, table in load(name).items()}


def best(name: str, text: str) -> set[str]:
    """The concepts whose matching phrase has the most words (several when they tie), or the exact field code's."""
    tables = load(name)
    for concept, table in tables.items():
        if spelling_key(text) in {spelling_key(code) for code in table.get("codes", [])}:
            return {concept}
    words = text_words(text)
    strength: dict[str, int] = {}
    for concept, listed in phrases(name).items():
        for phrase in listed:
            pw = phrase_words(phrase)
            if pw and phrase_matches(pw, words):
                strength[concept] = max(strength.get(concept, 0), len(set(pw)))
    top = max(strength.values(), default=0)
    return {concept for concept, s in strength.items() if s == top}


@pytest.mark.parametrize("name", sorted(CONCEPTS))
def test_file_parses_and_has_its_concepts_in_four_languages(name: str) -> None:
    text = (LEXICON / name).read_text(encoding="utf-8")
    assert text.startswith("#"), f"{name}: starts with a comment header"
    tables = load(name)
    assert list(tables) == CONCEPTS[name]
    for concept, table in tables.items():
        assert set(table) <= {*LANGUAGES, "codes"}, f"{name} [{concept}]: unknown keys"
        for language in LANGUAGES:
            listed = table.get(language)
            assert isinstance(listed, list) and listed, f"{name} [{concept}]: no {language} phrases"
            assert all(isinstance(p, str) and phrase_words(p) for p in listed), f"{name} [{concept}] {language}"
            assert len(listed) == len(set(listed)), f"{name} [{concept}] {language}: a phrase is listed twice"
        for code in table.get("codes", []):
            assert isinstance(code, str) and " " not in code, f"{name} [{concept}]: code {code!r}"


@pytest.mark.parametrize("name", sorted(CONCEPTS))
def test_phrases_are_well_formed(name: str) -> None:
    for concept, listed in phrases(name).items():
        for phrase in listed:
            assert not _CAPITAL.search(phrase), f"{name} [{concept}] {phrase!r}: camelCase is cut in texts, write words"
            for word in phrase_words(phrase):
                assert "*" not in word[:-1], f"{name} [{concept}] {phrase!r}: * only ends a word"
                if word.endswith("*"):
                    assert len(word) > 4, f"{name} [{concept}] {phrase!r}: stem {word!r} is too short"


@pytest.mark.parametrize("name", sorted(CONCEPTS))
def test_no_phrase_of_one_concept_matches_another_concepts_phrase(name: str) -> None:
    listed = {c: [(p, phrase_words(p)) for p in ps] for c, ps in phrases(name).items()}
    nested = NESTED.get(name, set())
    clashes = []
    for (a, a_phrases), (b, b_phrases) in product(listed.items(), listed.items()):
        if a == b:
            continue
        for (p, pw), (q, qw) in product(a_phrases, b_phrases):
            if not phrase_matches(pw, qw) or (name, p, q) in EXCEPTIONS:
                continue
            if (a, b) in nested and len(set(qw)) > len(set(pw)):
                continue
            clashes.append(f"[{a}] {p!r} matches [{b}] {q!r}")
    assert not clashes, f"{name}:\n" + "\n".join(clashes)


@pytest.mark.parametrize("name", sorted(CONCEPTS))
def test_codes_are_unique_in_a_file(name: str) -> None:
    seen: dict[str, str] = {}
    for concept, table in load(name).items():
        for code in table.get("codes", []):
            assert seen.setdefault(spelling_key(code), concept) == concept, f"{name}: {code} under two concepts"


# Usual texts of each kind, written for this test (not taken from any export): the concept the longest phrase names.
READINGS = [
    ("roles.toml", "Recruiter/Recruitment intermediary", "recruiter"),
    ("roles.toml", "Recruteur/intermédiaire", "recruiter"),
    ("roles.toml", "Broker/travel agent", "broker"),
    ("roles.toml", "Passeur", "smuggler"),
    ("roles.toml", "¿Reclutó?", "recruiter"),
    ("roles.toml", "Transportou", "transporter"),
    ("roles.toml", "Aliciou a vítima", "recruiter"),
    ("roles.toml", "Someone who harboured the individual", "harbourer"),
    ("roles.toml", "Someone who transferred the individual", "transferrer"),
    ("roles.toml", "Someone who controlled the individual", "controller"),
    ("roles.toml", "Travelling partner", "travel_companion"),
    ("roles.toml", "Lo vendió", "seller"),
    ("roles.toml", "A hébergé la victime", "harbourer"),
    ("roles.toml", "Secuestrador", "kidnapper"),
    ("roles.toml", "perp_RoleExploiter", "exploiter"),
    ("exploitation.toml", "Forced labour", "forced_labour"),
    ("exploitation.toml", "ForcedMarriage", "forced_marriage"),
    ("exploitation.toml", "Exploitation sexuelle", "sexual_exploitation"),
    ("exploitation.toml", "Trabajo doméstico", "domestic_servitude"),
    ("exploitation.toml", "Trabalho escravo", "forced_labour"),
    ("exploitation.toml", "Mendicidad forzada", "forced_begging"),
    ("exploitation.toml", "Remoção de órgãos", "organ_removal"),
    ("relationships.toml", "Desconhecido(a)", "stranger"),
    ("relationships.toml", "Primo(a)", "family"),
    ("relationships.toml", "Tío/tía", "family"),
    ("relationships.toml", "Pai/mãe", "family"),
    ("relationships.toml", "Patrão/patroa", "employer"),
    ("relationships.toml", "Empleador/a", "employer"),
    ("relationships.toml", "Époux/épouse", "intimate_partner"),
    ("relationships.toml", "Petit ami", "intimate_partner"),
    ("relationships.toml", "Ami(e)", "friend"),
    ("relationships.toml", "Relation inconnue", "unknown"),
    ("relationships.toml", "Unknown person", "stranger"),
    ("control.toml", "Threats of law enforcement", "threat_of_law_enforcement"),
    ("control.toml", "PhysicalThreats", "threats"),
    ("control.toml", "Retención de documentos", "withholds_documents"),
    ("control.toml", "Servidão por dívida", "debt_bondage"),
    ("control.toml", "Jornada exaustiva", "excessive_working_hours"),
    ("sectors.toml", "A_AgricultureForestryAndFishing", "agriculture"),
    ("sectors.toml", "T_ActivitiesOfHouseholdsAsEmployers", "domestic_work"),
    ("sectors.toml", "I_AccommodationAndFoodServiceActivities", "hospitality"),
    ("sectors.toml", "Construção civil", "construction"),
    ("sex_work.toml", "RemoteInteractiveServices", "other"),
    ("sex_work.toml", "Prostitución", "prostitution"),
    ("answers.toml", "NS/NR", "unknown"),
    ("answers.toml", "Não sabe", "unknown"),
    ("answers.toml", "Inconnu(e)", "unknown"),
    ("answers.toml", "1.0", "yes"),
    ("answers.toml", "0.0", "no"),
    ("answers.toml", "✓", "yes"),
    ("answers.toml", "Non", "no"),
    ("answers.toml", "Não se aplica", "not_applicable"),
    ("answers.toml", "TransgenderFeminine", "transgender_or_nonconforming"),
    ("answers.toml", "NonConforming", "transgender_or_nonconforming"),
    ("answers.toml", "NonSpecifiedUnknown", "unknown"),
    ("answers.toml", "Feminine", "female"),
    ("columns.toml", "Date of birth", "birth_date"),
    ("columns.toml", "Année de naissance", "birth_year"),
    ("columns.toml", "Fecha de registro", "registration_date"),
    ("columns.toml", "Nacionalidade", "citizenship"),
    ("columns.toml", "País de explotación", "country_of_exploitation"),
    ("columns.toml", "Relação com a vítima", "relationship"),
    ("columns.toml", "Recruiter relationship", "recruiter_relationship"),
    ("columns.toml", "Type of Sex Exploitation", "sex_exploitation_type"),
    ("columns.toml", "Tipo de explotación", "exploitation_type"),
    ("columns.toml", "Duração da exploração (meses)", "months_trafficked"),
    ("columns.toml", "Moyens de contrôle", "means_of_control"),
    ("columns.toml", "prs_Gender", "sex"),
]


@pytest.mark.parametrize(("name", "text", "concept"), READINGS)
def test_usual_texts_are_read_as_their_concept(name: str, text: str, concept: str) -> None:
    assert best(name, text) == {concept}


@pytest.mark.parametrize(
    ("table", "raw", "label"),
    [
        ("gender", "Feminino", "Female"),
        ("gender", "Mulher", "Female"),
        ("gender", "Homem", "Male"),
        ("gender", "Não binário", "Transgender/NonConforming"),
        ("yes_no", "Sim", "Yes"),
        ("yes_no", "Não", "No"),
        ("relationship", "Pai/mãe", "FamilyIntimatePartner"),
        ("relationship", "Namorado", "FamilyIntimatePartner"),
        ("relationship", "Vizinho", "FriendAcquaintance"),
        ("relationship", "Conhecido(a)", "FriendAcquaintance"),
        ("relationship", "Desconhecido(a)", "StrangerUnknownOther"),
        ("relationship", "Patrão", "StrangerUnknownOther"),
    ],
)
def test_portuguese_spellings(table: str, raw: str, label: str) -> None:
    assert vocabulary(table)[spelling_key(raw)] == label
