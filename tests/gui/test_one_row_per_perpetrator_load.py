"""The Load step on one sheet with one row per perpetrator: it says so, reads victims once per case and perpetrators
from their columns, and the user can undo it with one click; the Identifiers step then sees two tables."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QStyle
from pytestqt.qtbot import QtBot

from ctdc_desktop.core.load.decisions import LoadDecisions, SourceFile, SourceRole
from ctdc_desktop.gui.identifiers_page import IdentifiersPage
from ctdc_desktop.gui.load_page import LoadPage
from ctdc_desktop.gui.main_window import MainWindow
from ctdc_desktop.gui.step_page import StepState

ONE_SHEET = (
    Path(__file__).resolve().parents[1] / "fixtures" / "exports" / "fr_mission_one_sheet" / "dossiers_une_feuille.xlsx"
)
TIMEOUT_MS = 60_000


@pytest.fixture
def page(load_page: LoadPage) -> LoadPage:
    return load_page  # the shared Load page (conftest.py)


def _settled(page: LoadPage) -> bool:
    return page.victims_table() is not None and not page.is_busy()


def test_the_page_says_it_and_the_box_undoes_and_redoes_it(qtbot: QtBot, page: LoadPage) -> None:
    page.open_victims(ONE_SHEET)
    panel = page.perpetrator_rows_panel
    qtbot.waitUntil(lambda: _settled(page) and panel.isVisibleTo(page), timeout=TIMEOUT_MS)
    text = panel.explanation.text()
    assert "This sheet has several rows for 37 of 60 cases: it looks like one row per perpetrator." in text
    assert "The victims' columns (Nom et prénom, Téléphone" in text and "Sexe de l'auteur" in text
    assert panel.read_box.isChecked() and not panel.disagreements.isVisibleTo(page)
    victims, perpetrators = page.victims_table(), page.perpetrators_table()
    assert victims is not None and perpetrators is not None
    assert (victims.row_count, perpetrators.row_count) == (60, 102)
    assert page.state() is StepState.DONE and page.reads_one_row_per_perpetrator()
    result = page.result()
    assert result is not None and result.link_columns == ("N° dossier", "N° dossier")
    assert result.perpetrators is not None and result.perpetrators.row_count == 102
    assert page.tabs.isTabVisible(2) and page.tabs.isTabVisible(3), "the perpetrator tabs show the records made"
    assert not page.link_panel.isVisibleTo(page), "the case column links them; nothing to choose"
    assert page.decisions().one_row_per_perpetrator is True

    box = panel.read_box
    box_middle = QPoint(box.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) // 2 + 1, box.height() // 2)
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=box_middle)  # the caseworker says: each row is a victim
    assert not panel.read_box.isChecked()
    victims = page.victims_table()
    assert victims is not None and victims.row_count == 113 and page.perpetrators_table() is None
    result = page.result()
    assert result is not None and result.perpetrators is None and result.victims.row_count == 113
    assert not page.tabs.isTabVisible(2)
    assert page.decisions().one_row_per_perpetrator is False
    assert panel.isVisibleTo(page), "the box stays, to change one's mind again"

    panel.read_box.setFocus()
    qtbot.keyClick(panel.read_box, Qt.Key.Key_Space)  # and back, from the keyboard
    result = page.result()
    assert result is not None and result.victims.row_count == 60 and result.perpetrators is not None


def test_a_saved_choice_not_to_read_it_so_is_kept(qtbot: QtBot, page: LoadPage) -> None:
    page.restore_decisions(LoadDecisions((SourceFile(ONE_SHEET, SourceRole.VICTIMS, None, False),)))
    panel = page.perpetrator_rows_panel
    qtbot.waitUntil(lambda: _settled(page) and panel.isVisibleTo(page), timeout=TIMEOUT_MS)
    assert not panel.read_box.isChecked()
    result = page.result()
    assert result is not None and result.victims.row_count == 113 and result.perpetrators is None
    assert page.decisions().one_row_per_perpetrator is False


def test_a_victims_file_with_one_row_each_shows_nothing(qtbot: QtBot, page: LoadPage, tmp_path: Path) -> None:
    victims = tmp_path / "victims.csv"
    victims.write_text("Case,Sex\nA-1,F\nB-2,M\nC-3,F\n", encoding="utf-8")
    page.open_victims(victims)
    qtbot.waitUntil(lambda: _settled(page), timeout=TIMEOUT_MS)
    assert not page.perpetrator_rows_panel.isVisibleTo(page)
    assert page.decisions().one_row_per_perpetrator is None


def test_the_identifiers_step_sees_victims_and_perpetrators(qtbot: QtBot) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    identifiers = window.pages[1]
    assert isinstance(identifiers, IdentifiersPage)
    try:
        window.open_sources((SourceFile(ONE_SHEET, SourceRole.VICTIMS),))
        qtbot.waitUntil(lambda: window.load_page.state() is StepState.DONE, timeout=TIMEOUT_MS)
        assert window.show_step(1)
        qtbot.waitUntil(lambda: identifiers.accept_button.isEnabled(), timeout=TIMEOUT_MS)
        identifiers.accept_button.click()
        identifiers.finish_button.click()
        qtbot.waitUntil(lambda: identifiers.state() is StepState.DONE, timeout=TIMEOUT_MS)
        cleaned = identifiers.result()
        assert cleaned is not None
        assert len(cleaned.export.victim_frame) == 60
        perpetrators = cleaned.export.perpetrator_frame
        assert perpetrators is not None and len(perpetrators) == 102
        assert "Nom de l'auteur" not in perpetrators.columns, "the perpetrators' names are found and removed"
    finally:
        for each in window.pages:
            shutdown = getattr(each, "shutdown", None)
            if callable(shutdown):
                shutdown()
