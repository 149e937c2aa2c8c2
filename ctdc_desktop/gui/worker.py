"""Runs one core step off the GUI thread, so the window stays responsive while a file loads or a model fits.

A core step is ``fn(progress) -> result`` (see core/progress.py); a page binds the step's inputs and decisions
with ``functools.partial`` or a lambda and hands the worker a `Callable[[Progress], R]`. `StepWorker` gives it a
`Progress` whose `cancelled()` reads the Cancel button, and hands back what happened as Qt signals on the GUI
thread: `succeeded`, `failed` (a message for the user: any `UserError`) or `cancelled`. One worker owns one kind
of task at a time (the model is Orange3's ConcurrentMixin): starting a new task forgets the old one, and late news
from a forgotten task is dropped.
"""

from __future__ import annotations

import gc
import logging
import sys
import threading
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial
from typing import Generic, TypeVar

from PySide6.QtCore import QObject, QThreadPool, Signal, Slot

from ctdc_desktop.core.activity import logged_step
from ctdc_desktop.core.progress import Cancelled, Progress
from ctdc_desktop.core.user_error import UserError

log = logging.getLogger(__name__)

R = TypeVar("R")

# The GUI repaints the bar at most this often; a reader reporting every row must not flood the event queue.
PROGRESS_INTERVAL_S = 0.05


class _Relay(QObject):
    """Carries news from the pool thread to the GUI thread. It lives on the GUI thread, so its signals arrive queued.

    Every signal carries the task number, so news from a task the owner has since forgotten can be dropped.
    """

    progress = Signal(int, object, object, str)  # task, done, total, message (object: counts may exceed 2**31)
    succeeded = Signal(int, object)
    failed = Signal(int, str, bool)  # task, text, expected (a user error rather than a bug)
    cancelled = Signal(int)


class _TaskProgress:
    """The `Progress` a step sees. It runs on the pool thread and only sets flags or emits queued signals."""

    def __init__(self, task: int, relay: _Relay, stop: threading.Event) -> None:
        self._task = task
        self._relay = relay
        self._stop = stop
        self._last: tuple[int, str] | None = None
        self._last_time = 0.0

    def report(self, done: int, total: int, message: str = "") -> None:
        permille = min(1000, max(0, done * 1000 // total)) if total > 0 else -1
        shown = (permille, message)
        if shown == self._last:
            return  # no real change: nothing for the GUI to repaint
        now = time.monotonic()
        same_phase = self._last is not None and _phase(self._last[1]) == _phase(message)
        finished = total > 0 and done >= total
        # A new phase ("Reading…" → "Profiling…") or the end always shows, since the step may then be quiet for a
        # while; a moving bar or count ("12,000 rows") is enough to repaint every PROGRESS_INTERVAL_S.
        if same_phase and not finished and now - self._last_time < PROGRESS_INTERVAL_S:
            return
        self._last, self._last_time = shown, now
        self._relay.progress.emit(self._task, done, total, message)

    def cancelled(self) -> bool:
        return self._stop.is_set()


def _phase(message: str) -> str:
    return message.translate(_COUNTS)


_COUNTS = str.maketrans("", "", "0123456789,. %")


class _Task:
    """One run of a step: its number, its stop flag (the Cancel button) and a flag set once it has finished."""

    def __init__(self, number: int) -> None:
        self.number = number
        self.stop = threading.Event()
        self.done = threading.Event()


def _run_step(
    task: _Task, step: Callable[[Progress], object], relay: _Relay, name: str, user_errors: tuple[type[Exception], ...]
) -> None:
    """Body of the pool thread. `relay` is held here, so it outlives the task even if the owner is gone."""
    try:
        with _tuned_for_a_step(), logged_step(name):
            result = step(_TaskProgress(task.number, relay, task.stop))
    except Cancelled:
        relay.cancelled.emit(task.number)
    except user_errors as error:
        relay.failed.emit(task.number, str(error), True)
    except MemoryError:
        log.error("%s ran out of memory", name)
        relay.failed.emit(task.number, MemoryError.__name__, False)
    except Exception as error:
        # The exception's own text may quote a cell (KeyError('Maria ...')), so the log gets its type and
        # where it happened (file, line, function), never its message, the source line or local values.
        frames = "\n".join(f"  {f.filename}:{f.lineno} in {f.name}" for f in traceback.extract_tb(error.__traceback__))
        log.error("%s failed with %s at\n%s", name, type(error).__name__, frames)
        relay.failed.emit(task.number, type(error).__name__, False)
    else:
        relay.succeeded.emit(task.number, result)
    finally:
        task.done.set()


_gc_lock = threading.Lock()
_gc_pausers = 0
_switch_interval_before = 0.0

# How long a step may keep the GIL while the GUI thread waits for it. Python's default, 5 ms, is paid again each
# time the GUI thread re-enters Python (every slot, timer and virtual call of a Python widget), so a busy step turned
# one repaint into tens of milliseconds of waiting. tests/benchmarks/bench_gui_stall.py at 1,000,000 rows: longest
# stall about 90 ms with 5 ms, 45 ms with 2 ms, and no slower load; 1 ms gained nothing more and cost load time.
STEP_SWITCH_INTERVAL_S = 0.002


@contextmanager
def _tuned_for_a_step() -> Iterator[None]:
    """Hold off Python's cyclic garbage collector, and hand the GIL to the GUI thread sooner, while any step runs.

    A reader makes millions of objects; a full collection over them holds the GIL for 100 ms and more, and the
    window freezes for that long (measured by tests/benchmarks/bench_gui_stall.py). Reference counting still frees
    almost everything a step makes; the collector resumes, with its usual thresholds, once no step is running. The
    switch interval only matters while the GUI thread waits for the GIL, so the step loses almost no speed.
    """
    global _gc_pausers, _switch_interval_before
    with _gc_lock:
        _gc_pausers += 1
        if _gc_pausers == 1:
            gc.disable()
            _switch_interval_before = sys.getswitchinterval()
            sys.setswitchinterval(min(_switch_interval_before, STEP_SWITCH_INTERVAL_S))
    try:
        yield
    finally:
        with _gc_lock:
            _gc_pausers -= 1
            if _gc_pausers == 0:
                gc.enable()
                sys.setswitchinterval(_switch_interval_before)


class StepWorker(QObject, Generic[R]):
    """Runs one step at a time in the background and reports on the GUI thread.

    Signals: `busy_changed(bool)`; `progress_changed(done, total, message)` only on a real change, throttled;
    then exactly one of `succeeded(result)`, `failed(message)`, `cancelled()` per started task (none for a task
    replaced by a newer `start`).
    """

    busy_changed = Signal(bool)
    progress_changed = Signal(object, object, str)
    succeeded = Signal(object)  # the step's result, an R
    failed = Signal(str)
    cancelled = Signal()

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        name: str = "step",
        user_errors: tuple[type[Exception], ...] = (UserError,),
        pool: QThreadPool | None = None,
    ) -> None:
        """`user_errors`: exceptions whose message is written for the user (no data values) and is shown as is."""
        super().__init__(parent)
        self._name = name
        self._user_errors = user_errors
        # A pool of our own, so shutdown() can wait until our runnables have fully returned (and let go of the
        # relay and the step's data) without waiting for other pages' tasks. Two threads: a cancelled task that is
        # still finishing must not hold up the next one.
        if pool is None:
            pool = QThreadPool(self)
            pool.setMaxThreadCount(2)
        self._pool = pool
        self._relay = _Relay()
        self._relay.progress.connect(self._on_progress)
        self._relay.succeeded.connect(self._on_succeeded)
        self._relay.failed.connect(self._on_failed)
        self._relay.cancelled.connect(self._on_cancelled)
        self._numbers = 0
        self._current: _Task | None = None
        self._running: list[_Task] = []  # every task not yet finished, including forgotten ones
        self._busy = False

    # --- for the owner -----------------------------------------------------------------------------------------
    def start(self, step: Callable[[Progress], R]) -> None:
        """Run `step(progress)` in the pool. A task still running is cancelled and its outcome ignored."""
        if self._current is not None:
            self._current.stop.set()
        self._numbers += 1
        task = _Task(self._numbers)
        self._running = [t for t in self._running if not t.done.is_set()] + [task]
        self._current = task
        self._set_busy(True)
        self._pool.start(partial(_run_step, task, step, self._relay, self._name, self._user_errors))

    def cancel(self) -> None:
        """Ask the running step to stop. The page hears `cancelled` at once; the step stops at its next check."""
        task, self._current = self._current, None
        if task is None:
            return
        task.stop.set()
        self.cancelled.emit()
        self._settle()

    def shutdown(self, timeout_s: float | None = None) -> bool:
        """Cancel and wait until no task of ours is running (call before the owner goes away). False on timeout."""
        self._current = None
        deadline = None if timeout_s is None else time.monotonic() + timeout_s
        for task in self._running:
            task.stop.set()
        for task in self._running:
            remaining = None if deadline is None else max(0.0, deadline - time.monotonic())
            if not task.done.wait(remaining):
                log.warning("%s did not stop in time", self._name)
                return False
        # `done` is set inside the step's thread just before it returns; wait for the return itself too, so no
        # pool thread still holds our objects when the owner is deleted.
        self._pool.waitForDone(-1 if deadline is None else max(0, int((deadline - time.monotonic()) * 1000)))
        self._running = []
        self._set_busy(False)
        return True

    def is_busy(self) -> bool:
        return self._busy

    # --- news from the pool thread, delivered on the GUI thread ----------------------------------------------
    def _is_current(self, number: int) -> bool:
        return self._current is not None and self._current.number == number

    @Slot(int, object, object, str)
    def _on_progress(self, number: int, done: int, total: int, message: str) -> None:
        if self._is_current(number):
            self.progress_changed.emit(done, total, message)

    @Slot(int, object)
    def _on_succeeded(self, number: int, result: object) -> None:
        if self._is_current(number):
            self._current = None
            self.succeeded.emit(result)
            self._settle()

    @Slot(int, str, bool)
    def _on_failed(self, number: int, text: str, expected: bool) -> None:
        if not self._is_current(number):
            return
        self._current = None
        if not expected:
            text = self._unexpected_text(text)
        self.failed.emit(text)
        self._settle()

    @Slot(int)
    def _on_cancelled(self, number: int) -> None:
        if self._is_current(number):
            self._current = None
            self.cancelled.emit()
            self._settle()

    def _unexpected_text(self, kind: str) -> str:
        if kind == MemoryError.__name__:
            return self.tr(
                "There was not enough memory to finish. Close other programs and try again, "
                "or split the file into smaller parts."
            )
        return self.tr(
            "Something unexpected went wrong ({kind}), so this step was stopped. Your files were not changed. "
            "Please try again; if it happens again, send the log file to your support contact "
            "(it holds no case data)."
        ).format(kind=kind)

    def _settle(self) -> None:
        # A handler may have started the next task already (e.g. read a sheet once the sheet list is in);
        # only report "not busy" when nothing is running for the owner.
        if self._current is None:
            self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busy_changed.emit(busy)
