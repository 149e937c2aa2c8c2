"""The whole workflow in one call: load → identifiers → recode → synthesize → bundle, as `ctdc-desktop run` does it.

`run_workflow(decisions, progress)` replays a project's decisions (or makes a first run from a recipe) on an export
and writes the release bundle. It stops with `RunStopped`, before anything is written, when the export needs a
person's judgement: a column the saved decisions do not know (a new column), or a value the recipe does not map.
The message lists each column and value, never a record.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ctdc_desktop.core.activity import logged_step
from ctdc_desktop.core.case_export import CaseExport
from ctdc_desktop.core.identifiers.decisions import PERPETRATORS, VICTIMS, IdentifierDecisions
from ctdc_desktop.core.identifiers.detect_identifiers import detect_identifiers
from ctdc_desktop.core.identifiers.remove_identifiers import CleanedExport, remove_identifiers
from ctdc_desktop.core.open_export import open_case_export
from ctdc_desktop.core.progress import NO_PROGRESS, Progress, stages
from ctdc_desktop.core.project import LoadDecisions
from ctdc_desktop.core.recode.after_stage_one import recipe_for_cleaned_export
from ctdc_desktop.core.recode.recipe import Recipe, RecodeDecisions
from ctdc_desktop.core.recode.recode import RecodeResult, recode
from ctdc_desktop.core.release.audit_log import AuditStep, now
from ctdc_desktop.core.release.bundle import ReleaseDecisions, ReleaseResult, write_release_bundle
from ctdc_desktop.core.release.handoff import RecodedData, SynthesizedData, release_inputs
from ctdc_desktop.core.synth.decisions import SynthesisDecisions
from ctdc_desktop.core.synth.input_checks import check_synthesis_input, record_input_check
from ctdc_desktop.core.synth.synthesize import synthesize
from ctdc_desktop.core.user_error import UserError

LISTED = 50  # problems listed in the message; the rest are counted


class RunStopped(UserError):
    """The export needs a person's review before it can be released; nothing was written. `problems` lists each."""

    def __init__(self, message: str, problems: tuple[str, ...]) -> None:
        self.problems = problems
        shown = list(problems[:LISTED])
        if len(problems) > LISTED:
            shown.append(f"... and {len(problems) - LISTED} more")
        super().__init__(message + "\n  " + "\n  ".join(shown))


@dataclass(frozen=True)
class RunDecisions:
    """Every step's decisions for a run. `identifiers` None: a first run, flagged columns handled as Stage one
    proposes (removed, or made safe: a case ID kept only as the link, a birth date turned into an age)."""

    load: LoadDecisions
    recode: RecodeDecisions
    synthesis: SynthesisDecisions
    release: ReleaseDecisions
    dataset_name: str
    identifiers: IdentifierDecisions | None = None
    # With saved decisions: columns they do not know get Stage one's proposal instead of stopping the run.
    propose_for_new_columns: bool = False
    ledger_folder: Path | None = None
    released_on: date | None = None


@dataclass(frozen=True)
class RunResult:
    release: ReleaseResult
    synthesized: SynthesizedData
    stage_one: str  # "14 removed, 4 transformed, 56 kept"
    notes: tuple[str, ...] = ()


def identifier_decisions_for(export: CaseExport, decisions: RunDecisions, progress: Progress) -> IdentifierDecisions:
    """The saved decisions, with Stage one's proposal for columns they do not know when the run allows it.
    Raises `RunStopped` listing the new columns otherwise."""
    tables = [(VICTIMS, export.victim_frame), (PERPETRATORS, export.perpetrator_frame)]
    present = [(name, frame) for name, frame in tables if frame is not None]
    saved = decisions.identifiers
    if saved is not None:
        new = [(name, column) for name, frame in present for column in saved.matches(frame.columns, name).new]
        if not new:
            return saved
        if not decisions.propose_for_new_columns:
            raise RunStopped(
                f"The export has {len(new)} column(s) that the project's decisions do not know. Review them in the "
                "window (Identifiers step) and save the project, or run again with --drop-flagged to remove or "
                "transform them as Stage one proposes. Nothing was written. New columns:",
                tuple(f'{name}: column "{column}"' for name, column in new),
            )
    parts = stages(progress, {name: max(1, len(frame)) for name, frame in present}, {n: f"{n}: " for n, _ in present})
    reports = {name: detect_identifiers(frame, parts[name]) for name, frame in present}
    proposed = IdentifierDecisions.proposed(reports[VICTIMS], reports.get(PERPETRATORS))
    if saved is None:
        return proposed
    merged = saved
    for name, frame in present:
        for column in saved.matches(frame.columns, name).new:
            decision = proposed.decision(column, name)
            if decision is not None:
                merged = merged.with_decision(decision, name)
    return merged


def prepare_recoded(decisions: RunDecisions, progress: Progress = NO_PROGRESS) -> RecodedData:
    """Load, de-identify and recode: the table synthesis works on. Raises `RunStopped` (a new column needs review,
    a value is unmapped), `UserError`, `Cancelled`."""
    parts = stages(
        progress,
        {"load": 3, "identifiers": 3, "recode": 1},
        {"load": "Reading: ", "identifiers": "Identifiers: ", "recode": "Recoding: "},
    )
    with logged_step("reading the export") as logged:
        export = open_case_export(decisions.load, parts["load"])
        perpetrators = export.perpetrator_frame
        logged.count(victims=len(export.victim_frame), perpetrators=0 if perpetrators is None else len(perpetrators))
    with logged_step("stage one") as logged:
        identifier_parts = stages(parts["identifiers"], {"review": 1, "apply": 1})
        chosen = identifier_decisions_for(export, decisions, identifier_parts["review"])
        cleaned = remove_identifiers(export, chosen, identifier_parts["apply"])
        logged.count(victim_columns_kept=len(cleaned.export.victim_frame.columns))
    with logged_step("recoding") as logged:
        recipe = recipe_for_cleaned_export(decisions.recode.recipe, cleaned)
        recoded = recode(cleaned.export, recipe, parts["recode"])
        if not recoded.complete:
            raise RunStopped(
                "The recipe does not place every value of this export. Map each value below (or set it to missing) in "
                "the Recode step or in the recipe, then run again. Nothing was written. Values:",
                tuple(recoded.coverage.problems()),
            )
        logged.count(victims=recoded.victims, perpetrator_rows=recoded.perpetrator_rows)
    return recoded_data_from(cleaned, decisions.recode, recipe, recoded)


def recoded_data_from(
    cleaned: CleanedExport | None, recode_decisions: RecodeDecisions, recipe: Recipe, recoded: RecodeResult
) -> RecodedData:
    """What Recode hands to Synthesize (window and `run` alike): the result, the recipe, and the audit-log lines of
    Stage one (if it ran) and Recode (counts only, never a value)."""
    steps: list[AuditStep] = []
    if cleaned is not None:
        export = cleaned.export
        columns = len(export.victim_frame.columns) + (
            0 if export.perpetrator_frame is None else len(export.perpetrator_frame.columns)
        )
        steps.append(AuditStep(f"Stage one: {cleaned.summary} columns", now(), None, columns))
    steps.append(
        AuditStep(
            f"Recoded with the recipe {recode_decisions.recipe_file}", now(), recoded.victims, len(recipe.columns)
        )
    )
    return RecodedData(recoded, recode_decisions, tuple(steps), "" if cleaned is None else cleaned.summary)


def run_workflow(decisions: RunDecisions, progress: Progress = NO_PROGRESS) -> RunResult:
    """Load, de-identify, recode, synthesize and write the bundle. Raises `RunStopped` (nothing written) when a new
    column needs review or a value is unmapped, `ReleaseRefused`/`UserError` for other problems, `Cancelled`."""
    parts = stages(
        progress,
        {"recoded": 7, "check": 1, "synthesize": 2, "bundle": 2},
        {"check": "Checking columns: ", "synthesize": "Synthesizing: ", "bundle": "Writing the bundle: "},
    )
    recoded = prepare_recoded(decisions, parts["recoded"])
    # The same refusals as the window and `synth`: no k below 2, no column that looks like an identifier.
    with logged_step(f"synthesis ({decisions.synthesis.method})", rows=len(recoded.table)) as logged:
        check = check_synthesis_input(recoded.table, decisions.synthesis.params, (), parts["check"])
        synthesized_table = synthesize(recoded.table, decisions.synthesis.params, parts["synthesize"])
        synthesis = record_input_check(synthesized_table, check)
        logged.count(records=len(synthesis.records))
    synthesized = SynthesizedData(synthesis, recoded, decisions.dataset_name, decisions.release.privacy_cap)
    with logged_step("writing the release bundle") as logged:
        inputs = release_inputs(synthesized, decisions.dataset_name, decisions.ledger_folder, decisions.released_on)
        release = write_release_bundle(inputs, decisions.release, parts["bundle"])
        logged.count(files=len(release.files))
    return RunResult(release, synthesized, recoded.stage_one, (*recoded.recode.notes, *synthesis.notes))
