"""Synthetic records against the released aggregates: the figures that may go into a release bundle.

Only protected outputs are read: the synthetic records and the protected aggregate counts (k-rounded or DP-noised),
never the real records. This is how Microsoft's synthetic-data-showcase evaluates what it publishes: the aggregates
are the release's accurate counts, and the figures say how closely the synthetic records reproduce them. Anyone
holding the bundle can recompute them, so they add nothing about the real records.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np
import pandas as pd

from ctdc_desktop.core.evaluate.count_comparison import (
    BucketFigures,
    CountFigures,
    code_offsets,
    count_figures,
    describe_length,
    figures_by_bucket,
    match_counts,
)
from ctdc_desktop.core.evaluate.utility import encode_like
from ctdc_desktop.core.number_format import count_text
from ctdc_desktop.core.progress import NO_PROGRESS, Progress
from ctdc_desktop.core.synth.combinations import count_combinations
from ctdc_desktop.core.synth.model import Aggregates, CombinationCounts, ParameterValue, PrivacySpent
from ctdc_desktop.core.synth.table import EncodedTable
from ctdc_desktop.core.translation import translate


@dataclass(frozen=True)
class ReleaseLengthComparison:
    length: int
    figures: CountFigures

    def describe(self) -> str:
        return describe_length(self.length, self.figures, against_release=True)


@dataclass(frozen=True)
class ReleaseComparison:
    """How closely the synthetic records reproduce the released aggregate counts."""

    method: str
    parameters: Mapping[str, ParameterValue]
    privacy: PrivacySpent | None
    reporting_length: int
    released_record_count: float
    synthetic_records: int
    by_length: tuple[ReleaseLengthComparison, ...]
    by_bucket: tuple[BucketFigures, ...]

    def describe(self) -> tuple[str, ...]:
        head = translate(
            "Figures", "The synthetic data has {0} records; the released counts give {1} records in all."
        ).format(count_text(self.synthetic_records), count_text(round(self.released_record_count)))
        return (head, *(item.describe() for item in self.by_length), *(item.describe() for item in self.by_bucket))


def compare_with_release(
    records: pd.DataFrame,
    aggregates: Aggregates,
    method: str,
    parameters: Mapping[str, ParameterValue],
    privacy: PrivacySpent | None = None,
    progress: Progress = NO_PROGRESS,
) -> ReleaseComparison:
    """Compare the combination counts of `records` with `aggregates` for every length the aggregates report."""
    length = aggregates.reporting_length
    released = EncodedTable(
        columns=aggregates.columns,
        values=aggregates.values,
        codes=np.zeros((0, len(aggregates.columns)), dtype=np.int32),
    )
    synthetic_table = encode_like(released, records)
    offsets, n_values = code_offsets(synthetic_table)
    synthetic_counts = count_combinations(synthetic_table, max(length, 1), progress) if length else {}
    by_length = []
    matched_all = []
    for current in range(1, length + 1):
        reference = aggregates.by_length.get(current) or _empty(current)
        matched = match_counts(reference, synthetic_counts[current], offsets, n_values)
        matched_all.append(matched)
        by_length.append(ReleaseLengthComparison(current, count_figures(matched)))
    return ReleaseComparison(
        method=method,
        parameters=dict(parameters),
        privacy=privacy,
        reporting_length=length,
        released_record_count=float(aggregates.record_count),
        synthetic_records=synthetic_table.n_records,
        by_length=tuple(by_length),
        by_bucket=figures_by_bucket(matched_all),
    )


def _empty(length: int) -> CombinationCounts:
    return CombinationCounts(
        column_index=np.zeros((0, length), dtype=np.int16),
        value_code=np.zeros((0, length), dtype=np.int32),
        count=np.zeros(0, dtype=np.float64),
    )
