"""Drawing a value weighs the pairs and triples it would form that the release does not list (issue 12)."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from ctdc_desktop.core.synth import dp_sampling
from ctdc_desktop.core.synth.dp_sampling import prefer_listed
from ctdc_desktop.core.synth.match_released_counts import ListedCombinations

# Three columns of two values each. Listed: pairs (c0=0, c1=0), (c0=0, c2=0), (c1=0, c2=0), (c0=1, c2=1) and the
# triple (0, 0, 0).
SIZES = [2, 2, 2]


def _listed() -> ListedCombinations:
    pairs = {
        (0, 1): np.array([[0, 0]], dtype=np.int32),
        (0, 2): np.array([[0, 0], [1, 1]], dtype=np.int32),
        (1, 2): np.array([[0, 0]], dtype=np.int32),
    }
    return ListedCombinations.build(SIZES, {2: pairs, 3: {(0, 1, 2): np.array([[0, 0, 0]], dtype=np.int32)}})


def test_unlisted_pairs_and_triples_are_counted_per_value() -> None:
    listed = _listed()
    # Records over columns 0 and 1: (0, 0), (0, missing), (1, 0).
    codes = np.array([[0, 0], [0, 2], [1, 0]])
    slots = codes + listed.offset[[0, 1]]
    pairs, triples = listed.unlisted_with(slots, column=2, size=2)
    # Value 0 of column 2: all listed for (0, 0); with (1, 0) the pair (c0=1, c2=0) is not, and so is the triple.
    # Value 1: (c0=0, c2=1) and (c1=0, c2=1) are not listed; a missing cell forms nothing. Missing (last) is free.
    assert pairs.tolist() == [[0, 2, 0], [0, 1, 0], [1, 1, 0]]
    assert triples.tolist() == [[0, 1, 0], [0, 0, 0], [1, 1, 0]]


def test_a_value_loses_weight_for_each_unlisted_combination(monkeypatch: pytest.MonkeyPatch) -> None:
    tuning = dataclasses.replace(dp_sampling.TUNING, unlisted_pair_weight=0.1, unlisted_triple_weight=0.5)
    monkeypatch.setattr(dp_sampling, "TUNING", tuning)
    out = np.array([[0, 0, -1], [0, -1, -1], [1, 0, -1], [0, 0, -1]], dtype=np.int32)
    held_so_far = np.array([0, 1, 2, 0], dtype=np.int64)  # records 0 and 3 hold the same values so far
    table = np.array([[2.0, 4.0, 1.0]])  # one group: value 0, value 1, missing
    groups = np.zeros(4, dtype=np.int64)
    new_table, new_groups = prefer_listed(_listed(), out, held_so_far, [0, 1], 2, SIZES, table, groups)
    rows = new_table[new_groups]
    np.testing.assert_allclose(rows[0], [2.0, 4.0 * 0.1**2 * 0.5, 1.0])
    np.testing.assert_allclose(rows[1], [2.0, 4.0 * 0.1, 1.0])
    np.testing.assert_allclose(rows[2], [2.0 * 0.1 * 0.5, 4.0 * 0.1 * 0.5, 1.0])
    assert new_groups[0] == new_groups[3]


def test_drawn_records_avoid_a_pair_the_release_does_not_list() -> None:
    """Two flags, each held by half the records; the release lists each alone but never both together (and a
    released count of 8 says unlisted pairs hold fewer than that), so records should hold them together far less
    often than independence (a quarter of them) would give."""
    from ctdc_desktop.core.synth.model import Aggregates, CombinationCounts

    ones = CombinationCounts(
        column_index=np.array([[0], [1], [2], [2]], dtype=np.int16),
        value_code=np.array([[0], [0], [0], [1]], dtype=np.int32),
        count=np.array([500.0, 500.0, 992.0, 8.0]),
    )
    # Pairs listed: each flag with the third column's values; not the two flags together.
    twos = CombinationCounts(
        column_index=np.array([[0, 2], [0, 2], [1, 2]], dtype=np.int16),
        value_code=np.array([[0, 0], [0, 1], [0, 0]], dtype=np.int32),
        count=np.array([492.0, 8.0, 500.0]),
    )
    aggregates = Aggregates(
        columns=("a", "b", "c"), values=(("1",), ("1",), ("x", "y")), record_count=1000.0, by_length={1: ones, 2: twos}
    )
    codes = dp_sampling.sample_records(aggregates, 1000, seed=3)
    both = int(((codes[:, 0] == 0) & (codes[:, 1] == 0)).sum())
    assert both < 100
    assert abs(int((codes[:, 0] == 0).sum()) - 500) <= 50
