"""Reopening a project restores each step's state: steps whose input and decisions are unchanged are done again
without a click and show "Done"; a real change still asks (issue 20, "Reopening a project restores each step's
state")."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
from pytestqt.qtbot import QtBot

from ctdc_desktop.gui.app import sample_sources
from ctdc_desktop.gui.identifiers_page import IdentifiersPage
from ctdc_desktop.gui.main_window import MainWindow
from ctdc_desktop.gui.recode_page import RecodePage
from ctdc_desktop.gui.step_page import StepState
from ctdc_desktop.gui.synthesize_page import SynthesizePage

TIMEOUT_MS = 180_000


def shut(window: MainWindow) -> None:
    for page in window.pages:
        shutdown = getattr(page, "shutdown", None)
        if callable(shutdown):
            shutdown()


def saved_project(qtbot: QtBot, folder: Path, synthesize: bool = False) -> Path:
    """The sample taken through Identifiers and Recode (and Synthesize when asked), saved."""
    window = MainWindow()
    qtbot.addWidget(window)
    identifiers, recode = window.pages[1], window.pages[2]
    assert isinstance(identifiers, IdentifiersPage) and isinstance(recode, RecodePage)
    try:
        window.open_sources(sample_sources())
        qtbot.waitUntil(lambda: window.load_page.state() is StepState.DONE, timeout=TIMEOUT_MS)
        qtbot.waitUntil(identifiers.accept_button.isEnabled, timeout=TIMEOUT_MS)
        identifiers.accept_button.click()
        identifiers.finish_button.click()
        qtbot.waitUntil(lambda: identifiers.state() is StepState.DONE, timeout=TIMEOUT_MS)
        index = recode.recipe_box.findData("victim_perpetrator_2022")
        recode.recipe_box.setCurrentIndex(index)
        recode.recipe_box.activated.emit(index)
        qtbot.waitUntil(lambda: recode.state() is StepState.DONE and not recode.is_busy(), timeout=TIMEOUT_MS)
        if synthesize:
            synthesis = window.pages[3]
            assert isinstance(synthesis, SynthesizePage)
            synthesis.set_ledger_folder(folder / "appdata")
            qtbot.waitUntil(synthesis.run_button.isEnabled, timeout=TIMEOUT_MS)
            synthesis.run_button.click()
            qtbot.waitUntil(lambda: synthesis.state() is StepState.DONE, timeout=TIMEOUT_MS)
        target = folder / "mission.ctdcproj"
        assert window.save_to(target)
        return target
    finally:
        shut(window)


def test_a_reopened_project_does_the_unchanged_steps_again(qtbot: QtBot, tmp_path: Path) -> None:
    project = saved_project(qtbot, tmp_path)
    window = MainWindow()
    qtbot.addWidget(window)
    identifiers, recode = window.pages[1], window.pages[2]
    assert isinstance(identifiers, IdentifiersPage) and isinstance(recode, RecodePage)
    try:
        assert window.open_project(project)
        # No click: the identifiers are removed again and the recode follows.
        qtbot.waitUntil(lambda: recode.state() is StepState.DONE and not recode.is_busy(), timeout=TIMEOUT_MS)
        assert [window.step_list.shown_state(row) for row in range(3)] == ["Done", "Done", "Done"]
        assert "Your saved decisions were applied" in identifiers.saved_note.text()
        assert window.step_list.is_open(3)
    finally:
        shut(window)


def test_a_new_column_still_asks(qtbot: QtBot, tmp_path: Path) -> None:
    project = saved_project(qtbot, tmp_path)
    victims = sample_sources()[0]
    book = openpyxl.load_workbook(victims.path)
    sheet = book[victims.sheet] if victims.sheet else book.worksheets[0]
    column = sheet.max_column + 1
    sheet.cell(row=1, column=column, value="vic_Nickname")
    for row in range(2, sheet.max_row + 1):
        sheet.cell(row=row, column=column, value="x")
    changed = tmp_path / victims.path.name
    book.save(changed)
    text = project.read_text(encoding="utf-8")
    assert json.dumps(str(victims.path))[1:-1] in text
    project.write_text(text.replace(json.dumps(str(victims.path))[1:-1], json.dumps(str(changed))[1:-1]), "utf-8")

    window = MainWindow()
    qtbot.addWidget(window)
    identifiers = window.pages[1]
    assert isinstance(identifiers, IdentifiersPage)
    try:
        assert window.open_project(project)
        qtbot.waitUntil(lambda: bool(identifiers.undecided_rows()) and not identifiers.is_busy(), timeout=TIMEOUT_MS)
        assert [r.name for r in identifiers.undecided_rows()] == ["vic_Nickname"]
        assert window.step_list.shown_state(1) == "Needs attention"
        assert not window.step_list.is_open(2)
    finally:
        shut(window)


def test_a_reopened_project_makes_its_synthetic_records_again(qtbot: QtBot, tmp_path: Path) -> None:
    project = saved_project(qtbot, tmp_path, synthesize=True)
    window = MainWindow()
    qtbot.addWidget(window)
    synthesis = window.pages[3]
    assert isinstance(synthesis, SynthesizePage)
    synthesis.set_ledger_folder(tmp_path / "appdata")
    try:
        assert window.open_project(project)
        # No click: Identifiers, Recode and Synthesize are done again, in order.
        qtbot.waitUntil(lambda: synthesis.state() is StepState.DONE, timeout=TIMEOUT_MS)
        assert [window.step_list.shown_state(row) for row in range(4)] == ["Done"] * 4
        assert window.step_list.is_open(4)
    finally:
        shut(window)


def test_a_project_saved_before_synthesizing_does_not_synthesize_on_reopening(qtbot: QtBot, tmp_path: Path) -> None:
    project = saved_project(qtbot, tmp_path)
    window = MainWindow()
    qtbot.addWidget(window)
    recode, synthesis = window.pages[2], window.pages[3]
    assert isinstance(recode, RecodePage) and isinstance(synthesis, SynthesizePage)
    try:
        assert window.open_project(project)
        qtbot.waitUntil(lambda: recode.state() is StepState.DONE and not recode.is_busy(), timeout=TIMEOUT_MS)
        qtbot.wait(3000)  # long enough for the sample's records to be made, had they been started
        assert synthesis.state() is StepState.NEEDS_ATTENTION
    finally:
        shut(window)
