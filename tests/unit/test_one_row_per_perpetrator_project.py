"""The "one row per perpetrator" choice is saved with the victims file in the project, and read back checked."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ctdc_desktop.core.decisions import DecisionsError
from ctdc_desktop.core.load.decisions import LoadDecisions, SourceFile, SourceRole
from ctdc_desktop.core.project import Project, ProjectError, load_project, save_project


@pytest.mark.parametrize("choice", [True, False, None])
def test_the_choice_is_saved_and_read_back(tmp_path: Path, choice: bool | None) -> None:
    export = tmp_path / "one_sheet.csv"
    export.write_text("Case,Sex\nA,F\n", encoding="utf-8")
    project = Project(sources=(SourceFile(export, SourceRole.VICTIMS, None, choice),))
    save_project(project, tmp_path / "p.ctdcproj")
    saved = json.loads((tmp_path / "p.ctdcproj").read_text(encoding="utf-8"))
    assert ("one_row_per_perpetrator" in saved["sources"][0]) is (choice is not None)
    again = load_project(tmp_path / "p.ctdcproj")
    assert again.load.one_row_per_perpetrator is choice
    decisions = again.load
    assert LoadDecisions.from_dict(decisions.to_dict(), "load") == decisions


def test_a_bad_value_is_refused_naming_the_key(tmp_path: Path) -> None:
    path = tmp_path / "p.ctdcproj"
    path.write_text(
        json.dumps(
            {
                "format_version": 2,
                "sources": [{"role": "victims", "path": "x.csv", "sheet": None, "one_row_per_perpetrator": "yes"}],
            }
        ),
        encoding="utf-8",
    )
    with pytest.raises(ProjectError, match=r"sources\[0\]\.one_row_per_perpetrator"):
        load_project(path)
    with pytest.raises(DecisionsError, match=r"load\.sources\[0\]\.one_row_per_perpetrator"):
        LoadDecisions.from_dict(
            {"sources": [{"role": "victims", "path": "x.csv", "one_row_per_perpetrator": 1}]}, "load"
        )
