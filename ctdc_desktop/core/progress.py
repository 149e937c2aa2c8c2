"""The one contact a long step has with the outside: it reports progress and asks whether to stop.

Every long step has the shape ``step(inputs, params, progress) -> Result``. The GUI wraps it in a worker with a
progress bar and a Cancel button, the CLI in a terminal progress bar, the tests in a recording stub.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol


class Cancelled(Exception):
    """Raised inside a step when the user asked it to stop; callers treat it as a normal outcome."""


class Progress(Protocol):
    def report(self, done: int, total: int, message: str = "") -> None:
        """Say how far the step is: `done` units out of `total` (total 0 means unknown)."""

    def cancelled(self) -> bool:
        """True once the user asked the step to stop. Steps check it often (at least once a second)."""


class NoProgress:
    """For callers that do not care: reports go nowhere, and the step is never cancelled."""

    def report(self, done: int, total: int, message: str = "") -> None:
        pass

    def cancelled(self) -> bool:
        return False


@dataclass
class RecordingProgress:
    """Keeps every report; cancels after `cancel_after` reports when set. Used by tests."""

    cancel_after: int | None = None
    reports: list[tuple[int, int, str]] = field(default_factory=list)

    def report(self, done: int, total: int, message: str = "") -> None:
        self.reports.append((done, total, message))

    def cancelled(self) -> bool:
        return self.cancel_after is not None and len(self.reports) >= self.cancel_after


def check_cancelled(progress: Progress) -> None:
    """Raise `Cancelled` if the user asked to stop; call it between units of work."""
    if progress.cancelled():
        raise Cancelled()
