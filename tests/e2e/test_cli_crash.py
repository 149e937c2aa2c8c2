"""An unexpected error in a subcommand ends with one line and a report that holds no data values."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from ctdc_desktop import cli


def test_unexpected_error_gives_one_line_and_a_report_without_values(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path))

    def failing_run(args: argparse.Namespace) -> int:
        raise KeyError("Maria Secret-Name")  # a message quoting a cell, as a real bug might

    monkeypatch.setattr("ctdc_desktop.commands.scan.run", failing_run)
    code = cli.main(["scan", "whatever.csv"])

    err = capsys.readouterr().err
    assert code == 1
    assert "Traceback" not in err
    assert "KeyError" in err
    assert "Maria" not in err
    reports = list(tmp_path.glob("ctdc-desktop-crash-*.txt"))
    assert len(reports) == 1
    text = reports[0].read_text(encoding="utf-8")
    assert "failing_run" in text  # where it happened
    assert "Maria" not in text  # but not what the data said
