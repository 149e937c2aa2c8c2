"""A bug in the window reaches the user as a plain message and a report that holds no data value."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from ctdc_desktop.gui import dialogs


def test_an_uncaught_error_shows_a_message_and_writes_a_report_without_values(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    parent = QWidget()
    qtbot.addWidget(parent)
    dialogs.report_unexpected_errors_to(parent)

    try:
        raise ValueError("Amina Case-0042")  # as if a bug quoted a cell
    except ValueError as error:
        sys.excepthook(type(error), error, error.__traceback__)

    assert len(shown) == 1
    assert "ValueError" in shown[0] and "Amina" not in shown[0]
    report = next(tmp_path.glob("ctdc-desktop-crash-*.txt"))
    assert report.name in shown[0]
    text = report.read_text(encoding="utf-8")
    assert "test_an_uncaught_error_shows" in text and "Amina" not in text
