"""The Export page's folder check follows the folder (issue 20), and the page says what the counts are (issue 19).

- "cannot be found" goes once the folder is made, without touching the field, and comes back when it disappears;
- a folder that disappears after the check is never re-created by Write: nothing lands on the computer's own disk;
- the protected counts are called noisy (DP) or rounded down to a multiple of k (k-anonymity), never accurate.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QThreadPool

from ctdc_desktop.core.load.decisions import LoadDecisions, SourceFile, SourceRole
from ctdc_desktop.core.pipeline.registry import SYNTHESIZE
from ctdc_desktop.core.pipeline.run_workflow import RunDecisions, prepare_recoded
from ctdc_desktop.core.progress import NO_PROGRESS
from ctdc_desktop.core.recode.recipe import load_recipe
from ctdc_desktop.core.recode.recoded_data import RecodedData
from ctdc_desktop.core.release import bundle
from ctdc_desktop.core.release.bundle import ReleaseDecisions
from ctdc_desktop.core.release.release_inputs import ExportInput
from ctdc_desktop.core.synth.decisions import SynthesisDecisions
from ctdc_desktop.core.synth.model import DpParams, KAnonParams
from ctdc_desktop.gui.export_page import ExportPage
from ctdc_desktop.resources import resource_path

TIMEOUT_MS = 60_000


@pytest.fixture(scope="module")
def recoded() -> RecodedData:
    victims, perpetrators = (
        resource_path("sample", "sample_victims.csv"),
        resource_path("sample", "sample_perpetrators.csv"),
    )
    _, recipe = load_recipe("victim_perpetrator_2022")
    load = LoadDecisions((SourceFile(victims, SourceRole.VICTIMS), SourceFile(perpetrators, SourceRole.PERPETRATORS)))
    return prepare_recoded(
        RunDecisions(load, recipe, SynthesisDecisions(dataset_name="sample"), ReleaseDecisions(Path(".")))
    )


@pytest.fixture(scope="module")
def kanon_data(recoded: RecodedData) -> ExportInput:
    synthesis = SYNTHESIZE.run(recoded, SynthesisDecisions(KAnonParams(k=5, seed=3)), NO_PROGRESS)
    return ExportInput(recoded, synthesis, "x")


@pytest.fixture
def page(qtbot: Any, tmp_path: Path) -> Iterator[ExportPage]:
    export_page = ExportPage(ledger_folder=tmp_path / "appdata")
    qtbot.addWidget(export_page)
    export_page.resize(1100, 760)
    export_page.show()
    yield export_page
    export_page.shutdown()
    QThreadPool.globalInstance().waitForDone()


def test_the_folder_check_follows_the_folder(
    qtbot: Any, page: ExportPage, kanon_data: ExportInput, tmp_path: Path
) -> None:
    share = tmp_path / "share"
    page.receive_input(kanon_data)
    page.dataset_edit.setText("mission")
    page.location_edit.setText(str(share))
    assert "cannot be found" in page.problem_label.text() and not page.write_button.isEnabled()
    share.mkdir()  # made in the file manager, the field left as it is
    qtbot.waitUntil(lambda: page.write_button.isEnabled(), timeout=5000)
    assert "cannot be found" not in page.problem_label.text()
    share.rmdir()  # the share is disconnected
    qtbot.waitUntil(lambda: not page.write_button.isEnabled(), timeout=5000)
    assert "cannot be found" in page.problem_label.text()


def test_write_never_recreates_a_folder_that_disappeared(
    qtbot: Any, page: ExportPage, kanon_data: ExportInput, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    share = tmp_path / "share"
    share.mkdir()
    page.folder_timer.stop()  # the page's last look saw the folder
    page.receive_input(kanon_data)
    page.dataset_edit.setText("mission")
    page.location_edit.setText(str(share))
    assert page.write_button.isEnabled()
    share.rmdir()  # gone before the page looked again
    qtbot.mouseClick(page.write_button, Qt.MouseButton.LeftButton)
    assert "cannot be found" in page.problem_label.text()
    assert not share.exists() and page.result() is None

    # Gone while the release is being made (after the click's own check): the writer refuses it too.
    share.mkdir()
    page.check_folder()  # what the page's timer does
    assert page.write_button.isEnabled()
    real = bundle._checked_release

    def unmounted(*args: Any) -> Any:
        share.rmdir()
        return real(*args)

    monkeypatch.setattr(bundle, "_checked_release", unmounted)
    qtbot.mouseClick(page.write_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "cannot be found" in page.done_label.text(), timeout=TIMEOUT_MS)
    assert not share.exists() and page.result() is None


def test_the_page_says_what_the_counts_are(
    page: ExportPage, recoded: RecodedData, kanon_data: ExportInput, tmp_path: Path
) -> None:
    page.receive_input(kanon_data)
    plan = page.plan_label.text()
    assert "rounded down to a multiple of k = 5" in plan and "accurate" not in plan
    dp = ExportInput(recoded, SYNTHESIZE.run(recoded, SynthesisDecisions(DpParams(epsilon=4.0, seed=3)), NO_PROGRESS))
    page.receive_input(dp)
    plan = page.plan_label.text()
    assert "noisy counts" in plan and "not the real numbers" in plan and "accurate" not in plan


def test_the_export_page_shows_the_projects_dataset_name_and_cannot_change_it(
    qtbot: Any, page: ExportPage, kanon_data: ExportInput
) -> None:
    page.receive_input(kanon_data)  # named "x" on the Synthesize step
    assert page.dataset_edit.text() == "x" and page.dataset_edit.isReadOnly()
    page.dataset_edit.setFocus()
    qtbot.keyClicks(page.dataset_edit, "other")
    assert page.dataset_edit.text() == "x"  # typing here cannot start a second privacy budget
