"""Perpetrators per victim (long -> wide) on hand-made cases with 0, 1 and 6 perpetrators."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pandas as pd

from ctdc_desktop.core.case_export import CaseExport
from ctdc_desktop.core.link import link_pair
from ctdc_desktop.core.progress import RecordingProgress
from ctdc_desktop.core.recode.aggregate_perpetrators import AGGREGATION_RULE, aggregate_flag, aggregate_values
from ctdc_desktop.core.recode.recipe import load_recipe
from ctdc_desktop.core.recode.recode import recode
from ctdc_desktop.core.recode.save_recipe import link_used
from tests.unit.recode_cases import export, recipe

PERPETRATOR_VARIABLES = """
[[variables]]
name = "IP_Exploiter"
type = "flag"
table = "perpetrators"
recoder = "flag"
source = "exploiter"

[[variables]]
name = "IP_Gender"
type = "category"
multi = true
categories = ["Female", "Male"]
table = "perpetrators"
recoder = "value_map"
source = "gender"
vocabulary = "gender"
missing = ["Unknown"]

[[variables]]
name = "IP_PayMoney"
type = "category"
multi = true
categories = ["No", "Yes"]
table = "perpetrators"
recoder = "value_map"
source = "paid"
vocabulary = "yes_no"
"""


def perpetrators_frame(export: CaseExport) -> pd.DataFrame:
    assert export.perpetrator_frame is not None
    return export.perpetrator_frame


def _cells(result: object, name: str) -> list[object]:
    return [None if v != v else v for v in result.table[name].tolist()]  # type: ignore[attr-defined]


def test_zero_one_and_six_perpetrators() -> None:
    victims = {"case": ["A", "B", "C"]}
    perpetrators = {
        "case": ["B"] + ["C"] * 6,
        "exploiter": [None, None, None, "Yes", None, None, None],
        "gender": ["Femme", "Male", "Male", "Unknown", "Female", "Male", None],
        "paid": ["Yes", "Yes", "No", "No", None, "Sí", "No"],
    }
    result = recode(export(victims, perpetrators), recipe(PERPETRATOR_VARIABLES))
    assert result.complete
    assert _cells(result, "IP_Exploiter") == [None, None, "1"]
    assert _cells(result, "IP_Gender") == [None, "Female", "Female;Male"]  # codebook order, not order of rows
    assert _cells(result, "IP_PayMoney") == [None, "Yes", "No;Yes"]
    assert result.victims_with_more_than_six == 0
    assert result.linked_perpetrator_rows == 7


def test_more_than_six_and_unlinked_perpetrators_are_noted() -> None:
    perpetrators = {"case": ["A"] * 7 + ["Z"], "exploiter": [None] * 8, "gender": ["Male"] * 8, "paid": [None] * 8}
    result = recode(export({"case": ["A"]}, perpetrators), recipe(PERPETRATOR_VARIABLES))
    assert result.victims_with_more_than_six == 1
    assert result.linked_perpetrator_rows == 7
    assert any("more than 6" in note for note in result.notes)
    assert any("1 perpetrator rows have a case ID that matches no victim" in note for note in result.notes)


def test_unmapped_values_of_unlinked_perpetrators_do_not_block() -> None:
    perpetrators = {"case": ["A", "Z"], "exploiter": [None, "Maybe"], "gender": ["Male", "Robot"], "paid": [None] * 2}
    assert recode(export({"case": ["A"]}, perpetrators), recipe(PERPETRATOR_VARIABLES)).complete


def test_without_a_perpetrators_table_the_variables_are_problems() -> None:
    result = recode(export({"case": ["A"]}), recipe(PERPETRATOR_VARIABLES))
    assert not result.complete
    assert "no perpetrators table" in result.coverage.variable("IP_Gender").problem


def test_an_export_without_a_link_is_linked_by_the_load_steps_rule() -> None:
    """Recode uses the link Load made; an export without one (made by hand, or whose link column Stage one removed)
    is linked as Load links: the recipe's pair when both tables have it, else the proposed pair."""
    victims = {"case": ["A", "B", "C"], "ref": ["r1", "r2", "r3"]}
    perpetrators = {"case": ["B", "C"], "ref": ["r3", "r3"], "exploiter": [None] * 2, "gender": ["Male"] * 2}
    perpetrators["paid"] = [None] * 2
    linked = export(victims, perpetrators)
    unlinked = replace(linked, link=None)
    by_ref = replace(recipe(PERPETRATOR_VARIABLES), link=("ref", "ref"))
    assert _cells(recode(unlinked, by_ref), "IP_Gender") == [None, None, "Male"]  # the recipe's pair
    assert _cells(recode(linked, by_ref), "IP_Gender") == [None, "Male", "Male"]  # the export's own link wins
    # The recipe names columns this export lacks: the proposed pair, as Load and `recode` proposed it, not a refusal.
    elsewhere = replace(recipe(PERPETRATOR_VARIABLES), link=("cas_CaseID", "cas_CaseID"))
    result = recode(unlinked, elsewhere)
    assert result.complete and result.linked_perpetrator_rows == 2
    assert link_used(unlinked, elsewhere) == link_pair(unlinked.victim_frame, perpetrators_frame(unlinked), None)


def test_aggregation_functions_directly() -> None:
    victim_of_row = np.array([0, 0, 2, -1])
    codes = np.array([1, 0, 1, 0])
    values = aggregate_values(codes, victim_of_row, 3, ("Female", "Male"))
    assert [None if v != v else v for v in values.tolist()] == ["Female;Male", None, "Male"]
    assert aggregate_flag(np.array([0, -1, -1, 0]), victim_of_row, 3).tolist() == [0, -1, -1]


def test_the_rule_says_what_it_loses() -> None:
    assert "What this loses" in AGGREGATION_RULE and "how many perpetrators" in AGGREGATION_RULE


def test_progress_is_reported_and_cancel_is_honoured() -> None:
    recipe_2022, _ = load_recipe("victim_perpetrator_2022")
    progress = RecordingProgress()
    recode(export({"case": ["A"]}), recipe_2022, progress)
    assert progress.reports[-1][0] == progress.reports[-1][1]
    cancelling = RecordingProgress(cancel_after=3)
    try:
        recode(export({"case": ["A"]}), recipe_2022, cancelling)
    except Exception as error:
        assert type(error).__name__ == "Cancelled"
    else:
        raise AssertionError("the step did not stop when cancelled")
