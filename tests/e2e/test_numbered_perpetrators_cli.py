"""`recipe propose` and `recode` on one row per victim with the perpetrators in numbered columns (`Auteur 1 - Sexe`).

The fixture tests/fixtures/exports/fr_wide_perpetrators.csv is regular enough to check by hand (SOURCES.md): victim
i has i % 4 perpetrators; perpetrator 1 is a man of 35 from Nigeria, recruiter, friend, paid (a woman when i is
even); perpetrator 2 a woman of 52 from France, exploiter, stranger, not paid; perpetrator 3 a man of 24 from
Morocco, transporter, family, not paid.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd
import pytest

from ctdc_desktop.cli import main

WIDE = Path(__file__).resolve().parents[1] / "fixtures" / "exports" / "fr_wide_perpetrators.csv"


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_the_numbered_perpetrators_are_recoded(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    recipe, table = tmp_path / "R.toml", tmp_path / "T.csv"
    code, _, err = cli(
        capsys, "recipe", "propose", str(WIDE), "--codebook", "victim_perpetrator_2022", "--out", str(recipe)
    )
    assert code == 0, err
    assert "note: fr_wide_perpetrators.csv (its column names say so" in err
    assert "its 40 rows were read as 40 victims and 60 perpetrator records" in err
    assert "perpetrator 3: Auteur 3 - Sexe, Auteur 3 - Âge" in err
    assert "Linked 60 of 60 perpetrator rows to the victims through N° dossier / N° dossier" in err
    text = recipe.read_text(encoding="utf-8")
    for variable, column in (("IP_Gender", "Sexe"), ("IP_ageBroad", "Âge"), ("IP_PayMoney", "A payé")):
        assert f"# {variable} from {column}: the name" in text, variable

    code, out, err = cli(capsys, "recode", str(WIDE), "--recipe", str(recipe), "--out", str(table))
    assert code == 0, err
    assert "Wrote 40 victims x 16 variables" in out
    with table.open(encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream))
    ip = ("IP_Gender", "IP_ageBroad", "IP_citizen_UNRegion", "IP_Relation", "IP_PayMoney", "IP_Exploiter")
    # FR-21-0001: perpetrator 1 only.
    assert [rows[0][v] for v in ip] == ["Male", "30--38", "Africa", "FriendAcquaintance", "Yes", ""]
    assert rows[0]["IP_RecruiterBroker"] == "1" and rows[0]["gender"] == "Female"
    # FR-21-0002: perpetrators 1 (a woman: i is even) and 2.
    assert [rows[1][v] for v in ip] == [
        "Female", "30--38;48+", "Africa;Europe", "FriendAcquaintance;StrangerUnknownOther", "No;Yes", "1",
    ]  # fmt: skip
    # FR-21-0003: all three.
    assert [rows[2][v] for v in ip] == [
        "Female;Male", "0--29;30--38;48+", "Africa;Europe",
        "FamilyIntimatePartner;FriendAcquaintance;StrangerUnknownOther", "No;Yes", "1",
    ]  # fmt: skip
    assert rows[2]["IP_TransactionProcess"] == "1"
    # FR-21-0004: no perpetrator.
    assert all(rows[3][v] == "" for v in (*ip, "IP_RecruiterBroker")) and rows[3]["gender"] == "Male"


def test_read_as_it_is_when_asked(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    recipe = tmp_path / "R.toml"
    code, _, err = cli(
        capsys, "recipe", "propose", str(WIDE), "--codebook", "victim_perpetrator_2022", "--one-row-per-victim",
        "--out", str(recipe),
    )  # fmt: skip
    assert code in (0, 1) and "Traceback" not in err, err
    assert "numbered columns" not in err and "perpetrator rows to the victims" not in err


def test_scan_says_where_the_perpetrators_are(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = cli(capsys, "scan", str(WIDE))
    assert code == 0, err
    assert "Note: Perpetrators in numbered columns (up to 3: Sexe, Âge, Nationalité" in out
    assert "60 perpetrator records of 40 victims, linked by N° dossier" in out


def test_the_sample_with_its_perpetrators_side_by_side_recodes_as_with_two_sheets(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Data the reading was not written on: the bundled sample's two tables put side by side, each victim's
    # perpetrators (at most six) in "Perpetrator N - Gender"-style columns, in English names the recipe does not
    # read (perp_Gender becomes "Gender"). Proposed sources and recode must give the table the two-sheet sample gives.
    sample = Path(__file__).resolve().parents[2] / "resources" / "sample"
    victims = pd.read_csv(sample / "sample_victims.csv", dtype=str, keep_default_na=False)
    perpetrators = pd.read_csv(sample / "sample_perpetrators.csv", dtype=str, keep_default_na=False)
    perpetrators = perpetrators.drop(columns=["perp_FullName", "perp_Number"])
    number = perpetrators.groupby("cas_CaseID").cumcount() + 1
    assert number.max() <= 6
    fields = [c for c in perpetrators.columns if c != "cas_CaseID"]
    wide = victims
    for n in range(1, 7):
        group = perpetrators[number == n].set_index("cas_CaseID")[fields]
        group.columns = [f"Perpetrator {n} - {c.removeprefix('perp_')}" for c in fields]
        wide = wide.merge(group, how="left", left_on="cas_CaseID", right_index=True)
    export = tmp_path / "sample_side_by_side.csv"
    wide.fillna("").to_csv(export, index=False)

    recipe, table, reference = tmp_path / "R.toml", tmp_path / "T.csv", tmp_path / "ref.csv"
    code, _, err = cli(
        capsys, "recipe", "propose", str(export), "--codebook", "victim_perpetrator_2022", "--out", str(recipe)
    )
    assert code == 0, err
    assert cli(capsys, "recode", str(export), "--recipe", str(recipe), "--out", str(table))[0] == 0
    two_sheets = str(sample / "sample_export.xlsx")
    assert cli(capsys, "recode", two_sheets, "--recipe", "victim_perpetrator_2022", "--out", str(reference))[0] == 0
    got = pd.read_csv(table, dtype=str, keep_default_na=False)
    want = pd.read_csv(reference, dtype=str, keep_default_na=False)
    assert list(got.columns) == list(want.columns) and len(got) == len(want) == len(victims)
    for column in want.columns:
        # Multi-valued cells are compared as sets of answers; the order of a victim's perpetrators may differ.
        same = [set(a.split(";")) == set(b.split(";")) for a, b in zip(got[column], want[column], strict=True)]
        assert all(same), f"{column}: {same.count(False)} victims differ"
