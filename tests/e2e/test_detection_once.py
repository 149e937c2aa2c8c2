"""Stage one's detection runs once per table in a `run`: the review, the removal and the runner share its reports.

Detection reads every column and scans the notes: on a mission's export it is the slowest part of Stage one, and
each extra pass is time the caseworker waits for nothing. The synthesis input check looks at another table (the
recoded one, in codebook columns), so it has a detection of its own; that is the only other one.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pandas as pd
import pytest

from ctdc_desktop.cli import main
from ctdc_desktop.core.identifiers.decisions import IdentifierDecisions
from ctdc_desktop.core.identifiers.detect_identifiers import detect_identifiers
from ctdc_desktop.core.load.decisions import SourceFile, SourceRole
from ctdc_desktop.core.project import Project, save_project
from ctdc_desktop.core.recode.recipe import load_recipe
from ctdc_desktop.core.synth.decisions import SynthesisDecisions
from ctdc_desktop.core.synth.model import KAnonParams
from tests.detection_calls import count_detections

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "sample"
VICTIMS = SAMPLE / "sample_victims.csv"
PERPETRATORS = SAMPLE / "sample_perpetrators.csv"


def _columns(path: Path) -> tuple[str, ...]:
    return tuple(pd.read_csv(path, nrows=0).columns)


def _run(tmp_path: Path, *options: str) -> None:
    out = tmp_path / "out"
    out.mkdir()
    args = ["run", str(VICTIMS), "--perpetrators", str(PERPETRATORS), *options, "--out", str(out)]
    assert main(args) == 0


def _once_per_table(calls: Counter[tuple[str, ...]]) -> None:
    victims, perpetrators = _columns(VICTIMS), _columns(PERPETRATORS)
    assert calls[victims] == 1 and calls[perpetrators] == 1, calls
    # The only other table looked at: the recoded one, by the synthesis input check.
    others = {columns: n for columns, n in calls.items() if columns not in (victims, perpetrators)}
    assert list(others.values()) == [1], others


# Before: a first run detected each table twice (the review, then the removal again), 5 calls in all.
def test_a_first_run_detects_each_table_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = count_detections(monkeypatch)
    _run(tmp_path, "--recipe", "global_synthetic_2021", "--drop-flagged", "--method", "kanon", "--k", "5")
    _once_per_table(calls)


def test_a_replay_detects_each_table_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    frames = [pd.read_csv(path, dtype=str).astype("category") for path in (VICTIMS, PERPETRATORS)]
    decisions = IdentifierDecisions.proposed(*(detect_identifiers(frame) for frame in frames))
    project = Project(
        sources=(SourceFile(VICTIMS, SourceRole.VICTIMS), SourceFile(PERPETRATORS, SourceRole.PERPETRATORS)),
        steps={
            "identifiers": decisions,
            "recode": load_recipe("global_synthetic_2021")[1],
            "synthesize": SynthesisDecisions(KAnonParams(k=5, seed=7)),
        },
    )
    save_project(project, tmp_path / "quarter.ctdcproj")
    calls = count_detections(monkeypatch)
    _run(tmp_path, "--project", str(tmp_path / "quarter.ctdcproj"))
    _once_per_table(calls)
