"""What is in each column of a loaded export: how full it is, how many different values, the commonest ones, and a
guess of what kind of information it holds, so a caseworker sees at once which columns can point to a person.

The kind comes from Stage one's detection (`core.identifiers.column_kind`): the same evidence that flags a column
as an identifier names its kind, so the Load page and the Identifiers page never disagree.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import pandas as pd

from ctdc_desktop.core.identifiers.column_kind import ColumnKind, guess_kind
from ctdc_desktop.core.identifiers.column_values import value_counts
from ctdc_desktop.core.progress import NO_PROGRESS, Progress, check_cancelled
from ctdc_desktop.core.translation import translate

__all__ = [
    "PATTERN_SAMPLE",
    "ColumnKind",
    "ColumnProfile",
    "TableProfile",
    "guess_kind",
    "kind_explanation",
    "kind_label",
    "profile_column",
    "profile_table",
]

# Pattern checks look at this many distinct values at most (the commonest ones), so a column of a million unique
# case IDs costs the same as one of ten thousand.
PATTERN_SAMPLE = 3_000


def kind_label(kind: ColumnKind) -> str:
    """The kind's name in the user's language ("identifier-like")."""
    return kind.label


def kind_explanation(kind: ColumnKind) -> str:
    """The kind's line of the legend in the user's language."""
    return kind.explanation


@dataclass(frozen=True)
class ColumnProfile:
    name: str
    non_empty: int
    distinct: int
    top_values: tuple[tuple[str, int], ...]  # commonest values first, with how many records hold each
    kind: ColumnKind


@dataclass(frozen=True)
class TableProfile:
    row_count: int
    columns: tuple[ColumnProfile, ...]

    def column(self, name: str) -> ColumnProfile:
        for profile in self.columns:
            if profile.name == name:
                return profile
        raise KeyError(name)


def _top(values: list[str], counts: npt.NDArray[np.int64], top: int) -> tuple[tuple[str, int], ...]:
    """The `top` commonest values, ties broken alphabetically so the same data always shows the same list.

    `values` are sorted by count already; among values tied at the cut-off count only the alphabetically first are
    needed, found without sorting them all (a column of unique IDs is one big tie).
    """
    if top <= 0 or not values:
        return ()
    if len(values) <= top:
        chosen = list(range(len(values)))
    else:
        cutoff = int(counts[top - 1])
        above = [i for i in range(top) if counts[i] > cutoff]
        tied = np.flatnonzero(counts == cutoff).tolist()
        chosen = above + heapq.nsmallest(top - len(above), tied, key=lambda i: values[i])
    chosen.sort(key=lambda i: (-int(counts[i]), values[i]))
    return tuple((values[i], int(counts[i])) for i in chosen)


def profile_column(name: str, series: pd.Series, top: int = 5) -> ColumnProfile:
    values, counts = value_counts(series)
    non_empty = int(counts.sum())
    distinct = len(values)
    kind = guess_kind(name, values[:PATTERN_SAMPLE], counts[:PATTERN_SAMPLE], non_empty, distinct)
    top_values = _top(values, counts, top)
    return ColumnProfile(name=name, non_empty=non_empty, distinct=distinct, top_values=top_values, kind=kind)


def profile_table(frame: pd.DataFrame, progress: Progress = NO_PROGRESS, top: int = 5) -> TableProfile:
    """Profile every column of `frame` (a `LoadedTable.frame`, or any frame of text). Raises `Cancelled`."""
    columns: list[ColumnProfile] = []
    total = len(frame.columns)
    for position, name in enumerate(frame.columns):
        check_cancelled(progress)
        progress.report(position, total, translate("Profile", "Looking at column {0}").format(name))
        columns.append(profile_column(str(name), frame.iloc[:, position], top=top))
    progress.report(total, total, translate("Profile", "Columns profiled"))
    return TableProfile(row_count=len(frame), columns=tuple(columns))
