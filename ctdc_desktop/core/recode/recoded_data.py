"""The Recode step's result as the later steps take it, and the step itself as `run` takes it.

Synthesize works on the recoded table; Export needs more of it: the recipe (for the codebook and the manifest), the
values the recipe left unmapped, and what Stage one and Recode did (for the audit log). `RecodedData` carries all of
it, made by `recoded_data_from` for the window's Recode page and for `run` alike.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from ctdc_desktop.core.audit_step import AuditStep, now, recipe_file_name
from ctdc_desktop.core.identifiers.remove_identifiers import CleanedExport
from ctdc_desktop.core.progress import NO_PROGRESS, Progress
from ctdc_desktop.core.recode.after_stage_one import recipe_for_cleaned_export
from ctdc_desktop.core.recode.recipe import Recipe, RecodeDecisions
from ctdc_desktop.core.recode.recode import RecodeResult, recode


@dataclass(frozen=True)
class RecodedData:
    """The Recode step's result together with the recipe that made it (what Synthesize and Export work on)."""

    recode: RecodeResult
    recipe: RecodeDecisions | None = None  # None: only the table is known (the codebook then comes from it)
    earlier_steps: tuple[AuditStep, ...] = ()  # Stage one and Recode, for the audit log
    stage_one: str = ""  # what Stage one did, in words ("14 removed, 4 transformed, 56 kept")
    stage_one_notes: tuple[str, ...] = ()  # where Stage one did not do what its decisions say (`CleanedExport.notes`)

    @property
    def table(self) -> pd.DataFrame:
        return self.recode.table


def recode_cleaned_export(
    cleaned: CleanedExport, decisions: RecodeDecisions, progress: Progress = NO_PROGRESS
) -> RecodedData:
    """Recode what Stage one left of the export with the decisions' recipe, read as Stage one left the columns (a
    birth date turned into an age is read as that age). The result may not be complete (a column missing, a value not
    placed): `recode.coverage` says what, and the caller decides how to say it."""
    recipe = recipe_for_cleaned_export(decisions.recipe, cleaned)
    return recoded_data_from(cleaned, decisions, recipe, recode(cleaned.export, recipe, progress))


def recoded_data_from(
    cleaned: CleanedExport | None, recode_decisions: RecodeDecisions, recipe: Recipe, recoded: RecodeResult
) -> RecodedData:
    """What Recode hands on (window and `run` alike): the result, the recipe, and the audit-log lines of Stage one
    (if it ran) and Recode (counts only, never a value)."""
    steps: list[AuditStep] = []
    if cleaned is not None:
        export = cleaned.export
        columns = len(export.victim_frame.columns) + (
            0 if export.perpetrator_frame is None else len(export.perpetrator_frame.columns)
        )
        steps.append(AuditStep(f"Stage one: {cleaned.summary} columns", now(), None, columns))
    steps.append(
        AuditStep(
            # No row count and no folder: this line goes into the bundle (the activity log has the counts).
            f"Recoded with the recipe {recipe_file_name(recode_decisions.recipe_file)}",
            now(),
            None,
            len(recipe.columns),
        )
    )
    if cleaned is None:
        return RecodedData(recoded, recode_decisions, tuple(steps))
    return RecodedData(recoded, recode_decisions, tuple(steps), cleaned.summary, cleaned.notes)
