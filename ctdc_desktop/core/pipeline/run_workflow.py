"""The whole workflow in one call: load → identifiers → recode → synthesize → bundle, as `ctdc-desktop run` does it.

`run_workflow(decisions, progress)` replays a project's decisions (or makes a first run from a recipe) on an export
and writes the release bundle: the registry's steps (registry.py) run in order, with what a window leaves to a person
decided between them. It stops with `RunStopped`, before anything is written, when the export needs a
person's judgement. A replay stops once, with `ReplayStopped`, naming every difference from what the project was
saved with (new, missing and renamed columns, values the recipe does not place, variables it cannot make:
replay_differences.py). Every stop names at least one problem, with what to do. The message lists each column and
value, never a record.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from ctdc_desktop.core.activity import logged_step
from ctdc_desktop.core.case_export import CaseExport
from ctdc_desktop.core.identifiers.decisions import PERPETRATORS, VICTIMS, IdentifierDecisions
from ctdc_desktop.core.identifiers.remove_identifiers import remove_identifiers
from ctdc_desktop.core.identifiers.review_export import ExportReview, review_export
from ctdc_desktop.core.load.decisions import LoadDecisions
from ctdc_desktop.core.pipeline.registry import EXPORT, LOAD, RECODE, SYNTHESIZE
from ctdc_desktop.core.pipeline.replay_differences import (
    ReplayDifferences,
    UnmadeVariables,
    column_differences,
    link_removed_text,
)
from ctdc_desktop.core.progress import NO_PROGRESS, Progress, stages
from ctdc_desktop.core.recode.after_stage_one import recipe_for_cleaned_export
from ctdc_desktop.core.recode.coverage import Coverage, VariableCoverage
from ctdc_desktop.core.recode.propose import VariableProposal, propose_recipe
from ctdc_desktop.core.recode.recipe import Recipe, RecodeDecisions, VariableRecipe
from ctdc_desktop.core.recode.recode import RecodeResult
from ctdc_desktop.core.recode.recoded_data import RecodedData
from ctdc_desktop.core.recode.save_recipe import recipe_to_toml
from ctdc_desktop.core.recode.source_columns import find_column
from ctdc_desktop.core.release.bundle import ReleaseDecisions, ReleaseResult
from ctdc_desktop.core.release.release_inputs import export_input
from ctdc_desktop.core.synth.decisions import SynthesisDecisions
from ctdc_desktop.core.synth.model import SynthesisResult
from ctdc_desktop.core.user_error import UserError

LISTED = 50  # problems listed in the message; the rest are counted


class RunStopped(UserError):
    """The export needs a person's review before it can be released; nothing was written. `problems` lists each.
    `columns_missing`: the stop is (also) for columns the export as read does not have."""

    columns_missing = False

    def __init__(self, message: str, problems: tuple[str, ...], columns_missing: bool = False) -> None:
        self.problems = problems
        self.columns_missing = columns_missing
        shown = list(problems[:LISTED])
        if len(problems) > LISTED:
            shown.append(f"... and {len(problems) - LISTED} more")
        super().__init__(message + "\n  " + "\n  ".join(shown))


class RecipeNeedsCheck(RunStopped):
    """A first run on an export whose columns are not the recipe's: some proposed sources need a person's check.
    `proposals` are the variables in question, each with the proposal's reason; nothing was written."""

    def __init__(self, recipe: Recipe, proposals: tuple[VariableProposal, ...], asked: int) -> None:
        self.recipe = recipe
        self.proposals = proposals
        super().__init__(
            f"The recipe {recipe.name} reads columns this export does not have ({asked} of {len(recipe.variables)} "
            "variables). The program proposed sources from the export's own columns, but "
            f"{len(proposals)} proposal(s) need a person's check, so nothing was written. Variables to check:",
            tuple(_proposal_line(p) for p in proposals),
            columns_missing=True,
        )


def _proposal_line(proposal: VariableProposal) -> str:
    variable = proposal.variable
    columns = ", ".join([*proposal.source, *(c for c in (variable.birth_date, variable.registration_date) if c)])
    if not proposal.found:
        state = "nothing found"
    elif not proposal.confident:
        state = f"uncertain: {columns}"
    else:
        state = columns
    line = f"{proposal.name}: {state} ({proposal.reason})"
    if proposal.unplaced:
        shown = ", ".join(f'"{v}"' for v in proposal.unplaced[:8])
        more = f" and {len(proposal.unplaced) - 8} more" if len(proposal.unplaced) > 8 else ""
        line += f"; {len(proposal.unplaced)} value(s) not placed: {shown}{more}"
    if proposal.alternatives:
        line += "; other candidates: " + ", ".join(proposal.alternatives[:3])
    return line


@dataclass(frozen=True)
class RunDecisions:
    """Every step's decisions for a run. `identifiers` None: a first run, flagged columns handled as Stage one
    proposes (removed, or made safe: a case ID kept only as the link, a birth date turned into an age). The dataset's
    name and privacy cap are the synthesis decisions' (`SynthesisDecisions` owns them, in the window too)."""

    load: LoadDecisions
    recode: RecodeDecisions
    synthesis: SynthesisDecisions
    release: ReleaseDecisions
    identifiers: IdentifierDecisions | None = None
    # With saved decisions: columns they do not know get Stage one's proposal instead of stopping the run.
    propose_for_new_columns: bool = False
    # A first run: where the export lacks the recipe's columns, sources are proposed from its own (confident ones
    # taken, anything uncertain stops the run with `RecipeNeedsCheck`).
    propose_recipe: bool = False
    ledger_folder: Path | None = None
    released_on: date | None = None


@dataclass(frozen=True)
class RunResult:
    release: ReleaseResult
    synthesis: SynthesisResult
    recoded: RecodedData
    stage_one: str  # "14 removed, 4 transformed, 56 kept"
    notes: tuple[str, ...] = ()


class ReplayStopped(RunStopped):
    """A replay of saved decisions met an export that differs from the one they were made on: every difference at
    once (new, missing and renamed columns, new values), each with what to do; nothing was written."""

    def __init__(self, differences: ReplayDifferences) -> None:
        self.differences = differences
        self.problems = differences.problems()
        self.columns_missing = bool(differences.columns.missing)
        UserError.__init__(self, differences.text())


def identifier_decisions_for(export: CaseExport, decisions: RunDecisions, progress: Progress) -> IdentifierDecisions:
    """The saved decisions, with Stage one's proposal for columns they do not know when the run allows it.
    Raises `ReplayStopped` naming the new columns (and the missing and renamed ones) otherwise."""
    _, chosen, undecided = _identifier_review(export, decisions, progress)
    if undecided:
        differences = column_differences(export, decisions.identifiers, decisions.recode.recipe)
        raise ReplayStopped(ReplayDifferences(differences, decisions.identifiers))
    return chosen


def _identifier_review(
    export: CaseExport, decisions: RunDecisions, progress: Progress
) -> tuple[ExportReview, IdentifierDecisions, bool]:
    """Stage one's review of the export (detection, once), the decisions it applies: the saved ones, with Stage one's
    proposal for the columns they do not know (all of them proposed on a first run); and whether there are such
    columns that the run may not decide alone (it must then stop, but only once every other difference is known
    too)."""
    review = review_export(export, progress)
    saved = decisions.identifiers
    if saved is None:
        return review, review.proposed(), False
    undecided = bool(review.new_columns(saved)) and not decisions.propose_for_new_columns
    return review, review.replayed(saved), undecided


def _absent_columns(export: CaseExport, variable: VariableRecipe) -> list[str]:
    """The columns `variable` reads that its table in `export` lacks (found whatever their case, as recode does)."""
    frame = export.perpetrator_frame if variable.table == "perpetrators" else export.victim_frame
    if variable.recoder == "not_recorded" or frame is None:
        return []  # nothing to read, or no perpetrators table: recode says so itself
    return [name for name in _named_columns(variable) if find_column(frame.columns, name) is None]


def _named_columns(variable: VariableRecipe) -> list[str]:
    return [*variable.source, *(c for c in (variable.birth_date, variable.registration_date) if c)]


def recipe_for_export(export: CaseExport, recipe: Recipe, progress: Progress = NO_PROGRESS) -> Recipe:
    """`recipe` as a first run reads it on `export`: unchanged when the export has its columns; else with the
    proposed sources of the variables whose columns are absent, when every one of those proposals is confident and
    places every value. Raises `RecipeNeedsCheck` listing the others."""
    asked = [v.name for v in recipe.variables if _absent_columns(export, v)]
    if not asked:
        return recipe
    proposal = propose_recipe(export, recipe, progress)
    to_check = tuple(
        p for p in (proposal.variable(name) for name in asked) if not (p.found and p.confident and not p.unplaced)
    )
    if to_check:
        raise RecipeNeedsCheck(recipe, to_check, len(asked))
    return proposal.recipe_with(asked)


def _recode_stopped(raw: CaseExport, cleaned: CaseExport, recipe: Recipe, recoded: RecodeResult) -> RunStopped:
    """Why a first run's recode is not complete, in the words of what is wrong: columns the export lacks, values
    not placed, variables that cannot be made (perpetrators not linked to their victims). Every stop names at least
    one problem. (A replay says it with `_replay_stopped`.)"""
    variables = recoded.coverage.variables
    removed = _removed_lines(raw, cleaned, recipe, [v for v in variables if v.problem])
    # Columns the export lacks (as read, or after Stage one), and variables that cannot be made for another reason.
    absent = {v.name for v in variables if v.problem and _absent_columns(raw, recipe.variable(v.name))}
    missing = [v for v in variables if v.problem and (v.name in removed or v.name in absent)]
    unmade = _unmade(raw, cleaned, recipe, [v for v in variables if v.problem and v not in missing])
    values = [v for v in variables if not v.problem and (v.unmapped or v.errors)]
    said = {name for u in unmade for name in u.variables}
    problems = [u.text() for u in unmade]
    problems += Coverage(tuple(v for v in variables if v.name not in said)).problems()
    problems += removed.values()
    if unmade and not (missing or values):
        message = (
            "Some of the recipe's variables cannot be made from this export. Do what each line says, then run again. "
            "Nothing was written. Variables:"
        )
    elif missing and values:
        message = (
            f"The recipe reads columns this export does not have ({len(missing)} variable(s)), and does not place "
            f"every value of {len(values)} other variable(s). Choose each missing column's source and map each value "
            "(or set it to missing) in the Recode step or in the recipe, then run again. Nothing was written. "
            "Missing columns and values:"
        )
    elif missing:
        message = (
            f"The recipe reads columns this export does not have ({len(missing)} variable(s)). Choose each "
            "variable's source column in the Recode step or in the recipe (`ctdc-desktop recipe propose` writes one "
            "from the export's own columns), then run again. Nothing was written. Missing columns:"
        )
    else:
        message = (
            "The recipe does not place every value of this export. Map each value below (or set it to missing) in "
            "the Recode step or in the recipe, then run again. Nothing was written. Values:"
        )
    if unmade and (missing or values):
        message = "Some of the recipe's variables cannot be made from this export (listed first). " + message
    return RunStopped(message, tuple(problems), columns_missing=bool(absent))


def _removed_lines(
    raw: CaseExport, cleaned: CaseExport, recipe: Recipe, missing: list[VariableCoverage]
) -> dict[str, str]:
    """For each variable of `missing` that reads a column Stage one removed, by its name: what to do."""
    lines = {}
    for covered in missing:
        removed = _removed_by_stage_one(raw, cleaned, recipe.variable(covered.name))
        if removed:
            lines[covered.name] = (
                f"{covered.name}: Stage one removed {', '.join(removed)}, which the recipe reads. Decide that column "
                "in the Identifiers step (keep it with a reason, or transform it), or choose another source."
            )
    return lines


def _unmade(
    raw: CaseExport, cleaned: CaseExport, recipe: Recipe, variables: list[VariableCoverage]
) -> tuple[UnmadeVariables, ...]:
    """`variables` (ones that cannot be made, for a reason no column of theirs explains), grouped by their problem:
    the perpetrators are not linked to their victims (no perpetrators table, no link, or a link column Stage one
    removed, said as such)."""
    cut = _link_removed_by_stage_one(raw, cleaned, recipe)
    groups: dict[str, list[str]] = {}
    for covered in variables:
        problem = link_removed_text(cut) if cut and covered.table == PERPETRATORS else covered.problem
        groups.setdefault(problem, []).append(covered.name)
    return tuple(UnmadeVariables(tuple(names), problem) for problem, names in groups.items())


def _link_removed_by_stage_one(raw: CaseExport, cleaned: CaseExport, recipe: Recipe) -> tuple[tuple[str, str], ...]:
    """(table, column) of the columns that linked the tables in the export as read (the Load step's link, else the
    recipe's) and that Stage one removed. Stage one keeps the Load step's link (`link_decision`); the recipe's pair,
    used when the Load step found none, it does not know."""
    pair = raw.link_columns or recipe.link
    if pair is None or raw.perpetrator_frame is None or cleaned.perpetrator_frame is None:
        return ()
    tables = (
        (VICTIMS, raw.victim_frame, cleaned.victim_frame, pair[0]),
        (PERPETRATORS, raw.perpetrator_frame, cleaned.perpetrator_frame, pair[1]),
    )
    if any(column not in before.columns for _, before, _, column in tables):
        return ()
    return tuple((table, column) for table, _, after, column in tables if column not in after.columns)


def _replay_stopped(
    raw: CaseExport, cleaned: CaseExport, decisions: RunDecisions, recipe: Recipe, recoded: RecodeResult
) -> ReplayStopped:
    """Every way the export differs from what the project's decisions were made on, in one stop."""
    columns = column_differences(raw, decisions.identifiers, decisions.recode.recipe)
    missing = [v for v in recoded.coverage.variables if v.problem]
    # Values of the variables whose columns are all there; a missing column is said once, in the columns' words.
    values = Coverage(tuple(v for v in recoded.coverage.variables if not v.problem)).problems()
    removed = _removed_lines(raw, cleaned, recipe, missing)
    # A variable that cannot be made for a reason no column difference names (its perpetrators not linked to their
    # victims) is named too: a stop always says what to do.
    said = {name for m in columns.missing for name in m.variables} | set(removed)
    unmade = _unmade(raw, cleaned, recipe, [v for v in missing if v.name not in said])
    return ReplayStopped(
        ReplayDifferences(
            columns,
            decisions.identifiers,
            new_values=tuple(values),
            removed_but_read=tuple(removed.values()),
            unmade=unmade,
            new_columns_proposed=decisions.propose_for_new_columns,
        )
    )


def _removed_by_stage_one(raw: CaseExport, cleaned: CaseExport, variable: VariableRecipe) -> list[str]:
    """The columns `variable` reads that the export had as read but not after Stage one, as the export spells them."""
    perpetrators = variable.table == "perpetrators"
    before = raw.perpetrator_frame if perpetrators else raw.victim_frame
    after = cleaned.perpetrator_frame if perpetrators else cleaned.victim_frame
    if before is None or after is None:
        return []
    present = [found for name in _named_columns(variable) if (found := find_column(before.columns, name)) is not None]
    return [name for name in present if find_column(after.columns, name) is None]


def prepare_recoded(
    decisions: RunDecisions, progress: Progress = NO_PROGRESS, on_read: Callable[[CaseExport], None] | None = None
) -> RecodedData:
    """Load, de-identify and recode: the table synthesis works on. Raises `RunStopped` (a new column needs review,
    a recipe's column is missing or a value unmapped; `RecipeNeedsCheck` when a first run's proposed sources need a
    check), `UserError`, `Cancelled`. `on_read` is given the export as soon as it is read, before any step can stop
    (the CLI says the reader's notes with it)."""
    parts = stages(
        progress,
        {"load": 3, "propose": 1 if decisions.propose_recipe else 0, "identifiers": 3, "recode": 1},
        {"load": "Reading: ", "propose": "Proposing sources: ", "identifiers": "Identifiers: ", "recode": "Recoding: "},
    )
    with logged_step("reading the export") as logged:
        export = LOAD.run(None, decisions.load, parts["load"])
        perpetrators = export.perpetrator_frame
        logged.count(victims=len(export.victim_frame), perpetrators=0 if perpetrators is None else len(perpetrators))
    if on_read is not None:
        on_read(export)
    recipe, recode_decisions = decisions.recode.recipe, decisions.recode
    if decisions.propose_recipe:
        # On the raw export, before Stage one: the proposal reads the columns as the mission wrote them.
        with logged_step("proposing sources") as logged:
            recipe = recipe_for_export(export, recipe, parts["propose"])
            if recipe != decisions.recode.recipe:
                # The bundle's manifest names the recipe as used, not the file it started from.
                recode_decisions = RecodeDecisions(
                    f"{decisions.recode.recipe_file} (sources proposed for this export)",
                    hashlib.sha256(recipe_to_toml(recipe).encode("utf-8")).hexdigest(),
                    recipe,
                )
            logged.count(variables=len(recipe.variables))
    with logged_step("stage one") as logged:
        identifier_parts = stages(parts["identifiers"], {"review": 2, "apply": 1})
        # New columns a replay may not decide alone stop it, but after the recode: the stop then names every
        # difference (missing and renamed columns, new values) at once, not one kind per run.
        review, chosen, undecided = _identifier_review(export, decisions, identifier_parts["review"])
        # The registry's Identifiers step (remove_identifiers), given the review just made: detection runs once.
        cleaned = remove_identifiers(export, chosen, identifier_parts["apply"], review)
        logged.count(victim_columns_kept=len(cleaned.export.victim_frame.columns))
    with logged_step("recoding") as logged:
        recoded = RECODE.run(cleaned, recode_decisions, parts["recode"])
        result = recoded.recode
        if not result.complete or (decisions.identifiers is not None and undecided):
            # Said in the words of the recipe as it was read (a birth date Stage one turned into an age, as that age).
            recipe = recipe_for_cleaned_export(recipe, cleaned)
            if decisions.identifiers is not None:
                raise _replay_stopped(export, cleaned.export, decisions, recipe, result)
            raise _recode_stopped(export, cleaned.export, recipe, result)
        logged.count(victims=result.victims, perpetrator_rows=result.perpetrator_rows)
    return recoded


def run_workflow(
    decisions: RunDecisions, progress: Progress = NO_PROGRESS, on_read: Callable[[CaseExport], None] | None = None
) -> RunResult:
    """Load, de-identify, recode, synthesize and write the bundle. Raises `RunStopped` (nothing written) when a new
    column needs review or a value is unmapped, `ReleaseRefused`/`UserError` for other problems, `Cancelled`.
    `on_read`: as for `prepare_recoded`."""
    parts = stages(
        progress,
        {"recoded": 7, "synthesize": 3, "bundle": 2},
        {"bundle": "Writing the bundle: "},
    )
    recoded = prepare_recoded(decisions, parts["recoded"], on_read)
    # The same refusals as the window and `synth`: no k below 2, no column that looks like an identifier.
    with logged_step(f"synthesis ({decisions.synthesis.method})", rows=len(recoded.table)) as logged:
        synthesis = SYNTHESIZE.run(recoded, decisions.synthesis, parts["synthesize"])
        logged.count(records=len(synthesis.records))
    with logged_step("writing the release bundle") as logged:
        made = export_input(recoded, synthesis, decisions.synthesis)
        assert made is not None  # both results are there
        release = EXPORT.run(
            replace(made, ledger_folder=decisions.ledger_folder, released_on=decisions.released_on),
            decisions.release,
            parts["bundle"],
        )
        logged.count(files=len(release.files))
    notes = (*recoded.stage_one_notes, *recoded.recode.notes, *synthesis.notes)
    return RunResult(release, synthesis, recoded, recoded.stage_one, notes)
