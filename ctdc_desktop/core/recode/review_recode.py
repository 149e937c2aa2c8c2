"""What the Recode page shows after each run: the recode itself, and per variable the values it met and the counts
before and after, worked out in the same background run so the page only displays them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import pandas as pd

from ctdc_desktop.core.case_export import CaseExport
from ctdc_desktop.core.progress import NO_PROGRESS, Progress, check_cancelled, stages
from ctdc_desktop.core.recode.recipe import Recipe
from ctdc_desktop.core.recode.recode import RecodeResult, SourceValue, recode, source_values
from ctdc_desktop.core.translation import translate

EMPTY_LABEL = "(empty)"  # the after-count of rows whose recoded cell is empty


@dataclass(frozen=True)
class RecodeReview:
    result: RecodeResult
    recipe: Recipe  # the recipe this run used (the page may have changed it since)
    values: Mapping[str, tuple[SourceValue, ...]]  # variable -> its mapping table (every distinct source value)
    after: Mapping[str, tuple[tuple[str, int], ...]]  # variable -> (recoded label, victims), codebook order, empty last


def review_recode(export: CaseExport, recipe: Recipe, progress: Progress = NO_PROGRESS) -> RecodeReview:
    parts = stages(progress, {"recode": 4, "values": 1})
    result = recode(export, recipe, parts["recode"])
    values: dict[str, tuple[SourceValue, ...]] = {}
    after: dict[str, tuple[tuple[str, int], ...]] = {}
    total = len(recipe.variables)
    for done, variable in enumerate(recipe.variables, start=1):
        check_cancelled(progress)
        parts["values"].report(
            done, total, translate("Recode", "Counting the values of {name}").format(name=variable.name)
        )
        values[variable.name] = source_values(export, recipe, variable.name)
        column = result.table[variable.name]
        counts = column.value_counts(sort=False)
        pairs = [(str(label), int(count)) for label, count in counts.items() if count]
        empty = int(column.isna().sum())
        after[variable.name] = tuple(pairs + ([(EMPTY_LABEL, empty)] if empty else []))
    return RecodeReview(result, recipe, values, after)


def rows_before_after(export: CaseExport, result: RecodeResult, recipe: Recipe, name: str) -> pd.DataFrame:
    """Rows to check one variable by eye: for a victim variable its source column(s) beside the recoded column (same
    row numbers as the export); for a perpetrator variable the recoded column alone (one row per victim, summarising
    several perpetrator rows, so there is no one source cell to show beside it)."""
    variable = recipe.variable(name)
    recoded = result.table[[name]].rename(columns={name: translate("Recode", "{name} (recoded)").format(name=name)})
    if variable.table != "victims":
        return recoded
    frame = export.victim_frame
    sources = [c for c in dict.fromkeys(variable.source) if c in frame.columns]
    if variable.birth_date and variable.registration_date:
        sources += [c for c in (variable.birth_date, variable.registration_date) if c in frame.columns]
    return pd.concat([frame[sources], recoded], axis=1)
