"""`ctdc-desktop run` end to end on the bundled sample export (resources/sample; made by scripts/make_sample_export.py):
a first run and a replay write a bundle that check_bundle accepts and `validate` passes; values planted in removed
columns appear in no file; a new column or an unmapped value stops the run before anything is written."""

from __future__ import annotations

import json
import logging
import re
import tempfile
import zipfile
from dataclasses import replace
from pathlib import Path

import pandas as pd
import pytest

from ctdc_desktop.cli import main
from ctdc_desktop.core.identifiers.decisions import ColumnDecision, IdentifierDecisions
from ctdc_desktop.core.identifiers.detect_identifiers import Action, detect_identifiers
from ctdc_desktop.core.load.decisions import SourceFile, SourceRole
from ctdc_desktop.core.project import Project, load_project, save_project
from ctdc_desktop.core.recode.recipe import load_recipe
from ctdc_desktop.core.release.bundle import ReleaseDecisions
from ctdc_desktop.core.release.check_bundle import BUNDLE_FILES, bundle_problems
from ctdc_desktop.core.release.ledger import read_ledger
from ctdc_desktop.core.synth.decisions import SynthesisDecisions
from ctdc_desktop.core.synth.model import KAnonParams

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "resources" / "sample"
VICTIMS = SAMPLE / "sample_victims.csv"
PERPETRATORS = SAMPLE / "sample_perpetrators.csv"

# Planted in columns Stage one removes (names, e-mail, phone, notes, perpetrator name); none may reach a file.
CANARIES = {
    "prs_FirstName": "Qanaryvictimname",
    "prs_SecondName": "Zwolskicanary",
    "prs_Email": "canary.victim7731@example.org",
    "prs_MobilePhone": "+44 7700 907731",
    "cas_Notes": "Met Qanarynotename at the station, phone +44 7700 901234",
}
PERPETRATOR_CANARY = "Canaryperpetrator Oldfield"


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def bundle_text(folder: Path) -> str:
    """Every file of the bundle as text, workbooks unzipped (their cells are in XML inside the zip)."""
    parts = []
    for path in folder.iterdir():
        if path.suffix == ".xlsx":
            with zipfile.ZipFile(path) as workbook:
                parts += [workbook.read(name).decode("utf-8", errors="replace") for name in workbook.namelist()]
        else:
            parts.append(path.read_text(encoding="utf-8"))
    return "\n".join(parts)


def only_bundle(out: Path) -> Path:
    folders = list(out.iterdir())
    assert len(folders) == 1, folders
    return folders[0]


@pytest.fixture
def planted(tmp_path: Path) -> tuple[Path, Path]:
    victims = pd.read_csv(VICTIMS, dtype=str, keep_default_na=False)
    for column, value in CANARIES.items():
        victims.loc[[3, 500, 1500], column] = value
    perpetrators = pd.read_csv(PERPETRATORS, dtype=str, keep_default_na=False)
    perpetrators.loc[[7, 900], "perp_FullName"] = PERPETRATOR_CANARY
    victims_path, perpetrators_path = tmp_path / "victims.csv", tmp_path / "perpetrators.csv"
    victims.to_csv(victims_path, index=False)
    perpetrators.to_csv(perpetrators_path, index=False)
    return victims_path, perpetrators_path


def test_first_run_on_the_workbook_writes_a_bundle_that_checks_and_validates(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out, ledger = tmp_path / "out", tmp_path / "appdata"
    out.mkdir()
    code, stdout, err = cli(
        capsys,
        "run",
        str(SAMPLE / "sample_export.xlsx"),
        "--recipe",
        "victim_perpetrator_2022",
        "--drop-flagged",
        "--out",
        str(out),
        "--dataset",
        "mission sample",
        "--ledger-folder",
        str(ledger),
    )
    assert code == 0, err
    assert 'perpetrators read from the sheet "Perpetrators"' in err  # no --perpetrators needed
    bundle = only_bundle(out)
    assert bundle.name.startswith("mission_sample_dp_")
    assert sorted(p.name for p in bundle.iterdir()) == sorted(BUNDLE_FILES)
    assert bundle_problems(bundle) == []
    manifest = json.loads((bundle / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["method"] == "dp" and manifest["recipe"]["name"] == "victim_perpetrator_2022"
    assert read_ledger(ledger).spent("mission sample") == pytest.approx(4.0)
    assert "ε = 4 of 10" in stdout
    code, stdout, _ = cli(capsys, "validate", str(bundle / "synthetic_data.csv"), "--schema", "victim_perpetrator_2022")
    assert code == 0, stdout


def test_canary_values_in_removed_columns_reach_no_file(
    planted: tuple[Path, Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    victims, perpetrators = planted
    out = tmp_path / "out"
    out.mkdir()
    # Every temporary file the run makes goes to a folder of this test, so that it can be read afterwards.
    temporary = tmp_path / "temporary"
    temporary.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temporary))
    caplog.set_level(logging.DEBUG)
    code, stdout, err = cli(
        capsys,
        "run",
        str(victims),
        "--perpetrators",
        str(perpetrators),
        "--recipe",
        "global_synthetic_2021",
        "--drop-flagged",
        "--method",
        "kanon",
        "--k",
        "5",
        "--out",
        str(out),
    )
    assert code == 0, err
    bundle = only_bundle(out)
    assert bundle_problems(bundle) == []
    assert [p.name for p in out.iterdir()] == [bundle.name]  # no temporary folder left beside the bundle
    left_behind = "".join(
        path.read_bytes().decode("utf-8", errors="ignore") for path in temporary.rglob("*") if path.is_file()
    )
    written = bundle_text(bundle) + stdout + err + caplog.text + left_behind
    case_ids = pd.read_csv(victims, dtype=str)["cas_CaseID"].head(50).tolist()
    # "907731": the phone's last digits in any format (+447700907731, 07700 907731, 7700-907731).
    for secret in (*CANARIES.values(), PERPETRATOR_CANARY, "907731", "Qanarynotename", *case_ids):
        assert secret not in written, secret
    # The phone's last four digits, as a masked number would show them ("***7731"). Only as a number of its own:
    # inside a longer one (a timing such as 0.77312 s in the log) it is chance, not a leak.
    assert re.search(r"(?<![0-9.])7731(?![0-9])", written) is None
    code, stdout, _ = cli(capsys, "validate", str(bundle / "synthetic_data.csv"), "--schema", "global_synthetic_2021")
    assert code == 0, stdout


def _project_of(victims: Path, perpetrators: Path, tmp_path: Path, recipe: str = "global_synthetic_2021") -> Path:
    """The project a caseworker would save after accepting Stage one's proposal (k-anonymity, k = 5)."""
    victims_frame = pd.read_csv(victims, dtype=str).astype("category")
    perpetrators_frame = pd.read_csv(perpetrators, dtype=str).astype("category")
    identifiers = IdentifierDecisions.proposed(
        detect_identifiers(victims_frame), detect_identifiers(perpetrators_frame)
    )
    _, recode = load_recipe(recipe)
    project = Project(
        sources=(SourceFile(victims, SourceRole.VICTIMS), SourceFile(perpetrators, SourceRole.PERPETRATORS)),
        steps={
            "identifiers": identifiers,
            "recode": recode,
            "synthesize": SynthesisDecisions(KAnonParams(k=5, seed=7)),
            "export": ReleaseDecisions(location=tmp_path / "elsewhere"),
        },
    )
    path = tmp_path / "quarter.ctdcproj"
    save_project(project, path)
    return path


def test_replaying_a_project_on_a_new_export_writes_the_same_bundle(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = _project_of(VICTIMS, PERPETRATORS, tmp_path)
    # Next quarter's export: the same columns, fewer rows.
    victims = tmp_path / "next_victims.csv"
    pd.read_csv(VICTIMS, dtype=str, keep_default_na=False).head(1500).to_csv(victims, index=False)
    out = tmp_path / "out"
    out.mkdir()
    code, stdout, err = cli(
        capsys, "run", str(victims), "--perpetrators", str(PERPETRATORS), "--project", str(project), "--out", str(out)
    )
    assert code == 0, err
    bundle = only_bundle(out)
    assert bundle.name.startswith("quarter_kanon_")
    assert bundle_problems(bundle) == []
    manifest = json.loads((bundle / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["parameters"]["k"] == 5 and manifest["parameters"]["seed"] == 7
    assert manifest["recipe"]["sha256"] == load_recipe("global_synthetic_2021")[1].recipe_sha256
    code, stdout, _ = cli(capsys, "validate", str(bundle / "synthetic_data.csv"), "--schema", "global_synthetic_2021")
    assert code == 0, stdout


def test_a_project_that_removes_the_case_id_column_still_links_and_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The known bug: Stage one decisions removing the victims' case-ID column (the link to the perpetrators) stopped
    the replay with an empty list of differences. The column is kept as the link (a made-up number, never exported)
    whatever the decision, the run writes the bundle, and it says the project decides otherwise."""
    path = _project_of(VICTIMS, PERPETRATORS, tmp_path, recipe="victim_perpetrator_2022")
    project = load_project(path)
    identifiers = project.steps["identifiers"]
    assert isinstance(identifiers, IdentifierDecisions)
    removed = identifiers.with_decision(ColumnDecision("cas_CaseID", Action.REMOVE))
    save_project(replace(project, steps={**project.steps, "identifiers": removed}), path)
    out = tmp_path / "out"
    out.mkdir()
    code, _, err = cli(
        capsys, "run", str(VICTIMS), "--perpetrators", str(PERPETRATORS), "--project", str(path), "--out", str(out)
    )
    assert code == 0, err
    assert 'note: Column "cas_CaseID" of the victim records links each perpetrator to their victim' in err
    assert 'Choose "link only" for it in the Identifiers step and save the project.' in err
    bundle = only_bundle(out)
    assert bundle_problems(bundle) == []
    written = bundle_text(bundle)
    for case_id in pd.read_csv(VICTIMS, dtype=str)["cas_CaseID"].head(50):
        assert case_id not in written


def test_a_new_column_stops_the_replay_and_writes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    project = _project_of(VICTIMS, PERPETRATORS, tmp_path)
    victims = pd.read_csv(VICTIMS, dtype=str, keep_default_na=False)
    victims.insert(3, "Contact phone (new)", ["+44 7700 90" + f"{i:04d}" for i in range(len(victims))])
    new_export = tmp_path / "next_victims.csv"
    victims.to_csv(new_export, index=False)
    out = tmp_path / "out"
    out.mkdir()
    code, stdout, err = cli(
        capsys,
        "run",
        str(new_export),
        "--perpetrators",
        str(PERPETRATORS),
        "--project",
        str(project),
        "--out",
        str(out),
    )
    assert code == 1
    assert 'victims: column "Contact phone (new)"' in err
    assert "+44 7700 90" not in err + stdout  # the column is named, never its values
    assert list(out.iterdir()) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["next_victims.csv", "out", "quarter.ctdcproj"])


def test_an_unmapped_value_stops_the_run_and_writes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    victims = pd.read_csv(VICTIMS, dtype=str, keep_default_na=False)
    victims.loc[[10, 11, 12], "prs_Gender"] = "Zorblax"
    new_export = tmp_path / "victims.csv"
    victims.to_csv(new_export, index=False)
    out, ledger = tmp_path / "out", tmp_path / "appdata"
    out.mkdir()
    code, _, err = cli(
        capsys,
        "run",
        str(new_export),
        "--perpetrators",
        str(PERPETRATORS),
        "--recipe",
        "victim_perpetrator_2022",
        "--drop-flagged",
        "--out",
        str(out),
        "--ledger-folder",
        str(ledger),
    )
    assert code == 1
    assert 'column prs_Gender, value "Zorblax" (3 rows)' in err
    assert list(out.iterdir()) == []
    assert not ledger.exists() or read_ledger(ledger).spent("victims") == 0


def test_a_first_run_needs_drop_flagged(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = cli(capsys, "run", str(VICTIMS), "--recipe", "global_synthetic_2021", "--out", str(tmp_path))
    assert code == 2
    assert "--drop-flagged" in err
    assert list(tmp_path.iterdir()) == []


def test_a_renamed_column_and_a_new_value_are_named_in_one_stop(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 20: renaming prs_Gender to prs_Sex took two failed runs (the new column, then the missing one). One run
    now names the new column, the missing one, the pairing its values propose, and the new values, writing nothing."""
    project = _project_of(VICTIMS, PERPETRATORS, tmp_path)
    victims = pd.read_csv(VICTIMS, dtype=str, keep_default_na=False).rename(columns={"prs_Gender": "prs_Sex"})
    victims.loc[[10, 11, 12], "prs_Sex"] = "Zorblax"  # a new answer in the renamed column
    victims.loc[[20, 21], "meansOfControlThreats"] = "Qwertyval"  # and one in a column the recipe reads as before
    new_export = tmp_path / "next_victims.csv"
    victims.to_csv(new_export, index=False)
    out = tmp_path / "out"
    out.mkdir()
    args = ["run", str(new_export), "--perpetrators", str(PERPETRATORS), "--project", str(project), "--out", str(out)]
    code, stdout, err = cli(capsys, *args)
    assert "Zorblax" not in stdout  # the stop goes to stderr
    assert code == 1
    assert 'victims: column "prs_Sex" (proposed as "prs_Gender" renamed' in err  # new
    assert 'victims: column "prs_Gender", decided in Stage one and read by the recipe (gender)' in err  # missing
    assert 'victims: "prs_Gender" → "prs_Sex" (the recipe places' in err  # the pairing, by its values
    assert 'decide "prs_Sex" as "prs_Gender" was (kept)' in err and "source of gender" in err  # what to do
    assert '"Zorblax" (3 rows)' in err  # new values: in the renamed column...
    assert 'column meansOfControlThreats, value "Qwertyval" (2 rows)' in err  # ...and elsewhere
    assert list(out.iterdir()) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["next_victims.csv", "out", "quarter.ctdcproj"])
    # With --drop-flagged the new column is decided as Stage one proposes, and the run still names the rest at once.
    code, _, err = cli(capsys, *args, "--drop-flagged")
    assert code == 1
    assert '"prs_Gender" → "prs_Sex"' in err and '"Qwertyval" (2 rows)' in err and '"Zorblax" (3 rows)' in err
    assert list(out.iterdir()) == []
