"""The dataset's name in the privacy budget ledger: proposed once per project from its file names, never a generic
word; kept in the project, so that the window and `run --project` count against the same entry (issue 19)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ctdc_desktop.core.load.decisions import SourceFile, SourceRole
from ctdc_desktop.core.project import Project, is_generic_dataset_name, load_project, propose_dataset_name, save_project
from ctdc_desktop.core.synth.decisions import SynthesisDecisions, default_method, default_params
from ctdc_desktop.core.synth.model import DpParams, KAnonParams


def _project(export: str) -> Project:
    return Project(sources=(SourceFile(Path(export), SourceRole.VICTIMS),))


@pytest.mark.parametrize(
    "name",
    [
        "export",
        "dataset",
        "data_2026_q3",
        "Book1",
        "Feuil1",
        "victims_final",
        "export (3)",
        "cases-2026-07-01",
        "donnees victimes",
        "datos_casos_v2",
        "project",
        "sample_export",
    ],
)
def test_generic_names_are_known(name: str) -> None:
    assert is_generic_dataset_name(name)


@pytest.mark.parametrize("name", ["mission_kenya_2026", "Mali Q3", "shelter Bamako", "IOM Niger cases"])
def test_names_that_say_which_data_are_not_generic(name: str) -> None:
    assert not is_generic_dataset_name(name)


def test_the_project_files_name_comes_first_then_the_exports() -> None:
    project = _project("/shares/mission/Niger returnees 2026.xlsx")
    assert propose_dataset_name(project) == "Niger returnees 2026"
    assert propose_dataset_name(project, Path("/p/Niger shelters.ctdcproj")) == "Niger shelters"
    assert propose_dataset_name(project, Path("/p/project.ctdcproj")) == "Niger returnees 2026"


def test_generic_file_names_get_a_fingerprint_of_where_the_file_is_never_a_folder_name() -> None:
    north = propose_dataset_name(_project("/home/amina/north/export.xlsx"))
    south = propose_dataset_name(_project("/home/amina/south/export.xlsx"))
    assert north != south and north.startswith("export ") and south.startswith("export ")
    assert not is_generic_dataset_name(north)
    assert "amina" not in north and "north" not in north  # a folder may be a person's home folder
    assert north == propose_dataset_name(_project("/home/amina/north/export.xlsx"))  # the same every time


def test_a_name_another_dataset_already_spent_budget_under_is_not_proposed() -> None:
    project = _project("/x/Kenya shelters.xlsx")
    assert propose_dataset_name(project, taken={"kenya shelters"}) == "Kenya shelters 2"
    assert propose_dataset_name(project, taken={"kenya shelters", "kenya shelters 2"}) == "Kenya shelters 3"


def test_the_name_is_saved_in_the_project_and_read_back(tmp_path: Path) -> None:
    path = tmp_path / "p.ctdcproj"
    project = _project(str(tmp_path / "export.xlsx")).with_dataset_name("  Mali   Q3 ")
    assert project.dataset_name == "Mali Q3"
    save_project(project, path)
    assert load_project(path).dataset_name == "Mali Q3"


def test_a_project_saved_without_a_name_gets_the_same_one_in_the_window_and_in_run(tmp_path: Path) -> None:
    path = tmp_path / "Niger shelters.ctdcproj"
    save_project(_project(str(tmp_path / "export.xlsx")).with_step("synthesize", SynthesisDecisions()), path)
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["steps"]["synthesize"]["dataset_name"] == ""  # as an earlier version saved it
    first, again = load_project(path), load_project(path)
    assert first.dataset_name == again.dataset_name == "Niger shelters"


def test_a_project_without_synthesis_settings_is_not_named_yet(tmp_path: Path) -> None:
    path = tmp_path / "p.ctdcproj"
    save_project(_project(str(tmp_path / "export.xlsx")), path)
    assert load_project(path).dataset_name == ""


def test_the_method_follows_the_recipe_or_its_codebook() -> None:
    assert default_method("victim_perpetrator_2022") == "dp"
    assert default_method("global_synthetic_2021") == "kanon"
    assert default_method("mission copy", "000_6a8e612748d5fb00.txt") == "dp"
    assert default_method("mission copy", "001_4896e0c7e1dd4c4e.txt") == "kanon"
    assert default_method(None) == "kanon"
    assert default_params("dp") == DpParams() and default_params("kanon") == KAnonParams()


def test_a_fingerprinted_name_is_never_generic_whatever_its_digits() -> None:
    from ctdc_desktop.core.load.decisions import SourceFile, SourceRole
    from ctdc_desktop.core.project import Project, is_generic_dataset_name, propose_dataset_name

    for i in range(300):  # fingerprints such as "51996a" once read as a number with an ordinal ending
        project = Project(sources=(SourceFile(Path(f"/missions/m{i}/export.xlsx"), SourceRole.VICTIMS),))
        assert not is_generic_dataset_name(propose_dataset_name(project))
