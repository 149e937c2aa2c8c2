"""Synthetic records against the real records they were made from: for the caseworker's screen ONLY.

These figures use the real records' exact counts, without protection. They tell the caseworker how faithful and how
safe the synthetic data is before release, and must never be written into a release bundle (the bundle's figures come
from `compare_with_release`, which reads protected outputs only).

Beside the count figures of `count_comparison` (per length and per count bucket, as Microsoft's synthetic-data-showcase
reports them), per combination length:

- ``leaked_combinations``: combinations held by fewer than k real records that the synthetic data also shows fewer
  than k times (SDS's leakage: a rare real combination reproduced as a rare synthetic one could point at the people
  who hold it). Their share is of the rare real combinations.
- the share of real records holding a combination of this length that is unique (1 record) or rare (fewer than k) in
  the real data, and the same for the synthetic records within the synthetic data.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import pandas as pd

from ctdc_desktop.core.evaluate.count_comparison import (
    EXPLAIN_FABRICATED,
    EXPLAIN_MEAN_ABSOLUTE_ERROR,
    EXPLAIN_MEAN_RELATIVE_ERROR,
    EXPLAIN_PRESERVATION,
    EXPLAIN_SUPPRESSED,
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
from ctdc_desktop.core.progress import NO_PROGRESS, Progress, stages
from ctdc_desktop.core.synth.combinations import count_combinations_and_rare_records
from ctdc_desktop.core.synth.table import EncodedTable, encode_table
from ctdc_desktop.core.translation import QT_TRANSLATE_NOOP, translate

# In English; shown with `translate("Figures", ...)` (made at import, before the window installs the language).
NOT_FOR_RELEASE = QT_TRANSLATE_NOOP(
    "Figures",
    "These figures compare the synthetic data with the real records without any protection. They are for checking "
    "on this computer only and are never written into the release.",
)
EXPLAIN_LEAKAGE = QT_TRANSLATE_NOOP(
    "Figures",
    "Combinations of answers that fewer than k real people share and that the synthetic data also shows fewer than "
    "k times: the ones that could point at a real person. Zero is what we want.",
)
EXPLAIN_RECORDS_RARE = QT_TRANSLATE_NOOP(
    "Figures",
    "The share of records that hold some combination of this many answers that no other record (unique) or fewer "
    "than k records (rare) hold.",
)
EXPLANATIONS: dict[str, str] = {
    "mean_absolute_error": EXPLAIN_MEAN_ABSOLUTE_ERROR,
    "mean_relative_error": EXPLAIN_MEAN_RELATIVE_ERROR,
    "preservation": EXPLAIN_PRESERVATION,
    "suppressed_share": EXPLAIN_SUPPRESSED,
    "fabricated_share": EXPLAIN_FABRICATED,
    "leaked_combinations": EXPLAIN_LEAKAGE,
    "records_with_rare_combination": EXPLAIN_RECORDS_RARE,
}


@dataclass(frozen=True)
class LengthRisk:
    """What combinations of one length give away (see the module docstring)."""

    rare_real_combinations: int
    leaked_combinations: int
    real_records_unique_share: float
    real_records_rare_share: float
    synthetic_records_unique_share: float
    synthetic_records_rare_share: float

    @property
    def leaked_share(self) -> float:
        return self.leaked_combinations / self.rare_real_combinations if self.rare_real_combinations else 0.0


@dataclass(frozen=True)
class RealLengthComparison:
    length: int
    figures: CountFigures
    risk: LengthRisk

    def describe(self, k: int) -> str:
        risk = self.risk
        leaks = translate(
            "Figures",
            "{0} of the {1} combinations that fewer than {2} real people share also appear fewer than {2} times in the "
            "synthetic data. {3:.1%} of real records hold such a rare combination ({4:.1%} one nobody else holds); "
            "{5:.1%} of synthetic records hold one that is rare in the synthetic data.",
        ).format(
            count_text(risk.leaked_combinations),
            count_text(risk.rare_real_combinations),
            k,
            risk.real_records_rare_share,
            risk.real_records_unique_share,
            risk.synthetic_records_rare_share,
        )
        return describe_length(self.length, self.figures, against_release=False) + " " + leaks


@dataclass(frozen=True)
class RealRecordsComparison:
    """Screen-only evaluation of synthetic records against the real ones. Never part of a release bundle."""

    k: int
    reporting_length: int
    real_records: int
    synthetic_records: int
    by_length: tuple[RealLengthComparison, ...]
    by_bucket: tuple[BucketFigures, ...]

    def describe(self) -> tuple[str, ...]:
        head = translate("Figures", "The synthetic data has {0} records; the real data has {1}.").format(
            count_text(self.synthetic_records), count_text(self.real_records)
        )
        return (
            translate("Figures", NOT_FOR_RELEASE),
            head,
            *(item.describe(self.k) for item in self.by_length),
            *(item.describe() for item in self.by_bucket),
        )


def compare_with_real_records(
    real: EncodedTable | pd.DataFrame,
    synthetic: pd.DataFrame,
    reporting_length: int,
    k: int = 10,
    progress: Progress = NO_PROGRESS,
) -> RealRecordsComparison:
    """Compare `synthetic` with `real` for combinations of 1..`reporting_length` values; rare means fewer than `k`.

    `synthetic` must have the real table's columns (any order); cells are compared as stripped text, blank = missing.
    """
    if reporting_length < 1:
        raise ValueError("reporting_length must be at least 1")
    if k < 2:
        raise ValueError("k must be at least 2")
    table = real if isinstance(real, EncodedTable) else encode_table(real)
    synthetic_table = encode_like(table, synthetic)
    offsets, n_values = code_offsets(synthetic_table)
    parts = stages(progress, {"real": 1, "synthetic": 1})
    real_counts, real_rare = count_combinations_and_rare_records(table, reporting_length, k, parts["real"])
    synthetic_counts, synthetic_rare = count_combinations_and_rare_records(
        synthetic_table, reporting_length, k, parts["synthetic"]
    )
    by_length = []
    matched_all = []
    for length in range(1, reporting_length + 1):
        matched = match_counts(real_counts[length], synthetic_counts[length], offsets, n_values)
        matched_all.append(matched)
        t, s = matched.reference, matched.synthetic
        rare_real = (t > 0) & (t < k)
        risk = LengthRisk(
            rare_real_combinations=int(rare_real.sum()),
            leaked_combinations=int((rare_real & (s > 0) & (s < k)).sum()),
            real_records_unique_share=_share(real_rare.unique[length]),
            real_records_rare_share=_share(real_rare.rare[length]),
            synthetic_records_unique_share=_share(synthetic_rare.unique[length]),
            synthetic_records_rare_share=_share(synthetic_rare.rare[length]),
        )
        by_length.append(RealLengthComparison(length=length, figures=count_figures(matched), risk=risk))
    return RealRecordsComparison(
        k=k,
        reporting_length=reporting_length,
        real_records=table.n_records,
        synthetic_records=synthetic_table.n_records,
        by_length=tuple(by_length),
        by_bucket=figures_by_bucket(matched_all),
    )


def _share(flags: npt.NDArray[np.bool_]) -> float:
    return float(flags.mean()) if flags.size else 0.0
