"""Ages, birth dates and bands: boundaries, unknown and empty values, and the messages for impossible ages."""

from __future__ import annotations

import pytest

from ctdc_desktop.core.recode.recode import recode
from ctdc_desktop.core.recode.recode_ages import AgeProblem, Day, parse_age, parse_date
from tests.unit.recode_cases import export, recipe

VICTIM_BANDS = """
[[variables]]
name = "ageBroad"
type = "category"
categories = ["0--8", "9--17", "18--20", "21--23", "24--26", "27--29", "30--38", "39--47", "48+"]
recoder = "age_bands"
source = "age"
missing = ["Unknown"]
bands = [
    { from = 0, to = 8, label = "0--8" }, { from = 9, to = 17, label = "9--17" },
    { from = 18, to = 20, label = "18--20" }, { from = 21, to = 23, label = "21--23" },
    { from = 24, to = 26, label = "24--26" }, { from = 27, to = 29, label = "27--29" },
    { from = 30, to = 38, label = "30--38" }, { from = 39, to = 47, label = "39--47" }, { from = 48, label = "48+" },
]
"""
PERPETRATOR_BANDS = """
[[variables]]
name = "IP_ageBroad"
type = "category"
categories = ["0--29", "30--38", "39--47", "48+"]
recoder = "age_bands"
source = "age"
bands = [
    { from = 0, to = 29, label = "0--29" }, { from = 30, to = 38, label = "30--38" },
    { from = 39, to = 47, label = "39--47" }, { from = 48, label = "48+" },
]
"""
MAJORITY = """
[[variables]]
name = "majorityStatus"
type = "category"
categories = ["Adult", "Minor"]
recoder = "majority"
source = "age"
birth_date = "born"
registration_date = "registered"
"""


def recoded(variables: str, ages: list[str | None], **more: list[str | None]) -> list[object]:
    result = recode(export({"age": ages, **more}), recipe(variables))
    return [None if value != value else value for value in result.table.iloc[:, 0].tolist()]


@pytest.mark.parametrize(
    ("age", "band"),
    [
        ("0", "0--8"),
        ("8", "0--8"),
        ("9", "9--17"),
        ("17", "9--17"),
        ("18", "18--20"),
        ("29", "27--29"),
        ("30", "30--38"),
        ("47", "39--47"),
        ("48", "48+"),
        ("120", "48+"),
        ("17.0", "9--17"),
    ],
)
def test_victim_age_bands_at_their_limits(age: str, band: str) -> None:
    assert recoded(VICTIM_BANDS, [age]) == [band]


@pytest.mark.parametrize(
    ("age", "band"),
    [("29", "0--29"), ("30", "30--38"), ("38", "30--38"), ("39", "39--47"), ("47", "39--47"), ("48", "48+")],
)
def test_perpetrator_age_bands_at_their_limits(age: str, band: str) -> None:
    assert recoded(PERPETRATOR_BANDS, [age]) == [band]


def test_majority_changes_between_17_and_18() -> None:
    ages = ["17", "18", None]
    assert recoded(MAJORITY, ages, born=[None] * 3, registered=[None] * 3) == ["Minor", "Adult", None]


def test_empty_and_explicitly_unknown_ages_are_missing_and_counted_apart() -> None:
    result = recode(export({"age": ["Unknown", None, "30"]}), recipe(VICTIM_BANDS))
    coverage = result.coverage.variable("ageBroad")
    assert (coverage.mapped, coverage.set_missing, coverage.empty) == (1, 1, 1)
    assert result.complete


@pytest.mark.parametrize(
    ("raw", "words"),
    [("17 ans", "not a number of years"), ("-3", "negative"), ("250", "more than 120"), ("unknown", "not a number")],
)
def test_impossible_ages_are_errors_naming_variable_and_value(raw: str, words: str) -> None:
    result = recode(export({"age": [raw, "20"]}), recipe(PERPETRATOR_BANDS))
    assert not result.complete
    (error,) = result.coverage.variable("IP_ageBroad").errors
    assert (error.column, error.value, error.count) == ("age", raw, 1)
    assert words in error.message
    line = result.coverage.problems()[0]
    assert line.startswith("IP_ageBroad: column age") and f'"{raw}"' in line
    assert result.table["IP_ageBroad"].isna().tolist() == [True, False]  # shown as a problem, not silently dropped


def test_age_comes_from_birth_date_and_registration_date_when_the_age_is_empty() -> None:
    values = recoded(
        MAJORITY,
        [None, None, None, None, "40"],
        born=["2000-06-15", "15/06/2000", "2000", "approx. 2001", "2015-01-01"],
        registered=["2018-06-14", "2018-06-15", "2018-01-01", "2018-12-31", "2016-01-01"],
    )
    # 17 the day before the 18th birthday, 18 on it; year only: 2018 - 2000 = 18 (the age reached that year).
    assert values == ["Minor", "Adult", "Adult", "Minor", "Adult"]  # the age column wins over the dates


def test_unreadable_birth_date_is_an_error_naming_the_column_and_value() -> None:
    result = recode(export({"age": [None], "born": ["around the war"], "registered": ["2018-01-01"]}), recipe(MAJORITY))
    (error,) = result.coverage.variable("majorityStatus").errors
    assert (error.column, error.value) == ("born", "around the war")


def test_birth_after_registration_is_an_error() -> None:
    result = recode(export({"age": [None], "born": ["2020-01-01"], "registered": ["2018-01-01"]}), recipe(MAJORITY))
    assert "after the registration date" in result.coverage.variable("majorityStatus").errors[0].message


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("1994-03-07", Day(1994, 3, 7)),
        ("07/03/1994", Day(1994, 3, 7)),
        ("3/25/1994", Day(1994, 3, 25)),
        ("07.03.1994", Day(1994, 3, 7)),
        ("7 Mar 1994", Day(1994, 3, 7)),
        ("7 mars 1994", Day(1994, 3, 7)),
        ("7 de marzo 1994".replace(" de", ""), Day(1994, 3, 7)),
        ("1994", Day(1994)),
        ("approx. 1994", Day(1994)),
        ("2016-01-22 00:00:00", Day(2016, 1, 22)),
    ],
)
def test_birth_dates_in_the_forms_exports_use(text: str, day: Day) -> None:
    assert parse_date(text) == day


def test_month_first_dates_when_the_recipe_says_so() -> None:
    assert parse_date("03/04/1990", day_first=False) == Day(1990, 3, 4)
    assert parse_date("03/04/1990", day_first=True) == Day(1990, 4, 3)


@pytest.mark.parametrize("text", ["17 ans", "-3", "250", "unknown", ""])
def test_parse_age_refuses(text: str) -> None:
    with pytest.raises(AgeProblem):
        parse_age(text)
