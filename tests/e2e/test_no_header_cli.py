"""`--no-header` on the commands that read an export (scan, recode, recipe propose, synth): an export saved without
its header row is said, and read whole when the user says so (issue 19, "Header-less exports")."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from ctdc_desktop.cli import main
from tests.unit.test_header_less import RECORDS, header_less

SYNTH_TABLE = Path(__file__).resolve().parents[1] / "fixtures" / "synth" / "dados_app_sample.csv"


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_scan_says_row_one_looks_like_a_record_and_reads_it_with_no_header(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = header_less(tmp_path)
    code, out, _ = cli(capsys, "scan", str(path))
    assert code == 0 and "looks like a record" in out and "--no-header" in out

    code, out, _ = cli(capsys, "scan", str(path), "--json", "--no-header")
    scanned = json.loads(out)
    assert code == 0 and scanned["rows"] == len(RECORDS)
    assert [c["name"] for c in scanned["columns"]] == [f"column {n}" for n in range(1, 6)]
    assert not any("looks like a record" in note for note in scanned["notes"])


@pytest.mark.parametrize("command", ["recode", "recipe propose"])
def test_recode_and_recipe_propose_say_it_and_take_no_header(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    path = str(header_less(tmp_path))
    codebook = "victim_perpetrator_2022"
    if command == "recode":
        args = ["recode", path, "--recipe", codebook, "--out", str(tmp_path / "t.csv")]
    else:
        args = ["recipe", "propose", path, "--codebook", codebook, "--out", str(tmp_path / "r.toml")]
    _, _, err = cli(capsys, *args)
    assert "no header.csv" in err and "looks like a record" in err
    _, _, err = cli(capsys, *args, "--no-header")
    assert "looks like a record" not in err


def test_synth_reads_every_row_of_a_table_without_its_header(tmp_path: Path) -> None:
    table = pd.read_csv(SYNTH_TABLE, dtype=str, keep_default_na=False)
    bare = tmp_path / "bare.csv"
    table.to_csv(bare, index=False, header=False)
    out = tmp_path / "out"
    assert main(["synth", str(bare), "--no-header", "--method", "kanon", "--seed", "3", "--out", str(out)]) == 0
    written = pd.read_csv(out / "synthetic_data.csv", dtype=str)
    assert list(written.columns) == [f"column {n}" for n in range(1, len(table.columns) + 1)]
    evaluation = json.loads((out / "evaluation.json").read_text(encoding="utf-8"))
    assert str(len(table)) in json.dumps(evaluation)  # every record was read, the first one too
