"""`ctdc-desktop recode` and `validate` end to end on the bundled sample export and the published 2022 labels."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from ctdc_desktop.cli import main
from tests.unit.recode_cases import published_2022

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "resources" / "sample"
RECIPES = ("victim_perpetrator_2022", "global_synthetic_2021")


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.mark.parametrize("recipe", RECIPES)
def test_sample_csvs_recoded_with_each_recipe_pass_validate(
    recipe: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / f"{recipe}.csv"
    code, stdout, err = cli(
        capsys,
        "recode",
        str(SAMPLE / "sample_victims.csv"),
        "--perpetrators",
        str(SAMPLE / "sample_perpetrators.csv"),
        "--recipe",
        recipe,
        "--out",
        str(out),
    )
    assert code == 0, err
    assert "Wrote 2,000 victims" in stdout
    table = pd.read_csv(out, dtype=str)
    assert len(table) == 2000
    code, stdout, _ = cli(capsys, "validate", str(out), "--schema", recipe)
    assert code == 0 and "every column and label matches" in stdout


def test_the_workbook_with_two_sheets_gives_the_same_table(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from_csv, from_xlsx = tmp_path / "csv.csv", tmp_path / "xlsx.csv"
    base = ["--recipe", "victim_perpetrator_2022"]
    assert (
        cli(
            capsys,
            "recode",
            str(SAMPLE / "sample_victims.csv"),
            "--perpetrators",
            str(SAMPLE / "sample_perpetrators.csv"),
            *base,
            "--out",
            str(from_csv),
        )[0]
        == 0
    )
    code, _, err = cli(
        capsys,
        "recode",
        str(SAMPLE / "sample_export.xlsx"),
        "--sheet",
        "Victims",
        "--perpetrators-sheet",
        "Perpetrators",
        *base,
        "--out",
        str(from_xlsx),
    )
    assert code == 0, err
    assert from_csv.read_bytes() == from_xlsx.read_bytes()
    table = pd.read_csv(from_csv, dtype=str)
    assert set(table["IP_Gender"].dropna()) <= {"Female", "Male", "Female;Male"}


def test_an_incomplete_recode_writes_nothing_and_names_the_value(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    victims = tmp_path / "victims.csv"
    victims.write_text("case,gender\nA,Femme\nB,Alien\nC,Alien\n", encoding="utf-8")
    recipe = tmp_path / "mine.toml"
    recipe.write_text(
        '[recipe]\nname = "mine"\n\n[[variables]]\nname = "gender"\ntype = "category"\n'
        'categories = ["Female", "Male"]\nrecoder = "value_map"\nsource = "gender"\nvocabulary = "gender"\n',
        encoding="utf-8",
    )
    out = tmp_path / "out.csv"
    code, _, err = cli(capsys, "recode", str(victims), "--recipe", str(recipe), "--out", str(out))
    assert code == 1
    assert 'gender: column gender, value "Alien" (2 rows) is not mapped' in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mine.toml", "victims.csv"]


def test_a_malformed_recipe_is_bad_input_naming_key_and_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    recipe = tmp_path / "bad.toml"
    recipe.write_text(
        '[recipe]\nname = "bad"\n\n[[variables]]\nname = "x"\ntype = "flag"\nrecoder = "flagg"\nsource = "x"\n',
        encoding="utf-8",
    )
    code, _, err = cli(
        capsys, "recode", str(SAMPLE / "sample_victims.csv"), "--recipe", str(recipe), "--out", str(tmp_path / "o.csv")
    )
    assert code == 2
    assert "line 7, key variables[0].recoder" in err and "Traceback" not in err


def test_validate_fails_on_one_wrong_label(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    table = published_2022()
    good = tmp_path / "published.csv"
    table.to_csv(good, index=False)
    assert cli(capsys, "validate", str(good), "--schema", "victim_perpetrator_2022")[0] == 0
    table.loc[table.index[table["IP_PayMoney"] == "No;Yes"][0], "IP_PayMoney"] = "Yes;No"
    bad = tmp_path / "wrong.csv"
    table.to_csv(bad, index=False)
    code, out, _ = cli(capsys, "validate", str(bad), "--schema", "victim_perpetrator_2022")
    assert code == 1
    assert 'IP_PayMoney: "Yes;No" (1 rows): values are not in the codebook\'s order; write No;Yes' in out


def test_recode_runs_as_a_real_process(tmp_path: Path) -> None:
    out = tmp_path / "t.csv"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "ctdc_desktop",
            "recode",
            str(SAMPLE / "sample_export.xlsx"),
            "--recipe",
            "victim_perpetrator_2022",
            "--out",
            str(out),
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert 'perpetrators read from the sheet "Perpetrators"' in done.stderr
    assert pd.read_csv(out).shape == (2000, 16)
