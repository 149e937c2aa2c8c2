"""The k guarantee checked on what is about to be released, independently of how synthesis made it.

For a k-anonymous release (CTDC 2021 codebook, section 1): every combination in the released aggregates must be held
by at least k records of the recoded table, and its released count must be a multiple of k no larger than the true
count; every combination of up to L values in the synthetic records must be one of the released combinations (so it
too is held by at least k records). The true counts are recounted here from the recoded table with the same counter
synthesis uses; the messages give how many combinations fail, never which values they hold.
"""

from __future__ import annotations

import numpy as np

from ctdc_desktop.core.evaluate.compare_with_release import ReleaseComparison
from ctdc_desktop.core.evaluate.count_comparison import code_offsets, match_counts
from ctdc_desktop.core.number_format import count_text
from ctdc_desktop.core.progress import NO_PROGRESS, Progress
from ctdc_desktop.core.synth.combinations import count_combinations
from ctdc_desktop.core.synth.model import Aggregates
from ctdc_desktop.core.synth.table import EncodedTable
from ctdc_desktop.core.translation import translate


def k_guarantee_problems(
    table: EncodedTable,
    aggregates: Aggregates,
    k: int,
    figures: ReleaseComparison | None = None,
    progress: Progress = NO_PROGRESS,
) -> list[str]:
    """Every way the release breaks the k guarantee, in plain words (empty when it holds).

    `table` is the recoded table cut to the released columns, `aggregates` the released aggregates over the same
    columns, `figures` the comparison of the synthetic records with them (for fabricated combinations)."""
    if tuple(table.columns) != tuple(aggregates.columns) or tuple(table.values) != tuple(aggregates.values):
        return [
            translate(
                "Release",
                "The released counts were not made from this recoded table (its variables or answers differ). Run "
                "synthesis again on the current recoded data.",
            )
        ]
    problems = []
    if aggregates.record_count % k or aggregates.record_count > table.n_records:
        problems.append(
            translate(
                "Release", "The released number of records is not the record count rounded down to a multiple of {0}."
            ).format(k)
        )
    length = aggregates.reporting_length
    exact = count_combinations(table, length, progress, min_count=k) if length else {}
    offsets, n_values = code_offsets(table)
    for current in range(1, length + 1):
        released = aggregates.by_length.get(current)
        if released is None or not len(released):
            continue
        matched = match_counts(exact[current], released, offsets, n_values)
        true, shown = matched.reference, matched.synthetic
        in_release = shown > 0
        rare = int((in_release & (true < k)).sum())
        if rare:
            problems.append(
                translate(
                    "Release", "{0} released combinations of {1} answers are held by fewer than {2} records."
                ).format(count_text(rare), current, k)
            )
        wrong = int((in_release & ((np.mod(shown, k) != 0) | (shown > true))).sum()) - rare
        if wrong > 0:
            problems.append(
                translate(
                    "Release",
                    "{0} released counts of combinations of {1} answers are not the true count rounded down to a "
                    "multiple of {2}.",
                ).format(count_text(wrong), current, k)
            )
    if figures is not None:
        fabricated = sum(
            round((item.figures.fabricated_share or 0.0) * item.figures.synthetic_combinations)
            for item in figures.by_length
        )
        if fabricated:
            problems.append(
                translate(
                    "Release",
                    "{0} combinations in the synthetic records are not among the released counts, so they may be held "
                    "by fewer than {1} records.",
                ).format(count_text(fabricated), k)
            )
    return problems
