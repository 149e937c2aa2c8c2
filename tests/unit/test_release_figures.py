"""Screen-only and bundle figures, and the disclosure-risk summary: hand-computed values and brute-force checks."""

from __future__ import annotations

import itertools
from collections import Counter

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ctdc_desktop.core.evaluate.compare_with_real import NOT_FOR_RELEASE, compare_with_real_records
from ctdc_desktop.core.evaluate.compare_with_release import compare_with_release
from ctdc_desktop.core.evaluate.count_comparison import bucket_of
from ctdc_desktop.core.evaluate.disclosure_risk import assess_disclosure_risk
from ctdc_desktop.core.synth.combinations import count_combinations_and_rare_records, record_class_sizes
from ctdc_desktop.core.synth.model import KAnonParams
from ctdc_desktop.core.synth.synthesize import synthesize
from ctdc_desktop.core.synth.table import encode_table


def frame(rows: list[list[str | None]]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["gender", "age"], dtype=object)


def test_buckets_follow_sds() -> None:
    assert [bucket_of(c) for c in (1, 10, 11, 20, 21, 40, 41, 80, 81)] == [10, 10, 20, 20, 40, 40, 80, 80, 160]


def test_hand_computed_comparison_with_real_records() -> None:
    # Real: (F,a)×12, (M,b)×3.  Synthetic: (F,a)×10, (M,b)×2, (X,None)×1.  k = 5.
    real = frame([["F", "a"]] * 12 + [["M", "b"]] * 3)
    synthetic = frame([["F", "a"]] * 10 + [["M", "b"]] * 2 + [["X", None]])
    result = compare_with_real_records(real, synthetic, 2, k=5)
    singles, pairs = result.by_length
    # Singles: real F12 a12 M3 b3; synthetic F10 a10 M2 b2 X1.
    assert singles.figures.reference_combinations == 4 and singles.figures.synthetic_combinations == 5
    assert singles.figures.mean_absolute_error == pytest.approx((2 + 2 + 1 + 1 + 1) / 5)
    assert singles.figures.preservation == pytest.approx((10 / 12 * 2 + 2 / 3 * 2) / 4)
    assert singles.figures.fabricated_share == pytest.approx(1 / 5)
    # Leakage: M and b (3 < 5) are rare in real and appear twice (< 5) in synthetic.
    assert singles.risk.rare_real_combinations == 2 and singles.risk.leaked_combinations == 2
    assert singles.risk.leaked_share == 1
    # Records: the 3 (M,b) real records hold a rare single; none is unique. In the synthetic, 3 of 13 hold a
    # rare single (M,b twice, X once) and one (X) a unique one.
    assert singles.risk.real_records_rare_share == pytest.approx(3 / 15)
    assert singles.risk.real_records_unique_share == 0
    assert singles.risk.synthetic_records_rare_share == pytest.approx(3 / 13)
    assert singles.risk.synthetic_records_unique_share == pytest.approx(1 / 13)
    assert pairs.risk.leaked_combinations == 1  # (M,b)
    # Buckets: real counts 12 (F, a, (F,a)) in (10, 20]; 3 (M, b, (M,b)) in (0, 10].
    assert [b.upper for b in result.by_bucket] == [10, 20]
    assert result.by_bucket[0].figures.reference_combinations == 3
    assert result.by_bucket[1].figures.preservation == pytest.approx(10 / 12)
    assert result.describe()[0] == NOT_FOR_RELEASE
    assert all(text.strip() for text in result.describe())


cells = st.sampled_from([None, "a", "b", "c"])


@settings(max_examples=60, deadline=None)
@given(
    st.integers(1, 4).flatmap(lambda w: st.lists(st.lists(cells, min_size=w, max_size=w), min_size=1, max_size=25)),
    st.integers(1, 3),
    st.integers(2, 4),
)
def test_rare_records_match_brute_force(rows: list[list[str | None]], max_length: int, below: int) -> None:
    table = encode_table(pd.DataFrame(rows, dtype=object))
    items = [[(j, v) for j, v in enumerate(row) if v is not None] for row in rows]
    counts: Counter[tuple[tuple[int, str], ...]] = Counter()
    for row_items in items:
        for length in range(1, max_length + 1):
            counts.update(itertools.combinations(row_items, length))
    _, rare = count_combinations_and_rare_records(table, max_length, below)
    for length in range(1, max_length + 1):
        expect_unique = [any(counts[c] == 1 for c in itertools.combinations(r, length)) for r in items]
        expect_rare = [any(counts[c] < below for c in itertools.combinations(r, length)) for r in items]
        assert rare.unique[length].tolist() == expect_unique
        assert rare.rare[length].tolist() == expect_rare


@settings(max_examples=60, deadline=None)
@given(st.integers(1, 4).flatmap(lambda w: st.lists(st.lists(cells, min_size=w, max_size=w), min_size=1, max_size=25)))
def test_record_class_sizes_match_brute_force(rows: list[list[str | None]]) -> None:
    table = encode_table(pd.DataFrame(rows, dtype=object))
    sizes, without = record_class_sizes(table)
    whole = Counter(tuple(r) for r in rows)
    assert sizes.tolist() == [whole[tuple(r)] for r in rows]
    for j in range(len(rows[0])):
        cut = [tuple(v for i, v in enumerate(r) if i != j) for r in rows]
        assert without[j].tolist() == [Counter(cut)[c] for c in cut]


def test_disclosure_risk_names_the_variable_that_drives_it() -> None:
    # 20 records share (F, 18-20, MD); 3 differ only by a rare age: leaving out age makes them common.
    rows = [["F", "18-20", "MD"]] * 20 + [["F", "61+", "MD"], ["F", "51-60", "MD"], ["F", "41-50", "MD"]]
    risk = assess_disclosure_risk(pd.DataFrame(rows, columns=["gender", "age", "citizenship"]), k=10)
    assert risk.records == 23 and risk.unique_records == 3 and risk.rare_records == 3
    assert [(d.column, d.records_made_common) for d in risk.drivers] == [("age", 3)]
    text = " ".join(risk.describe())
    assert "3 of 23 records" in text and "age (3)" in text


def test_bundle_figures_use_protected_outputs_only() -> None:
    real = pd.DataFrame({"g": ["F"] * 25 + ["M"] * 12 + ["X"], "a": ["1"] * 30 + ["2"] * 8})
    result = synthesize(real, KAnonParams(k=10, reporting_length=2, seed=3))
    figures = compare_with_release(result.records, result.aggregates, result.method, result.parameters)
    # Single values: the synthetic count of each value equals its rounded release count (the k method's promise).
    assert figures.by_length[0].figures.mean_absolute_error == 0
    assert figures.by_length[0].figures.suppressed_share == 0
    assert figures.released_record_count == 30
    # The real count of X (1) and M (12) never enters: the reference is the released 10 for M, nothing for X.
    assert figures.by_length[0].figures.reference_combinations == len(result.aggregates.by_length[1])
    # Every released combination is in one bucket of released counts (10 or less, 11 to 20, 21 to 40).
    assert [b.upper for b in figures.by_bucket] == [10, 20, 40]
    released = sum(len(counts) for counts in result.aggregates.by_length.values())
    assert sum(b.figures.reference_combinations for b in figures.by_bucket) == released
    assert all(np.isfinite(b.figures.mean_absolute_error) for b in figures.by_bucket)
    assert all(text.strip() for text in figures.describe())


def test_k_anonymous_synthesis_leaks_no_rare_combination() -> None:
    from tests.unit.release_fixtures import kanon_result, recoded

    comparison = compare_with_real_records(recoded(), kanon_result().records, 3, k=10)
    assert all(item.risk.rare_real_combinations > 0 for item in comparison.by_length)  # there were some to leak
    assert [item.risk.leaked_combinations for item in comparison.by_length] == [0, 0, 0]
    assert all(item.figures.fabricated_share == 0 for item in comparison.by_length)
