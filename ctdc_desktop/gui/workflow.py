"""The session: the project being worked on (every step's decisions) and each step's latest result.

Pages do not talk to each other. Each page tells the workflow its decisions and its result; the workflow keeps them,
marks every later step out of date when an earlier decision or result changes, and says so (`changed`), so that the
window can hand each page its input: the result of the step before it, or None while that is missing or out of date.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from ctdc_desktop.core.load.decisions import LoadDecisions
from ctdc_desktop.core.project import DECISION_TYPES, Project
from ctdc_desktop.core.steps import STEP_KEYS, later_steps


class Workflow(QObject):
    changed = Signal(str)  # the key of the step whose decisions or result changed (later steps are out of date)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._project = Project()
        self._results: dict[str, object] = {}
        self._out_of_date: set[str] = set()

    @property
    def project(self) -> Project:
        return self._project

    def decisions(self, key: str) -> object | None:
        if key == "load":
            return self._project.load
        return self._project.steps.get(key)

    def set_decisions(self, key: str, decisions: object | None) -> None:
        """Record `key`'s decisions; when they differ from what was held, every later step is out of date."""
        if decisions == self.decisions(key):
            return
        if key == "load":
            if not isinstance(decisions, LoadDecisions):
                raise TypeError("the Load step's decisions are a LoadDecisions")
            self._project = self._project.with_load(decisions)
        elif key in DECISION_TYPES:
            self._project = self._project.with_step(key, decisions)  # type: ignore[arg-type]
        else:
            return  # a step without a page yet: nothing to keep
        self._outdate(later_steps(key))
        self.changed.emit(key)

    def set_result(self, key: str, result: object | None) -> None:
        """Record what step `key` now hands on (None: nothing yet); later steps are out of date when it changed."""
        if key not in self._out_of_date and self._results.get(key) is result:
            return
        if result is None:
            self._results.pop(key, None)
        else:
            self._results[key] = result
        self._out_of_date.discard(key)
        self._outdate(later_steps(key))
        self.changed.emit(key)

    def result(self, key: str) -> object | None:
        """`key`'s latest result, or None when there is none or an earlier change made it out of date."""
        return None if key in self._out_of_date else self._results.get(key)

    def input_for(self, key: str) -> object | None:
        """What step `key` works on: the result of the step before it (Load has no input)."""
        index = STEP_KEYS.index(key)
        return None if index == 0 else self.result(STEP_KEYS[index - 1])

    def is_out_of_date(self, key: str) -> bool:
        """True when `key` had a result but an earlier step changed since: the user must run it again."""
        return key in self._out_of_date

    def replace_project(self, project: Project) -> None:
        """Start over on `project` (opened from a file): its decisions, no results yet."""
        self._project = project
        self._results.clear()
        self._out_of_date.clear()
        for key in STEP_KEYS:
            self.changed.emit(key)

    def _outdate(self, keys: tuple[str, ...]) -> None:
        self._out_of_date.update(key for key in keys if key in self._results)
