"""Counts of combinations on two sides, matched one to one, and the figures both audiences see.

The two sides are a *reference* (the real records on the caseworker's screen; the released aggregates in the bundle)
and the *synthetic* records. Figures follow the evaluation of Microsoft's synthetic-data-showcase (SDS): per
combination length, and per count bucket of the reference count: (0, 10], (10, 20], (20, 40], (40, 80], ...

For one group of combinations, with t(c) the reference count and s(c) the synthetic count (0 where absent):

- ``mean_absolute_error``: mean of |s − t| over the combinations either side holds;
- ``mean_relative_error``: mean of |s − t| / t over reference combinations with t ≥ 10 (None if there are none);
- ``preservation``: mean of s / t over reference combinations (SDS's count preservation: 1 is exact, below 1 the
  synthetic data undercounts, above 1 it overcounts);
- ``suppressed_share``: share of reference combinations absent from the synthetic records;
- ``fabricated_share`` (per length only: a fabricated combination has no reference count to bucket by): share of
  synthetic combinations absent from the reference.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from ctdc_desktop.core.number_format import count_text
from ctdc_desktop.core.synth.model import CombinationCounts
from ctdc_desktop.core.synth.table import EncodedTable
from ctdc_desktop.core.translation import QT_TRANSLATE_NOOP, translate

RELATIVE_ERROR_MIN_COUNT = 10
FIRST_BUCKET = 10  # SDS's first bucket; each next one doubles

# The explanations of the figures, in English; shown with `translate("Figures", EXPLAIN_...)` in the user's language
# (these constants are made at import, before the window installs the language).
EXPLAIN_MEAN_ABSOLUTE_ERROR = QT_TRANSLATE_NOOP(
    "Figures",
    "On average, by how many records a combination's count in the synthetic data differs from the count it is "
    "compared with.",
)
EXPLAIN_MEAN_RELATIVE_ERROR = QT_TRANSLATE_NOOP(
    "Figures",
    "For combinations counted at least 10 times, how far off the synthetic count is as a share of the count it is "
    "compared with (5% means 5 records off in 100).",
)
EXPLAIN_PRESERVATION = QT_TRANSLATE_NOOP(
    "Figures",
    "On average, how much of a combination's count the synthetic data keeps: 100% is exact, less means the "
    "synthetic data shows fewer records with it, more means it shows more.",
)
EXPLAIN_SUPPRESSED = QT_TRANSLATE_NOOP(
    "Figures", "The share of combinations that the synthetic data does not show at all."
)
EXPLAIN_FABRICATED = QT_TRANSLATE_NOOP(
    "Figures", "The share of combinations in the synthetic data that do not exist in what it is compared with."
)


@dataclass(frozen=True)
class MatchedCounts:
    """One entry per combination held by either side: its reference count and its synthetic count (0 if absent)."""

    reference: npt.NDArray[np.float64]
    synthetic: npt.NDArray[np.float64]


def code_offsets(table: EncodedTable) -> tuple[npt.NDArray[np.int64], int]:
    """Where each column's codes start in one numbering of all values, and how many values there are in all."""
    widths = np.array([len(v) for v in table.values], dtype=np.int64)
    offsets = np.concatenate(([0], np.cumsum(widths)[:-1])).astype(np.int64)
    return offsets, int(widths.sum())


def match_counts(
    reference: CombinationCounts, synthetic: CombinationCounts, offsets: npt.NDArray[np.int64], n_values: int
) -> MatchedCounts:
    """Pair up the combinations of one length on both sides. Both must use the same codes (see `code_offsets`)."""
    length = reference.column_index.shape[1]
    n_reference = len(reference)
    ids = np.concatenate([_global_ids(reference, offsets), _global_ids(synthetic, offsets)]).reshape(-1, length)
    if len(ids) and (n_values + 1) ** length < 2**62:
        # One integer per combination (its value ids in base n_values): much faster to match than rows.
        packed = np.zeros(len(ids), dtype=np.int64)
        for position in range(length):
            packed = packed * (n_values + 1) + ids[:, position]
        _, group = np.unique(packed, return_inverse=True)
    elif len(ids):
        _, group = np.unique(ids, axis=0, return_inverse=True)
    else:
        group = np.zeros(0, dtype=np.intp)
    group = group.reshape(-1)
    n_groups = int(group.max()) + 1 if len(group) else 0
    t = np.zeros(n_groups)
    s = np.zeros(n_groups)
    t[group[:n_reference]] = reference.count
    s[group[n_reference:]] = synthetic.count
    return MatchedCounts(reference=t, synthetic=s)


def _global_ids(counts: CombinationCounts, offsets: npt.NDArray[np.int64]) -> npt.NDArray[np.int64]:
    return offsets[counts.column_index.astype(np.int64)] + counts.value_code.astype(np.int64)


@dataclass(frozen=True)
class CountFigures:
    """The figures of one group of combinations (one length, or one count bucket); see the module docstring."""

    reference_combinations: int
    synthetic_combinations: int
    mean_absolute_error: float
    mean_relative_error: float | None
    preservation: float | None
    suppressed_share: float
    fabricated_share: float | None  # None for a count bucket


def count_figures(matched: MatchedCounts, with_fabricated: bool = True) -> CountFigures:
    t, s = matched.reference, matched.synthetic
    in_reference, in_synthetic = t > 0, s > 0
    n_reference, n_synthetic = int(in_reference.sum()), int(in_synthetic.sum())
    error = np.abs(s - t)
    common = t >= RELATIVE_ERROR_MIN_COUNT
    fabricated: float | None = None
    if with_fabricated:
        fabricated = float((in_synthetic & ~in_reference).sum() / n_synthetic) if n_synthetic else 0.0
    return CountFigures(
        reference_combinations=n_reference,
        synthetic_combinations=n_synthetic,
        mean_absolute_error=float(error.mean()) if len(error) else 0.0,
        mean_relative_error=float((error[common] / t[common]).mean()) if common.any() else None,
        preservation=float((s[in_reference] / t[in_reference]).mean()) if n_reference else None,
        suppressed_share=float((in_reference & ~in_synthetic).sum() / n_reference) if n_reference else 0.0,
        fabricated_share=fabricated,
    )


def bucket_of(count: float) -> int:
    """The upper bound of the SDS count bucket of `count`: 10 for (0, 10], 20 for (10, 20], 40 for (20, 40], ..."""
    if count <= FIRST_BUCKET:
        return FIRST_BUCKET
    return int(FIRST_BUCKET * 2 ** math.ceil(math.log2(count / FIRST_BUCKET) - 1e-12))


@dataclass(frozen=True)
class BucketFigures:
    """Figures of the reference combinations (all lengths) whose reference count falls in (upper / 2, upper]."""

    upper: int
    figures: CountFigures

    @property
    def lower(self) -> int:
        return 0 if self.upper == FIRST_BUCKET else self.upper // 2

    def describe(self) -> str:
        f = self.figures
        if f.preservation is None:
            return translate(
                "Figures",
                "Combinations counted {0} to {1} times ({2}): a count is off by {3:.1f} on average, and {4:.0%} of "
                "them are missing from the synthetic data.",
            ).format(
                self.lower + 1,
                self.upper,
                count_text(f.reference_combinations),
                f.mean_absolute_error,
                f.suppressed_share,
            )
        return translate(
            "Figures",
            "Combinations counted {0} to {1} times ({2}): a count is off by {3:.1f} on average, the synthetic data "
            "keeps {4:.0%} of a count on average, and {5:.0%} of them are missing from the synthetic data.",
        ).format(
            self.lower + 1,
            self.upper,
            count_text(f.reference_combinations),
            f.mean_absolute_error,
            f.preservation,
            f.suppressed_share,
        )


def figures_by_bucket(matched: list[MatchedCounts]) -> tuple[BucketFigures, ...]:
    """SDS's preservation by count: reference combinations of every length, grouped by their reference count."""
    t = np.concatenate([m.reference for m in matched]) if matched else np.zeros(0)
    s = np.concatenate([m.synthetic for m in matched]) if matched else np.zeros(0)
    keep = t > 0
    t, s = t[keep], s[keep]
    if not len(t):
        return ()
    uppers = np.array([bucket_of(c) for c in np.unique(t)], dtype=np.int64)
    upper_of = dict(zip(np.unique(t).tolist(), uppers.tolist(), strict=True))
    each = np.array([upper_of[c] for c in t.tolist()], dtype=np.int64)
    return tuple(
        BucketFigures(upper=int(upper), figures=count_figures(MatchedCounts(t[each == upper], s[each == upper]), False))
        for upper in np.unique(each)
    )


def describe_length(length: int, figures: CountFigures, against_release: bool) -> str:
    """Plain words for the figures of one combination length, compared with the released counts (`against_release`)
    or with the real records. Whole sentences for each case: word order differs between languages."""
    held, synthetic = count_text(figures.reference_combinations), count_text(figures.synthetic_combinations)
    if against_release:
        first = (
            translate("Figures", "For single answers: the released counts hold {0}, the synthetic records {1}.")
            if length == 1
            else translate(
                "Figures", "For combinations of {0} answers: the released counts hold {1}, the synthetic records {2}."
            )
        )
    else:
        first = (
            translate("Figures", "For single answers: the real records hold {0}, the synthetic records {1}.")
            if length == 1
            else translate(
                "Figures", "For combinations of {0} answers: the real records hold {1}, the synthetic records {2}."
            )
        )
    parts = [
        first.format(held, synthetic) if length == 1 else first.format(length, held, synthetic),
        translate("Figures", "A count is off by {0:.1f} records on average.").format(figures.mean_absolute_error),
    ]
    if figures.mean_relative_error is not None:
        parts.append(
            translate("Figures", "Counts of at least {0} are off by {1:.1%} on average.").format(
                RELATIVE_ERROR_MIN_COUNT, figures.mean_relative_error
            )
        )
    if figures.fabricated_share is None:
        last = translate("Figures", "{0:.1%} of them are missing from the synthetic data.")
    elif against_release:
        last = translate(
            "Figures",
            "{0:.1%} of them are missing from the synthetic data; {1:.1%} of the synthetic ones are not in the "
            "released counts.",
        )
    else:
        last = translate(
            "Figures",
            "{0:.1%} of them are missing from the synthetic data; {1:.1%} of the synthetic ones are not in the real "
            "records.",
        )
    parts.append(last.format(figures.suppressed_share, figures.fabricated_share))
    return " ".join(parts)
