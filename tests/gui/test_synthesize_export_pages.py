"""The Synthesize and Export pages, clicked through as a caseworker would, on the recoded sample export.

The pages are handed their input directly (the recoded sample, as the Recode step hands it on); the window's wiring
is tested in test_main_window.py.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from PySide6.QtCore import Qt, QThreadPool

from ctdc_desktop.core.load.decisions import LoadDecisions, SourceFile, SourceRole
from ctdc_desktop.core.pipeline.registry import SYNTHESIZE
from ctdc_desktop.core.pipeline.run_workflow import RunDecisions, prepare_recoded
from ctdc_desktop.core.progress import NO_PROGRESS
from ctdc_desktop.core.recode.coverage import Coverage, ValueCount, VariableCoverage
from ctdc_desktop.core.recode.recipe import load_recipe
from ctdc_desktop.core.recode.recoded_data import RecodedData
from ctdc_desktop.core.recode.validate_release import validate_release
from ctdc_desktop.core.release import ledger
from ctdc_desktop.core.release.bundle import ReleaseDecisions, ReleaseResult, write_release_bundle
from ctdc_desktop.core.release.check_bundle import BUNDLE_FILES, bundle_problems
from ctdc_desktop.core.release.release_columns import ReleaseRefused
from ctdc_desktop.core.release.release_inputs import ExportInput, export_input, release_inputs
from ctdc_desktop.core.synth.decisions import SynthesisDecisions
from ctdc_desktop.core.synth.model import DpParams, KAnonParams, SynthesisResult
from ctdc_desktop.gui.export_page import ExportPage
from ctdc_desktop.gui.step_page import StepState
from ctdc_desktop.gui.synthesize_page import SynthesizePage
from ctdc_desktop.resources import resource_path

TIMEOUT_MS = 60_000
RECIPE = "victim_perpetrator_2022"


@pytest.fixture(scope="module")
def recoded() -> RecodedData:
    """The sample export (victims and perpetrators CSVs) through Stage one's proposal and the 2022 recipe."""
    victims, perpetrators = (
        resource_path("sample", "sample_victims.csv"),
        resource_path("sample", "sample_perpetrators.csv"),
    )
    _, recipe = load_recipe(RECIPE)
    load = LoadDecisions((SourceFile(victims, SourceRole.VICTIMS), SourceFile(perpetrators, SourceRole.PERPETRATORS)))
    return prepare_recoded(
        RunDecisions(load, recipe, SynthesisDecisions(dataset_name="sample"), ReleaseDecisions(Path(".")))
    )


@pytest.fixture(scope="module")
def kanon_data(recoded: RecodedData) -> ExportInput:
    """A k-anonymous synthesis of the sample, for the Export page tests."""
    synthesis = SYNTHESIZE.run(recoded, SynthesisDecisions(KAnonParams(k=5, seed=3)), NO_PROGRESS)
    return ExportInput(recoded, synthesis, "x")


@pytest.fixture
def appdata(tmp_path: Path) -> Path:
    folder = tmp_path / "appdata"
    folder.mkdir()
    return folder


@pytest.fixture
def synthesize_page(qtbot: Any, appdata: Path) -> Iterator[SynthesizePage]:
    page = SynthesizePage(ledger_folder=appdata)
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()
    yield page
    page.shutdown()
    QThreadPool.globalInstance().waitForDone()


@pytest.fixture
def export_page(qtbot: Any, appdata: Path) -> Iterator[ExportPage]:
    page = ExportPage(ledger_folder=appdata)
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()
    yield page
    page.shutdown()
    QThreadPool.globalInstance().waitForDone()


def synthesize(qtbot: Any, page: SynthesizePage, recoded: RecodedData) -> ExportInput:
    """Make the records on `page` (which received `recoded`); what the window then hands the Export page."""
    qtbot.mouseClick(page.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.result() is not None, timeout=TIMEOUT_MS)
    result = page.result()
    assert isinstance(result, SynthesisResult)
    handed = export_input(recoded, result, page.decisions())
    assert handed is not None
    return handed


def export(qtbot: Any, page: ExportPage, location: Path) -> ReleaseResult:
    page.location_edit.setText(str(location))
    qtbot.waitUntil(page.write_button.isEnabled, timeout=5000)  # once the page has looked at the folder
    qtbot.mouseClick(page.write_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.result() is not None or bool(page.done_label.text()), timeout=TIMEOUT_MS)
    result = page.result()
    assert result is not None, page.done_label.text()
    return result


def test_without_input_neither_page_can_run(synthesize_page: SynthesizePage, export_page: ExportPage) -> None:
    assert synthesize_page.state() is StepState.NOT_AVAILABLE
    assert not synthesize_page.run_button.isEnabled()
    assert "Recode" in synthesize_page.input_label.text()
    assert export_page.state() is StepState.NOT_AVAILABLE
    assert not export_page.write_button.isEnabled()


def test_risk_summary_of_the_recoded_data_in_words_and_a_chart(
    qtbot: Any, synthesize_page: SynthesizePage, recoded: RecodedData
) -> None:
    synthesize_page.receive_input(recoded)
    qtbot.waitUntil(lambda: bool(synthesize_page.risk_chart.bars()), timeout=TIMEOUT_MS)
    bars = dict(synthesize_page.risk_chart.bars())
    assert sum(bars.values()) == len(recoded.table)  # every record is in exactly one bar
    words = synthesize_page.risk_label.text()
    assert "of 2,000 records" in words and "no other record has" in words
    assert synthesize_page.driver_chart.bars()  # the variables that single people out, most first
    counts = [value for _, value in synthesize_page.driver_chart.bars()]
    assert counts == sorted(counts, reverse=True)


def test_kanon_through_both_pages_writes_a_bundle_that_checks_and_validates(
    qtbot: Any, synthesize_page: SynthesizePage, export_page: ExportPage, recoded: RecodedData, tmp_path: Path
) -> None:
    synthesize_page.receive_input(recoded)
    synthesize_page.kanon_button.setChecked(True)
    synthesize_page.k_box.setValue(5)
    synthesize_page.dataset_edit.setText("sample quarter")  # named here; the Export page only shows the name
    assert "no privacy budget" in synthesize_page.budget_label.text()
    data = synthesize(qtbot, synthesize_page, recoded)
    assert synthesize_page.state() is StepState.DONE
    # done: the records were made, so a project saved now makes them again when reopened
    assert synthesize_page.decisions() == SynthesisDecisions(
        KAnonParams(k=5, reporting_length=4), dataset_name="sample quarter", done=True
    )
    words = synthesize_page.results_label.text()
    assert "synthetic records</b> were made from 2,000 real ones" in words
    for chart in (synthesize_page.error_chart, synthesize_page.kept_chart, synthesize_page.suppressed_chart):
        assert [label for label, _ in chart.bars()] == [f"length {n}" for n in range(1, 5)]
    assert all(0 <= value <= 1 for _, value in synthesize_page.kept_chart.bars())

    export_page.receive_input(data)
    assert export_page.dataset_edit.text() == "sample quarter" and export_page.dataset_edit.isReadOnly()
    out = tmp_path / "shared drive"
    out.mkdir()
    release = export(qtbot, export_page, out)
    assert release.folder == out / f"sample_quarter_kanon_{date.today().isoformat()}"
    assert bundle_problems(release.folder) == []
    assert export_page.state() is StepState.DONE
    assert str(release.folder) in export_page.done_label.text()
    for name in BUNDLE_FILES:
        assert name in export_page.done_label.text()
    assert export_page.decisions() == ReleaseDecisions(out, False)
    records = pd.read_csv(release.folder / "synthetic_data.csv", dtype=str, keep_default_na=False)
    recipe, _ = load_recipe(RECIPE)
    assert validate_release(records.replace("", None), recipe).valid
    # The screen-only comparison with the real records is written nowhere.
    report = (release.folder / "evaluation_report.html").read_text(encoding="utf-8")
    assert "real records hold" not in report


def test_dp_run_is_recorded_in_the_ledger_when_exported(
    qtbot: Any,
    synthesize_page: SynthesizePage,
    export_page: ExportPage,
    recoded: RecodedData,
    appdata: Path,
    tmp_path: Path,
) -> None:
    synthesize_page.receive_input(recoded)
    synthesize_page.dp_button.setChecked(True)
    synthesize_page.epsilon_box.setValue(3.0)
    synthesize_page.dataset_edit.setText("mission A")
    assert "spent ε = 0 of its cap of 10" in synthesize_page.budget_label.text()
    data = synthesize(qtbot, synthesize_page, recoded)
    assert data.synthesis.privacy is not None and data.synthesis.privacy.epsilon == pytest.approx(3.0)
    assert ledger.read_ledger(appdata).spent("mission A") == 0  # nothing is released yet

    export_page.receive_input(data)
    assert export_page.dataset_edit.text() == "mission A"
    release = export(qtbot, export_page, tmp_path)
    assert release.privacy_total_after == pytest.approx(3.0)
    assert ledger.read_ledger(appdata).spent("mission A") == pytest.approx(3.0)
    assert "spent ε = 3 of its cap of 10" in export_page.done_label.text()
    # The Synthesize page now counts that release.
    synthesize_page.dataset_edit.setText("mission A ")
    assert "spent ε = 3 of its cap of 10" in synthesize_page.budget_label.text()


def test_synthesis_past_the_privacy_cap_is_refused(
    qtbot: Any, synthesize_page: SynthesizePage, recoded: RecodedData, appdata: Path
) -> None:
    for number in range(2):
        entry = ledger.LedgerEntry(date(2026, 1 + number, 1), 4.0, 1e-6, f"mission_B_dp_{number}")
        ledger.record_release(appdata, "mission B", entry)
    synthesize_page.receive_input(recoded)
    synthesize_page.dp_button.setChecked(True)
    synthesize_page.dataset_edit.setText("mission B")
    synthesize_page.epsilon_box.setValue(1.0)
    assert synthesize_page.run_button.isEnabled()
    assert "close to the cap" in synthesize_page.budget_label.text()  # 9 of 10: a warning
    synthesize_page.epsilon_box.setValue(4.0)
    assert not synthesize_page.run_button.isEnabled()
    assert "past the cap of 10: the release is refused" in synthesize_page.budget_label.text()
    qtbot.mouseClick(synthesize_page.run_button, Qt.MouseButton.LeftButton)
    assert synthesize_page.result() is None
    synthesize_page.cap_box.setValue(20.0)  # the user raises the cap
    assert synthesize_page.run_button.isEnabled()


def test_a_damaged_ledger_refuses_dp_and_is_left_as_it_is(
    synthesize_page: SynthesizePage, recoded: RecodedData, appdata: Path
) -> None:
    damaged = ledger.ledger_path(appdata)
    damaged.write_text("{not json", encoding="utf-8")
    synthesize_page.receive_input(recoded)
    synthesize_page.dp_button.setChecked(True)
    assert not synthesize_page.run_button.isEnabled()
    assert "damaged" in synthesize_page.budget_label.text()
    assert damaged.read_text(encoding="utf-8") == "{not json"
    synthesize_page.kanon_button.setChecked(True)  # k-anonymity spends no budget
    assert synthesize_page.run_button.isEnabled()


def test_cancel_stops_the_synthesis(qtbot: Any, synthesize_page: SynthesizePage, recoded: RecodedData) -> None:
    synthesize_page.receive_input(recoded)
    qtbot.mouseClick(synthesize_page.run_button, Qt.MouseButton.LeftButton)
    assert synthesize_page.progress_panel.isVisible()
    qtbot.mouseClick(synthesize_page.progress_panel.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Stopped" in synthesize_page.status_label.text(), timeout=TIMEOUT_MS)
    assert synthesize_page.result() is None
    assert synthesize_page.state() is StepState.NEEDS_ATTENTION


def test_changing_a_choice_after_a_run_asks_for_a_new_run(
    qtbot: Any, synthesize_page: SynthesizePage, recoded: RecodedData
) -> None:
    synthesize_page.receive_input(recoded)
    synthesize(qtbot, synthesize_page, recoded)
    assert synthesize_page.dp_button.isChecked()  # the 2022 recipe's method
    synthesize_page.epsilon_box.setValue(2.0)
    assert synthesize_page.result() is None
    assert "again" in synthesize_page.status_label.text()


def test_restored_decisions_show_on_the_page(synthesize_page: SynthesizePage) -> None:
    decisions = SynthesisDecisions(DpParams(epsilon=2.5, reporting_length=2, fabrication="minimize", seed=11))
    synthesize_page.restore_decisions(decisions)
    assert synthesize_page.dp_button.isChecked()
    assert synthesize_page.decisions() == decisions


def test_export_never_replaces_a_bundle_silently(
    qtbot: Any, export_page: ExportPage, kanon_data: ExportInput, tmp_path: Path
) -> None:
    data = kanon_data
    export_page.receive_input(data)
    first = export(qtbot, export_page, tmp_path)
    (first.folder / "note.txt").write_text("kept", encoding="utf-8")
    export_page.receive_input(None)
    export_page.receive_input(data)
    export_page.location_edit.setText(str(tmp_path))
    qtbot.waitUntil(lambda: "already exists" in export_page.problem_label.text(), timeout=5000)
    assert not export_page.write_button.isEnabled()
    assert export_page.replace_box.isVisibleTo(export_page)
    assert (first.folder / "note.txt").exists()
    export_page.replace_box.setChecked(True)
    assert export_page.write_button.isEnabled()
    assert export_page.decisions() == ReleaseDecisions(tmp_path, False)  # never saved as "replace"


def test_export_refuses_unmapped_values_and_names_them(
    export_page: ExportPage, recoded: RecodedData, kanon_data: ExportInput, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    unmapped = VariableCoverage(
        "gender", "victims", ("prs_Gender",), 2000, unmapped=(ValueCount("prs_Gender", "Zorblax", 3),)
    )
    coverage = Coverage((*recoded.recode.coverage.variables, unmapped))
    incomplete = dataclasses.replace(recoded, recode=dataclasses.replace(recoded.recode, coverage=coverage))
    export_page.receive_input(ExportInput(incomplete, kanon_data.synthesis, "x"))
    export_page.location_edit.setText(str(out))
    assert not export_page.write_button.isEnabled()
    assert "prs_Gender: “Zorblax”" in export_page.problem_label.text()
    export_page.start()  # even asked directly, the page writes nothing
    assert list(out.iterdir()) == []


def test_the_page_shows_every_reason_the_writer_refuses_on(
    qtbot: Any, export_page: ExportPage, recoded: RecodedData, kanon_data: ExportInput, tmp_path: Path
) -> None:
    """One list of problems (core.release.bundle.release_problems): what the page shows before the click is what
    the writer refuses on, word for word, whichever way the bundle is written (the window or `run`)."""
    unmapped = VariableCoverage("gender", "victims", ("g",), 9, unmapped=(ValueCount("g", "Zorblax", 3),))
    incomplete = dataclasses.replace(
        recoded, recode=dataclasses.replace(recoded.recode, coverage=Coverage((unmapped,)))
    )
    nothing = dataclasses.replace(kanon_data.synthesis, records=kanon_data.synthesis.records.head(0))
    data = ExportInput(incomplete, nothing, "...")  # no records, a value not placed, a name of no letters
    export_page.receive_input(data)
    export_page.location_edit.setText(str(tmp_path / "not there"))
    shown = export_page.problems()
    assert not export_page.write_button.isEnabled()
    with pytest.raises(ReleaseRefused) as refused:
        write_release_bundle(release_inputs(data), ReleaseDecisions(tmp_path / "not there"))
    assert str(refused.value).split("\n- ")[1:] == shown
    assert len(shown) == 3 and "Zorblax" in shown[0] and "no records" in shown[1] and "needs a name" in shown[2]
    # The folder is checked once the name is right; an unchosen folder is the page's own (the writer always has one).
    export_page.receive_input(dataclasses.replace(data, dataset_name="x"))
    qtbot.waitUntil(lambda: any("cannot be found" in problem for problem in export_page.problems()), timeout=5000)
    export_page.location_edit.clear()
    assert export_page.problems()[-1] == "Choose the folder to save the release in."


def test_export_explains_a_missing_folder(
    qtbot: Any, export_page: ExportPage, kanon_data: ExportInput, tmp_path: Path
) -> None:
    export_page.receive_input(kanon_data)
    export_page.location_edit.setText(str(tmp_path / "not there"))
    qtbot.waitUntil(lambda: "cannot be found" in export_page.problem_label.text(), timeout=5000)
    assert not export_page.write_button.isEnabled()


def test_a_failed_write_leaves_nothing_and_says_so(
    qtbot: Any, export_page: ExportPage, kanon_data: ExportInput, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ctdc_desktop.core.release import bundle

    written: list[str] = []

    def full_disk(folder: Path, name: str, data: bytes) -> None:
        if written:
            raise OSError(28, "No space left on device")
        written.append(name)
        (folder / name).write_bytes(data)

    monkeypatch.setattr(bundle, "_write_file", full_disk)
    out = tmp_path / "out"
    out.mkdir()
    export_page.receive_input(kanon_data)
    export_page.location_edit.setText(str(out))
    qtbot.waitUntil(export_page.write_button.isEnabled, timeout=5000)
    qtbot.mouseClick(export_page.write_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "nothing was written" in export_page.done_label.text(), timeout=TIMEOUT_MS)
    assert "No space left on device" in export_page.done_label.text()
    assert export_page.result() is None and export_page.state() is StepState.NEEDS_ATTENTION
    assert list(out.iterdir()) == []  # no bundle, no temporary folder


def test_a_dp_release_past_the_cap_at_export_time_is_refused_with_the_reason(
    qtbot: Any,
    synthesize_page: SynthesizePage,
    export_page: ExportPage,
    recoded: RecodedData,
    appdata: Path,
    tmp_path: Path,
) -> None:
    synthesize_page.receive_input(recoded)
    synthesize_page.dp_button.setChecked(True)
    synthesize_page.dataset_edit.setText("mission C")
    data = synthesize(qtbot, synthesize_page, recoded)
    # Meanwhile another release of the same dataset spent most of the budget.
    ledger.record_release(appdata, "mission C", ledger.LedgerEntry(date(2026, 5, 1), 8.0, 1e-6, "other"))
    out = tmp_path / "out"
    out.mkdir()
    export_page.receive_input(data)
    export_page.location_edit.setText(str(out))
    qtbot.waitUntil(export_page.write_button.isEnabled, timeout=5000)
    qtbot.mouseClick(export_page.write_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "past the cap" in export_page.done_label.text(), timeout=TIMEOUT_MS)
    assert export_page.result() is None
    assert list(out.iterdir()) == []
    assert ledger.read_ledger(appdata).spent("mission C") == pytest.approx(8.0)


def test_a_bare_recode_result_still_makes_a_sound_bundle(
    qtbot: Any, synthesize_page: SynthesizePage, export_page: ExportPage, recoded: RecodedData, tmp_path: Path
) -> None:
    """Handed only the Recode step's `RecodeResult` (no recipe), the codebook comes from the recoded table."""
    bare = RecodedData(recoded.recode)
    synthesize_page.receive_input(bare)
    synthesize_page.k_box.setValue(5)
    synthesize_page.dataset_edit.setText("bare")  # named here; the Export page only shows the name
    data = synthesize(qtbot, synthesize_page, bare)
    export_page.receive_input(data)
    release = export(qtbot, export_page, tmp_path)
    assert bundle_problems(release.folder) == []
    manifest = (release.folder / "manifest.json").read_text(encoding="utf-8")
    assert "not known (codebook made from the recoded table)" in manifest


def test_dataset_name_and_cap_come_back_when_a_project_is_reopened(qtbot: Any) -> None:
    from ctdc_desktop.core.synth.decisions import SynthesisDecisions
    from ctdc_desktop.core.synth.model import DpParams

    page = SynthesizePage()
    qtbot.addWidget(page)
    page.restore_decisions(SynthesisDecisions(DpParams(epsilon=2.0), dataset_name="mission north", privacy_cap=6.0))
    assert page.dataset_edit.text() == "mission north" and page.cap_box.value() == 6.0
    assert page.decisions() == SynthesisDecisions(DpParams(epsilon=2.0), "mission north", 6.0)


def _focused() -> object:
    from PySide6.QtWidgets import QApplication

    return QApplication.focusWidget()


def _tab_to(qtbot: Any, page: Any, target: Any, limit: int = 40) -> None:
    """Press Tab until `target` has the focus (fails when it is never reached)."""
    for _ in range(limit):
        if _focused() is target:
            return
        qtbot.keyClick(_focused() or page, Qt.Key.Key_Tab)
    assert _focused() is target, f"Tab never reached {target!r}; the focus is on {_focused()!r}"


def test_synthesize_from_the_keyboard_alone(qtbot: Any, synthesize_page: SynthesizePage, recoded: RecodedData) -> None:
    page = synthesize_page
    page.receive_input(recoded)
    qtbot.waitUntil(page.run_button.isEnabled, timeout=TIMEOUT_MS)
    page.activateWindow()
    qtbot.waitActive(page)
    page.kanon_button.setFocus(Qt.FocusReason.TabFocusReason)
    # The method: Alt+D (the button's mnemonic), and the arrow keys within the group.
    qtbot.keyClick(page, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(page.dp_button.isChecked)  # a mnemonic clicks after a short flash
    qtbot.keyClick(page.dp_button, Qt.Key.Key_Up)
    assert page.kanon_button.isChecked()
    # k: Tab to its box, type over the value.
    _tab_to(qtbot, page, page.k_box)
    qtbot.keyClick(page.k_box, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(page.k_box, "12")
    assert page.k_box.value() == 12
    # ε: back to differential privacy, Tab to ε, type over it.
    page.kanon_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(page.kanon_button, Qt.Key.Key_Down)
    assert page.dp_button.isChecked()
    _tab_to(qtbot, page, page.epsilon_box)
    qtbot.keyClick(page.epsilon_box, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(page.epsilon_box, "2")
    assert page.epsilon_box.value() == 2.0
    # Run with Alt+M; Tab reaches Cancel while it runs, and Space presses it.
    qtbot.keyClick(page, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(page.progress_panel.isVisible)  # a mnemonic clicks after a short flash
    _tab_to(qtbot, page, page.progress_panel.cancel_button)
    qtbot.keyClick(page.progress_panel.cancel_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "Stopped" in page.status_label.text(), timeout=TIMEOUT_MS)
    assert page.result() is None
    # And run again to the end, from the keyboard.
    qtbot.keyClick(page, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: page.result() is not None, timeout=TIMEOUT_MS)
    assert page.decisions().params == DpParams(epsilon=2.0, reporting_length=3)


def test_export_from_the_keyboard_alone(
    qtbot: Any, export_page: ExportPage, kanon_data: ExportInput, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = export_page
    page.receive_input(kanon_data)
    page.activateWindow()
    qtbot.waitActive(page)
    page.setFocus()
    # Alt+D reaches the dataset name, which the Synthesize step gave ("x") and which cannot be changed here.
    qtbot.keyClick(page, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    assert _focused() is page.dataset_edit and page.dataset_edit.isReadOnly()
    # Alt+C opens the folder chooser (Qt's dialog, itself keyboard-driven); here it answers with a folder.
    chosen = tmp_path / "chosen"
    chosen.mkdir()
    monkeypatch.setattr("ctdc_desktop.gui.export_page.QFileDialog.getExistingDirectory", lambda *args: str(chosen))
    qtbot.keyClick(page, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: page.location_edit.text() == str(chosen))  # a mnemonic clicks after a short flash
    # Or type the folder: Alt+S goes to the field.
    typed = tmp_path / "typed"
    typed.mkdir()
    qtbot.keyClick(page, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    assert _focused() is page.location_edit
    qtbot.keyClick(page.location_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(page.location_edit, str(typed))
    qtbot.waitUntil(page.write_button.isEnabled, timeout=5000)  # once the page has looked at the folder
    # Alt+W writes the bundle.
    qtbot.keyClick(page, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: page.result() is not None, timeout=TIMEOUT_MS)
    result = page.result()
    assert result is not None and result.folder.parent == typed and result.folder.name.startswith("x_")
