"""Stage one's review of an export against saved decisions: the one matching the Identifiers page shows and
`run --project` replays (core/identifiers/review_export.py)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from ctdc_desktop.core.case_export import CaseExport
from ctdc_desktop.core.identifiers import Action, ColumnDecision, IdentifierDecisions, remove_identifiers
from ctdc_desktop.core.identifiers.decisions import VICTIMS
from ctdc_desktop.core.identifiers.review_export import ExportReview, review_export
from ctdc_desktop.core.io.table import LoadedTable

NAMES = [f"Person {i}" for i in range(40)]


def _export(**columns: list[str]) -> CaseExport:
    return CaseExport(LoadedTable(pd.DataFrame(columns).astype("category"), Path("hand-made.csv")))


@pytest.fixture(scope="module")
def review() -> ExportReview:
    return review_export(
        _export(gender=["Female", "Male"] * 20, name=NAMES, salutation=["Mr", "Ms"] * 20, role=["a", "b"] * 20)
    )


def test_without_saved_decisions_flagged_columns_wait_and_the_others_take_the_proposal(review: ExportReview) -> None:
    columns = {c.name: c for c in review.columns(None)}
    assert columns["name"].review.flagged and columns["name"].decision is None
    assert columns["gender"].decision == ColumnDecision("gender", Action.KEEP)
    assert not any(c.new or c.saved for c in columns.values())
    assert review.proposed().decision("name") is not None  # what a first run with --drop-flagged applies


def test_a_replay_marks_unknown_columns_new_and_a_reasonless_keep_of_a_flagged_column_waits(
    review: ExportReview,
) -> None:
    saved = IdentifierDecisions(
        victims=(ColumnDecision("gender", Action.KEEP), ColumnDecision("salutation", Action.KEEP))
    )
    assert review.new_columns(saved) == ((VICTIMS, "name"), (VICTIMS, "role"))
    columns = {c.name: c for c in review.columns(saved)}
    assert columns["gender"].saved and columns["gender"].decision == ColumnDecision("gender", Action.KEEP)
    assert columns["name"].new and columns["name"].decision is None
    assert columns["role"].new and columns["role"].decision is None  # not flagged, yet new: it needs a look
    assert columns["salutation"].review.flagged
    assert columns["salutation"].decision is None and not columns["salutation"].new
    # Decisions carried over from the export before, in the same session, are no replay: nothing is new.
    carried = {c.name: c for c in review.columns(saved, replaying=False)}
    assert not carried["role"].new and carried["role"].decision == ColumnDecision("role", Action.KEEP)
    assert carried["name"].decision is None


def test_a_replay_takes_the_proposal_for_new_columns_and_keeps_every_saved_one(review: ExportReview) -> None:
    saved = IdentifierDecisions(victims=(ColumnDecision("gender", Action.KEEP, reason=""),))
    replayed = review.replayed(saved)
    assert replayed.decision("gender") == saved.decision("gender")
    assert replayed.decision("name") == review.proposed().decision("name")
    complete = review.proposed()
    assert review.replayed(complete) is complete


def test_the_removal_applies_decisions_with_the_review_given(review: ExportReview) -> None:
    export = _export(gender=["Female", "Male"] * 20, name=NAMES, salutation=["Mr", "Ms"] * 20, role=["a", "b"] * 20)
    with_review = remove_identifiers(export, review.proposed(), review=review)
    detected_again = remove_identifiers(export, review.proposed())
    assert with_review.outcomes == detected_again.outcomes
    assert with_review.export.victim_frame.equals(detected_again.export.victim_frame)
    with pytest.raises(ValueError, match="not of this export"):
        remove_identifiers(_export(gender=["Female"]), review.proposed(), review=review)
