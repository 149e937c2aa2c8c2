"""`ctdc-desktop FILE.ctdcproj`, what a double-click on a project runs (Windows association, Linux .desktop file,
macOS open event): the window opens with that project."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ctdc_desktop.cli import main
from ctdc_desktop.core.load.decisions import SourceFile, SourceRole
from ctdc_desktop.core.project import Project, save_project
from ctdc_desktop.gui.main_window import MainWindow


def run_window_until_shown(monkeypatch: pytest.MonkeyPatch, qtbot: QtBot) -> list[MainWindow]:
    """Make the window's event loop return at once, after the open file has loaded; the windows it showed."""
    shown: list[MainWindow] = []

    def exec_once(app: QApplication) -> int:
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
        shown.append(window)
        qtbot.waitUntil(lambda: not window.load_page.is_busy(), timeout=30_000)
        window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", exec_once)
    return shown


def test_a_project_given_as_the_only_argument_opens_in_the_window(
    monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, tmp_path: Path
) -> None:
    export = tmp_path / "victims.csv"
    export.write_text("case_id,age,gender\nC1,23,Female\nC2,31,Male\nC3,17,Female\n", encoding="utf-8")
    project = tmp_path / "Quarter 3.CTDCPROJ"  # Windows hands the name as the user spelled it
    save_project(Project(sources=(SourceFile(export, SourceRole.VICTIMS),), steps={}), project)
    shown = run_window_until_shown(monkeypatch, qtbot)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui installs its own; put the test's back after
    assert main([str(project)]) == 0
    assert len(shown) == 1
    window = shown[0]
    assert window.projects.path == project
    assert window.load_page.source_paths() == [export]
