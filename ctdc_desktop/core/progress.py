"""The one contact a long step has with the outside: it reports progress and asks whether to stop.

Every long step has the shape ``step(inputs, params, progress) -> Result``. The GUI wraps it in a worker with a
progress bar and a Cancel button, the CLI in a terminal progress bar, the tests in a recording stub.
"""

from __future__ import annotations

from collections.abc import Mapping
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


NO_PROGRESS = NoProgress()  # the one default for callers that do not follow progress (a module constant: ruff B008)


@dataclass(frozen=True)
class _Part:
    """One stage's own progress shown as a slice [start, start + span) of a single bar of `BAR_UNITS` units."""

    outer: Progress
    start: int
    span: int
    prefix: str = ""

    def report(self, done: int, total: int, message: str = "") -> None:
        share = min(max(done / total, 0.0), 1.0) if total > 0 else 0.0
        text = f"{self.prefix}{message}" if self.prefix and message else (message or self.prefix.rstrip(": "))
        self.outer.report(self.start + int(self.span * share), BAR_UNITS, text)

    def cancelled(self) -> bool:
        return self.outer.cancelled()


BAR_UNITS = 1000


class Stages:
    """Several stages of one step shown as parts of one bar, so the bar never runs from 0 to 100 % twice.

    ``parts = stages(progress, {"count": 3, "sample": 1})`` then ``parts["count"]`` is the `Progress` to hand the
    counting stage; its 0-100 % fills the first three quarters of the bar.
    """

    def __init__(self, progress: Progress, weights: Mapping[str, float], prefixes: Mapping[str, str] | None = None):
        total = sum(weights.values())
        if total <= 0:
            raise ValueError("stage weights must add up to more than 0")
        self._parts: dict[str, _Part] = {}
        at = 0.0
        for name, weight in weights.items():
            start = int(BAR_UNITS * at / total)
            at += weight
            prefix = (prefixes or {}).get(name, "")
            self._parts[name] = _Part(progress, start, int(BAR_UNITS * at / total) - start, prefix)

    def __getitem__(self, name: str) -> Progress:
        return self._parts[name]


def stages(progress: Progress, weights: Mapping[str, float], prefixes: Mapping[str, str] | None = None) -> Stages:
    """Split one progress bar among named stages in proportion to `weights` (see `Stages`)."""
    return Stages(progress, weights, prefixes)


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
