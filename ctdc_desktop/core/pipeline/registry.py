"""The step registry: for each step of the workflow, what it works on, the decisions it takes, what it hands on, and
the core function that runs it.

    step         decisions            works on                  hands on         its core function in
    Load         LoadDecisions        (nothing)                 CaseExport       core/load/open_export.py
    Identifiers  IdentifierDecisions  CaseExport                CleanedExport    core/identifiers/remove_identifiers.py
    Recode       RecodeDecisions      CleanedExport             RecodedData      core/recode/recoded_data.py
    Synthesize   SynthesisDecisions   RecodedData               SynthesisResult  core/synth/synthesize.py
    Export       ReleaseDecisions     ExportInput (Recode's     ReleaseResult    core/release/release_inputs.py
                                      and Synthesize's results)

Each result type lives next to its step. A step works on the results of the steps before it, not only on the one
just before: Export writes the synthesis and reads the recoded data it came from (for the codebook, the recipe and the
audit log), with the dataset's name and cap the Synthesize step's decisions own. `Step.input_from` says how a step's
input is made from what came before: the window's `Workflow` hands each page that, and `run_workflow` makes Export's
with the same `export_input`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

from ctdc_desktop.core.case_export import CaseExport
from ctdc_desktop.core.identifiers.decisions import IdentifierDecisions
from ctdc_desktop.core.identifiers.remove_identifiers import CleanedExport, remove_identifiers
from ctdc_desktop.core.load.decisions import LoadDecisions
from ctdc_desktop.core.load.open_export import open_case_export
from ctdc_desktop.core.progress import Progress
from ctdc_desktop.core.recode.recipe import RecodeDecisions
from ctdc_desktop.core.recode.recoded_data import RecodedData, recode_cleaned_export
from ctdc_desktop.core.release.bundle import ReleaseDecisions, ReleaseResult
from ctdc_desktop.core.release.release_inputs import ExportInput, export_input, export_release
from ctdc_desktop.core.steps import STEP_KEYS
from ctdc_desktop.core.synth.decisions import SynthesisDecisions
from ctdc_desktop.core.synth.model import SynthesisResult
from ctdc_desktop.core.synth.synthesize import synthesize_checked

InputT = TypeVar("InputT")
DecisionsT = TypeVar("DecisionsT")
ResultT = TypeVar("ResultT")
T = TypeVar("T")


class Earlier(Protocol):
    """What a step's input is made from: each step's latest result and decisions, by step key (None: none yet, or
    out of date). The window's `Workflow` is one; `run_workflow` keeps another as it goes."""

    def result(self, key: str) -> object | None: ...

    def decisions(self, key: str) -> object | None: ...


@dataclass(frozen=True)
class Step(Generic[InputT, DecisionsT, ResultT]):
    """One step: `run(input, decisions, progress) -> result`, pure and without Qt (see core/progress.py)."""

    key: str  # names the step's decisions in the project file (core/steps.py)
    decisions_type: type[DecisionsT]
    input_type: type[InputT]
    result_type: type[ResultT]
    run: Callable[[InputT, DecisionsT, Progress], ResultT]
    input_from: Callable[[Earlier], InputT | None]  # None: an earlier step it needs has no result yet

    def result_in(self, earlier: Earlier) -> ResultT | None:
        """This step's result as `earlier` holds it, typed (None when there is none)."""
        return _typed(earlier.result(self.key), self.result_type)

    def decisions_in(self, earlier: Earlier) -> DecisionsT | None:
        return _typed(earlier.decisions(self.key), self.decisions_type)


def _typed(value: object | None, kind: type[T]) -> T | None:
    return value if isinstance(value, kind) else None


def _read_export(_nothing: None, decisions: LoadDecisions, progress: Progress) -> CaseExport:
    return open_case_export(decisions, progress)


def _synthesize_recoded(recoded: RecodedData, decisions: SynthesisDecisions, progress: Progress) -> SynthesisResult:
    # No column is allowed by name here: only `ctdc-desktop synth`, on a table of the user's own, offers that.
    return synthesize_checked(recoded.table, decisions.params, (), progress)


LOAD: Step[None, LoadDecisions, CaseExport] = Step(
    "load", LoadDecisions, type(None), CaseExport, _read_export, lambda _earlier: None
)
IDENTIFIERS: Step[CaseExport, IdentifierDecisions, CleanedExport] = Step(
    "identifiers", IdentifierDecisions, CaseExport, CleanedExport, remove_identifiers, LOAD.result_in
)
RECODE: Step[CleanedExport, RecodeDecisions, RecodedData] = Step(
    "recode", RecodeDecisions, CleanedExport, RecodedData, recode_cleaned_export, IDENTIFIERS.result_in
)
SYNTHESIZE: Step[RecodedData, SynthesisDecisions, SynthesisResult] = Step(
    "synthesize", SynthesisDecisions, RecodedData, SynthesisResult, _synthesize_recoded, RECODE.result_in
)
EXPORT: Step[ExportInput, ReleaseDecisions, ReleaseResult] = Step(
    "export",
    ReleaseDecisions,
    ExportInput,
    ReleaseResult,
    export_release,
    lambda earlier: export_input(
        RECODE.result_in(earlier), SYNTHESIZE.result_in(earlier), SYNTHESIZE.decisions_in(earlier)
    ),
)

STEPS: tuple[Step[Any, Any, Any], ...] = (LOAD, IDENTIFIERS, RECODE, SYNTHESIZE, EXPORT)  # in STEP_KEYS' order


def step(key: str) -> Step[Any, Any, Any]:
    """The registry's entry for the step `key` (a key of `STEP_KEYS`)."""
    return STEPS[STEP_KEYS.index(key)]
