"""Recipe settings for exports shaped unlike the sample: answers listed in one cell with several separators, a
year read from dates, majority status from dates alone, and source columns written in another letter case."""

from __future__ import annotations

import pytest

from ctdc_desktop.core.recode.multi_value import separators_in, split_cell
from ctdc_desktop.core.recode.recipe import RecipeError
from ctdc_desktop.core.recode.source_columns import closest_columns, find_column
from ctdc_desktop.core.words.lexicon import Lexicon, Phrase, words_of
from tests.unit.recode_cases import export, recipe
from tests.unit.test_recode_values import column

ROLE_FLAG = """
[[variables]]
name = "IP_RecruiterBroker"
type = "flag"
recoder = "flag"
table = "perpetrators"
source = "roles"
split = [";", " et "]
map = { "Recruteur/intermédiaire" = "1", "Passeur" = "", "Ravisseur" = "" }
"""
YEAR_OF_DATE = """
[[variables]]
name = "yearRegister"
type = "category"
categories = ["2019", "2020"]
recoder = "bands"
source = "registered"
date_year = true
bands = [{ from = 2019, to = 2019, label = "2019" }, { from = 2020, to = 2020, label = "2020" }]
"""
MAJORITY_FROM_DATES = """
[[variables]]
name = "majorityStatus"
type = "category"
categories = ["Adult", "Minor"]
recoder = "majority"
birth_date = "born"
registration_date = "registered"
"""


def test_a_cell_listing_answers_is_split_on_each_separator_and_mapped_answer_by_answer() -> None:
    victims = {"case": ["a", "b", "c"]}
    perpetrators = {
        "case": ["a", "b", "c"],
        "roles": ["Recruteur/intermédiaire; Passeur", "Passeur et Ravisseur", "Ravisseur et Recruteur/intermédiaire"],
    }
    result = export(victims, perpetrators)
    from ctdc_desktop.core.recode.recode import recode

    table = recode(result, recipe(ROLE_FLAG)).table
    assert [None if v != v else v for v in table["IP_RecruiterBroker"].tolist()] == ["1", None, "1"]


def test_an_answer_no_map_places_is_listed_not_guessed() -> None:
    from ctdc_desktop.core.recode.recode import recode

    result = recode(export({"case": ["a"]}, {"case": ["a"], "roles": ["Passeur; Chauffeur"]}), recipe(ROLE_FLAG))
    coverage = result.coverage.variable("IP_RecruiterBroker")
    assert [v.value for v in coverage.unmapped] == ["Chauffeur"]
    assert not result.complete


def test_the_year_is_read_from_dates_in_the_usual_forms() -> None:
    raw = ["31/12/2019", "2020-01-05", "05.06.2019", "not a date", None]
    assert column(YEAR_OF_DATE, registered=raw) == ["2019", "2020", "2019", None, None]


def test_majority_from_a_birth_year_and_a_registration_date_alone() -> None:
    values = column(MAJORITY_FROM_DATES, born=["1990", "2005", "2003-06-01"], registered=["01/01/2020"] * 3)
    assert values == ["Adult", "Minor", "Minor"]


def test_a_birth_date_without_a_registration_date_is_refused_with_the_key_named() -> None:
    with pytest.raises(RecipeError, match="registration_date"):
        recipe(MAJORITY_FROM_DATES.replace('registration_date = "registered"\n', ""))


def test_a_source_column_written_in_another_case_is_found() -> None:
    gender = MAJORITY_FROM_DATES.replace('"born"', '"BORN"').replace('"registered"', '"Registered"')
    assert column(gender, born=["1990"], registered=["2020"]) == ["Adult"]


def test_a_missing_column_is_named_with_the_closest_names_of_the_export() -> None:
    from ctdc_desktop.core.recode.recode import recode

    result = recode(
        export({"Date de naissance": ["1990"], "Date d'enregistrement": ["2020"]}), recipe(MAJORITY_FROM_DATES)
    )
    problem = result.coverage.variable("majorityStatus").problem
    assert '"born"' in problem and '"registered"' in problem
    assert "closest" in problem and "Date d'enregistrement" in problem


def test_find_column_refuses_two_equally_close_spellings() -> None:
    assert find_column(["perp_Gender"], "perp_gender") == "perp_Gender"
    assert find_column(["Sexe", "SEXE "], "sexe") is None  # two candidates: the user chooses
    assert find_column(["Sexe"], "Sex") is None
    assert closest_columns(["Nationalité", "Sexe", "Âge"], "nationalite")[0] == "Nationalité"


def test_split_cell_keeps_a_slash_inside_one_answer() -> None:
    assert split_cell("Recruteur/intermédiaire; Passeur", (";",)) == ["Recruteur/intermédiaire", "Passeur"]
    assert split_cell(" ", (";",)) == []
    assert split_cell("Passeur et Ravisseur", (" et ",)) == ["Passeur", "Ravisseur"]


def test_separators_are_those_many_cells_use() -> None:
    assert separators_in(["a; b", "c", "d; e"]) == (";",)
    assert separators_in(["Époux/épouse", "Voisin"]) == ()  # a slash joins spellings of one answer
    assert separators_in(["x, y"] + ["z"] * 99) == ()  # one cell in a hundred is not the column's habit


def test_a_phrase_matches_words_in_any_order_with_stems_and_accents_ignored() -> None:
    words = words_of("Le rôle: Recruteur/Intermédiaire")
    assert Phrase(("recrut*",)).matches(words)
    assert Phrase(("intermediaire", "role")).matches(words)
    assert not Phrase(("recrutement",)).matches(words)
    assert words_of("perp_RoleRecruiter") == ("perp", "role", "recruiter")


def test_the_strongest_phrase_decides_and_a_tie_is_kept_as_ambiguous() -> None:
    lexicon = Lexicon(
        "test",
        {
            "citizenship": (Phrase(("pays",)), Phrase(("pays", "origine"))),
            "country_of_exploitation": (Phrase(("pays",)), Phrase(("pays", "exploitation"))),
        },
        {},
    )
    assert [m.concept for m in lexicon._best("Pays d'origine")] == ["citizenship"]
    assert [m.concept for m in lexicon._best("Pays d'exploitation")] == ["country_of_exploitation"]
    assert sorted(m.concept for m in lexicon._best("Pays")) == ["citizenship", "country_of_exploitation"]
    assert lexicon._best("Sexe") == ()


def test_spelling_keys_drop_every_punctuation_mark_but_keep_a_lone_mark() -> None:
    from ctdc_desktop.core.words.spellings import spelling_key

    assert spelling_key("¿Reclutó?") == "recluto"
    assert spelling_key("«Sim»") == "sim"
    assert spelling_key("✓") == "✓"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("34400", (1994, 3, 7)),
        ("43831.0", (2020, 1, 1)),
        ("7 de março de 1994", (1994, 3, 7)),
        ("1 dez 2019", (2019, 12, 1)),
    ],
)
def test_dates_as_spreadsheets_and_portuguese_write_them(text: str, day: tuple[int, int, int]) -> None:
    from ctdc_desktop.core.recode.recode_ages import parse_date

    parsed = parse_date(text)
    assert (parsed.year, parsed.month, parsed.day) == day


def test_an_age_is_never_read_as_a_spreadsheet_date() -> None:
    from ctdc_desktop.core.recode.recode_ages import AgeProblem, parse_date

    with pytest.raises(AgeProblem):
        parse_date("17")


def test_a_phrase_of_letters_alone_matches_only_the_whole_text() -> None:
    assert Phrase(("n", "d")).matches(words_of("N/D"))
    assert not Phrase(("n", "d")).matches(words_of("Ami d'n ami"))  # a typo's stray letters are no code
    assert not Phrase(("f",)).matches(words_of("F or M"))
