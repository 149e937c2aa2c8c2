"""`ctdc-desktop synth` end to end, on a sample of real CTDC-derived rows (tests/fixtures/synth/SOURCES.md)."""

from __future__ import annotations

import errno
import hashlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

from ctdc_desktop.cli import main
from ctdc_desktop.commands import synth as synth_command
from ctdc_desktop.core.synth import output_folder as synth_output_folder

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "synth" / "dados_app_sample.csv"
OUTPUTS = {"synthetic_data.csv", "aggregates.csv", "evaluation.json"}
# The column kinds follow their legend (issue 7, item 8): the country-centroid latitude columns are numbers, not
# identifiers, so the fixture needs no --allow-column.
FIXTURE_ARGS = [str(FIXTURE)]


def read_output(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_kanon_writes_the_three_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = digest(FIXTURE)
    out = tmp_path / "release"
    assert main(["synth", *FIXTURE_ARGS, "--method", "kanon", "--seed", "3", "--out", str(out)]) == 0
    assert digest(FIXTURE) == before
    assert {p.name for p in out.iterdir()} == OUTPUTS
    assert [p.name for p in tmp_path.iterdir()] == ["release"]  # no staging folder left behind
    real = pd.read_csv(FIXTURE, dtype=str, keep_default_na=False)
    synthetic = read_output(out / "synthetic_data.csv")
    assert list(synthetic.columns) == list(real.columns)
    # Each value's count is its real count rounded down to a multiple of 10.
    for column in real.columns:
        real_counts = real[column][real[column] != ""].value_counts()
        expected = {v: n // 10 * 10 for v, n in real_counts.items() if n >= 10}
        assert synthetic[column][synthetic[column] != ""].value_counts().to_dict() == expected
    aggregates = read_output(out / "aggregates.csv")
    assert list(aggregates.columns) == [*real.columns, "length", "count"]
    assert aggregates.iloc[0]["length"] == "0" and aggregates.iloc[0]["count"] == "1500"
    assert (aggregates.iloc[0][list(real.columns)] == "").all()
    counts = aggregates["count"].astype(int)
    assert (counts % 10 == 0).all() and (counts[1:] >= 10).all()
    assert set(aggregates["length"].astype(int)) == {0, 1, 2, 3, 4}
    filled = (aggregates[list(real.columns)] != "").sum(axis=1)
    assert (filled == aggregates["length"].astype(int)).all()
    document = json.loads((out / "evaluation.json").read_text(encoding="utf-8"))
    assert document["method"] == "kanon"
    assert document["parameters"] == {"k": 10, "reporting_length": 4, "seed": 3, "allowed_columns": []}
    assert [item["length"] for item in document["evaluation"]["by_length"]] == [1, 2, 3, 4]
    assert document["synthetic_records"] == len(synthetic)
    assert "total" in document["timings_seconds"]
    # The evaluation is made from the unprotected records: the file and the terminal both say it is not for release.
    assert document["for_release"] is False and "do not publish" in document["notice"]
    captured = capsys.readouterr()
    assert "Wrote" in captured.out
    assert "do not publish" in captured.err


def test_seeded_runs_write_the_same_files(tmp_path: Path) -> None:
    for name in ("a", "b"):
        args = ["synth", *FIXTURE_ARGS, "--method", "kanon", "--k", "5", "--reporting-length", "2", "--seed", "9"]
        assert main([*args, "--out", str(tmp_path / name)]) == 0
    for name in ("synthetic_data.csv", "aggregates.csv"):
        assert digest(tmp_path / "a" / name) == digest(tmp_path / "b" / name)


def test_workbook_input_with_a_sheet(tmp_path: Path) -> None:
    workbook = tmp_path / "recoded.xlsx"
    frame = pd.read_csv(FIXTURE, dtype=str, keep_default_na=False).iloc[:, :6]
    with pd.ExcelWriter(workbook) as writer:
        pd.DataFrame({"note": ["not this sheet"]}).to_excel(writer, sheet_name="Notes", index=False)
        frame.to_excel(writer, sheet_name="Victims", index=False)
    out = tmp_path / "out"
    assert main(["synth", str(workbook), "--sheet", "Victims", "--method", "kanon", "--out", str(out)]) == 0
    assert list(read_output(out / "synthetic_data.csv").columns) == list(frame.columns)


def test_cells_that_excel_would_run_are_quoted(tmp_path: Path) -> None:
    source = tmp_path / "risky.csv"
    rows = ["gender,code"] + ["Female,=1+2"] * 12 + ["Male,-99"] * 12 + ["Male,@SUM(A1)"] * 12
    source.write_text("\n".join(rows) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["synth", str(source), "--method", "kanon", "--seed", "1", "--out", str(out)]) == 0
    synthetic = read_output(out / "synthetic_data.csv")
    assert set(synthetic["code"]) - {""} == {"'=1+2", "-99", "'@SUM(A1)"}
    assert "'=1+2" in set(read_output(out / "aggregates.csv")["code"])


def run_failing(args: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    assert main(args) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return err


def test_bad_input_gives_one_clear_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = str(tmp_path / "out")
    err = run_failing(["synth", str(tmp_path / "nowhere.csv"), "--method", "kanon", "--out", out], capsys)
    assert "nowhere.csv" in err
    ages = tmp_path / "ages.csv"
    ages.write_text("age,gender\n" + "".join(f"{a},Female\n" for a in range(80)), encoding="utf-8")
    assert "'age'" in run_failing(["synth", str(ages), "--method", "kanon", "--out", out], capsys)
    assert "k = 0 protects nobody" in run_failing(
        ["synth", *FIXTURE_ARGS, "--method", "kanon", "--k", "0", "--out", out], capsys
    )
    err = run_failing(["synth", *FIXTURE_ARGS, "--method", "dp", "--epsilon", "-1", "--out", out], capsys)
    assert "Epsilon must be a positive number" in err
    assert "--k" in run_failing(["synth", *FIXTURE_ARGS, "--method", "dp", "--k", "5", "--out", out], capsys)
    assert "--epsilon" in run_failing(
        ["synth", *FIXTURE_ARGS, "--method", "kanon", "--epsilon", "1", "--out", out], capsys
    )
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "survivors.xlsx").write_text("keep me", encoding="utf-8")
    assert "other files" in run_failing(["synth", *FIXTURE_ARGS, "--method", "kanon", "--out", str(busy)], capsys)
    assert (busy / "survivors.xlsx").read_text(encoding="utf-8") == "keep me"
    assert not (tmp_path / "out").exists()


def test_a_failure_while_writing_leaves_no_output(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(*args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(synth_output_folder, "write_aggregates_csv", broken)
    out = tmp_path / "out"
    assert main(["synth", *FIXTURE_ARGS, "--method", "kanon", "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert "No space left on device" in err and "nothing was written" in err and "Traceback" not in err
    assert list(tmp_path.iterdir()) == []


def test_a_previous_output_folder_is_replaced_whole(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert main(["synth", *FIXTURE_ARGS, "--method", "kanon", "--k", "20", "--seed", "1", "--out", str(out)]) == 0
    assert main(["synth", *FIXTURE_ARGS, "--method", "kanon", "--k", "10", "--seed", "1", "--out", str(out)]) == 0
    assert json.loads((out / "evaluation.json").read_text(encoding="utf-8"))["parameters"]["k"] == 10
    assert [p.name for p in tmp_path.iterdir()] == ["out"]


@pytest.mark.slow
def test_ctrl_c_cancels_cleanly(tmp_path: Path) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from tests.benchmarks.codebook_2021_table import make_codebook_2021_table

    source = tmp_path / "big.csv"
    make_codebook_2021_table(60_000, 1).to_csv(source, index=False)
    out = tmp_path / "out"
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(
        [sys.executable, "-m", "ctdc_desktop", "synth", str(source), "--method", "kanon", "--out", str(out)],
        stderr=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert process.stderr is not None
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        line = process.stderr.readline()
        if "Counting combinations" in line or "synthetic records" in line:
            break
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=30)
    assert process.returncode == 130
    assert "Traceback" not in err
    assert "cancelled" in err
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir()] == ["big.csv"]


def test_dp_writes_the_three_files_with_the_privacy_spent(tmp_path: Path) -> None:
    pytest.importorskip("ctdc_desktop.core.synth.dp_synthesis")
    out = tmp_path / "dp"
    args = ["synth", *FIXTURE_ARGS, "--method", "dp", "--epsilon", "2", "--delta", "1e-6", "--seed", "4"]
    assert main([*args, "--out", str(out)]) == 0
    assert {p.name for p in out.iterdir()} == OUTPUTS
    document = json.loads((out / "evaluation.json").read_text(encoding="utf-8"))
    assert document["method"] == "dp"
    assert document["privacy"]["epsilon"] == pytest.approx(2.0)
    assert document["privacy"]["delta"] == pytest.approx(1e-6)
    assert [item["length"] for item in document["evaluation"]["by_length"]] == [1, 2, 3]
    aggregates = read_output(out / "aggregates.csv")
    assert aggregates.iloc[0]["length"] == "0"
    assert set(aggregates["length"].astype(int)) <= {0, 1, 2, 3}
    synthetic = read_output(out / "synthetic_data.csv")
    assert list(synthetic.columns) == list(pd.read_csv(FIXTURE, nrows=0).columns)


def test_k_larger_than_the_record_count_writes_empty_files_and_says_why(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "few.csv"
    source.write_text("gender,age\nFemale,18--20\nMale,21--23\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["synth", str(source), "--method", "kanon", "--out", str(out)]) == 0
    assert "larger than the number of records" in capsys.readouterr().err
    synthetic = read_output(out / "synthetic_data.csv")
    assert list(synthetic.columns) == ["gender", "age"] and len(synthetic) == 0
    aggregates = read_output(out / "aggregates.csv")
    assert aggregates.to_dict("records") == [{"gender": "", "age": "", "length": "0", "count": "0"}]
    document = json.loads((out / "evaluation.json").read_text(encoding="utf-8"))
    assert document["notes"] and document["synthetic_records"] == 0


def test_fabrication_control_reaches_the_dp_run_and_is_refused_for_kanon(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    assert main(["synth", *FIXTURE_ARGS, "--method", "dp", "--fabrication", "minimize", "--out", str(out)]) == 0
    document = json.loads((out / "evaluation.json").read_text(encoding="utf-8"))
    assert document["parameters"]["fabrication"] == "minimize"
    args = ["synth", *FIXTURE_ARGS, "--method", "kanon", "--fabrication", "minimize", "--out", str(tmp_path / "k")]
    code = main(args)
    assert code == 2
    assert "--fabrication" in capsys.readouterr().err
    assert not (tmp_path / "k").exists()


def test_k_of_one_is_refused_and_below_ten_warns(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # k = 1 used to write 1,500 records, each a copy of a real one, with exit 0 and no word.
    out = tmp_path / "out"
    err = run_failing(["synth", *FIXTURE_ARGS, "--method", "kanon", "--k", "1", "--out", str(out)], capsys)
    assert "k = 1 protects nobody" in err and not out.exists()
    assert main(["synth", *FIXTURE_ARGS, "--method", "kanon", "--k", "5", "--seed", "1", "--out", str(out)]) == 0
    assert "warning: k = 5 is below the 10 of the CTDC codebook" in capsys.readouterr().err
    document = json.loads((out / "evaluation.json").read_text(encoding="utf-8"))
    assert any("below the 10" in note for note in document["notes"])


def with_names_and_notes(tmp_path: Path) -> Path:
    """The fixture's categories plus first names (20 records each) and note sentences (150 records each)."""
    frame = pd.read_csv(FIXTURE, dtype=str, keep_default_na=False).iloc[:, :7]
    frame["prs_FirstName"] = [f"Name{i // 20:02}" for i in range(len(frame))]
    sentences = [f"Case note {i}: met the recruiter at the market and was promised a job abroad." for i in range(10)]
    frame["cas_Notes"] = [sentences[i // 150] for i in range(len(frame))]
    path = tmp_path / "with_names.csv"
    frame.to_csv(path, index=False)
    return path


def test_identifier_and_free_text_columns_are_refused_unless_allowed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # First names and whole note sentences used to appear in synthetic_data.csv with nothing in evaluation.json.
    source = with_names_and_notes(tmp_path)
    out = tmp_path / "out"
    err = run_failing(["synth", str(source), "--method", "kanon", "--out", str(out)], capsys)
    assert "'prs_FirstName' looks like a direct identifier" in err and "'cas_Notes' holds free text" in err
    # The refusal names the column once; progress lines ("[###---] 19% Checking columns: prs_FirstName") are drawn
    # only when a step takes over a tenth of a second, so a slow machine may print one: they are not the message.
    message = [line for line in err.splitlines() if not line.startswith("[")]
    assert len([line for line in message if "prs_FirstName" in line]) == 1 and not out.exists()
    allow = ["--allow-column", "prs_FirstName", "--allow-column", "cas_Notes"]
    assert main(["synth", str(source), "--method", "kanon", "--seed", "1", *allow, "--out", str(out)]) == 0
    document = json.loads((out / "evaluation.json").read_text(encoding="utf-8"))
    assert document["parameters"]["allowed_columns"] == ["prs_FirstName", "cas_Notes"]


def test_kanon_summary_explains_blank_cells_and_extra_records(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    assert main(["synth", *FIXTURE_ARGS, "--method", "kanon", "--k", "5", "--seed", "1", "--out", str(out)]) == 0
    err = capsys.readouterr().err
    synthetic = read_output(out / "synthetic_data.csv")
    assert (synthetic == "").to_numpy().any() and len(synthetic) > 1500  # what the sentences explain
    assert "A blank cell in the synthetic records means the value was withheld for privacy" in err
    assert "There are more synthetic records" in err


def test_user_guide_explains_blank_cells_of_kanon_output() -> None:
    guide = (Path(__file__).resolve().parents[2] / "docs" / "user_guide.md").read_text(encoding="utf-8")
    assert "withheld for privacy" in guide
    assert "more synthetic records than real ones" in guide
    assert "--allow-column NAME" in guide


def test_a_folder_or_an_empty_file_gets_the_right_message(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # A folder used to be "no such file"; an empty recoded table was told to "Export the case data again".
    out = str(tmp_path / "out")
    folder = tmp_path / "tables"
    folder.mkdir()
    assert "is a folder, not a file" in run_failing(["synth", str(folder), "--method", "kanon", "--out", out], capsys)
    empty = tmp_path / "recoded.csv"
    empty.write_bytes(b"")
    err = run_failing(["synth", str(empty), "--method", "kanon", "--out", out], capsys)
    assert "recoded.csv: is empty (0 bytes)" in err and "Export the case data" not in err


def test_one_progress_bar_that_never_runs_backwards(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Reading ran the bar to 100 %, then synthesis and the two countings of the evaluation each started it again
    # (100 % → 44 % → 100 %).
    shares: list[float] = []

    class Recording(synth_command.TerminalProgress):
        def report(self, done: int, total: int, message: str = "") -> None:
            if total > 0:
                shares.append(done / total)
            super().report(done, total, message)

    monkeypatch.setattr(synth_command, "TerminalProgress", Recording)
    args = ["synth", *FIXTURE_ARGS, "--method", "kanon", "--seed", "1", "--out", str(tmp_path / "out")]
    assert main(args) == 0
    assert shares and shares[-1] == 1.0
    assert shares == sorted(shares), [round(s, 2) for s in shares]
