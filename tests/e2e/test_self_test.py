"""`ctdc-desktop --self-test` on the bundled sample export: passes with one line and exit 0 on a working copy, fails
with one line and exit 1 on a broken one, and never touches the user's application-data folder (its privacy ledger)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from ctdc_desktop import app_folders
from ctdc_desktop.cli import main
from ctdc_desktop.commands import self_test
from ctdc_desktop.resources import sample_export_path

REPO = Path(__file__).resolve().parents[2]


def _users_folder() -> Path:
    raise AssertionError("the self-test used the user's application-data folder (their privacy ledger)")


@pytest.mark.slow
def test_self_test_passes_on_this_checkout_with_one_line(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, sockets_refused: None
) -> None:
    monkeypatch.setattr(app_folders, "app_data_folder", _users_folder)
    code = main(["--self-test"])
    lines = capsys.readouterr().out.splitlines()
    assert code == 0, lines
    assert len(lines) == 1
    assert lines[0].startswith("ctdc-desktop self-test: passed (")
    assert "checked and valid" in lines[0] and "5 pages" in lines[0]


def test_self_test_fails_with_one_line_when_the_sample_is_missing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    missing = tmp_path / "sample_export.xlsx"
    monkeypatch.setattr("ctdc_desktop.resources.sample_export_path", lambda: missing)
    code = main(["--self-test"])
    lines = capsys.readouterr().out.splitlines()
    assert code == 1
    assert lines == [
        f"ctdc-desktop self-test: FAILED: the sample export is missing: {missing}. Reinstall CTDC Desktop."
    ]


@pytest.mark.slow
def test_self_test_fails_when_the_bundle_does_not_check(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # A bundle check that finds something must turn the verdict to FAILED (so the self-test can fail at all).
    monkeypatch.setattr(
        "ctdc_desktop.core.release.check_bundle.bundle_problems", lambda folder: ["manifest.json: hash differs"]
    )
    code = self_test.run_self_test()
    out = capsys.readouterr().out
    assert code == 1
    verdict = (
        "ctdc-desktop self-test: FAILED: the release bundle has 1 problem(s), the first: manifest.json: hash differs"
    )
    assert out == verdict + "\n"


@pytest.mark.slow
@pytest.mark.skipif(not sample_export_path().is_file(), reason="the sample export is not built")
def test_installed_command_runs_its_self_test_without_a_display(tmp_path: Path) -> None:
    # As a fresh process starts it: no display, no QT_QPA_PLATFORM set by anyone else.
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["HOME"] = str(tmp_path)  # whatever Qt might write for the user lands here, not in the real home
    env["XDG_DATA_HOME"] = str(tmp_path / "data")
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    done = subprocess.run(
        [sys.executable, "-m", "ctdc_desktop", "--self-test"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.startswith("ctdc-desktop self-test: passed (")
    assert not (tmp_path / "data").exists(), "the self-test wrote into the user's application-data folder"


def test_self_test_fails_with_one_line_when_qt_translations_are_missing(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # The build keeps only Qt's French and Spanish catalogues; one it lost must fail the check, here "xx".
    monkeypatch.setattr(self_test, "QT_LANGUAGES", ("fr", "xx"))
    code = main(["--self-test"])
    lines = capsys.readouterr().out.splitlines()
    assert code == 1
    assert len(lines) == 1
    assert "FAILED: Qt's own translations for xx (qtbase_xx.qm) are missing" in lines[0]


def test_self_test_fails_with_one_line_when_the_window_s_translations_are_missing(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from ctdc_desktop.gui import language

    monkeypatch.setattr(language, "catalogue_path", lambda code: str(tmp_path / f"ctdc_{code}.qm"))
    code = main(["--self-test"])
    lines = capsys.readouterr().out.splitlines()
    assert code == 1
    assert len(lines) == 1
    assert "FAILED: the window's translations for en, fr, es are missing" in lines[0]
