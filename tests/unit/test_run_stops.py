"""`run`'s stops name what to do, and the column linking victims to perpetrators is never a dead end.

The known bug: a project whose Stage one decisions removed the victims' case-ID column (the link; Stage one proposes
"link only") stopped `run --project` with a `ReplayStopped` listing nothing. Stage one now keeps the link columns as
the link whatever the decision (core/identifiers/decisions.link_decision), and every stop, of a replay or of a first
run, names at least one problem. Run on the first rows of the bundled sample export (resources/sample).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

import pandas as pd
import pytest

from ctdc_desktop.core.case_export import CaseExport
from ctdc_desktop.core.identifiers import Action, ColumnDecision, IdentifierDecisions, Transform
from ctdc_desktop.core.identifiers.decisions import PERPETRATORS, VICTIMS
from ctdc_desktop.core.identifiers.review_export import review_export
from ctdc_desktop.core.load.decisions import LoadDecisions, SourceFile, SourceRole
from ctdc_desktop.core.load.open_export import open_case_export
from ctdc_desktop.core.pipeline.run_workflow import RunDecisions, RunStopped, prepare_recoded
from ctdc_desktop.core.recode.recipe import load_recipe
from ctdc_desktop.core.release.bundle import ReleaseDecisions
from ctdc_desktop.core.synth.decisions import SynthesisDecisions

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "sample"
ROWS = 300  # victims, and the perpetrators of their cases
LINK = "cas_CaseID"


@dataclass(frozen=True)
class Files:
    victims: Path
    perpetrators: Path
    unlinked_perpetrators: Path  # most case IDs match no victim: the Load step proposes no link


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> Files:
    folder = tmp_path_factory.mktemp("export")
    victims = pd.read_csv(SAMPLE / "sample_victims.csv", dtype=str, keep_default_na=False).head(ROWS)
    perpetrators = pd.read_csv(SAMPLE / "sample_perpetrators.csv", dtype=str, keep_default_na=False)
    perpetrators = perpetrators[perpetrators[LINK].isin(set(victims[LINK]))]
    out = Files(folder / "victims.csv", folder / "perpetrators.csv", folder / "unlinked.csv")
    victims.to_csv(out.victims, index=False)
    perpetrators.to_csv(out.perpetrators, index=False)
    unlinked = perpetrators.copy()
    unlinked.loc[unlinked.index[: len(unlinked) * 3 // 4], LINK] = [f"X-{i}" for i in range(len(unlinked) * 3 // 4)]
    unlinked.to_csv(out.unlinked_perpetrators, index=False)
    return out


def _load(victims: Path, perpetrators: Path | None) -> LoadDecisions:
    sources = [SourceFile(victims, SourceRole.VICTIMS)]
    if perpetrators is not None:
        sources.append(SourceFile(perpetrators, SourceRole.PERPETRATORS))
    return LoadDecisions(tuple(sources))


@pytest.fixture(scope="module")
def saved(files: Files) -> IdentifierDecisions:
    """Stage one's proposal, as the window saves it once accepted (the link columns "link only")."""
    decisions = review_export(open_case_export(_load(files.victims, files.perpetrators))).proposed()
    assert decisions.decision(LINK) == ColumnDecision(LINK, Action.TRANSFORM, Transform.LINK_ONLY)
    return decisions


def _run(load: LoadDecisions, identifiers: IdentifierDecisions | None) -> RunDecisions:
    _, recode = load_recipe("victim_perpetrator_2022")
    return RunDecisions(
        load=load,
        recode=recode,
        synthesis=SynthesisDecisions(dataset_name="x"),
        release=ReleaseDecisions(location=Path(".")),
        identifiers=identifiers,
        propose_for_new_columns=identifiers is None,  # a first run is a --drop-flagged one
    )


def _stop(decisions: RunDecisions) -> RunStopped:
    with pytest.raises(RunStopped) as stopped:
        prepare_recoded(decisions)
    error = stopped.value
    assert error.problems, f"a stop with nothing to act on: {error}"
    assert all(problem.strip() for problem in error.problems)
    for problem in error.problems:
        assert problem in str(error)  # each is shown, not only kept on the exception
    return error


@pytest.mark.parametrize(
    ("table", "decision"),
    [
        (VICTIMS, ColumnDecision(LINK, Action.REMOVE)),
        (PERPETRATORS, ColumnDecision(LINK, Action.REMOVE)),
        (VICTIMS, ColumnDecision(LINK, Action.KEEP, reason="needed")),
    ],
)
def test_a_project_deciding_the_link_column_otherwise_still_recodes_every_perpetrator(
    files: Files, saved: IdentifierDecisions, table: str, decision: ColumnDecision
) -> None:
    """The bug: this stopped with an empty list of differences. The column is kept as the link (never exported),
    the perpetrators are recoded as with "link only", and the run says it did not do what the project says."""
    load = _load(files.victims, files.perpetrators)
    expected = prepare_recoded(_run(load, saved))
    recoded = prepare_recoded(_run(load, saved.with_decision(decision, table)))
    assert recoded.recode.complete
    assert recoded.recode.linked_perpetrator_rows == expected.recode.linked_perpetrator_rows > 0
    pd.testing.assert_frame_equal(recoded.table, expected.table)
    assert recoded.stage_one == expected.stage_one  # the link counted as transformed, not removed
    assert len(recoded.stage_one_notes) == 1
    assert f'"{LINK}"' in recoded.stage_one_notes[0] and "link only" in recoded.stage_one_notes[0]
    assert expected.stage_one_notes == ()


def test_a_replay_on_an_export_without_perpetrators_names_the_variables_it_cannot_make(
    files: Files, saved: IdentifierDecisions
) -> None:
    """The other empty stop: the perpetrators table is not compared for columns, so nothing was listed."""
    error = _stop(_run(_load(files.victims, None), saved))
    assert any("IP_Gender" in p and "no perpetrators table" in p for p in error.problems)
    assert "variable(s) that cannot be made" in str(error)


def test_a_first_run_without_perpetrators_says_so_once_for_all_their_variables(files: Files) -> None:
    error = _stop(_run(_load(files.victims, None), None))
    assert len(error.problems) == 1 and "no perpetrators table" in error.problems[0]
    assert "IP_Gender" in error.problems[0] and "cannot be made" in str(error)
    assert "reads columns this export does not have" not in str(error)


def test_a_link_stage_one_did_not_know_and_removed_is_named_in_the_stop(
    files: Files, saved: IdentifierDecisions
) -> None:
    """Where the Load step proposes no link (most case IDs match no victim), the recode links through the recipe's
    pair, which Stage one does not know: removing it there stops the run, naming the column and what to do."""
    load = _load(files.victims, files.unlinked_perpetrators)
    assert open_case_export(load).link is None
    assert prepare_recoded(_run(load, saved)).recode.linked_perpetrator_rows > 0  # linked through the recipe's pair
    error = _stop(_run(load, saved.with_decision(ColumnDecision(LINK, Action.REMOVE))))
    assert any(f'victims "{LINK}"' in p and 'Decide it as "link only"' in p for p in error.problems)


def _changed(files: Files, tmp_path: Path, change: str) -> Path:
    victims = pd.read_csv(files.victims, dtype=str, keep_default_na=False)
    if change == "new column":
        victims.insert(3, "Contact phone (new)", [f"+44 7700 90{i:04d}" for i in range(len(victims))])
    elif change == "renamed column":
        victims = victims.rename(columns={"prs_Gender": "prs_Sex"})
    elif change == "new value":
        victims.loc[[10, 11], "prs_Gender"] = "Zorblax"
    path = tmp_path / "victims.csv"
    victims.to_csv(path, index=False)
    return path


@pytest.mark.parametrize("change", ["new column", "renamed column", "new value"])
def test_every_replay_stop_names_a_problem(
    files: Files, saved: IdentifierDecisions, tmp_path: Path, change: str
) -> None:
    _stop(_run(_load(_changed(files, tmp_path, change), files.perpetrators), saved))


@pytest.mark.parametrize("change", ["renamed column", "new value"])
def test_every_first_run_stop_names_a_problem(files: Files, tmp_path: Path, change: str) -> None:
    decisions = _run(_load(_changed(files, tmp_path, change), files.perpetrators), None)
    if change == "renamed column":
        decisions = replace(decisions, propose_recipe=False)  # not proposed from the export's own columns
    _stop(decisions)


@pytest.mark.parametrize(("change", "missing"), [("renamed column", True), ("new value", False)])
def test_a_stop_says_whether_it_is_for_missing_columns(
    files: Files, saved: IdentifierDecisions, tmp_path: Path, change: str, missing: bool
) -> None:
    """`run` adds --no-header to a stop for missing columns when a file's row 1 looks like a record."""
    load = _load(_changed(files, tmp_path, change), files.perpetrators)
    assert _stop(_run(load, saved)).columns_missing is missing  # a replay's stop
    assert _stop(replace(_run(load, None), propose_recipe=False)).columns_missing is missing  # a first run's


def test_the_export_is_handed_on_as_soon_as_it_is_read(
    files: Files, saved: IdentifierDecisions, tmp_path: Path
) -> None:
    """`run` says the reader's notes with it: before the run finishes, and before it stops."""
    read: list[CaseExport] = []
    prepare_recoded(_run(_load(files.victims, files.perpetrators), saved), on_read=read.append)
    assert [export.victims.source for export in read] == [files.victims]
    read.clear()
    with pytest.raises(RunStopped):
        changed = _load(_changed(files, tmp_path, "new value"), files.perpetrators)
        prepare_recoded(_run(changed, saved), on_read=read.append)
    assert len(read) == 1
