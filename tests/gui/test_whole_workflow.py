"""The whole workflow in the real window, as a caseworker walks it: Load the sample export, decide on the flagged
columns, recode with the 2022 recipe, synthesize (k-anonymous), export; the bundle checks, validates, and holds no
value of a removed column. No internet socket may even be made meanwhile (`sockets_refused`, tests/conftest.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from PySide6.QtCore import QThreadPool

from ctdc_desktop.core.recode.recipe import load_recipe
from ctdc_desktop.core.recode.validate_release import validate_release
from ctdc_desktop.core.release.check_bundle import bundle_problems
from ctdc_desktop.gui.app import sample_sources
from ctdc_desktop.gui.export_page import ExportPage
from ctdc_desktop.gui.identifiers_page import IdentifiersPage
from ctdc_desktop.gui.main_window import MainWindow
from ctdc_desktop.gui.recode_page import RecodePage
from ctdc_desktop.gui.step_page import StepState
from ctdc_desktop.gui.synthesize_page import SynthesizePage
from ctdc_desktop.resources import sample_export_path

STEP_TIMEOUT_MS = 180_000


def _wait_state(qtbot: Any, page: Any, state: StepState) -> None:
    qtbot.waitUntil(lambda: page.state() is state and not page.is_busy(), timeout=STEP_TIMEOUT_MS)


@pytest.mark.slow
def test_sample_export_goes_from_load_to_a_release_bundle(qtbot: Any, tmp_path: Path, sockets_refused: None) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    pages = window.pages
    identifiers, recode, synthesize, export = pages[1], pages[2], pages[3], pages[4]
    assert isinstance(identifiers, IdentifiersPage) and isinstance(recode, RecodePage)
    assert isinstance(synthesize, SynthesizePage) and isinstance(export, ExportPage)
    synthesize.set_ledger_folder(tmp_path / "appdata")
    try:
        window.open_sources(sample_sources())
        qtbot.waitUntil(lambda: window.load_page.state() is StepState.DONE, timeout=STEP_TIMEOUT_MS)

        # Stage one: the window handed the export on; every flagged column gets the proposed decision.
        assert window.show_step(1)
        _wait_state(qtbot, identifiers, StepState.NEEDS_ATTENTION)
        assert not window.step_list.is_open(2)  # Recode waits for the identifiers to be removed
        identifiers.accept_button.click()
        identifiers.finish_button.click()
        _wait_state(qtbot, identifiers, StepState.DONE)

        # Recode: the 2022 recipe places every value of the sample.
        assert window.show_step(2)
        index = recode.recipe_box.findData("victim_perpetrator_2022")
        recode.recipe_box.setCurrentIndex(index)
        recode.recipe_box.activated.emit(index)
        _wait_state(qtbot, recode, StepState.DONE)

        # Synthesize with the defaults (k-anonymous, k = 10).
        assert window.show_step(3)
        qtbot.waitUntil(synthesize.run_button.isEnabled, timeout=STEP_TIMEOUT_MS)
        synthesize.run_button.click()
        qtbot.waitUntil(lambda: synthesize.state() is StepState.DONE, timeout=STEP_TIMEOUT_MS)

        # Export into a folder of the test.
        assert window.show_step(4)
        (tmp_path / "shared drive").mkdir()
        export.dataset_edit.setText("sample mission")
        export.location_edit.setText(str(tmp_path / "shared drive"))
        assert export.problems() == []
        assert export.write_button.isEnabled()
        export.write_button.click()
        qtbot.waitUntil(lambda: export.result() is not None, timeout=STEP_TIMEOUT_MS)
    finally:
        for page in pages:
            shutdown = getattr(page, "shutdown", None)
            if callable(shutdown):
                shutdown()
        QThreadPool.globalInstance().waitForDone()

    result = export.result()
    assert result is not None
    assert bundle_problems(result.folder) == []
    records = pd.read_csv(result.folder / "synthetic_data.csv", dtype=str, keep_default_na=False)
    recipe, _ = load_recipe("victim_perpetrator_2022")
    assert validate_release(records.replace("", pd.NA), recipe).valid
    # No value of a column Stage one removed appears in any file of the bundle.
    victims = pd.read_excel(sample_export_path(), sheet_name="Victims", dtype=str, engine="calamine")
    removed = ["prs_FirstName", "prs_SecondName", "prs_Email", "prs_MobilePhone", "cas_CaseID", "prs_MailingStreet"]
    planted = {v for column in removed for v in victims[column].dropna() if len(v) >= 5}
    for file in result.folder.iterdir():
        text = file.read_bytes().decode("utf-8", errors="ignore")
        leaked = [v for v in planted if v in text]
        assert leaked == [], f"{file.name} holds values of removed columns"
