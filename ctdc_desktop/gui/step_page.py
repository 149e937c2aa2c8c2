"""What every page of the step list offers the window, and what the window hands it."""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from ctdc_desktop.core.project import Project


class StepState(Enum):
    NOT_AVAILABLE = "not yet available"  # an earlier step is not done
    NEEDS_ATTENTION = "needs attention"  # open, but the user still has something to do
    DONE = "done"
    LATER_VERSION = "later version"  # the step is not built yet: its page says what it will do


class StepPage(QWidget):
    """A page owns its widgets and its decisions; the window asks for its state, decisions and result.

    Subclasses set `step_key` (see core.steps) and `step_title`, and emit `state_changed` whenever `state()`,
    `decisions()` or `result()` may have changed. `decisions()` is the step's frozen decisions dataclass (saved in the
    project, so free of data values); `result()` is what the step hands the next one (None until it is done);
    `receive_input` gets what the step works on (the step registry's input type: for most steps the previous step's
    result, for Export the recoded data and the synthesis), or None while that is missing or out of date.
    """

    state_changed = Signal()
    step_key = ""
    step_title = ""

    def state(self) -> StepState:
        return StepState.NEEDS_ATTENTION

    def decisions(self) -> object | None:
        return None

    def restore_decisions(self, decisions: object | None) -> None:
        """Re-apply choices saved by `decisions()`; ignore parts that no longer fit the data.

        A reopened project's step whose input and decisions are unchanged is done again by the page itself once its
        input arrives (with its progress shown), so that it shows "Done" as when the project was saved; only a real
        change (a new column, a value not mapped) leaves it needing attention. Writing a release is never redone.
        """

    def result(self) -> object | None:
        return None

    def receive_input(self, value: object | None) -> None:
        """What the step works on changed (None: it is missing or out of date)."""

    def receive_project(self, project: Project, path: Path | None) -> None:
        """The project (every step's decisions) or its file changed; a page that shows something of the project as a
        whole (the dataset's name) reads it here. `path` is None until the project is saved."""
