"""`ctdc-desktop screenshots` renders every page of the window on the sample export."""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import cast

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from ctdc_desktop.commands import screenshots
from ctdc_desktop.gui import dialogs
from ctdc_desktop.gui.main_window import STEP_KEYS, MainWindow
from ctdc_desktop.resources import sample_export_path
from tests.gui.test_main_window import FakeLoadPage, export_file

needs_sample = pytest.mark.skipif(not sample_export_path().is_file(), reason="the sample export is not built")


@needs_sample
@pytest.mark.slow
def test_one_png_per_page_at_1280_by_800(
    qapp: object, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_one_to_answer(*args: object) -> None:
        raise AssertionError("the command asked a question: it would wait forever in a terminal")

    monkeypatch.setattr(dialogs, "ask_to_save_changes", no_one_to_answer)
    monkeypatch.setattr(dialogs, "show_error", no_one_to_answer)
    out = tmp_path / "shots"
    code = screenshots.run(argparse.Namespace(out_dir=out, timeout=120.0))
    QThreadPool.globalInstance().waitForDone()
    assert code == 0
    expected = [f"{n:02d}-{key}.png" for n, key in enumerate(STEP_KEYS, start=1)]
    assert sorted(p.name for p in out.iterdir()) == expected
    for name in expected:
        image = QImage(str(out / name))
        assert not image.isNull(), name
        assert (image.width(), image.height()) == (1280, 800)
    assert capsys.readouterr().out.split() == [str(out / name) for name in expected]


@needs_sample
def test_unwritable_folder_is_a_clear_error(qapp: object, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    blocker = tmp_path / "a file"
    blocker.write_text("x")
    code = screenshots.run(argparse.Namespace(out_dir=blocker / "shots", timeout=5.0))
    assert code == 1
    assert "cannot create the folder" in capsys.readouterr().err


def test_a_load_that_never_ends_is_a_clear_error(qtbot: QtBot, tmp_path: Path) -> None:
    window = MainWindow(load_page=FakeLoadPage())
    qtbot.addWidget(window)
    window.open_export(export_file(tmp_path))  # the stand-in page stays busy until told otherwise
    with pytest.raises(screenshots.ScreenshotError, match=r"did not finish loading within 0 s.*--timeout"):
        screenshots._wait_for_load(window, timeout_s=0.2)


def test_a_failed_load_is_a_clear_error(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(screenshots, "IDLE_GIVE_UP_S", 0.2)
    window = MainWindow(load_page=FakeLoadPage())
    qtbot.addWidget(window)
    window.open_export(export_file(tmp_path))
    cast(FakeLoadPage, window.load_page).finish_loading()  # done reading, but the step is not done
    with pytest.raises(screenshots.ScreenshotError, match=r"did not load \(the Load step says “needs attention”\)"):
        screenshots._wait_for_load(window, timeout_s=60)


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({}, "offscreen"),
        ({"DISPLAY": ":0"}, None),
        ({"WAYLAND_DISPLAY": "wayland-0"}, None),
        ({"QT_QPA_PLATFORM": "xcb"}, "xcb"),
    ],
)
def test_offscreen_is_chosen_only_without_a_display(
    monkeypatch: pytest.MonkeyPatch, env: dict[str, str], expected: str | None
) -> None:
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setattr(screenshots.sys, "platform", "linux")
    screenshots._use_offscreen_without_display()
    assert os.environ.get("QT_QPA_PLATFORM") == expected


def test_language_and_scale_are_options_of_the_command() -> None:
    parser = argparse.ArgumentParser()
    screenshots.add_arguments(parser)
    args = parser.parse_args(["out", "--language", "fr", "--scale", "2"])
    assert (args.language, args.scale) == ("fr", 2)
    defaults = parser.parse_args(["out"])
    assert (defaults.language, defaults.scale) == ("en", 1)
    with pytest.raises(SystemExit):
        parser.parse_args(["out", "--language", "de"])
    with pytest.raises(SystemExit):
        parser.parse_args(["out", "--scale", "3"])


@needs_sample
def test_the_pictures_speak_the_chosen_language_and_english_comes_back_after(
    qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from ctdc_desktop.core.translation import translate
    from ctdc_desktop.gui import language

    seen: list[str] = []

    def stop_after_looking(window: MainWindow, timeout_s: float) -> None:
        seen.append(window.menuBar().actions()[0].text())
        seen.append(translate("MainWindow", "&File"))
        raise screenshots.ScreenshotError("stopped by the test")

    monkeypatch.setattr(screenshots, "_wait_for_load", stop_after_looking)
    code = screenshots.run(argparse.Namespace(out_dir=tmp_path / "shots", timeout=5.0, language="fr", scale=1))
    QThreadPool.globalInstance().waitForDone()
    assert code == 1 and "stopped by the test" in capsys.readouterr().err
    assert seen == ["&Fichier", "&Fichier"]
    assert language.current_language() == language.ENGLISH
    assert translate("MainWindow", "&File") == "&File"


@needs_sample
def test_scale_two_needs_a_fresh_start(qapp: object, tmp_path: Path) -> None:
    # The tests' application already draws at 1×: Qt reads the scale only when it starts.
    with pytest.raises(screenshots.ScreenshotError, match="run the command on its own"):
        screenshots.save_screenshots(tmp_path / "shots", timeout_s=5.0, scale=2)


@needs_sample
@pytest.mark.slow
def test_at_scale_two_the_pictures_are_a_1366_by_768_screen_at_200_percent(tmp_path: Path) -> None:
    """Run as a user would (a fresh process): each picture is 1366×768, or twice the size the window could not
    shrink below, which the command then reports."""
    out = tmp_path / "shots"
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    environment.pop("QT_SCALE_FACTOR", None)
    done = subprocess.run(
        [sys.executable, "-m", "ctdc_desktop", "screenshots", str(out), "--scale", "2"],
        capture_output=True,
        text=True,
        env=environment,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    too_big = {
        key: (int(width), int(height))
        for key, width, height in re.findall(r"the (\w+) page needs at least (\d+)×(\d+)", done.stderr)
    }
    for number, key in enumerate(STEP_KEYS, start=1):
        image = QImage(str(out / f"{number:02d}-{key}.png"))
        width, height = too_big.get(key, (683, 384))
        assert (image.width(), image.height()) == (2 * width, 2 * height), key
