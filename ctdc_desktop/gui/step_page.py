"""What every page of the step list offers the main window."""

from __future__ import annotations

from enum import Enum
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget


class StepState(Enum):
    NOT_AVAILABLE = "not yet available"  # an earlier step is not done
    NEEDS_ATTENTION = "needs attention"  # open, but the user still has something to do
    DONE = "done"


class StepPage(QWidget):
    """A page owns its widgets and its decisions; the main window only asks for its state and decisions.

    Subclasses set `step_title`, emit `state_changed` whenever `state()` may have changed, and keep
    `decisions()` free of data values: it is saved to the project file.
    """

    state_changed = Signal()
    step_title = ""

    def state(self) -> StepState:
        return StepState.NEEDS_ATTENTION

    def decisions(self) -> dict[str, Any]:
        """The user's choices on this page, as plain JSON-able data (no cell values)."""
        return {}

    def restore_decisions(self, decisions: dict[str, Any]) -> None:
        """Re-apply choices saved by `decisions()`; ignore keys that no longer fit the data."""
