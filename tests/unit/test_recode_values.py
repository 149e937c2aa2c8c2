"""Value maps, countries and flags: the spellings exports use in three languages, and coverage of every value."""

from __future__ import annotations

import pytest

from ctdc_desktop.core.recode.recode import recode
from ctdc_desktop.core.recode.recode_countries import country_table
from ctdc_desktop.core.words.spellings import spelling_key, vocabulary
from tests.unit.recode_cases import export, recipe

REGION = """
[[variables]]
name = "UN_COO_Region"
type = "category"
categories = ["Africa", "Americas/Oceania", "Asia", "Europe"]
recoder = "country"
source = "country"
missing = ["Unknown"]
"""
GROUPS = '[region_groups]\nAmericas = "Americas/Oceania"\nOceania = "Americas/Oceania"\n'
ISO3 = """
[[variables]]
name = "citizenship"
type = "country_code"
recoder = "country"
output = "iso3"
source = "country"
"""
GENDER = """
[[variables]]
name = "gender"
type = "category"
categories = ["Female", "Male"]
recoder = "value_map"
source = "gender"
vocabulary = "gender"
missing = ["TransgenderFeminine"]
"""


def column(variables: str, head: str = "", **columns: list[str | None]) -> list[object]:
    result = recode(export(columns), recipe(variables, head))
    return [None if v != v else v for v in result.table.iloc[:, 0].tolist()]


def test_countries_as_exports_write_them_in_one_column() -> None:
    raw = ["Viet Nam", "Côte d'Ivoire", "Roumanie", "Thaïlande", "Estados Unidos", "PHL", "UA", "Fidji", "Brasil"]
    assert column(ISO3, country=raw) == ["VNM", "CIV", "ROU", "THA", "USA", "PHL", "UKR", "FJI", "BRA"]


def test_regions_follow_the_ctdc_table_and_the_codebooks_grouping() -> None:
    raw = ["USA", "Fiji", "Niger", "MDA", "Afghanistan", None, "Unknown"]
    expected = ["Americas/Oceania", "Americas/Oceania", "Africa", "Europe", "Asia", None, None]
    assert column(REGION, GROUPS, country=raw) == expected


@pytest.mark.parametrize(("raw", "iso3"), [("NE", "NER"), ("NER", "NER"), ("Niger", "NER"), ("niger", "NER")])
def test_codes_and_names(raw: str, iso3: str) -> None:
    assert country_table().iso3(raw) == iso3


def test_lowercase_codes_and_words_are_not_read_as_countries() -> None:
    assert country_table().iso3("ne") is None
    assert country_table().iso3("Unknown") is None


def test_unknown_country_is_listed_with_its_count_until_set_to_missing() -> None:
    result = recode(export({"country": ["Narnia", "Narnia", "PHL"]}), recipe(REGION, GROUPS))
    (value,) = result.coverage.variable("UN_COO_Region").unmapped
    assert (value.column, value.value, value.count) == ("country", "Narnia", 2)
    assert not result.complete
    fixed = recipe(REGION.replace('missing = ["Unknown"]', 'missing = ["Unknown", "Narnia"]'), GROUPS)
    assert recode(export({"country": ["Narnia", "Narnia", "PHL"]}), fixed).complete


def test_recipe_map_can_name_a_country_for_a_local_spelling() -> None:
    variables = ISO3 + 'map = { "Moldavia (Rep.)" = "MDA", "Apatride" = "" }\n'
    assert column(variables, country=["Moldavia (Rep.)", "Apatride"]) == ["MDA", None]


@pytest.mark.parametrize(
    ("raw", "label"),
    [
        ("Féminin", "Female"),
        ("Femme", "Female"),
        ("F", "Female"),
        ("Mujer", "Female"),
        ("FEMININE", "Female"),
        ("Masculin", "Male"),
        ("Hombre", "Male"),
        ("m", "Male"),
    ],
)
def test_gender_spellings_in_three_languages(raw: str, label: str) -> None:
    assert column(GENDER, gender=[raw]) == [label]


def test_a_vocabulary_label_the_codebook_lacks_is_not_offered() -> None:
    # "Transgender/NonConforming" exists in the 2021 codebook but not in this variable: the value stays unmapped.
    result = recode(export({"gender": ["NonConforming", "TransgenderFeminine"]}), recipe(GENDER))
    coverage = result.coverage.variable("gender")
    assert [v.value for v in coverage.unmapped] == ["NonConforming"]
    assert coverage.set_missing == 1


@pytest.mark.parametrize(
    ("raw", "label"),
    [
        ("Époux/épouse", "FamilyIntimatePartner"),
        ("Voisin", "FriendAcquaintance"),
        ("Empleador", "StrangerUnknownOther"),
        ("Intimate partner", "FamilyIntimatePartner"),
        ("Amigo", "FriendAcquaintance"),
        ("Inconnu", "StrangerUnknownOther"),
    ],
)
def test_relationship_spellings(raw: str, label: str) -> None:
    assert vocabulary("relationship")[spelling_key(raw)] == label


@pytest.mark.parametrize(
    ("raw", "flag"), [("Oui", "1"), ("Sí", "1"), ("1", "1"), ("Yes", "1"), ("No", None), ("0", None), ("Non", None)]
)
def test_flags_are_1_or_empty(raw: str, flag: str | None) -> None:
    variables = '\n[[variables]]\nname = "isForcedLabour"\ntype = "flag"\nrecoder = "flag"\nsource = "fl"\n'
    assert column(variables, fl=[raw]) == [flag]


def test_other_flag_counts_every_value_without_a_variable_of_its_own() -> None:
    variables = """
[[variables]]
name = "typeOfLabourOther"
type = "flag"
recoder = "other_flag"
source = "industry"
split = " "
listed = ["F_Construction", "A_Agriculture"]
missing = ["Unknown"]
"""
    raw = ["F_Construction", "C_Manufacturing", "F_Construction B_Mining", "Unknown", None]
    assert column(variables, industry=raw) == [None, "1", "1", None, None]


def test_flag_from_several_columns_is_set_when_any_is_yes() -> None:
    variables = '\n[[variables]]\nname = "meansOfControlOther"\ntype = "flag"\nrecoder = "flag"\nsource = ["a", "b"]\n'
    assert column(variables, a=["1", "0", None, "0"], b=["0", "1", None, None]) == ["1", "1", None, None]


def test_year_and_month_bands() -> None:
    years = """
[[variables]]
name = "yearRegister"
type = "category"
categories = ["2005-2013", "2014-2018", "2019"]
recoder = "bands"
source = "year"
outside = "missing"
bands = [{ from = 2005, to = 2013, label = "2005-2013" }, { from = 2014, to = 2018, label = "2014-2018" },
         { from = 2019, to = 2019, label = "2019" }]
"""
    assert column(years, year=["2004", "2005", "2013", "2014", "2019", "2020"]) == [
        None,
        "2005-2013",
        "2005-2013",
        "2014-2018",
        "2019",
        None,
    ]
    months = """
[[variables]]
name = "traffickMonths"
type = "category"
categories = ["0--12 (0-1 yr)", "13--24 (1-2 yrs)", "25--60 (2-5 yrs)", "61+ (5+ yrs)"]
recoder = "bands"
source = "months"
bands = [{ from = 0, to = 12, label = "0--12 (0-1 yr)" }, { from = 13, to = 24, label = "13--24 (1-2 yrs)" },
         { from = 25, to = 60, label = "25--60 (2-5 yrs)" }, { from = 61, label = "61+ (5+ yrs)" }]
"""
    assert column(months, months=["12", "13", "60", "61"]) == [
        "0--12 (0-1 yr)",
        "13--24 (1-2 yrs)",
        "25--60 (2-5 yrs)",
        "61+ (5+ yrs)",
    ]
    result = recode(export({"months": ["six"]}), recipe(months))
    assert result.coverage.variable("traffickMonths").errors[0].value == "six"


def test_a_missing_source_column_is_a_problem_naming_variable_and_column() -> None:
    result = recode(export({"sex": ["F"]}), recipe(GENDER))
    coverage = result.coverage.variable("gender")
    assert coverage.state == "error"
    assert 'no column "gender"' in coverage.problem and "sex" in coverage.problem
    assert not result.complete


def test_source_values_give_the_mapping_table_with_counts() -> None:
    from ctdc_desktop.core.recode.recode import source_values

    data = export({"gender": ["Femme", "Femme", "Alien", "TransgenderFeminine", None]})
    rows = {(v.value, v.count, v.becomes, v.state) for v in source_values(data, recipe(GENDER), "gender")}
    assert rows == {
        ("Femme", 2, "Female", "mapped"),
        ("Alien", 1, "", "unmapped"),
        ("TransgenderFeminine", 1, "", "set to missing"),
    }


def test_a_perpetrator_variable_must_be_a_flag_or_a_multi_category() -> None:
    from ctdc_desktop.core.recode.recipe import RecipeError

    with pytest.raises(RecipeError, match="set multi = true"):
        recipe(GENDER.replace('recoder = "value_map"', 'table = "perpetrators"\nrecoder = "value_map"'))
    with pytest.raises(RecipeError, match="flag or a category"):
        recipe(ISO3.replace('recoder = "country"', 'table = "perpetrators"\nrecoder = "country"'))
