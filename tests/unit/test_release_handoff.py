"""The hand-off from Synthesize to Export and the pieces of the run chain: the codebook from a recipe, the recipe
adjusted to what Stage one left, and saved identifier decisions meeting a new column."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from ctdc_desktop.core.case_export import CaseExport
from ctdc_desktop.core.identifiers.decisions import IdentifierDecisions
from ctdc_desktop.core.identifiers.detect_identifiers import Action, Transform, detect_identifiers
from ctdc_desktop.core.identifiers.remove_identifiers import CleanedExport, ColumnOutcome
from ctdc_desktop.core.io.table import LoadedTable
from ctdc_desktop.core.load.decisions import LoadDecisions
from ctdc_desktop.core.pipeline.run_workflow import (
    RunDecisions,
    RunStopped,
    identifier_decisions_for,
)
from ctdc_desktop.core.progress import NO_PROGRESS
from ctdc_desktop.core.recode.after_stage_one import recipe_for_cleaned_export
from ctdc_desktop.core.recode.recipe import load_recipe
from ctdc_desktop.core.release.bundle import ReleaseDecisions
from ctdc_desktop.core.release.codebook import check_schema
from ctdc_desktop.core.release.release_inputs import codebook_from_recipe, codebook_from_table
from ctdc_desktop.core.synth.decisions import SynthesisDecisions


@pytest.mark.parametrize("name", ["victim_perpetrator_2022", "global_synthetic_2021"])
def test_codebook_from_a_shipped_recipe_keeps_its_variables_in_order(name: str) -> None:
    recipe, _ = load_recipe(name)
    codebook = codebook_from_recipe(recipe)
    check_schema(codebook)
    assert [v.label for v in codebook.variables] == list(recipe.columns)
    for variable, source in zip(codebook.variables, recipe.variables, strict=True):
        assert variable.definition == source.definition
        if source.type == "flag":
            assert variable.type == "binary numeric" and variable.allowed() == frozenset({"1"})
        else:
            assert [c.value for c in variable.categories] == list(source.labels)
        assert variable.multi_valued == source.multi


def test_codebook_from_a_table_lists_its_categories() -> None:
    table = pd.DataFrame({"gender": pd.Categorical(["Male", None], categories=["Female", "Male"]), "n": ["1", " "]})
    codebook = codebook_from_table(table)
    assert [(v.label, v.allowed()) for v in codebook.variables] == [
        ("gender", frozenset({"Female", "Male"})),
        ("n", frozenset({"1"})),
    ]


def _table(columns: dict[str, list[str]]) -> LoadedTable:
    return LoadedTable(pd.DataFrame(columns).astype("category"), Path("hand-made.csv"))


def _cleaned(outcome: ColumnOutcome) -> CleanedExport:
    """Only the outcomes matter to the recipe adjustment."""
    return CleanedExport(CaseExport(_table({"a": ["1"]})), outcomes=(outcome,), link_only_columns=())


def test_a_birth_date_turned_into_an_age_is_read_as_that_age() -> None:
    recipe, _ = load_recipe("victim_perpetrator_2022")
    majority = recipe.variable("majorityStatus")
    assert majority.birth_date == "prs_Birthdate"
    outcome = ColumnOutcome("victims", "prs_Birthdate", Action.TRANSFORM, Transform.AGE_AT_REGISTRATION, "age_x")
    adjusted = recipe_for_cleaned_export(recipe, _cleaned(outcome)).variable("majorityStatus")
    assert adjusted.source == (*majority.source, "age_x")
    assert adjusted.birth_date is None and adjusted.registration_date is None
    unchanged = [v for v in recipe_for_cleaned_export(recipe, _cleaned(outcome)).variables if v.name != majority.name]
    assert unchanged == [v for v in recipe.variables if v.name != majority.name]


def test_a_removed_birth_date_is_no_longer_read() -> None:
    recipe, _ = load_recipe("victim_perpetrator_2022")
    outcome = ColumnOutcome("victims", "prs_Birthdate", Action.REMOVE, None, None)
    adjusted = recipe_for_cleaned_export(recipe, _cleaned(outcome)).variable("majorityStatus")
    assert adjusted.source == recipe.variable("majorityStatus").source
    assert adjusted.birth_date is None


def _run_decisions(identifiers: IdentifierDecisions, propose: bool) -> RunDecisions:
    _, recode = load_recipe("global_synthetic_2021")
    return RunDecisions(
        load=LoadDecisions(),
        recode=recode,
        synthesis=SynthesisDecisions(dataset_name="x"),
        release=ReleaseDecisions(location=Path(".")),
        identifiers=identifiers,
        propose_for_new_columns=propose,
    )


def test_saved_decisions_meeting_a_new_column_stop_or_take_the_proposal() -> None:
    names = [f"Person {i}" for i in range(40)]
    export = CaseExport(_table({"gender": ["Female", "Male"] * 20, "Full name": names}))
    saved = IdentifierDecisions.proposed(detect_identifiers(export.victim_frame[["gender"]]))
    with pytest.raises(RunStopped) as stopped:
        identifier_decisions_for(export, _run_decisions(saved, propose=False), NO_PROGRESS)
    assert stopped.value.problems[0] == 'victims: column "Full name"'
    # The stop names the recipe's missing columns too (a replay names every difference at once), never a value.
    assert "Person" not in str(stopped.value)
    merged = identifier_decisions_for(export, _run_decisions(saved, propose=True), NO_PROGRESS)
    assert merged.decision("gender") == saved.decision("gender")
    new = merged.decision("Full name")
    assert new is not None and new.action is not Action.KEEP
