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


def test_workbook_with_several_sheets_lists_them_and_picks_the_sheet_the_window_would(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = scan(capsys, str(FIXTURES / "CTDC Global K-anon Dataset DATA DICTIONARY version 20210825.xlsx"))
    assert code == 0
    assert 'This workbook has 4 sheets: "Main" (62 records), "Lookups " (271 records)' in out
    # One rule with the window's sheet picker: a sheet named for victims, else the largest ("Lookups ", 271 records).
    assert 'Showing "Lookups "' in out


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
        == "ctdc-desktop scan: empty.csv: is empty (0 bytes). Check that you chose the right file; if it should hold "
        "records, save or export it again and open that."
    )
    assert "Traceback" not in bad.stderr


SAMPLE_VICTIMS = REPO / "resources" / "sample" / "sample_victims.csv"


def test_output_into_a_closed_pipe_ends_quietly(tmp_path: Path) -> None:
    # `scan FILE | head` used to end in a crash report and exit 1. The reading end is closed before the command
    # prints anything (it is still importing pandas), so its first write meets the closed pipe every time.
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(tmp_path)}
    process = subprocess.Popen(
        [sys.executable, "-m", "ctdc_desktop", "scan", str(SAMPLE_VICTIMS)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=REPO,
        env=env,
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()
    err = process.stderr.read().decode("utf-8", "replace")
    assert process.wait(timeout=120) == 0, err
    assert "unexpected error" not in err and "Traceback" not in err and "BrokenPipe" not in err
    assert not list(tmp_path.glob("ctdc-desktop-crash-*"))


def test_identifier_values_are_hidden_unless_asked_for(capsys: pytest.CaptureFixture[str]) -> None:
    # The terminal used to print e-mails and phone numbers as "most common values"; shell history keeps them.
    code, out, _ = scan(capsys, str(SAMPLE_VICTIMS))
    assert code == 0
    assert "@example." not in out
    email = next(line for line in out.splitlines() if line.startswith("prs_Email "))
    assert "hidden (--show-values shows them)" in email
    gender = next(line for line in out.splitlines() if line.startswith("prs_Gender "))
    assert "Feminine" in gender  # categories are still shown
    code, out, _ = scan(capsys, str(SAMPLE_VICTIMS), "--json")
    columns = {c["name"]: c for c in json.loads(out)["columns"]}
    assert columns["prs_Email"]["top_values"] == [] and columns["prs_Email"]["values_hidden"] is True
    assert columns["prs_Gender"]["values_hidden"] is False and columns["prs_Gender"]["top_values"]
    code, out, _ = scan(capsys, str(SAMPLE_VICTIMS), "--show-values")
    assert code == 0 and "@example." in out


def test_help_names_every_format_that_works(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["scan", "--help"])
    assert "XLS)" in capsys.readouterr().out


def test_json_reports_stage_one_flags_with_evidence_and_an_action(capsys: pytest.CaptureFixture[str]) -> None:
    from ctdc_desktop.resources import sample_export_path

    for sheet in ("Victims", "Perpetrators"):
        code, out, _ = scan(capsys, str(sample_export_path()), "--sheet", sheet, "--json")
        assert code == 0
        columns = {c["name"]: c for c in json.loads(out)["columns"]}
        flagged = {name for name, c in columns.items() if c["flags"]}
        assert all(c["action"] in ("remove", "transform", "keep") for c in columns.values())
        assert all(columns[name]["values_hidden"] for name in flagged)
        if sheet == "Victims":
            assert {"prs_FirstName", "prs_Email", "prs_MobilePhone", "cas_CaseID"} <= flagged
            email = columns["prs_Email"]
            assert email["action"] == "remove"
            evidence = [f["evidence"] for f in email["flags"] if f["rule"] == "values"]
            assert evidence and evidence[0]["cells_matched"] > 0
            assert not {"prs_Gender", "prs_Citizenship", "yearOfRegistration"} & flagged  # categories
