"""`ctdc-desktop scan` end to end: the real CLI on real files, as a table and as JSON, plus one real subprocess."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ctdc_desktop.cli import main

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "loading"
REPO = Path(__file__).resolve().parents[2]


def scan(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["scan", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_table_for_a_ragged_csv(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = scan(capsys, str(FIXTURES / "test-import.csv"))
    assert code == 0 and err == ""
    assert "test-import.csv: 10 records, 4 columns" in out
    assert "semicolon" in out
    assert "Note: Rows 2, 4, 5 have fewer values" in out
    header = next(line for line in out.splitlines() if line.startswith("Column"))
    assert "Kind" in header and "Distinct" in header
    assert any(line.startswith("gender ") for line in out.splitlines())


def test_json_for_a_real_csv(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = scan(capsys, str(FIXTURES / "dados_app_head300.csv"), "--json")
    assert code == 0
    data = json.loads(out)
    assert data["rows"] == 300 and data["sheets"] == [] and data["delimiter"] == ","
    gender = next(c for c in data["columns"] if c["name"] == "gender")
    assert gender["kind"] == "category"
    assert gender["non_empty"] == 300
    assert sum(count for _, count in gender["top_values"]) == 300


def test_workbook_with_several_sheets_lists_them_and_picks_the_first_with_records(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = scan(capsys, str(FIXTURES / "CTDC Global K-anon Dataset DATA DICTIONARY version 20210825.xlsx"))
    assert code == 0
    assert 'This workbook has 4 sheets: "Main" (62 records), "Lookups " (271 records)' in out
    assert 'Showing "Main"' in out


def test_sheet_option_and_json(capsys: pytest.CaptureFixture[str]) -> None:
    path = FIXTURES / "CTDC Global K-anon Dataset DATA DICTIONARY version 20210825.xlsx"
    code, out, _ = scan(capsys, str(path), "--sheet", "Region", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["sheet"] == "Region" and data["rows"] == 252
    assert [s["name"] for s in data["sheets"]] == ["Main", "Lookups ", "Region", "Notes "]
    assert "ISO3" in [c["name"] for c in data["columns"]]


def test_unknown_sheet_is_bad_input(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = scan(capsys, str(FIXTURES / "test.xlsx"), "--sheet", "Nope")
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and 'no sheet called "Nope"' in err


def test_htcds_template_without_records_is_bad_input(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = scan(capsys, str(FIXTURES / "HTCDS Excel Spreadsheet v2.0.xlsx"), "--json")
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "no records" in err


def test_real_sample_export_from_shared_data(capsys: pytest.CaptureFixture[str], shared_data: Path) -> None:
    code, out, _ = scan(capsys, str(shared_data / "ctdc" / "derived" / "trafficking_cleaned.csv"), "--json")
    assert code == 0
    assert json.loads(out)["rows"] == 14_299


def test_real_subprocess_through_uv(tmp_path: Path) -> None:
    uv = shutil.which("uv")
    if uv is None:
        pytest.skip("uv is not on PATH")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    ok = subprocess.run(
        [uv, "run", "--offline", "ctdc-desktop", "scan", str(FIXTURES / "test.xlsx"), "--json"],
        cwd=REPO,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert ok.returncode == 0, ok.stderr
    assert json.loads(ok.stdout)["rows"] == 7
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    bad = subprocess.run(
        [sys.executable, "-m", "ctdc_desktop", "scan", str(empty)],
        cwd=REPO,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert bad.returncode == 2
    assert (
        bad.stderr.strip()
        == "ctdc-desktop scan: empty.csv: is empty (0 bytes). Export the case data again and open the new file."
    )
    assert "Traceback" not in bad.stderr
