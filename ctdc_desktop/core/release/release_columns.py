"""Only the codebook's variables are released: records and aggregates cut down to them, in codebook order and labels.

A column of the synthesis that the codebook does not list (a column the user meant to drop, or one that appeared in
a new export) is left out of every released file, with its combinations in the aggregates. A combination of codebook
variables keeps its count: leaving variables out of a release never makes a reported count rarer.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from ctdc_desktop.core.release.codebook import CodebookSchema
from ctdc_desktop.core.synth.model import Aggregates, CombinationCounts
from ctdc_desktop.core.translation import translate
from ctdc_desktop.core.user_error import UserError


class ReleaseRefused(UserError):
    """The release cannot be written as it stands; the message lists every reason and what to do."""


@dataclass(frozen=True)
class ReleaseColumns:
    """The positions (in the synthesis' columns) of the codebook's variables, in codebook order, and their labels."""

    positions: tuple[int, ...]
    labels: tuple[str, ...]
    left_out: tuple[str, ...]  # synthesis columns the codebook does not list


def release_columns(schema: CodebookSchema, columns: tuple[str, ...]) -> ReleaseColumns:
    where = {name.strip(): position for position, name in enumerate(columns)}
    missing = [v.column for v in schema.variables if v.column.strip() not in where]
    if missing:
        raise ReleaseRefused(
            translate(
                "Release",
                "The codebook lists variables that the synthetic data does not have: {0}. Check the recipe's "
                "variables against the recoded table and run synthesis again.",
            ).format(", ".join(f"'{name}'" for name in missing))
        )
    positions = tuple(where[v.column.strip()] for v in schema.variables)
    kept = set(positions)
    return ReleaseColumns(
        positions=positions,
        labels=tuple(v.label for v in schema.variables),
        left_out=tuple(name for position, name in enumerate(columns) if position not in kept),
    )


def release_records(records: pd.DataFrame, chosen: ReleaseColumns) -> pd.DataFrame:
    out = records.iloc[:, list(chosen.positions)].copy()
    out.columns = list(chosen.labels)
    return out


def release_aggregates(aggregates: Aggregates, chosen: ReleaseColumns) -> Aggregates:
    """The combinations of codebook variables only, renumbered to codebook order (columns ascending again)."""
    new_position = np.full(len(aggregates.columns), -1, dtype=np.int64)
    new_position[list(chosen.positions)] = np.arange(len(chosen.positions))
    by_length: dict[int, CombinationCounts] = {}
    for length, counts in aggregates.by_length.items():
        columns = new_position[counts.column_index.astype(np.int64)]
        keep = (columns >= 0).all(axis=1) if length else np.ones(len(counts), dtype=bool)
        columns, codes, count = columns[keep], counts.value_code[keep], counts.count[keep]
        order = np.argsort(columns, axis=1, kind="stable")
        columns = np.take_along_axis(columns, order, axis=1)
        codes = np.take_along_axis(codes, order, axis=1)
        # Rows by variables, then values, as the aggregates file lists them.
        keys = [codes[:, i] for i in range(length - 1, -1, -1)] + [columns[:, i] for i in range(length - 1, -1, -1)]
        rows = np.lexsort(keys) if length and len(count) else np.arange(len(count))
        by_length[length] = CombinationCounts(
            column_index=columns[rows].astype(np.int16),
            value_code=codes[rows].astype(np.int32),
            count=count[rows],
        )
    return Aggregates(
        columns=chosen.labels,
        values=tuple(aggregates.values[p] for p in chosen.positions),
        record_count=aggregates.record_count,
        by_length=by_length,
    )


def values_outside_codebook(records: pd.DataFrame, schema: CodebookSchema) -> list[tuple[str, str]]:
    """(label, value) of every released value that its variable's categories do not list (variables without a
    category list are not checked)."""
    found: list[tuple[str, str]] = []
    for variable, label in zip(schema.variables, records.columns, strict=True):
        allowed = variable.allowed()
        if allowed is None:
            continue
        for cell in pd.unique(records[label].dropna()):
            text = str(cell).strip()
            parts = text.split(variable.separator) if variable.multi_valued else [text]
            found += [(str(label), part) for part in parts if part.strip() and part.strip() not in allowed]
    return sorted(set(found))
