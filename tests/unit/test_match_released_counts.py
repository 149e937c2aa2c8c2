"""Moving synthetic records toward released counts (PrivSyn-style updates): small cases with a known answer."""

from __future__ import annotations

import itertools

import numpy as np
import numpy.typing as npt

from ctdc_desktop.core.synth.match_released_counts import (
    ListedCombinations,
    TargetTable,
    match_released_counts,
    update_toward,
)


def _pairs(codes: npt.NDArray[np.int32]) -> set[tuple[int, int, int, int]]:
    """Every (column a, value, column b, value) pair of filled cells the records hold."""
    out = set()
    for row in codes:
        for a, b in itertools.combinations(range(len(row)), 2):
            if row[a] >= 0 and row[b] >= 0:
                out.add((a, int(row[a]), b, int(row[b])))
    return out


def test_one_column_reaches_its_target_counts() -> None:
    # 800 records hold value 0, 200 value 1; the target wants 500 / 300 / 200 missing.
    codes = np.array([[0]] * 800 + [[1]] * 200, dtype=np.int32)
    target = TargetTable((0,), np.array([500.0, 300.0, 200.0]))
    out = match_released_counts(codes, [target], np.random.default_rng(1), rounds=8, duplicate_share=0.0)
    counts = [(out[:, 0] == 0).sum(), (out[:, 0] == 1).sum(), (out[:, 0] == -1).sum()]
    assert all(abs(c - t) <= 15 for c, t in zip(counts, (500, 300, 200), strict=True)), counts
    assert len(out) == len(codes)


def test_a_joint_the_records_lack_is_recovered() -> None:
    # The records hold two independent columns; the target says they always agree. Afterwards they mostly do,
    # while each column keeps its half/half split.
    rng = np.random.default_rng(2)
    codes = rng.integers(0, 2, size=(2000, 2)).astype(np.int32)
    joint = TargetTable((0, 1), np.array([[1000.0, 0.0, 0.0], [0.0, 1000.0, 0.0], [0.0, 0.0, 0.0]]))
    singles = [TargetTable((j,), np.array([1000.0, 1000.0, 0.0])) for j in range(2)]
    out = match_released_counts(codes, [joint, *singles], rng, rounds=6)
    agree = (out[:, 0] == out[:, 1]).mean()
    assert agree > 0.95
    assert abs((out[:, 0] == 0).mean() - 0.5) < 0.05


def test_copies_only_never_make_a_new_record() -> None:
    rng = np.random.default_rng(3)
    codes = rng.integers(-1, 3, size=(500, 4)).astype(np.int32)
    target = TargetTable((0, 2), rng.random((4, 4)) * 100)
    filled = np.where(codes < 0, 3, codes).astype(np.int32)
    before = {tuple(r) for r in filled}
    for _ in range(5):
        update_toward(filled, target, 1.0, 1.0, rng)
    assert {tuple(r) for r in filled} <= before


def test_checked_moves_make_only_listed_pairs() -> None:
    # Three columns of values 0/1; the release lists only pairs of equal values. Records start with pairs that
    # are listed; the target pulls column 0 to value 1. Whatever moves, no unlisted pair may appear.
    sizes = [2, 2, 2]
    same = np.array([[0, 0], [1, 1]], dtype=np.int32)
    listed = ListedCombinations.build(sizes, {2: {(0, 1): same, (0, 2): same, (1, 2): same}})
    codes = np.array([[0, 0, 0]] * 300 + [[1, 1, 1]] * 100 + [[0, -1, -1]] * 100, dtype=np.int32)
    before = _pairs(codes)
    target = TargetTable((0,), np.array([100.0, 400.0, 0.0]))
    out = match_released_counts(codes, [target], np.random.default_rng(4), rounds=4, duplicate_share=0.0, listed=listed)
    allowed = {(a, v, b, v) for a, b in itertools.combinations(range(3), 2) for v in (0, 1)}
    assert _pairs(out) <= before | allowed
    # The records without other values could move freely: column 0 gained value 1.
    assert (out[:, 0] == 1).sum() > 100


def test_listed_combinations_know_missing_and_triples() -> None:
    sizes = [2, 2, 2]
    pairs = {
        (0, 1): np.array([[0, 0]], dtype=np.int32),
        (0, 2): np.array([[0, 1]], dtype=np.int32),
        (1, 2): np.array([[0, 1]], dtype=np.int32),
    }
    with_triple = ListedCombinations.build(sizes, {2: pairs, 3: {(0, 1, 2): np.array([[0, 0, 1]], dtype=np.int32)}})
    without_triple = ListedCombinations.build(sizes, {2: pairs, 3: {}})
    # Codes with missing as the last index (2). Only combinations with a changed column (here column 0) are checked.
    rows = np.array([[0, 0, 2], [0, 2, 1], [1, 0, 2], [0, 0, 1], [0, 1, 1]], dtype=np.int32)
    assert with_triple.all_listed(rows, (0,)).tolist() == [True, True, False, True, False]
    # Every pair of row 3 is listed but its triple is not.
    assert without_triple.all_listed(rows, (0,)).tolist() == [True, True, False, False, False]
