"""A file's "no header row" is saved with its source in the project, read back checked, and every command-line open
reads each source as its source says (issue 19, "Header-less exports")."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ctdc_desktop.core.decisions import DecisionsError
from ctdc_desktop.core.load.decisions import LoadDecisions, SourceFile, SourceRole
from ctdc_desktop.core.load.open_export import command_line_load, open_case_export
from ctdc_desktop.core.project import Project, ProjectError, load_project, save_project
from tests.unit.test_header_less import RECORDS, header_less


@pytest.mark.parametrize("has_header", [True, False])
def test_the_choice_is_saved_only_when_false_and_read_back(tmp_path: Path, has_header: bool) -> None:
    export = header_less(tmp_path)
    project = Project(sources=(SourceFile(export, SourceRole.VICTIMS, has_header=has_header),))
    save_project(project, tmp_path / "p.ctdcproj")
    saved = json.loads((tmp_path / "p.ctdcproj").read_text(encoding="utf-8"))
    assert saved["sources"][0].get("has_header", "absent") == ("absent" if has_header else False)
    again = load_project(tmp_path / "p.ctdcproj")
    victims = again.load.source(SourceRole.VICTIMS)
    assert victims is not None and victims.has_header is has_header
    assert LoadDecisions.from_dict(again.load.to_dict(), "load") == again.load
    assert ("has_header" in again.load.to_dict()["sources"][0]) is not has_header


def test_an_older_project_without_the_key_reads_the_header_row(tmp_path: Path) -> None:
    path = tmp_path / "p.ctdcproj"
    path.write_text(
        json.dumps({"format_version": 2, "sources": [{"role": "victims", "path": "x.csv", "sheet": None}]}), "utf-8"
    )
    victims = load_project(path).load.source(SourceRole.VICTIMS)
    assert victims is not None and victims.has_header is True


@pytest.mark.parametrize("value", ["no", None, 0])
def test_a_bad_value_is_refused_naming_the_key(tmp_path: Path, value: object) -> None:
    path = tmp_path / "p.ctdcproj"
    source = {"role": "victims", "path": "x.csv", "sheet": None, "has_header": value}
    path.write_text(json.dumps({"format_version": 2, "sources": [source]}), encoding="utf-8")
    with pytest.raises(ProjectError, match=r"sources\[0\]\.has_header"):
        load_project(path)
    with pytest.raises(DecisionsError, match=r"load\.sources\[0\]\.has_header"):
        LoadDecisions.from_dict({"sources": [{"role": "victims", "path": "x.csv", "has_header": value}]}, "load")


def test_each_source_is_read_as_it_says(tmp_path: Path) -> None:
    victims = header_less(tmp_path)
    perpetrators = tmp_path / "perpetrators.csv"
    perpetrators.write_text("case,role\nC0012,recruiter\nC0014,exploiter\n", encoding="utf-8")
    decisions = LoadDecisions(
        (
            SourceFile(victims, SourceRole.VICTIMS, has_header=False),
            SourceFile(perpetrators, SourceRole.PERPETRATORS),
        )
    )
    export = open_case_export(decisions)
    assert len(export.victim_frame) == len(RECORDS)
    assert list(export.victim_frame.columns) == [f"column {n}" for n in range(1, 6)]
    assert export.perpetrator_frame is not None and list(export.perpetrator_frame.columns) == ["case", "role"]


def test_command_line_load_says_no_header_on_every_source(tmp_path: Path) -> None:
    victims = header_less(tmp_path)
    perpetrators = tmp_path / "perpetrators.csv"
    perpetrators.write_text("C0012,recruiter\nC0014,exploiter\n", encoding="utf-8")
    decisions = command_line_load(victims, perpetrators=perpetrators, has_header=False)
    assert [s.has_header for s in decisions.sources] == [False, False]
    export = open_case_export(decisions)
    assert len(export.victim_frame) == len(RECORDS)
    assert export.perpetrator_frame is not None and len(export.perpetrator_frame) == 2
    assert all(s.has_header for s in command_line_load(victims, perpetrators=perpetrators).sources)
