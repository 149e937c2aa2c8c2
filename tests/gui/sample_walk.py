"""The sample export taken through every step in the real window, as a caseworker walks it; the pages are shown
with their work done, for tests that look at each (the whole workflow, the languages, accessibility)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QThreadPool

from ctdc_desktop.gui.app import sample_sources
from ctdc_desktop.gui.export_page import ExportPage
from ctdc_desktop.gui.identifiers_page import IdentifiersPage
from ctdc_desktop.gui.main_window import MainWindow
from ctdc_desktop.gui.recode_page import RecodePage
from ctdc_desktop.gui.step_page import StepState
from ctdc_desktop.gui.synthesize_page import SynthesizePage

STEP_TIMEOUT_MS = 180_000


def _wait_state(qtbot: Any, page: Any, state: StepState) -> None:
    qtbot.waitUntil(lambda: page.state() is state and not page.is_busy(), timeout=STEP_TIMEOUT_MS)


def walk_sample_to_export(
    qtbot: Any,
    window: MainWindow,
    tmp_path: Path,
    on_page: Callable[[int], None] = lambda step: None,
    choose_synthesis: Callable[[SynthesizePage], None] = lambda page: None,
) -> ExportPage:
    """Take the sample export through every step as a caseworker does, calling `on_page(step)` on each page once
    its work is shown (the identifiers still to decide, the recode done, the synthesis done, the bundle written).
    `choose_synthesis(page)` sets the Synthesize page's choices before its records are made (the recipe's default:
    differentially private, ε = 4)."""
    pages = window.pages
    identifiers, recode, synthesize, export = pages[1], pages[2], pages[3], pages[4]
    assert isinstance(identifiers, IdentifiersPage) and isinstance(recode, RecodePage)
    assert isinstance(synthesize, SynthesizePage) and isinstance(export, ExportPage)
    synthesize.set_ledger_folder(tmp_path / "appdata")
    try:
        window.open_sources(sample_sources())
        qtbot.waitUntil(lambda: window.load_page.state() is StepState.DONE, timeout=STEP_TIMEOUT_MS)
        on_page(0)

        # Stage one: the window handed the export on; every flagged column gets the proposed decision.
        assert window.show_step(1)
        _wait_state(qtbot, identifiers, StepState.NEEDS_ATTENTION)
        assert not window.step_list.is_open(2)  # Recode waits for the identifiers to be removed
        on_page(1)
        identifiers.accept_button.click()
        identifiers.finish_button.click()
        _wait_state(qtbot, identifiers, StepState.DONE)

        # Recode: the 2022 recipe places every value of the sample.
        assert window.show_step(2)
        index = recode.recipe_box.findData("victim_perpetrator_2022")
        recode.recipe_box.setCurrentIndex(index)
        recode.recipe_box.activated.emit(index)
        _wait_state(qtbot, recode, StepState.DONE)
        on_page(2)

        # Synthesize with the defaults (the 2022 recipe's: differentially private, ε = 4), or as chosen.
        assert window.show_step(3)
        qtbot.waitUntil(synthesize.run_button.isEnabled, timeout=STEP_TIMEOUT_MS)
        choose_synthesis(synthesize)
        synthesize.run_button.click()
        qtbot.waitUntil(lambda: synthesize.state() is StepState.DONE, timeout=STEP_TIMEOUT_MS)
        on_page(3)

        # Export into a folder of the test.
        assert window.show_step(4)
        (tmp_path / "shared drive").mkdir()
        export.location_edit.setText(str(tmp_path / "shared drive"))
        qtbot.waitUntil(export.write_button.isEnabled, timeout=STEP_TIMEOUT_MS)  # once the folder is looked at
        assert export.problems() == []
        export.write_button.click()
        qtbot.waitUntil(lambda: export.result() is not None, timeout=STEP_TIMEOUT_MS)
        on_page(4)
    finally:
        for page in pages:
            shutdown = getattr(page, "shutdown", None)
            if callable(shutdown):
                shutdown()
        QThreadPool.globalInstance().waitForDone()
    return export
