"""How faithfully synthetic records reproduce the counts of the data they were made from.

The yardstick follows the evaluation of Microsoft's synthetic-data-showcase: compare the counts of every combination
of up to `reporting_length` values (from distinct columns; missing cells are not values) in the sensitive table and
in the synthetic one. Both of our methods and pac-synth are measured by this same function.

Definitions, for one combination length l. T is the set of combinations of length l occurring in the sensitive data,
with counts t(c); S the set occurring in the synthetic data, with counts s(c); a combination absent from a side has
count 0 there.

- ``sensitive_combinations`` = |T|; ``synthetic_combinations`` = |S|.
- ``mean_absolute_error`` = mean over T ∪ S of |s(c) − t(c)|.
- ``mean_relative_error`` = mean over {c in T : t(c) ≥ 10} of |s(c) − t(c)| / t(c) (None if that set is empty).
  Small true counts are left out: they are the ones a release suppresses or rounds on purpose.
- ``suppressed_share`` = |T \\ S| / |T|: real combinations that the synthetic data lost.
- ``fabricated_share`` = |S \\ T| / |S|: synthetic combinations that never occur in the real data.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import pandas as pd

from ctdc_desktop.core.evaluate.count_comparison import (
    RELATIVE_ERROR_MIN_COUNT,
    code_offsets,
    count_figures,
    match_counts,
)
from ctdc_desktop.core.progress import NO_PROGRESS, Progress, stages
from ctdc_desktop.core.synth.combinations import count_combinations
from ctdc_desktop.core.synth.model import CombinationCounts
from ctdc_desktop.core.synth.table import MISSING, EncodedTable, encode_table

EXPLANATIONS: tuple[tuple[str, str], ...] = (
    ("sensitive_combinations", "How many different combinations of this many answers occur in the real records."),
    ("synthetic_combinations", "How many different combinations of this many answers occur in the synthetic records."),
    (
        "mean_absolute_error",
        "On average, by how many records a combination's count in the synthetic data differs from the real count.",
    ),
    (
        "mean_relative_error",
        "For combinations shared by at least 10 real records, how far off the synthetic count is, as a share of the "
        "real count (0.05 means 5% off).",
    ),
    ("suppressed_share", "The share of real combinations that do not appear at all in the synthetic data."),
    ("fabricated_share", "The share of synthetic combinations that never occur in the real records."),
)


@dataclass(frozen=True)
class LengthEvaluation:
    """The comparison of all combinations of `length` values (see the module docstring for the definitions)."""

    length: int
    sensitive_combinations: int
    synthetic_combinations: int
    mean_absolute_error: float
    mean_relative_error: float | None
    relative_error_combinations: int  # how many combinations the relative error averages over (true count ≥ 10)
    suppressed_share: float
    fabricated_share: float

    def describe(self) -> str:
        """Plain words for a caseworker."""
        what = "single answers" if self.length == 1 else f"combinations of {self.length} answers"
        parts = [
            f"For {what}: the real records hold {self.sensitive_combinations:,}, the synthetic records "
            f"{self.synthetic_combinations:,}.",
            f"A count is off by {self.mean_absolute_error:.1f} records on average.",
        ]
        if self.mean_relative_error is not None:
            parts.append(
                f"Counts of at least {RELATIVE_ERROR_MIN_COUNT} records are off by {self.mean_relative_error:.1%} "
                "on average."
            )
        parts.append(
            f"{self.suppressed_share:.1%} of the real ones are missing from the synthetic data; "
            f"{self.fabricated_share:.1%} of the synthetic ones never occur in the real records."
        )
        return " ".join(parts)

    def to_json_dict(self) -> dict[str, float | int | None]:
        return {
            "length": self.length,
            "sensitive_combinations": self.sensitive_combinations,
            "synthetic_combinations": self.synthetic_combinations,
            "mean_absolute_error": self.mean_absolute_error,
            "mean_relative_error": self.mean_relative_error,
            "relative_error_combinations": self.relative_error_combinations,
            "suppressed_share": self.suppressed_share,
            "fabricated_share": self.fabricated_share,
        }


@dataclass(frozen=True)
class Evaluation:
    reporting_length: int
    sensitive_records: int
    synthetic_records: int
    by_length: tuple[LengthEvaluation, ...]

    def describe(self) -> str:
        head = (
            f"The synthetic data has {self.synthetic_records:,} records; the real data has {self.sensitive_records:,}."
        )
        return "\n".join([head, *(item.describe() for item in self.by_length)])

    def to_json_dict(self) -> dict[str, object]:
        return {
            "reporting_length": self.reporting_length,
            "sensitive_records": self.sensitive_records,
            "synthetic_records": self.synthetic_records,
            "by_length": [item.to_json_dict() for item in self.by_length],
            "explanations": dict(EXPLANATIONS),
        }


def encode_like(table: EncodedTable, frame: pd.DataFrame) -> EncodedTable:
    """Encode `frame` with the codes of `table`; values `table` lacks get new codes after its own."""
    names = [str(c).strip() for c in frame.columns]
    if sorted(names) != sorted(table.columns):
        missing = sorted(set(table.columns) - set(names))
        extra = sorted(set(names) - set(table.columns))
        raise ValueError(f"the synthetic data has other columns than the real data (missing {missing}, extra {extra})")
    frame = frame.set_axis(names, axis=1)[list(table.columns)]
    codes = np.full((len(frame), table.n_columns), MISSING, dtype=np.int32)
    values: list[tuple[str, ...]] = []
    for j, name in enumerate(table.columns):
        known = {label: i for i, label in enumerate(table.values[j])}
        labels = list(table.values[j])
        raw_codes, raw_uniques = pd.factorize(frame[name].to_numpy(dtype=object), use_na_sentinel=True)
        lookup = []
        for raw in raw_uniques:
            text = str(raw).strip()
            if not text:
                lookup.append(MISSING)
                continue
            if text not in known:
                known[text] = len(labels)
                labels.append(text)
            lookup.append(known[text])
        codes[:, j] = np.array([*lookup, MISSING], dtype=np.int32)[raw_codes]
        values.append(tuple(labels))
    return EncodedTable(columns=table.columns, values=tuple(values), codes=codes)


def _compare(
    length: int, true: CombinationCounts, synthetic: CombinationCounts, offsets: npt.NDArray[np.int64], n_values: int
) -> LengthEvaluation:
    matched = match_counts(true, synthetic, offsets, n_values)
    figures = count_figures(matched)
    return LengthEvaluation(
        length=length,
        sensitive_combinations=len(true),
        synthetic_combinations=len(synthetic),
        mean_absolute_error=figures.mean_absolute_error,
        mean_relative_error=figures.mean_relative_error,
        relative_error_combinations=int((matched.reference >= RELATIVE_ERROR_MIN_COUNT).sum()),
        suppressed_share=figures.suppressed_share,
        fabricated_share=figures.fabricated_share or 0.0,
    )


def evaluate_synthesis(
    sensitive: EncodedTable | pd.DataFrame,
    synthetic: pd.DataFrame,
    reporting_length: int,
    progress: Progress = NO_PROGRESS,
) -> Evaluation:
    """Compare the combination counts of `synthetic` with those of `sensitive`, for lengths 1..reporting_length.

    `synthetic` must have the same columns (any order); cells are compared as stripped text, blank = missing.
    """
    if reporting_length < 1:
        raise ValueError("reporting_length must be at least 1")
    table = sensitive if isinstance(sensitive, EncodedTable) else encode_table(sensitive)
    synthetic_table = encode_like(table, synthetic)
    # Both sides share the code space of the synthetic encoding, which extends the sensitive one.
    offsets, n_values = code_offsets(synthetic_table)
    # Two countings, one bar: each fills its own part, so the bar does not run back from 100 % to the start.
    parts = stages(progress, {"real": max(table.n_records, 1), "synthetic": max(synthetic_table.n_records, 1)})
    true_counts = count_combinations(table, reporting_length, parts["real"])
    synthetic_counts = count_combinations(synthetic_table, reporting_length, parts["synthetic"])
    by_length = [
        _compare(length, true_counts[length], synthetic_counts[length], offsets, n_values)
        for length in range(1, reporting_length + 1)
    ]
    return Evaluation(
        reporting_length=reporting_length,
        sensitive_records=table.n_records,
        synthetic_records=synthetic_table.n_records,
        by_length=tuple(by_length),
    )
