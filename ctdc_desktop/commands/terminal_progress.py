"""A one-line progress bar on stderr for the CLI; Ctrl+C cancels the step cleanly."""

from __future__ import annotations

import signal
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType
from typing import TextIO


class TerminalProgress:
    """Implements `core.progress.Progress` for a terminal. Redraws at most ten times a second."""

    def __init__(self, stream: TextIO | None = None, width: int = 30) -> None:
        self._stream = stream if stream is not None else sys.stderr
        self._width = width
        self._last_draw = 0.0
        self._cancel = False
        self._drew = False

    def request_cancel(self) -> None:
        self._cancel = True

    def cancelled(self) -> bool:
        return self._cancel

    def report(self, done: int, total: int, message: str = "") -> None:
        now = time.monotonic()
        if now - self._last_draw < 0.1 and not (total and done >= total):
            return
        self._last_draw = now
        if total > 0:
            share = min(max(done / total, 0.0), 1.0)
            filled = int(share * self._width)
            bar = "#" * filled + "-" * (self._width - filled)
            line = f"[{bar}] {share:4.0%} {message}"
        else:
            line = f"[{'.' * (int(now * 4) % self._width):<{self._width}}] {message}"
        interactive = hasattr(self._stream, "isatty") and self._stream.isatty()
        if interactive:
            self._stream.write("\r" + line[:100].ljust(100))
        else:
            self._stream.write(line + "\n")
        self._stream.flush()
        self._drew = True

    def finish(self) -> None:
        if self._drew and hasattr(self._stream, "isatty") and self._stream.isatty():
            self._stream.write("\n")
            self._stream.flush()


@contextmanager
def cancel_on_ctrl_c(progress: TerminalProgress) -> Iterator[None]:
    """While the block runs, Ctrl+C asks the step to stop (it then raises `Cancelled` at its next check) instead of
    killing it mid-write; the previous handler is put back afterwards."""

    def on_interrupt(signum: int, frame: FrameType | None) -> None:
        progress.request_cancel()

    try:
        previous = signal.signal(signal.SIGINT, on_interrupt)
    except ValueError:  # not the main thread (embedded use): Ctrl+C handling stays with the caller
        previous = None
    try:
        yield
    finally:
        if previous is not None:
            signal.signal(signal.SIGINT, previous)
