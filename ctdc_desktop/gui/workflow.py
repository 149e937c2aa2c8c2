"""The session: the project being worked on (every step's decisions) and each step's latest result.

Pages do not talk to each other. Each page tells the workflow its decisions and its result; the workflow keeps them,
marks every later step out of date when an earlier decision or result changes, and says so (`changed`), so that the
window can hand each page its input: what the step works on, made from the results and decisions before it as the step
registry says (core/pipeline/registry.py), or None while one of those is missing or out of date.
"""

from __future__ import annotations

from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal

from ctdc_desktop.core.load.decisions import LoadDecisions
from ctdc_desktop.core.pipeline.registry import Step, step
from ctdc_desktop.core.project import DECISION_TYPES, Project
from ctdc_desktop.core.steps import STEP_KEYS, later_steps

ResultT = TypeVar("ResultT")


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
        """Record what step `key` now hands on (None: nothing yet); later steps are out of date when it changed.
        The result is of the step's result type in the registry (a `TypeError` says which otherwise)."""
        kind = step(key).result_type
        if result is not None and not isinstance(result, kind):
            raise TypeError(f"the {key} step's result is a {kind.__name__}, not a {type(result).__name__}")
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

    def result_of(self, entry: Step[Any, Any, ResultT]) -> ResultT | None:
        """The registry step `entry`'s latest result, typed: `workflow.result_of(RECODE)` is a `RecodedData` or None."""
        return entry.result_in(self)

    def input_for(self, key: str) -> object | None:
        """What step `key` works on (Load: nothing): the registry's `input_from` of the results and decisions before
        it. Export gets the recoded data and the synthesis, with the dataset's name and cap from Synthesize."""
        return step(key).input_from(self)

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
