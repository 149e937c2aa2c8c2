"""Does a table follow a CTDC codebook? Every column, label and multi-value form that does not is reported.

The schema is the one of the shipped recipe (`resources/recipes/<name>.toml`), whose labels are spelled as the
published data spell them (the 2022 data dictionary's TabStat sheet: ``0--29``, ``No;Yes``, ``Americas/Oceania``).
Rules: a flag is ``1`` or empty; a category is one of the codebook's labels; a multi-valued perpetrator variable
may join several different labels with ``;`` in the codebook's order (``Female;Male``, never ``Male;Female``); a
country code is an ISO 3166-1 alpha-3 code of the CTDC Region table; a number is a whole number in the codebook's
range. Columns may come in any order; a column the codebook does not have, or a codebook variable with no column,
is reported.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from ctdc_desktop.core.progress import NO_PROGRESS, Progress, check_cancelled
from ctdc_desktop.core.recode.aggregate_perpetrators import MULTI_SEPARATOR
from ctdc_desktop.core.recode.recipe import FLAG_LABEL, Recipe, VariableRecipe
from ctdc_desktop.core.recode.recode_countries import country_table


@dataclass(frozen=True)
class ReleaseProblem:
    column: str
    value: str  # the label as written in the table ("" for a whole-column problem)
    count: int  # rows holding it
    message: str

    def line(self) -> str:
        if not self.value:
            return f"{self.column}: {self.message}"
        return f'{self.column}: "{self.value}" ({self.count:,} rows): {self.message}'


@dataclass(frozen=True)
class ValidationReport:
    schema: str
    rows: int
    problems: tuple[ReleaseProblem, ...]

    @property
    def valid(self) -> bool:
        return not self.problems


def _label_problem(value: str, variable: VariableRecipe) -> str:
    """Why `value` is not a valid cell of `variable`, or "" when it is."""
    text = value
    if variable.type == "flag":
        return "" if text == FLAG_LABEL else "a flag is written 1, or left empty"
    if variable.type == "number":
        if not text.isdigit() or variable.low is None or variable.high is None:
            return "not a whole number"
        return "" if variable.low <= int(text) <= variable.high else f"outside {variable.low}-{variable.high}"
    if variable.type == "country_code":
        return "" if text in country_table().regions else "not an ISO 3166-1 alpha-3 code of the CTDC Region table"
    labels = variable.labels
    if text in labels:
        return ""
    shown = ", ".join(labels)
    if MULTI_SEPARATOR not in text:
        return f"not a label of the codebook (labels: {shown})"
    if not variable.multi:
        return "holds several values, which this variable does not allow"
    parts = text.split(MULTI_SEPARATOR)
    unknown = [p for p in parts if p not in labels]
    if unknown:
        return f'"{unknown[0]}" is not a label of the codebook (labels: {shown})'
    if len(set(parts)) != len(parts):
        return "repeats a value"
    if len(parts) < 2:
        return "has an empty part"
    ordered = sorted(parts, key=labels.index)
    if parts != ordered:
        return f"values are not in the codebook's order; write {MULTI_SEPARATOR.join(ordered)}"
    return ""


def validate_release(frame: pd.DataFrame, recipe: Recipe, progress: Progress = NO_PROGRESS) -> ValidationReport:
    """Every way `frame` departs from `recipe`'s codebook (empty cells are always allowed: missing data)."""
    problems: list[ReleaseProblem] = []
    names = [str(c) for c in frame.columns]
    for name in names:
        if name not in recipe.columns:
            problems.append(ReleaseProblem(name, "", 0, "is not a variable of the codebook"))
    for name in recipe.columns:
        if name not in names:
            problems.append(ReleaseProblem(name, "", 0, "the codebook variable has no column in the table"))
    present = [v for v in recipe.variables if v.name in names]
    for done, variable in enumerate(present, start=1):
        check_cancelled(progress)
        progress.report(done, len(present), f"Checking {variable.name}")
        column = frame[variable.name]
        values = column[column.notna()].astype(str)
        values = values[values.str.strip() != ""]
        counts = values.value_counts(sort=False)
        for value, count in zip(counts.index.tolist(), counts.to_numpy(dtype=np.int64).tolist(), strict=True):
            message = _label_problem(str(value), variable)
            if message:
                problems.append(ReleaseProblem(variable.name, str(value), int(count), message))
    return ValidationReport(recipe.name, len(frame), tuple(problems))
