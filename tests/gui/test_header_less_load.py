"""The Load step on an export saved without its header row: it says row 1 looks like a record, and "The file has no
header row" reads every row as a record (issue 19, "Header-less exports")."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from ctdc_desktop.core.load.decisions import SourceRole
from ctdc_desktop.gui.load_page import LoadPage
from tests.unit.test_header_less import RECORDS, header_less

TIMEOUT_MS = 20_000


@pytest.fixture
def page(load_page: LoadPage) -> LoadPage:
    return load_page  # the shared Load page (conftest.py)


def test_row_one_that_looks_like_a_record_is_said_and_the_user_can_say_there_is_no_header(
    qtbot: Any, page: LoadPage, tmp_path: Path
) -> None:
    page.open_victims(header_less(tmp_path))
    qtbot.waitUntil(lambda: page.victims_table() is not None and not page.is_busy(), timeout=TIMEOUT_MS)
    panel = page.victims_panel
    table = page.victims_table()
    assert table is not None and table.row_count == len(RECORDS) - 1  # row 1 taken for the names, as it was
    assert "looks like a record" in panel.notes_label.text()
    box = panel.no_header_box
    assert box.isVisibleTo(page) and not box.isChecked()

    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)  # as a keyboard user ticks it
    qtbot.waitUntil(
        lambda: (t := page.victims_table()) is not None and not t.has_header and not page.is_busy(), timeout=TIMEOUT_MS
    )
    table = page.victims_table()
    assert table is not None and table.row_count == len(RECORDS)
    assert list(table.frame.columns)[:2] == ["column 1", "column 2"]
    assert box.isVisibleTo(page) and box.isChecked()
    assert "no header row" in panel.details_label.text()
    assert not panel.notes_label.isVisibleTo(page) or "looks like a record" not in panel.notes_label.text()
    assert not page.has_header(SourceRole.VICTIMS)
    result = page.result()
    assert result is not None and len(result.victim_frame) == len(RECORDS)

    qtbot.keyClick(box, Qt.Key.Key_Space)  # changed their mind: row 1 holds the names again
    qtbot.waitUntil(lambda: (t := page.victims_table()) is not None and t.has_header, timeout=TIMEOUT_MS)
    assert page.has_header(SourceRole.VICTIMS)


def test_a_file_with_a_header_offers_nothing(qtbot: Any, page: LoadPage, tmp_path: Path) -> None:
    path = tmp_path / "victims.csv"
    path.write_text("case_id,gender,age,notes\nC1,Female,32,met at the station\nC2,Male,27,\n", encoding="utf-8")
    page.open_victims(path)
    qtbot.waitUntil(lambda: page.victims_table() is not None and not page.is_busy(), timeout=TIMEOUT_MS)
    assert not page.victims_panel.no_header_box.isVisibleTo(page)
