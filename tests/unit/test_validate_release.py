"""The schema validator: the labels of the published 2022 release pass, one wrong label fails."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from ctdc_desktop.core.recode.recipe import load_recipe
from ctdc_desktop.core.recode.validate_release import validate_release
from tests.unit.recode_cases import PUBLISHED_ROWS, published_2022


def test_the_published_2022_labels_pass() -> None:
    recipe, _ = load_recipe("victim_perpetrator_2022")
    report = validate_release(published_2022(), recipe)
    assert report.problems == ()
    assert report.valid and report.rows == PUBLISHED_ROWS


@pytest.mark.parametrize(
    ("column", "good", "bad", "words"),
    [
        ("IP_ageBroad", "0--29", "0 –29", '"0 –29" (1 rows): not a label'),
        ("IP_Gender", "Female;Male", "Male;Female", "write Female;Male"),
        ("IP_PayMoney", "No;Yes", "No;No", "repeats"),
        ("yearRegister", "2019", "2019;2020", "does not allow"),
        ("isForcedLabour", "1", "0", "written 1, or left empty"),
        ("UN_COO_Region", "Americas/Oceania", "Americas", "not a label"),
    ],
)
def test_one_wrong_label_fails(column: str, good: str, bad: str, words: str) -> None:
    recipe, _ = load_recipe("victim_perpetrator_2022")
    table = published_2022()
    at = table.index[table[column] == good][0]
    table.loc[at, column] = bad
    report = validate_release(table, recipe)
    assert not report.valid
    (problem,) = report.problems
    assert (problem.column, problem.value, problem.count) == (column, bad, 1)
    assert words in problem.line()


def test_missing_and_unexpected_columns_are_reported() -> None:
    recipe, _ = load_recipe("victim_perpetrator_2022")
    table = published_2022().drop(columns=["IP_Relation"]).assign(caseId="x")
    lines = [p.line() for p in validate_release(table, recipe).problems]
    assert lines == [
        "caseId: is not a variable of the codebook",
        "IP_Relation: the codebook variable has no column in the table",
    ]


def test_2021_codes_and_years() -> None:
    recipe, _ = load_recipe("global_synthetic_2021")
    table = pd.DataFrame({name: [None, None] for name in recipe.columns})
    table["citizenship"] = ["PHL", "PH"]
    table["yearOfRegistration"] = ["2021", "2022"]
    values = {(p.column, p.value) for p in validate_release(table, recipe).problems}
    assert values == {("citizenship", "PH"), ("yearOfRegistration", "2022")}


def test_real_ctdc_age_and_gender_labels_pass_the_2021_schema() -> None:
    # Rows of the CTDC k-anonymised Global Dataset (via dados_app.csv, see tests/fixtures/loading/SOURCES.md).
    real = pd.read_csv(Path(__file__).parents[1] / "fixtures" / "loading" / "dados_app_head300.csv", dtype=str)
    recipe, _ = load_recipe("global_synthetic_2021")
    report = validate_release(real[["gender", "ageBroad"]], recipe)
    assert real["ageBroad"].notna().sum() > 100
    assert [p for p in report.problems if p.value] == []
