"""How a replay finds new, missing and renamed columns (core/pipeline/replay_differences.py): a new column is
proposed as a missing one renamed by the values the recipe places (or, where only Stage one read it, by a close
name), never when two columns are equally like it, never one new column for two missing ones."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pandas as pd

from ctdc_desktop.core.case_export import CaseExport
from ctdc_desktop.core.identifiers.decisions import IdentifierDecisions
from ctdc_desktop.core.identifiers.detect_identifiers import detect_identifiers
from ctdc_desktop.core.io.table import LoadedTable
from ctdc_desktop.core.pipeline.replay_differences import ReplayDifferences, column_differences
from ctdc_desktop.core.recode.recipe import load_recipe

ROWS = 30
GENDERS = ["Female", "Male", "Unknown"] * (ROWS // 3)
SHIPPED = load_recipe("global_synthetic_2021")[0]
RECIPE = replace(SHIPPED, variables=(SHIPPED.variable("gender"),))  # reads prs_Gender: Female, Male; Unknown missing


def _export(columns: dict[str, list[str]]) -> CaseExport:
    return CaseExport(LoadedTable(pd.DataFrame(columns).astype("category"), Path("hand-made.csv")))


def _saved(columns: dict[str, list[str]]) -> IdentifierDecisions:
    """Stage one's proposal on the export the project was saved with."""
    return IdentifierDecisions.proposed(detect_identifiers(pd.DataFrame(columns).astype("category")))


BEFORE = {"prs_Gender": GENDERS, "status": ["Open", "Closed"] * (ROWS // 2)}


def test_a_renamed_column_is_proposed_by_the_values_the_recipe_places() -> None:
    export = _export({"prs_Sex": GENDERS, "status": BEFORE["status"], "office": ["North", "South", "East"] * 10})
    found = column_differences(export, _saved(BEFORE), RECIPE)
    assert found.new == (("victims", "prs_Sex"), ("victims", "office"))
    [missing] = found.missing
    assert (missing.table, missing.column, missing.stage_one, missing.variables) == (
        "victims",
        "prs_Gender",
        True,
        ("gender",),
    )
    [rename] = found.renamed
    assert (rename.missing, rename.new) == ("prs_Gender", "prs_Sex")
    assert (rename.placed, rename.values) == (3, 3) and rename.by_values and not rename.by_name
    assert rename.unplaced == ()


def test_a_new_value_in_the_renamed_column_is_listed_with_the_pairing() -> None:
    genders = [*GENDERS[:-2], "Zorblax", "Zorblax"]
    export = _export({"prs_Sex": genders, "status": BEFORE["status"]})
    found = column_differences(export, _saved(BEFORE), RECIPE)
    [rename] = found.renamed
    assert (rename.placed, rename.values, rename.unplaced) == (3, 4, (("Zorblax", 2),))
    text = ReplayDifferences(found, _saved(BEFORE)).text()
    assert '"prs_Gender" → "prs_Sex"' in text and '"Zorblax" (2 rows)' in text


def test_two_columns_equally_like_the_missing_one_are_not_paired() -> None:
    export = _export({"sex_a": GENDERS, "sex_b": GENDERS, "status": BEFORE["status"]})
    found = column_differences(export, _saved(BEFORE), RECIPE)
    assert found.renamed == ()
    [missing] = found.missing
    assert set(missing.alike) == {"sex_a", "sex_b"}
    text = ReplayDifferences(found, _saved(BEFORE)).text()
    assert "equally like it" in text and "→" not in text


def test_the_values_break_a_tie_of_names_and_a_close_name_alone_does_not_pair_unplaced_values() -> None:
    # "prs_Gender2" is close by name but holds other answers; "sex" holds the answers the recipe places.
    export = _export({"prs_Gender2": ["a", "b", "c"] * 10, "sex": GENDERS, "status": BEFORE["status"]})
    found = column_differences(export, _saved(BEFORE), RECIPE)
    assert [(r.missing, r.new) for r in found.renamed] == [("prs_Gender", "sex")]


def test_a_column_only_stage_one_read_is_paired_by_a_close_name() -> None:
    before = {**BEFORE, "prs_FirstName": [f"Name {i}" for i in range(ROWS)]}
    export = _export({"prs_Gender": GENDERS, "status": BEFORE["status"], "prs_First_Names": before["prs_FirstName"]})
    found = column_differences(export, _saved(before), RECIPE)
    [missing] = found.missing
    assert (missing.column, missing.stage_one, missing.variables) == ("prs_FirstName", True, ())
    assert [(r.missing, r.new, r.values) for r in found.renamed] == [("prs_FirstName", "prs_First_Names", 0)]
    assert "its name is close" in ReplayDifferences(found, _saved(before)).text()


def test_a_new_column_unlike_any_missing_one_is_only_new() -> None:
    export = _export({**BEFORE, "office": ["North", "South", "East"] * 10})
    found = column_differences(export, _saved(BEFORE), RECIPE)
    assert found.new == (("victims", "office"),) and found.missing == () and found.renamed == ()


def test_one_new_column_is_not_proposed_for_two_missing_ones() -> None:
    gender = SHIPPED.variable("gender")
    recipe = replace(SHIPPED, variables=(gender, gender.replace(name="gender_again", source=("prs_Gender_2",))))
    before = {**BEFORE, "prs_Gender_2": GENDERS}
    export = _export({"sex": GENDERS, "status": BEFORE["status"]})
    found = column_differences(export, _saved(before), recipe)
    assert len(found.missing) == 2 and found.renamed == ()


def test_the_same_column_in_another_letter_case_is_proposed_by_its_name() -> None:
    export = _export({"PRS_GENDER": GENDERS, "status": BEFORE["status"]})
    found = column_differences(export, _saved(BEFORE), RECIPE)
    # The recipe finds it whatever its case; Stage one's decisions are by exact name, so they pair it.
    assert [(m.column, m.variables) for m in found.missing] == [("prs_Gender", ())]
    assert [(r.missing, r.new) for r in found.renamed] == [("prs_Gender", "PRS_GENDER")]
