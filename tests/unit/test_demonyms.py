"""Nationalities as exports write a citizenship ("Nigériane", "nigeriana", "Filipino/a") read as countries."""

from __future__ import annotations

import tomllib

import pytest

from ctdc_desktop.core.recode.recode_countries import DEMONYM_LANGUAGES, add_demonyms, country_table
from ctdc_desktop.core.words.spellings import spelling_key
from ctdc_desktop.resources import resource_path

# (as written, ISO3, UN region): English, French, Spanish and Portuguese, masculine and feminine, as exports write
# them (capitals, missing accents, plurals).
DEMONYMS = [
    # English
    ("Nigerian", "NGA", "Africa"),
    ("Nigerien", "NER", "Africa"),
    ("Ghanaian", "GHA", "Africa"),
    ("Ivorian", "CIV", "Africa"),
    ("Eritrean", "ERI", "Africa"),
    ("South Sudanese", "SSD", "Africa"),
    ("Filipino", "PHL", "Asia"),
    ("Vietnamese", "VNM", "Asia"),
    ("Bangladeshi", "BGD", "Asia"),
    ("Nepalese", "NPL", "Asia"),
    ("Thai", "THA", "Asia"),
    ("Dominican", "DOM", "Americas"),
    ("Haitian", "HTI", "Americas"),
    ("Ukrainian", "UKR", "Europe"),
    ("Romanian", "ROU", "Europe"),
    ("BRITISH", "GBR", "Europe"),
    ("Fijian", "FJI", "Oceania"),
    ("Bissau-Guinean", "GNB", "Africa"),
    # French
    ("nigérian", "NGA", "Africa"),
    ("Nigériane", "NGA", "Africa"),
    ("nigérienne", "NER", "Africa"),
    ("Ivoirien", "CIV", "Africa"),
    ("ivoirienne", "CIV", "Africa"),
    ("Camerounais", "CMR", "Africa"),
    ("camerounaise", "CMR", "Africa"),
    ("Sénégalaise", "SEN", "Africa"),
    ("malienne", "MLI", "Africa"),
    ("Marocaine", "MAR", "Africa"),
    ("Équato-Guinéenne", "GNQ", "Africa"),
    ("Ukrainienne", "UKR", "Europe"),
    ("roumain", "ROU", "Europe"),
    ("Albanaise", "ALB", "Europe"),
    ("haïtien", "HTI", "Americas"),
    ("dominicaine", "DOM", "Americas"),
    ("Chinoise", "CHN", "Asia"),
    ("vietnamienne", "VNM", "Asia"),
    ("Philippine", "PHL", "Asia"),
    ("Grecque", "GRC", "Europe"),
    ("turque", "TUR", "Asia"),
    ("Bresilienne", "BRA", "Americas"),
    # Spanish
    ("nigeriana", "NGA", "Africa"),
    ("Nigeriano", "NGA", "Africa"),
    ("Marfileño", "CIV", "Africa"),
    ("marfileña", "CIV", "Africa"),
    ("Ecuatoguineana", "GNQ", "Africa"),
    ("Vietnamita", "VNM", "Asia"),
    ("filipina", "PHL", "Asia"),
    ("China", "CHN", "Asia"),
    ("Haitiano", "HTI", "Americas"),
    ("haitiana", "HTI", "Americas"),
    ("Dominicana", "DOM", "Americas"),
    ("venezolano", "VEN", "Americas"),
    ("Venezolana", "VEN", "Americas"),
    ("colombiana", "COL", "Americas"),
    ("Paraguaya", "PRY", "Americas"),
    ("hondureña", "HND", "Americas"),
    ("Salvadoreño", "SLV", "Americas"),
    ("guatemalteca", "GTM", "Americas"),
    ("Estadounidense", "USA", "Americas"),
    ("rumana", "ROU", "Europe"),
    ("Ucraniano", "UKR", "Europe"),
    ("española", "ESP", "Europe"),
    ("marroquí", "MAR", "Africa"),
    ("Marroquies", "MAR", "Africa"),
    ("Inglesa", "GBR", "Europe"),
    # Portuguese
    ("Brasileira", "BRA", "Americas"),
    ("brasileiro", "BRA", "Americas"),
    ("Marfinense", "CIV", "Africa"),
    ("angolana", "AGO", "Africa"),
    ("Moçambicano", "MOZ", "Africa"),
    ("cabo-verdiana", "CPV", "Africa"),
    ("Bissau-Guineense", "GNB", "Africa"),
    ("nigeriana", "NGA", "Africa"),
    ("Haitiana", "HTI", "Americas"),
    ("paraguaia", "PRY", "Americas"),
    ("Chinesa", "CHN", "Asia"),
    ("alemã", "DEU", "Europe"),
    ("Alemão", "DEU", "Europe"),
    ("ucraniana", "UKR", "Europe"),
    ("Romena", "ROU", "Europe"),
    ("portuguesa", "PRT", "Europe"),
    ("Timorense", "TLS", "Asia"),
    ("Tailandesa", "THA", "Asia"),
]

# Both genders in one value, as case forms and spreadsheets write them.
TWO_GENDERS = [
    ("Nigérian(e)", "NGA"),
    ("Nigérian/e", "NGA"),
    ("nigérian.e", "NGA"),
    ("Ivoirien(ne)", "CIV"),
    ("ivoirien·ne", "CIV"),
    ("Camerounais(e)", "CMR"),
    ("Grec(que)", "GRC"),
    ("Filipino/a", "PHL"),
    ("FILIPINO/A", "PHL"),
    ("Filipino/Filipina", "PHL"),
    ("Nigeriano/a", "NGA"),
    ("Marfileño(a)", "CIV"),
    ("Inglés/a", "GBR"),
    ("Español(a)", "ESP"),
    ("Brasileiro(a)", "BRA"),
    ("Brasileira (o)", "BRA"),
    ("Alemão/ã", "DEU"),
    ("Dominicano/a", "DOM"),
]

# Forms that name more than one country: listed for the user, never guessed.
AMBIGUOUS = [
    "congolais",
    "Congolaise",
    "Congolese",
    "congoleño",
    "congolesa",
    "guinéen",
    "Guinéenne",
    "Guinean",
    "guineano",
    "guineense",
    "Korean",
    "coréenne",
    "coreano",
    "Congolais(e)",
    "Guinéen(ne)",
    "Coreano/a",
    "antillais",
]


@pytest.mark.parametrize(("raw", "iso3", "region"), DEMONYMS)
def test_a_nationality_names_its_country_and_region(raw: str, iso3: str, region: str) -> None:
    table = country_table()
    assert table.iso3(raw) == iso3
    assert table.region(iso3) == region


def test_the_table_covers_four_languages_and_both_genders() -> None:
    assert len(DEMONYMS) >= 60
    assert len({iso3 for _, iso3, _ in DEMONYMS}) >= 30


@pytest.mark.parametrize(("raw", "iso3"), TWO_GENDERS)
def test_both_genders_written_together(raw: str, iso3: str) -> None:
    assert country_table().iso3(raw) == iso3


@pytest.mark.parametrize("raw", AMBIGUOUS)
def test_an_ambiguous_nationality_is_not_guessed(raw: str) -> None:
    assert country_table().iso3(raw) is None


@pytest.mark.parametrize(
    "raw", ["Nigeria/Ghana", "Congo (RDC)", "Nigérian(ne)(e)", "Filipino/Vietnamita", "Francés/Inglés", "Narnian/a"]
)
def test_two_values_or_a_stray_ending_are_not_read_as_two_genders(raw: str) -> None:
    assert country_table().iso3(raw) is None


@pytest.mark.parametrize(
    ("raw", "iso3"),
    [
        ("Guinea", "GIN"),
        ("Guinée", "GIN"),
        ("Guinea-Bissau", "GNB"),
        ("Dominica", "DMA"),
        ("Niger", "NER"),
        ("Nigeria", "NGA"),
        ("Congo", "COG"),
        ("DR Congo", "COD"),
        ("Argentina", "ARG"),
        ("India", "IND"),
        ("Filipinas", "PHL"),
        ("NE", "NER"),
        ("CIV", "CIV"),
        ("Kosovo", "SRB"),
    ],
)
def test_names_and_codes_keep_their_meaning(raw: str, iso3: str) -> None:
    assert country_table().iso3(raw) == iso3


def test_the_shipped_nationalities_clash_with_no_country_name() -> None:
    assert dict(country_table().demonym_clashes) == {}


def test_a_nationality_that_is_another_countrys_name_is_left_out() -> None:
    names = {"guinea": "GIN", "india": "IND"}
    added, clashes = add_demonyms(
        names, {"congo"}, {"es": {"Guinea": "GNQ", "India": "IND", "Congo": "COG", "nigeriana": "NGA"}}
    )
    assert names == {"guinea": "GIN", "india": "IND", "nigeriana": "NGA"}
    assert added == {"india", "nigeriana"}
    assert clashes == {"guinea": "GIN", "congo": "ambiguous"}


def test_a_form_two_languages_give_to_two_countries_is_read_as_neither() -> None:
    names: dict[str, str] = {}
    _, clashes = add_demonyms(names, set(), {"fr": {"guyanais": "GUF"}, "en": {"Guyanais": "GUY"}})
    assert names == {}
    assert clashes == {"guyanais": "ambiguous"}


def test_every_listed_nationality_is_a_country_of_the_region_table() -> None:
    shipped = tomllib.loads(resource_path("recode", "demonyms.toml").read_text(encoding="utf-8"))
    assert set(shipped) == set(DEMONYM_LANGUAGES)
    regions = country_table().regions
    for language, table in shipped.items():
        assert {iso3 for iso3 in table.values() if iso3 not in regions} == set(), language


# Countries of the Region table that have no listed nationality, and why: ambiguous (the two Congos, Guinea), or
# territories without a usual demonym in these languages.
UNLISTED = {"COD", "COG", "GIN"} | {"ANT", "COK", "MNP", "NFK", "PCN", "SHN", "SJM", "TCA", "TKL", "VAT", "VGB"}
UNLISTED |= {"VIR", "WLF"}


def test_every_country_of_the_region_table_has_its_nationalities() -> None:
    shipped = tomllib.loads(resource_path("recode", "demonyms.toml").read_text(encoding="utf-8"))
    regions = set(country_table().regions)
    english = set(shipped["en"].values())
    assert regions - english - {"DMA", "GUF"} == UNLISTED  # Dominica: "Dominican" is the Dominican Republic
    everywhere = set.intersection(*(set(shipped[language].values()) for language in DEMONYM_LANGUAGES))
    # the UN member states are in all four languages, except Dominica in English and Grenada, Saint Kitts and Nevis,
    # Saint Vincent, Trinidad and Tobago and Papua New Guinea in Spanish or Portuguese, and Guyana in Portuguese
    # (see the file's header)
    partial = {"DMA", "GRD", "KNA", "VCT", "TTO", "PNG", "GUY"}
    territories = {"ABW", "AIA", "ASM", "BMU", "CUW", "CYM", "FLK", "FRO", "GIB", "GLP", "GUF", "GUM", "GRL", "HKG"}
    territories |= {"MAC", "MSR", "MTQ", "MYT", "NCL", "NIU", "PRI", "PSE", "PYF", "REU", "SPM", "TWN", "ESH"}
    member_states = regions - UNLISTED - territories
    assert member_states - everywhere == partial


def test_listed_spellings_are_distinct_keys() -> None:
    shipped = tomllib.loads(resource_path("recode", "demonyms.toml").read_text(encoding="utf-8"))
    for language, table in shipped.items():
        keys: dict[str, str] = {}
        for form, iso3 in table.items():
            assert keys.setdefault(spelling_key(form), iso3) == iso3, (language, form)
