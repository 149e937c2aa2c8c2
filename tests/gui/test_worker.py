"""StepWorker: a core step runs in the pool, and its outcome reaches the GUI thread as one clean signal."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QThread, QThreadPool

from ctdc_desktop.core.io.table import LoadError
from ctdc_desktop.core.progress import Progress, check_cancelled
from ctdc_desktop.gui.worker import StepWorker


@pytest.fixture
def worker(qapp: Any) -> Iterator[StepWorker]:
    worker = StepWorker(name="test step")
    yield worker
    assert worker.shutdown(timeout_s=10)
    QThreadPool.globalInstance().waitForDone()


def test_result_arrives_on_the_gui_thread(qtbot: Any, worker: StepWorker) -> None:
    seen: dict[str, object] = {}
    busy: list[bool] = []
    worker.busy_changed.connect(busy.append)

    def step(progress: Progress) -> int:
        seen["step thread"] = QThread.currentThread()
        return 42

    def on_result(result: object) -> None:
        seen["result"] = result
        seen["slot thread"] = QThread.currentThread()

    worker.succeeded.connect(on_result)
    with qtbot.waitSignal(worker.succeeded, timeout=5000):
        worker.start(step)
        assert worker.is_busy()
    assert seen["result"] == 42
    assert seen["step thread"] is not qapp_thread()
    assert seen["slot thread"] is qapp_thread()
    assert busy == [True, False]
    assert not worker.is_busy()


def qapp_thread() -> QThread:
    from PySide6.QtWidgets import QApplication

    return QApplication.instance().thread()  # type: ignore[union-attr]


def test_progress_is_sent_only_when_it_changes(qtbot: Any, worker: StepWorker) -> None:
    reports: list[tuple[int, int, str]] = []
    worker.progress_changed.connect(lambda done, total, message: reports.append((done, total, message)))

    def step(progress: Progress) -> None:
        for _ in range(1000):
            progress.report(0, 10, "Reading")
        progress.report(5, 10, "Profiling columns")  # a new phase always shows
        progress.report(10, 10, "Profiling columns")  # and so does the end

    with qtbot.waitSignal(worker.succeeded, timeout=5000):
        worker.start(step)
    assert reports == [(0, 10, "Reading"), (5, 10, "Profiling columns"), (10, 10, "Profiling columns")]


def test_cancel_stops_the_step(qtbot: Any, worker: StepWorker) -> None:
    started = threading.Event()
    stopped = threading.Event()

    def step(progress: Progress) -> None:
        started.set()
        try:
            while True:
                check_cancelled(progress)
                threading.Event().wait(0.005)
        finally:
            stopped.set()

    results: list[object] = []
    worker.succeeded.connect(results.append)
    worker.start(step)
    assert started.wait(5)
    with qtbot.waitSignal(worker.cancelled, timeout=5000), qtbot.waitSignal(worker.busy_changed, timeout=5000) as busy:
        worker.cancel()
    assert busy.args == [False]
    assert stopped.wait(5), "the step never saw the Cancel button"
    qtbot.wait(20)  # let any late queued news arrive: it must be dropped
    assert results == []


def test_a_cancelled_step_that_raises_cancelled_reports_once(qtbot: Any, worker: StepWorker) -> None:
    started = threading.Event()
    cancels: list[None] = []
    worker.cancelled.connect(lambda: cancels.append(None))

    def step(progress: Progress) -> None:
        started.set()
        while not progress.cancelled():
            threading.Event().wait(0.005)
        check_cancelled(progress)

    worker.start(step)
    assert started.wait(5)
    worker.cancel()
    assert worker.shutdown(timeout_s=5)
    qtbot.wait(20)
    assert cancels == [None]


def test_load_error_is_shown_as_written(qtbot: Any, worker: StepWorker, tmp_path: Any) -> None:
    def step(progress: Progress) -> None:
        raise LoadError(tmp_path / "cases.csv", "The file is empty.", "Export it again from the case system.")

    with qtbot.waitSignal(worker.failed, timeout=5000) as failed:
        worker.start(step)
    assert failed.args == ["cases.csv: The file is empty. Export it again from the case system."]
    assert not worker.is_busy()


def test_unexpected_error_hides_data_values(qtbot: Any, worker: StepWorker, caplog: Any) -> None:
    def step(progress: Progress) -> None:
        raise KeyError("Maria Secret-Surname")

    caplog.set_level(logging.ERROR)
    with qtbot.waitSignal(worker.failed, timeout=5000) as failed:
        worker.start(step)
    message = failed.args[0]
    assert "KeyError" in message and "Maria" not in message
    assert "Traceback" not in message
    assert any("KeyError" in record.getMessage() for record in caplog.records)
    assert all("Maria" not in record.getMessage() for record in caplog.records)


def test_out_of_memory_says_what_to_do(qtbot: Any, worker: StepWorker) -> None:
    def step(progress: Progress) -> None:
        raise MemoryError

    with qtbot.waitSignal(worker.failed, timeout=5000) as failed:
        worker.start(step)
    assert "not enough memory" in failed.args[0]


def test_a_new_start_replaces_the_old_task(qtbot: Any, worker: StepWorker) -> None:
    release = threading.Event()
    first_saw_stop = threading.Event()

    def slow(progress: Progress) -> str:
        release.wait(5)
        if progress.cancelled():
            first_saw_stop.set()
        return "old"

    results: list[object] = []
    worker.succeeded.connect(results.append)
    worker.start(slow)
    with qtbot.waitSignal(worker.succeeded, timeout=5000):
        worker.start(lambda progress: "new")
    release.set()
    assert first_saw_stop.wait(5)
    assert worker.shutdown(timeout_s=5)
    qtbot.wait(20)
    assert results == ["new"]


def test_shutdown_waits_for_the_step(qapp: Any) -> None:
    worker = StepWorker()
    finished = threading.Event()

    def step(progress: Progress) -> None:
        while not progress.cancelled():
            threading.Event().wait(0.005)
        finished.set()

    worker.start(step)
    assert worker.shutdown(timeout_s=5)
    assert finished.is_set()
    assert not worker.is_busy()


def test_signal_emit_keeps_reference_counts(qapp: Any) -> None:
    # PySide6 6.12.0 dropped a reference to True on every emit(); on Python 3.11 the app then aborted after a few
    # hundred progress updates. The worker emits often, so guard the binding we run on.
    import sys

    worker = StepWorker()
    before = sys.getrefcount(True), sys.getrefcount(False)
    for _ in range(200):
        worker.busy_changed.emit(False)
    assert (sys.getrefcount(True), sys.getrefcount(False)) == before


def test_cyclic_gc_waits_while_a_step_runs(qtbot: Any, worker: StepWorker) -> None:
    # A full collection over a reader's millions of objects froze the window; it waits until the step is done.
    import gc

    assert gc.isenabled()
    with qtbot.waitSignal(worker.succeeded, timeout=5000) as outcome:
        worker.start(lambda progress: gc.isenabled())
    assert outcome.args == [False]
    assert gc.isenabled()


def test_gil_is_handed_over_sooner_while_a_step_runs(qtbot: Any, worker: StepWorker) -> None:
    # A busy step kept the GIL 5 ms each time the GUI thread asked for it; the window froze for 90 ms at a time.
    import sys

    from ctdc_desktop.gui.worker import STEP_SWITCH_INTERVAL_S

    before = sys.getswitchinterval()
    with qtbot.waitSignal(worker.succeeded, timeout=5000) as outcome:
        worker.start(lambda progress: sys.getswitchinterval())
    assert outcome.args == [min(before, STEP_SWITCH_INTERVAL_S)]
    qtbot.waitUntil(lambda: sys.getswitchinterval() == before, timeout=5000)
