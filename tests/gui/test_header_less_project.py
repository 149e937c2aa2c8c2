"""A project remembers that its export has no header row: saved with the file, and the file read the same way when
the project is reopened (issue 19, "Header-less exports")."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt, QThreadPool
from pytestqt.qtbot import QtBot

from ctdc_desktop.core.load.decisions import SourceRole
from ctdc_desktop.core.project import load_project
from ctdc_desktop.gui.main_window import MainWindow
from tests.unit.test_header_less import RECORDS, header_less

TIMEOUT_MS = 60_000
COLUMNS = [f"column {n}" for n in range(1, 6)]


def shut(window: MainWindow) -> None:
    for page in window.pages:
        shutdown = getattr(page, "shutdown", None)
        if callable(shutdown):
            shutdown()
    QThreadPool.globalInstance().waitForDone()


def test_the_no_header_choice_is_saved_and_the_reopened_project_reads_every_record(
    qtbot: QtBot, tmp_path: Path
) -> None:
    export = header_less(tmp_path)
    target = tmp_path / "mission.ctdcproj"
    window = MainWindow()
    qtbot.addWidget(window)
    page = window.load_page
    try:
        page.open_victims(export)
        qtbot.waitUntil(lambda: page.victims_table() is not None and not page.is_busy(), timeout=TIMEOUT_MS)
        box = page.victims_panel.no_header_box
        box.setFocus()
        qtbot.keyClick(box, Qt.Key.Key_Space)  # "The file has no header row", as a keyboard user ticks it
        qtbot.waitUntil(
            lambda: (t := page.victims_table()) is not None and not t.has_header and not page.is_busy(),
            timeout=TIMEOUT_MS,
        )
        assert window.save_to(target)
    finally:
        shut(window)

    # Saved with its file, and only because it is not the usual case.
    saved = json.loads(target.read_text(encoding="utf-8"))
    assert saved["sources"][0]["has_header"] is False
    victims = load_project(target).load.source(SourceRole.VICTIMS)
    assert victims is not None and victims.has_header is False

    again = MainWindow()
    qtbot.addWidget(again)
    page = again.load_page
    try:
        assert again.open_project(target)
        qtbot.waitUntil(lambda: page.victims_table() is not None and not page.is_busy(), timeout=TIMEOUT_MS)
        table = page.victims_table()
        assert table is not None and not table.has_header
        assert table.row_count == len(RECORDS)  # row 1 is a record, not the column names
        assert list(table.frame.columns) == COLUMNS
        assert table.frame.iloc[0, 0] == "C0012"
        assert page.victims_panel.no_header_box.isChecked()
        result = page.result()
        assert result is not None and len(result.victim_frame) == len(RECORDS)
        # Saving the reopened project keeps the choice.
        assert not page.has_header(SourceRole.VICTIMS)
        victims = again.current_project().load.source(SourceRole.VICTIMS)
        assert victims is not None and victims.has_header is False
    finally:
        shut(again)


def test_a_file_with_its_header_saves_no_has_header_key(qtbot: QtBot, tmp_path: Path) -> None:
    export = tmp_path / "victims.csv"
    export.write_text("case_id,gender,age\nC1,Female,32\nC2,Male,27\n", encoding="utf-8")
    target = tmp_path / "p.ctdcproj"
    window = MainWindow()
    qtbot.addWidget(window)
    page = window.load_page
    try:
        page.open_victims(export)
        qtbot.waitUntil(lambda: page.victims_table() is not None and not page.is_busy(), timeout=TIMEOUT_MS)
        assert window.save_to(target)
    finally:
        shut(window)
    assert "has_header" not in json.loads(target.read_text(encoding="utf-8"))["sources"][0]
