"""Exact combination counts, checked against a brute-force count that shares no code with the counter."""

from __future__ import annotations

import itertools
from collections import Counter

import numpy as np
import pandas as pd
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from ctdc_desktop.core.progress import Cancelled, RecordingProgress
from ctdc_desktop.core.synth import combinations
from ctdc_desktop.core.synth.combinations import count_combinations
from ctdc_desktop.core.synth.model import CombinationCounts
from ctdc_desktop.core.synth.table import encode_table


def brute_force(rows: list[list[str | None]], max_length: int) -> Counter[tuple[tuple[int, str], ...]]:
    counts: Counter[tuple[tuple[int, str], ...]] = Counter()
    for row in rows:
        items = [(j, v.strip()) for j, v in enumerate(row) if v is not None and v.strip()]
        for length in range(1, max_length + 1):
            for combination in itertools.combinations(items, length):
                counts[combination] += 1
    return counts


def as_labels(result: dict[int, CombinationCounts], values: tuple[tuple[str, ...], ...]) -> dict[tuple, float]:
    out: dict[tuple, float] = {}
    for length, counts in result.items():
        assert counts.column_index.shape == (len(counts), length)
        for i in range(len(counts)):
            key = tuple(
                (int(c), values[int(c)][int(v)])
                for c, v in zip(counts.column_index[i], counts.value_code[i], strict=True)
            )
            assert key not in out
            out[key] = float(counts.count[i])
    return out


cells = st.sampled_from([None, "", "a", "b", "c"])


@settings(max_examples=80, deadline=None)
@given(
    st.integers(1, 5).flatmap(lambda w: st.lists(st.lists(cells, min_size=w, max_size=w), min_size=1, max_size=30)),
    st.integers(1, 4),
    st.integers(1, 4),
)
def test_counts_match_brute_force(rows: list[list[str | None]], max_length: int, min_count: int) -> None:
    frame = pd.DataFrame(rows, columns=[f"c{j}" for j in range(len(rows[0]))], dtype=object)
    table = encode_table(frame)
    got = as_labels(count_combinations(table, max_length, min_count=min_count), table.values)
    expected = {k: float(v) for k, v in brute_force(rows, max_length).items() if v >= min_count}
    assert got == expected


@settings(max_examples=40, deadline=None)
@example(rows=[["a", "x"], ["a", "x"], ["b", "x"], ["c", "x"], ["c", "y"]], min_count=2)  # b sorts between a and c
@given(
    st.integers(2, 5).flatmap(lambda w: st.lists(st.lists(cells, min_size=w, max_size=w), min_size=1, max_size=30)),
    st.integers(1, 4),
)
def test_counting_by_sorting_gives_the_same_counts(rows: list[list[str | None]], min_count: int) -> None:
    # Large tables count by sorting keys instead of into an array; force that path on small ones.
    frame = pd.DataFrame(rows, columns=[f"c{j}" for j in range(len(rows[0]))], dtype=object)
    table = encode_table(frame)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(combinations, "_count_densely", lambda space, keys: False)
        got = as_labels(count_combinations(table, 3, min_count=min_count), table.values)
    expected = {k: float(v) for k, v in brute_force(rows, 3).items() if v >= min_count}
    assert got == expected


def test_every_length_is_present_and_rows_are_ordered() -> None:
    table = encode_table(pd.DataFrame({"a": ["x", "y", "x"], "b": ["u", None, "u"]}))
    result = count_combinations(table, 4)
    assert sorted(result) == [1, 2, 3, 4]
    assert len(result[3]) == len(result[4]) == 0
    assert result[3].column_index.shape == (0, 3)
    one = result[1]
    assert one.column_index[:, 0].tolist() == [0, 0, 1]
    assert one.count.tolist() == [2.0, 1.0, 2.0]
    assert result[2].count.tolist() == [2.0]
    assert result[1].count.dtype == np.float64


def test_many_categories_and_many_columns() -> None:
    rng = np.random.default_rng(3)
    frame = pd.DataFrame({f"c{j}": rng.choice(["0", "1", ""], size=300) for j in range(60)})
    frame["wide"] = [f"place {i % 500}" for i in rng.integers(0, 10_000, size=300)]
    table = encode_table(frame)
    result = count_combinations(table, 2)
    ones = result[1]
    wide = table.n_columns - 1
    assert int((ones.column_index[:, 0] == wide).sum()) == len(table.values[wide])
    filled = (table.codes >= 0).sum(axis=1)
    assert result[2].count.sum() == sum(n * (n - 1) // 2 for n in filled)


def test_progress_is_reported_and_cancel_is_honoured() -> None:
    table = encode_table(pd.DataFrame({f"c{j}": ["a", "b"] * 5 for j in range(8)}))
    progress = RecordingProgress()
    count_combinations(table, 3, progress)
    assert progress.reports and progress.reports[-1][0] == progress.reports[-1][1]
    with pytest.raises(Cancelled):
        count_combinations(table, 3, RecordingProgress(cancel_after=0))


def test_bad_arguments() -> None:
    table = encode_table(pd.DataFrame({"a": ["x"]}))
    with pytest.raises(ValueError):
        count_combinations(table, 0)
    with pytest.raises(ValueError):
        count_combinations(table, 2, min_count=0)
