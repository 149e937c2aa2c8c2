"""A file that cannot be opened changes nothing: the export loaded before and every step's state stay as they were
(issue 19, "A failed open changes nothing")."""

from __future__ import annotations

import shutil
from pathlib import Path

from pytestqt.qtbot import QtBot

from ctdc_desktop.core.load.decisions import SourceRole
from ctdc_desktop.gui.app import sample_sources
from ctdc_desktop.gui.identifiers_page import IdentifiersPage
from ctdc_desktop.gui.main_window import MainWindow
from ctdc_desktop.gui.recode_page import RecodePage
from ctdc_desktop.gui.step_page import StepState

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
TIMEOUT_MS = 180_000


def test_a_file_with_an_unclosed_quote_leaves_every_step_as_it_was(qtbot: QtBot, tmp_path: Path) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    identifiers, recode = window.pages[1], window.pages[2]
    assert isinstance(identifiers, IdentifiersPage) and isinstance(recode, RecodePage)
    try:
        window.open_sources(sample_sources())
        qtbot.waitUntil(lambda: window.load_page.state() is StepState.DONE, timeout=TIMEOUT_MS)
        assert window.show_step(1)
        qtbot.waitUntil(lambda: identifiers.accept_button.isEnabled(), timeout=TIMEOUT_MS)
        identifiers.accept_button.click()
        identifiers.finish_button.click()
        qtbot.waitUntil(lambda: identifiers.state() is StepState.DONE, timeout=TIMEOUT_MS)
        assert window.show_step(2)
        index = recode.recipe_box.findData("victim_perpetrator_2022")
        recode.recipe_box.setCurrentIndex(index)
        recode.recipe_box.activated.emit(index)
        qtbot.waitUntil(lambda: recode.state() is StepState.DONE and not recode.is_busy(), timeout=TIMEOUT_MS)
        before = [window.step_list.shown_state(row) for row in range(5)]
        assert before[:3] == ["Done", "Done", "Done"] and before[3] == "Needs attention"
        export, cleaned, recoded = window.load_page.result(), identifiers.result(), recode.result()

        broken = tmp_path / "broken.csv"
        shutil.copy(FIXTURES / "malformed" / "unclosed_quote.csv", broken)
        window.open_export(broken, SourceRole.VICTIMS)  # in place of the sample's victims
        panel = window.load_page.victims_panel
        qtbot.waitUntil(lambda: not window.load_page.is_busy(), timeout=TIMEOUT_MS)

        assert panel.error_label.isVisibleTo(panel) and "broken.csv" in panel.error_label.text()
        assert [window.step_list.shown_state(row) for row in range(5)] == before
        assert window.load_page.result() is export
        assert identifiers.result() is cleaned and recode.result() is recoded
        assert window.load_page.source_paths() == [source.path for source in sample_sources()]
    finally:
        for page in window.pages:
            shutdown = getattr(page, "shutdown", None)
            if callable(shutdown):
                shutdown()
