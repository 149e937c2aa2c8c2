"""The project file: round trip, atomic save, clear errors on bad files, and no data values inside."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from ctdc_desktop.core.load.decisions import LinkColumns, LoadDecisions, SourceFile, SourceRole
from ctdc_desktop.core.project import FORMAT_VERSION, Project, ProjectError, load_project, save_project
from ctdc_desktop.core.synth.decisions import SynthesisDecisions
from ctdc_desktop.core.synth.model import DpParams, KAnonParams


def _project(folder: Path) -> Project:
    victims = folder / "export.xlsx"
    victims.write_bytes(b"not read by the project code")
    return Project(
        sources=(
            SourceFile(victims, SourceRole.VICTIMS, "Victims"),
            SourceFile(victims, SourceRole.PERPETRATORS, "Perpetrators"),
        ),
        link_columns=LinkColumns(victims="Case ID", perpetrators="Victim case ID"),
        # A project this version saves always has its dataset named (see test_dataset_name.py).
        steps={"synthesize": SynthesisDecisions(DpParams(epsilon=2.0, delta=1e-6, seed=7), dataset_name="Mali Q3")},
    )


def test_round_trip_keeps_every_decision(tmp_path: Path) -> None:
    project = _project(tmp_path)
    target = tmp_path / "quarter.ctdcproj"
    save_project(project, target)
    assert load_project(target) == project


def test_saved_file_is_json_with_a_format_version(tmp_path: Path) -> None:
    target = tmp_path / "p.ctdcproj"
    save_project(_project(tmp_path), target)
    document = json.loads(target.read_text(encoding="utf-8"))
    assert document["format_version"] == FORMAT_VERSION
    assert document["sources"][0]["role"] == "victims"


def test_save_replaces_the_old_file_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "p.ctdcproj"
    target.write_text("old", encoding="utf-8")
    save_project(_project(tmp_path), target)
    assert load_project(target).link_columns == LinkColumns("Case ID", "Victim case ID")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["export.xlsx", "p.ctdcproj"]


def test_failed_save_keeps_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "p.ctdcproj"
    target.write_text("old", encoding="utf-8")
    unsaveable = Project(steps={"synthesize": SynthesisDecisions(KAnonParams(k=float("nan")))})  # type: ignore[arg-type]
    with pytest.raises(ProjectError, match=r"p\.ctdcproj"):
        save_project(unsaveable, target)
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["p.ctdcproj"]


def test_save_into_a_missing_folder_names_the_file(tmp_path: Path) -> None:
    with pytest.raises(ProjectError, match=r"p\.ctdcproj: could not be saved"):
        save_project(Project(), tmp_path / "no such folder" / "p.ctdcproj")


def test_moved_folder_still_finds_the_exports_beside_the_project(tmp_path: Path) -> None:
    first = tmp_path / "first"
    first.mkdir()
    save_project(_project(first), first / "p.ctdcproj")
    moved = first.rename(tmp_path / "moved")
    project = load_project(moved / "p.ctdcproj")
    assert project.sources[0].path == (moved / "export.xlsx").resolve()
    assert project.missing_sources() == ()


def test_missing_source_is_reported_and_can_be_located(tmp_path: Path) -> None:
    project = _project(tmp_path)
    target = tmp_path / "p.ctdcproj"
    save_project(project, target)
    (tmp_path / "export.xlsx").unlink()
    reopened = load_project(target)
    assert [s.role for s in reopened.missing_sources()] == [SourceRole.VICTIMS, SourceRole.PERPETRATORS]
    new_home = tmp_path / "found.xlsx"
    new_home.write_bytes(b"x")
    located = reopened.with_source_moved(reopened.sources[0].path, new_home)
    assert located.missing_sources() == ()
    assert located.source(SourceRole.PERPETRATORS) == SourceFile(new_home, SourceRole.PERPETRATORS, "Perpetrators")


def test_newer_format_asks_for_an_update(tmp_path: Path) -> None:
    target = tmp_path / "future.ctdcproj"
    target.write_text(json.dumps({"format_version": FORMAT_VERSION + 1, "sources": []}), encoding="utf-8")
    with pytest.raises(ProjectError, match=r"future\.ctdcproj: was saved by a newer CTDC Desktop.*Update"):
        load_project(target)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", r"broken JSON at line 1"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\xff\xfe", r"not text"),
        (b"[1, 2]", r"top level should be a JSON object"),
        (b'{"sources": []}', r"key 'format_version' is missing"),
        (b'{"format_version": "one", "sources": []}', r"key 'format_version' should be a whole number"),
        (b'{"format_version": 1}', r"key 'sources' is missing"),
        (b'{"format_version": 1, "sources": {}}', r"key 'sources' should be a list"),
        (b'{"format_version": 1, "sources": [{"role": "victims"}]}', r"key 'sources\[0\]\.path' is missing"),
        (b'{"format_version": 1, "sources": [{"role": "witness", "path": "a.csv"}]}', r"'sources\[0\]\.role'"),
        (b'{"format_version": 1, "sources": [{"role": "victims", "path": "a", "sheet": 3}]}', r"sources\[0\]\.sheet"),
        (b'{"format_version": 1, "sources": [], "link_columns": {"victims": "ID"}}', r"link_columns\.perpetrators"),
        (b'{"format_version": 1, "sources": [], "steps": {"load": []}}', r"key 'steps\.load' should be"),
        # Each step's decisions are checked: a wrong type, a missing key, an unknown step, an unknown setting.
        (
            b'{"format_version": 2, "sources": [], "steps": {"synthesize": {"method": "kanon", "k": "ten"}}}',
            r"key 'steps\.synthesize\.k' should be a whole number, not 'ten'",
        ),
        (
            b'{"format_version": 2, "sources": [], "steps": {"synthesize": {"k": 10}}}',
            r"key 'steps\.synthesize\.method' is missing",
        ),
        (
            b'{"format_version": 2, "sources": [], "steps": {"audit": {}}}',
            r"key 'steps\.audit' is not a step this version can read",
        ),
        (
            b'{"format_version": 2, "sources": [], "steps": {"synthesize": {"method": "dp", "epsilon": 1, "k": 3}}}',
            r"key 'steps\.synthesize\.k' is not a setting of this step",
        ),
        (
            b'{"format_version": 2, "sources": [], "steps": {"synthesize": {"method": "dp", "epsilon": -1}}}',
            r"key 'steps\.synthesize' holds a parameter that cannot be used: Epsilon must be a positive number",
        ),
        (
            b'{"format_version": 2, "sources": [], "steps": {"synthesize": {"method": "dp", "delta": 0.5}}}',
            r"Delta must be a small positive number below 0\.01",
        ),
    ],
)
def test_bad_file_names_the_file_and_the_key(tmp_path: Path, content: bytes, expected: str) -> None:
    target = tmp_path / "bad.ctdcproj"
    target.write_bytes(content)
    with pytest.raises(ProjectError, match=r"^bad\.ctdcproj: ") as caught:
        load_project(target)
    assert caught.match(expected)


def test_missing_project_file_says_so(tmp_path: Path) -> None:
    with pytest.raises(ProjectError, match=r"gone\.ctdcproj: the file does not exist"):
        load_project(tmp_path / "gone.ctdcproj")


def test_project_of_an_export_holds_no_cell_value(tmp_path: Path) -> None:
    victims = pd.DataFrame(
        {
            "Case ID": ["CASE-88213", "CASE-88214"],
            "Full name": ["Amina Okafor", "Иван Петров"],
            "Phone": ["+234 803 555 0199", "+7 912 555 0142"],
        }
    )
    perpetrators = pd.DataFrame({"Victim case ID": ["CASE-88213"], "Relationship": ["Employer abroad"]})
    export = tmp_path / "export.xlsx"
    with pd.ExcelWriter(export) as writer:
        victims.to_excel(writer, sheet_name="Victims", index=False)
        perpetrators.to_excel(writer, sheet_name="Perpetrators", index=False)
    project = Project(
        sources=(SourceFile(export, SourceRole.VICTIMS, "Victims"), SourceFile(export, SourceRole.PERPETRATORS)),
        link_columns=LinkColumns("Case ID", "Victim case ID"),
    )
    target = tmp_path / "p.ctdcproj"
    save_project(project, target)
    text = target.read_text(encoding="utf-8")
    # Column names are not cell values: the link is saved as each table's own column, under its role.
    assert json.loads(text)["link_columns"] == {"victims": "Case ID", "perpetrators": "Victim case ID"}
    for frame in (victims, perpetrators):
        for value in frame.to_numpy().ravel():
            assert str(value) not in text


def test_sources_and_link_are_written_once(tmp_path: Path) -> None:
    target = tmp_path / "p.ctdcproj"
    save_project(_project(tmp_path), target)
    document = json.loads(target.read_text(encoding="utf-8"))
    assert set(document) == {"format_version", "sources", "link_columns", "steps"}
    assert set(document["steps"]) == {"synthesize"}  # no second copy of the Load step's decisions


def test_format_1_projects_are_still_read(tmp_path: Path) -> None:
    export = tmp_path / "q1.xlsx"
    export.write_bytes(b"x")
    old = {
        "format_version": 1,
        "sources": [{"role": "victims", "path": str(export), "sheet": "Victims"}],
        "link_columns": None,
        "steps": {"load": {"victims": {"path": str(export), "sheet": "Victims"}}, "identifiers": {}},
    }
    target = tmp_path / "old.ctdcproj"
    target.write_text(json.dumps(old), encoding="utf-8")
    project = load_project(target)
    assert project.sources == (SourceFile(export, SourceRole.VICTIMS, "Victims"),)
    assert project.steps == {}


def test_load_decisions_give_the_sources_and_the_link() -> None:
    load = LoadDecisions.from_dict(
        {
            "victims": {"path": "/data/q1.xlsx", "sheet": "Victims"},
            "perpetrators": {"path": "/data/q1.xlsx", "sheet": "Perpetrators"},
            "link_columns": {"victims": "Case ID", "perpetrators": "Victim case ID"},
        },
        "load",
    )
    project = Project().with_load(load)
    assert project.sources == (
        SourceFile(Path("/data/q1.xlsx"), SourceRole.VICTIMS, "Victims"),
        SourceFile(Path("/data/q1.xlsx"), SourceRole.PERPETRATORS, "Perpetrators"),
    )
    assert project.link_columns == LinkColumns("Case ID", "Victim case ID")
    assert project.load == load
    assert LoadDecisions.from_dict(load.to_dict(), "load") == load


def test_moving_a_source_rewrites_it_everywhere(tmp_path: Path) -> None:
    old, new = tmp_path / "q1.xlsx", tmp_path / "q2.xlsx"
    project = Project(sources=(SourceFile(old, SourceRole.VICTIMS, "V"), SourceFile(old, SourceRole.PERPETRATORS)))
    moved = project.with_source_moved(old, new)
    assert moved.sources == (SourceFile(new, SourceRole.VICTIMS, "V"), SourceFile(new, SourceRole.PERPETRATORS))
    assert moved.load.source(SourceRole.VICTIMS) == SourceFile(new, SourceRole.VICTIMS, "V")
    assert project.sources[0].path == old  # the original is left as it was


def test_the_dataset_name_and_privacy_cap_are_kept_with_the_synthesis_decisions(tmp_path: Path) -> None:
    decisions = SynthesisDecisions(DpParams(epsilon=1.0), dataset_name="mission 2026", privacy_cap=6.0)
    target = tmp_path / "p.ctdcproj"
    save_project(Project(steps={"synthesize": decisions}), target)
    assert load_project(target).steps["synthesize"] == decisions
    # A project saved before these were kept reads with the default cap, and the name proposed from its file's.
    old = {"format_version": 2, "sources": [], "steps": {"synthesize": {"method": "kanon", "k": 10}}}
    target = tmp_path / "Mali shelters.ctdcproj"
    target.write_text(json.dumps(old), encoding="utf-8")
    read_back = load_project(target).steps["synthesize"]
    assert isinstance(read_back, SynthesisDecisions)
    assert (read_back.dataset_name, read_back.privacy_cap) == ("Mali shelters", 10.0)
    bad = {"format_version": 2, "sources": [], "steps": {"synthesize": {"method": "dp", "privacy_cap": 0}}}
    target.write_text(json.dumps(bad), encoding="utf-8")
    with pytest.raises(ProjectError, match=r"steps\.synthesize\.privacy_cap' should be a positive number"):
        load_project(target)
