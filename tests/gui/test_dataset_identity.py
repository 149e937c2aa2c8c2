"""One privacy budget per dataset (issue 19): the dataset is named once per project, from the project's or the
export's name, never a generic word; the window and `run --project` count against the same ledger entry; two
unrelated exports never share one by default; renaming a dataset that has releases asks, and the ledger records it.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QThreadPool

from ctdc_desktop.cli import main as cli_main
from ctdc_desktop.core.load.decisions import SourceFile, SourceRole
from ctdc_desktop.core.project import Project, is_generic_dataset_name, load_project
from ctdc_desktop.core.release import ledger
from ctdc_desktop.core.synth.decisions import SynthesisDecisions
from ctdc_desktop.gui import synthesize_page as synthesize_module
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


@pytest.fixture
def window(qtbot: Any) -> Iterator[MainWindow]:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    yield window
    for page in window.pages:
        shutdown = getattr(page, "shutdown", None)
        if callable(shutdown):
            shutdown()
    QThreadPool.globalInstance().waitForDone()


def walk_to_synthesize(qtbot: Any, window: MainWindow, sources: list[SourceFile]) -> SynthesizePage:
    """Load, take Stage one's proposal, recode with the 2022 recipe, and open Synthesize, as a caseworker does."""
    identifiers, recode, synthesize = window.pages[1], window.pages[2], window.pages[3]
    assert isinstance(identifiers, IdentifiersPage) and isinstance(recode, RecodePage)
    assert isinstance(synthesize, SynthesizePage)
    window.open_sources(sources)
    qtbot.waitUntil(lambda: window.load_page.state() is StepState.DONE, timeout=STEP_TIMEOUT_MS)
    assert window.show_step(1)
    _wait_state(qtbot, identifiers, StepState.NEEDS_ATTENTION)
    identifiers.accept_button.click()
    identifiers.finish_button.click()
    _wait_state(qtbot, identifiers, StepState.DONE)
    assert window.show_step(2)
    index = recode.recipe_box.findData("victim_perpetrator_2022")
    recode.recipe_box.setCurrentIndex(index)
    recode.recipe_box.activated.emit(index)
    _wait_state(qtbot, recode, StepState.DONE)
    assert window.show_step(3)
    qtbot.waitUntil(synthesize.run_button.isEnabled, timeout=STEP_TIMEOUT_MS)
    return synthesize


def synthesize_and_export(qtbot: Any, window: MainWindow, out: Path) -> Path:
    synthesize, export = window.pages[3], window.pages[4]
    assert isinstance(synthesize, SynthesizePage) and isinstance(export, ExportPage)
    qtbot.mouseClick(synthesize.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: synthesize.state() is StepState.DONE, timeout=STEP_TIMEOUT_MS)
    assert window.show_step(4)
    out.mkdir(parents=True, exist_ok=True)
    export.location_edit.setText(str(out))
    qtbot.waitUntil(export.write_button.isEnabled, timeout=STEP_TIMEOUT_MS)  # once the folder is looked at
    assert export.problems() == []
    qtbot.mouseClick(export.write_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: export.result() is not None or bool(export.done_label.text()), timeout=STEP_TIMEOUT_MS)
    result = export.result()
    assert result is not None, export.done_label.text()
    return result.folder


@pytest.mark.slow
def test_a_release_from_the_window_then_run_project_count_against_one_budget(
    qtbot: Any, window: MainWindow, tmp_path: Path, isolated_app_data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    synthesize = walk_to_synthesize(qtbot, window, sample_sources())
    name = synthesize.dataset_edit.text()
    assert name and name.casefold() != "dataset" and not is_generic_dataset_name(name)
    assert synthesize.dp_button.isChecked()  # the 2022 recipe's method
    synthesize.cap_box.setValue(9.0)  # the cap, like the name, is set on the Synthesize page only
    export = window.pages[4]
    assert isinstance(export, ExportPage)
    window_bundle = synthesize_and_export(qtbot, window, tmp_path / "window")
    assert export.dataset_edit.text() == name  # Export shows the project's name
    assert "of its cap of 9" in export.done_label.text()
    project_file = tmp_path / "mission.ctdcproj"
    assert window.save_to(project_file)
    assert load_project(project_file).dataset_name == name

    code = cli_main(
        [
            "run",
            str(sample_export_path()),
            "--project",
            str(project_file),
            "--out",
            str(tmp_path),
            "--ledger-folder",
            str(isolated_app_data),
        ]
    )
    assert code == 0
    book = ledger.read_ledger(isolated_app_data)
    assert list(book.releases) == [ledger.dataset_key(name)], "the window and run counted against two entries"
    assert len(book.entries(name)) == 2
    assert book.spent(name) == pytest.approx(8.0)  # ε = 4 twice, against one cap
    caps = [
        json.loads((folder / "manifest.json").read_text(encoding="utf-8"))["privacy_budget"]["cap"]
        for folder in (window_bundle, tmp_path / window_bundle.name)
    ]
    assert caps == [9.0, 9.0], "the window and run checked the budget against two caps"

    # Another name on the command line would start a second budget for the same data: refused.
    again = [
        "run",
        str(sample_export_path()),
        "--project",
        str(project_file),
        "--out",
        str(tmp_path),
        "--ledger-folder",
        str(isolated_app_data),
        "--replace",
    ]
    assert cli_main([*again, "--dataset", "another name"]) == 2
    assert "second privacy budget" in capsys.readouterr().err
    assert ledger.read_ledger(isolated_app_data).spent(name) == pytest.approx(8.0)


def test_two_unrelated_exports_are_proposed_different_names_even_when_their_files_are_named_alike(
    qtbot: Any, tmp_path: Path, isolated_app_data: Path
) -> None:
    names = []
    for mission in ("north", "south"):
        folder = tmp_path / mission
        folder.mkdir()
        export = folder / "export.xlsx"
        shutil.copy(sample_export_path(), export)
        page = SynthesizePage(ledger_folder=isolated_app_data)
        qtbot.addWidget(page)
        page.receive_project(Project(sources=(SourceFile(export, SourceRole.VICTIMS, "Victims"),)), None)
        names.append(page.dataset_edit.text())
        page.shutdown()
    assert all(name.startswith("export") and not is_generic_dataset_name(name) for name in names), names
    assert ledger.dataset_key(names[0]) != ledger.dataset_key(names[1])


def test_a_proposed_name_never_joins_a_dataset_that_has_releases(
    qtbot: Any, tmp_path: Path, isolated_app_data: Path
) -> None:
    entry = ledger.LedgerEntry(date(2026, 3, 1), 4.0, 1e-6, "kenya_dp_2026-03-01")
    ledger.record_release(isolated_app_data, "Kenya shelters", entry)
    page = SynthesizePage(ledger_folder=isolated_app_data)
    qtbot.addWidget(page)
    export = tmp_path / "Kenya shelters.xlsx"
    page.receive_project(Project(sources=(SourceFile(export, SourceRole.VICTIMS),)), None)
    assert page.dataset_edit.text() == "Kenya shelters 2"
    # Said, with the way to count against the same budget if it is the same data.
    assert not page.name_note.isHidden()
    assert "“Kenya shelters” already has releases" in page.name_note.text()
    # Once named, the name stays, whatever file the project reads next.
    page.receive_project(Project(sources=(SourceFile(tmp_path / "other.xlsx", SourceRole.VICTIMS),)), None)
    assert page.dataset_name() == "Kenya shelters 2"
    page.shutdown()


def _page_with_releases(qtbot: Any, folder: Path, name: str) -> SynthesizePage:
    ledger.record_release(folder, name, ledger.LedgerEntry(date(2026, 3, 1), 4.0, 1e-6, "b1"))
    page = SynthesizePage(ledger_folder=folder)
    qtbot.addWidget(page)
    page.show()
    page.restore_decisions(SynthesisDecisions(dataset_name=name))
    return page


def _type_name(qtbot: Any, page: SynthesizePage, text: str) -> None:
    page.dataset_edit.setFocus()
    page.dataset_edit.selectAll()
    qtbot.keyClicks(page.dataset_edit, text)
    qtbot.keyClick(page.dataset_edit, Qt.Key.Key_Return)


def test_renaming_a_dataset_with_releases_asks_and_the_ledger_records_it(
    qtbot: Any, isolated_app_data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _page_with_releases(qtbot, isolated_app_data, "mission north")
    asked: list[tuple[str, str, int]] = []

    def answer(parent: object, old: str, new: str, releases: int) -> bool:
        asked.append((old, new, releases))
        return True

    monkeypatch.setattr(synthesize_module, "ask_to_rename_dataset", answer)
    _type_name(qtbot, page, "mission north 2026")
    assert asked == [("mission north", "mission north 2026", 1)]
    assert page.decisions().dataset_name == "mission north 2026"
    book = ledger.read_ledger(isolated_app_data)
    assert [(r.old, r.new) for r in book.renames] == [("mission north", "mission north 2026")]
    assert book.spent("mission north 2026") == pytest.approx(4.0)  # the budget followed the name
    page.shutdown()


def test_a_rename_the_user_declines_keeps_the_name_and_the_ledger(
    qtbot: Any, isolated_app_data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _page_with_releases(qtbot, isolated_app_data, "mission south")
    monkeypatch.setattr(synthesize_module, "ask_to_rename_dataset", lambda *args: False)
    _type_name(qtbot, page, "something else")
    assert page.dataset_edit.text() == "mission south"
    assert page.decisions().dataset_name == "mission south"
    assert ledger.read_ledger(isolated_app_data).renames == ()
    page.shutdown()
