"""Looks at the folder chosen to save in off the GUI thread.

On Windows, a look at a network share that is gone or a mapped drive that is disconnected can block for 20 to 60
seconds; on the GUI thread the whole window froze that long, once a second while the Export page was shown.
`FolderCheck` runs one look at a time in a thread of its own and hands the answer (a `FolderLook`, which says what
was looked at) back on the GUI thread, so its owner can drop an answer about a folder no longer chosen.

A look is never stacked: asking while one runs is refused, and the owner asks again when the answer comes. A look
cannot be interrupted (a file-system call has no cancel), so `shutdown` stops the answers and waits for the look to
return; by then the window is closed.
"""

from __future__ import annotations

import logging
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal, Slot

from ctdc_desktop.core.release.bundle import FolderLook, look_at_folder

log = logging.getLogger(__name__)

# A look that has not answered after this long is said to be slow (`slow`): the page then says it is checking.
SLOW_LOOK_MS = 1000


class _Relay(QObject):
    """Carries the answer from the pool thread. It lives on the GUI thread, so its signal arrives queued; the look
    holds it, so it outlives the look even if the owner is gone."""

    looked = Signal(object)  # a FolderLook


def _look(location: Path, bundle_name: str | None, relay: _Relay) -> None:
    """Body of the pool thread. `look_at_folder` is read here, at call time, so a test can replace it."""
    try:
        look = look_at_folder(location, bundle_name)
    except Exception as error:  # always answer, or the owner would wait for this look for ever
        log.error("looking at the folder failed with %s", type(error).__name__)
        look = FolderLook(Path(location), bundle_name, location_is_dir=False, bundle_exists=False)
    relay.looked.emit(look)


class FolderCheck(QObject):
    """One look at a time at a folder, off the GUI thread.

    Signals, on the GUI thread: `looked(FolderLook)` once per look started; `slow()` when a look has run for
    `SLOW_LOOK_MS` without answering.
    """

    looked = Signal(object)
    slow = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # A pool of our own with one thread: `shutdown` waits for our look only, and a second look cannot run.
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay()
        self._relay.looked.connect(self._on_looked)
        self._slow_timer = QTimer(self)
        self._slow_timer.setSingleShot(True)
        self._slow_timer.timeout.connect(self._on_slow)
        self._looking = False
        self._slow = False
        self._closed = False

    def start(self, location: Path, bundle_name: str | None) -> bool:
        """Look at `location` (and the bundle folder `bundle_name` in it). False, and nothing started, while a look
        is running or after `shutdown`."""
        if self._looking or self._closed:
            return False
        self._looking, self._slow = True, False
        self._slow_timer.start(SLOW_LOOK_MS)
        self._pool.start(partial(_look, Path(location), bundle_name, self._relay))
        return True

    def is_looking(self) -> bool:
        return self._looking

    def is_slow(self) -> bool:
        """A look is running and has been for more than `SLOW_LOOK_MS`."""
        return self._slow

    def shutdown(self) -> None:
        """No more looks or answers; wait until the running look, if any, has returned (it cannot be interrupted)."""
        self._closed = True
        self._slow_timer.stop()
        self._pool.waitForDone()
        self._looking = self._slow = False

    @Slot(object)
    def _on_looked(self, look: FolderLook) -> None:
        if self._closed:
            return
        self._slow_timer.stop()
        self._looking = self._slow = False
        self.looked.emit(look)

    @Slot()
    def _on_slow(self) -> None:
        if self._looking and not self._closed:
            self._slow = True
            self.slow.emit()
