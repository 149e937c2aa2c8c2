"""The Export page's folder check follows the folder (issue 20), and the page says what the counts are (issue 19).

- "cannot be found" goes once the folder is made, without touching the field, and comes back when it disappears;
- a folder that disappears after the check is never re-created by Write: nothing lands on the computer's own disk;
- the protected counts are called noisy (DP) or rounded down to a multiple of k (k-anonymity), never accurate;
- a folder that does not answer (a share that is gone: on Windows a look can block for 20 to 60 s) never freezes the
  window: the page looks off the GUI thread, one look at a time, says it is checking, and ignores an answer about a
  folder no longer chosen; closing the page waits for the look, and nothing arrives after.
"""

from __future__ import annotations

import itertools
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import Qt, QThreadPool, QTimer

from ctdc_desktop.core.load.decisions import LoadDecisions, SourceFile, SourceRole
from ctdc_desktop.core.pipeline.registry import SYNTHESIZE
from ctdc_desktop.core.pipeline.run_workflow import RunDecisions, prepare_recoded
from ctdc_desktop.core.progress import NO_PROGRESS
from ctdc_desktop.core.recode.recipe import load_recipe
from ctdc_desktop.core.recode.recoded_data import RecodedData
from ctdc_desktop.core.release import bundle
from ctdc_desktop.core.release.bundle import FolderLook, ReleaseDecisions
from ctdc_desktop.core.release.release_inputs import ExportInput
from ctdc_desktop.core.synth.decisions import SynthesisDecisions
from ctdc_desktop.core.synth.model import DpParams, KAnonParams
from ctdc_desktop.gui import folder_check
from ctdc_desktop.gui.export_page import ExportPage
from ctdc_desktop.resources import resource_path

TIMEOUT_MS = 60_000
HANG_S = 30  # longest a hanging look waits for the test to let it answer


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
    page.location_edit.setText(str(share))
    qtbot.waitUntil(lambda: "cannot be found" in page.problem_label.text(), timeout=5000)
    assert not page.write_button.isEnabled()
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
    page.location_edit.setText(str(share))
    qtbot.waitUntil(page.write_button.isEnabled, timeout=5000)
    share.rmdir()  # gone before the page looked again
    qtbot.mouseClick(page.write_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "cannot be found" in page.problem_label.text(), timeout=5000)
    assert not share.exists() and page.result() is None

    # Gone while the release is being made (after the click's own check): the writer refuses it too.
    share.mkdir()
    page.check_folder()  # what the page's timer does
    qtbot.waitUntil(page.write_button.isEnabled, timeout=5000)
    real = bundle._checked_release

    def unmounted(*args: Any) -> Any:
        share.rmdir()
        return real(*args)

    monkeypatch.setattr(bundle, "_checked_release", unmounted)
    qtbot.mouseClick(page.write_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "cannot be found" in page.done_label.text(), timeout=TIMEOUT_MS)
    assert not share.exists() and page.result() is None


class HangingLooks:
    """Stands in for `look_at_folder`: look number i (from 0) waits until `answer(i)`, like a look at a share that
    is gone; then it answers as the real one does. Counts the looks running at once."""

    def __init__(self, hanging: int) -> None:
        self.gates = [threading.Event() for _ in range(hanging)]
        self.looked_at: list[Path] = []
        self.running = self.most_at_once = 0
        self.returned = threading.Event()
        self._lock = threading.Lock()

    def __call__(self, location: Path, bundle_name: str | None) -> FolderLook:
        with self._lock:
            number = len(self.looked_at)
            self.looked_at.append(location)
            self.running += 1
            self.most_at_once = max(self.most_at_once, self.running)
        try:
            if number < len(self.gates):
                self.gates[number].wait(HANG_S)
            return bundle.look_at_folder(location, bundle_name)
        finally:
            with self._lock:
                self.running -= 1
            self.returned.set()

    def answer(self, number: int) -> None:
        self.gates[number].set()


@pytest.fixture
def hanging(monkeypatch: pytest.MonkeyPatch) -> Iterator[HangingLooks]:
    looks = HangingLooks(hanging=2)
    monkeypatch.setattr(folder_check, "look_at_folder", looks)
    monkeypatch.setattr(folder_check, "SLOW_LOOK_MS", 100)
    yield looks
    for gate in looks.gates:  # a failed test must not leave a look hanging
        gate.set()


def test_a_folder_that_does_not_answer_never_freezes_the_window(
    qtbot: Any, page: ExportPage, kanon_data: ExportInput, tmp_path: Path, hanging: HangingLooks
) -> None:
    share, other = tmp_path / "share", tmp_path / "other"
    share.mkdir()
    page.folder_timer.setInterval(20)  # ticks come often: each one while the look hangs is skipped, not stacked
    page.receive_input(kanon_data)
    before = time.monotonic()
    page.location_edit.setText(str(share))
    assert time.monotonic() - before < 1.0  # the look hangs, the GUI thread does not

    # The GUI thread goes on: its timers fire, and the page says, after a moment, that it is checking.
    beats: list[float] = []
    heartbeat = QTimer()
    heartbeat.timeout.connect(lambda: beats.append(time.monotonic()))
    heartbeat.start(10)
    qtbot.waitUntil(page.checking_label.isVisible, timeout=5000)
    qtbot.waitUntil(lambda: len(beats) >= 30, timeout=5000)
    assert page.checking_label.text() == "Checking the folder…"
    assert not page.write_button.isEnabled()
    assert hanging.looked_at == [share] and hanging.most_at_once == 1  # about 15 ticks, still one look

    # The folder chosen changes while the look hangs; the late answer (the share is there) is not taken for it.
    qtbot.keyClick(page.location_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(page.location_edit, str(other))
    assert hanging.looked_at == [share]
    hanging.answer(0)
    qtbot.waitUntil(lambda: len(hanging.looked_at) == 2, timeout=5000)  # the answer came, and the next look began
    assert hanging.looked_at[1] == other and not page.write_button.isEnabled()
    assert "cannot be found" not in page.problem_label.text()  # nothing is said of `other` before it is looked at
    hanging.answer(1)
    qtbot.waitUntil(
        lambda: "cannot be found" in page.problem_label.text() and not page.checking_label.isVisible(), timeout=5000
    )
    assert not page.write_button.isEnabled()
    other.mkdir()
    qtbot.waitUntil(page.write_button.isEnabled, timeout=5000)  # the next ticks' looks see it
    heartbeat.stop()
    assert hanging.most_at_once == 1
    assert max(b - a for a, b in itertools.pairwise(beats)) < 2.0  # never frozen while a look hung


def test_closing_the_page_waits_for_a_hanging_look_and_hears_nothing_after(
    qtbot: Any, page: ExportPage, kanon_data: ExportInput, tmp_path: Path, hanging: HangingLooks
) -> None:
    page.receive_input(kanon_data)
    page.location_edit.setText(str(tmp_path))  # there: its answer would let Write on
    qtbot.waitUntil(lambda: len(hanging.looked_at) == 1, timeout=5000)
    releaser = threading.Timer(0.3, hanging.answer, args=(0,))  # the share answers at last, while the page closes
    releaser.start()
    page.shutdown()  # what the window's closing does (aboutToQuit)
    releaser.join()
    assert hanging.returned.is_set() and hanging.running == 0  # no look outlives the page
    qtbot.wait(100)  # the answer, queued before the page stopped listening, is dropped
    assert not page.write_button.isEnabled() and len(hanging.looked_at) == 1


def test_a_page_deleted_while_a_look_hangs_waits_for_the_look(
    qtbot: Any, kanon_data: ExportInput, tmp_path: Path, hanging: HangingLooks
) -> None:
    """Even without `shutdown` (a window deleted), the look's thread is waited for, never destroyed while running."""
    page = ExportPage(ledger_folder=tmp_path / "appdata")  # not given to qtbot: deleted here
    page.show()
    page.receive_input(kanon_data)
    page.location_edit.setText(str(tmp_path))
    qtbot.waitUntil(lambda: len(hanging.looked_at) == 1, timeout=5000)
    releaser = threading.Timer(0.3, hanging.answer, args=(0,))
    releaser.start()
    shiboken6.delete(page)
    releaser.join()
    assert hanging.returned.is_set() and hanging.running == 0
    qtbot.wait(100)  # the late answer finds no one to tell, and nothing breaks


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
