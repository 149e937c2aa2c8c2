"""Released 3-counts are pulled toward what the pair tables imply, by how much noise outweighs the model, and the
moves aim at the 3-way tables the drawn records miss most (issue 12).

Three flag columns (one value each, "missing" otherwise) over 1,000 records: each flag is held by 500 records and
each pair of flags by 250, so the pair tables alone imply 125 records holding all three (no three-way interaction).
"""

from __future__ import annotations

import numpy as np
import pytest

from ctdc_desktop.core.synth import dp_sampling
from ctdc_desktop.core.synth.model import Aggregates, CombinationCounts

SIZES = [1, 1, 1]


def _counts(columns: list[tuple[int, ...]], counts: list[float]) -> CombinationCounts:
    width = len(columns[0])
    return CombinationCounts(
        column_index=np.array(columns, dtype=np.int16).reshape(-1, width),
        value_code=np.zeros((len(columns), width), dtype=np.int32),
        count=np.array(counts, dtype=np.float64),
    )


def _pair_tables() -> dp_sampling._PairTables:
    aggregates = Aggregates(
        columns=("a", "b", "c"),
        values=(("1",), ("1",), ("1",)),
        record_count=1000.0,
        by_length={
            1: _counts([(0,), (1,), (2,)], [500, 500, 500]),
            2: _counts([(0, 1), (0, 2), (1, 2)], [250, 250, 250]),
        },
    )
    lookup1 = dp_sampling._Lookup.build(aggregates.by_length[1])
    lookup2 = dp_sampling._Lookup.build(aggregates.by_length[2])
    margins = [dp_sampling._marginal(aggregates, lookup1, j, SIZES[j]) for j in range(3)]
    return dp_sampling._PairTables(lookup2, margins, cap=250.0)


def _shrunk(released: float, sigma: float) -> float:
    lookup3 = dp_sampling._Lookup.build(_counts([(0, 1, 2)], [released]))
    out = dp_sampling.shrink_toward_pairs(lookup3, _pair_tables(), SIZES, sigma)
    return float(out.by_columns[(0, 1, 2)][1][0])


def test_a_count_the_pairs_imply_is_left_as_it_is() -> None:
    assert _shrunk(125.0, sigma=30.0) == pytest.approx(125.0, abs=0.5)


def test_with_noise_far_larger_than_the_disagreement_the_pairs_decide() -> None:
    # A released 200 against the pairs' 125: with noise of scale 1,000 the 75 between them is noise.
    assert _shrunk(200.0, sigma=1000.0) == pytest.approx(125.0, abs=0.5)


def test_with_noise_far_smaller_than_the_disagreement_the_release_decides() -> None:
    # Noise of scale 0.01 cannot explain 75: the pairs' model is wrong here, and the released count stays.
    assert _shrunk(200.0, sigma=0.01) == pytest.approx(200.0, abs=0.5)


def test_small_counts_move_more_than_large_ones() -> None:
    """Two sets of columns share one estimate of the model's relative error; the cell whose count is small
    beside the noise moves toward the pairs' estimate further (in share of the gap) than the large one."""
    sizes = [1, 1, 1, 1]
    aggregates = Aggregates(
        columns=("a", "b", "c", "d"),
        values=(("1",), ("1",), ("1",), ("1",)),
        record_count=1000.0,
        by_length={
            1: _counts([(0,), (1,), (2,), (3,)], [500, 500, 500, 100]),
            2: _counts([(0, 1), (0, 2), (1, 2), (0, 3), (1, 3)], [250, 250, 250, 50, 50]),
        },
    )
    lookup1 = dp_sampling._Lookup.build(aggregates.by_length[1])
    lookup2 = dp_sampling._Lookup.build(aggregates.by_length[2])
    margins = [dp_sampling._marginal(aggregates, lookup1, j, sizes[j]) for j in range(4)]
    pair_tables = dp_sampling._PairTables(lookup2, margins, cap=50.0)
    lookup3 = dp_sampling._Lookup.build(_counts([(0, 1, 2), (0, 1, 3)], [175.0, 35.0]))
    out = dp_sampling.shrink_toward_pairs(lookup3, pair_tables, sizes, sigma=20.0)
    big = float(out.by_columns[(0, 1, 2)][1][0])
    small = float(out.by_columns[(0, 1, 3)][1][0])
    # The pairs imply 125 for (a, b, c) and 25 for (a, b, d): both released counts are 40 % above.
    moved_big = (175.0 - big) / (175.0 - 125.0)
    moved_small = (35.0 - small) / (35.0 - 25.0)
    assert 0.0 <= moved_big < moved_small <= 1.0


def test_only_the_named_sets_of_columns_are_shrunk() -> None:
    lookup3 = dp_sampling._Lookup.build(_counts([(0, 1, 2)], [200.0]))
    out = dp_sampling.shrink_toward_pairs(lookup3, _pair_tables(), SIZES, sigma=1000.0, only=[])
    assert float(out.by_columns[(0, 1, 2)][1][0]) == 200.0


def test_the_moves_aim_at_the_sets_of_columns_the_drawn_records_miss_most() -> None:
    """Four flag columns; the release lists (a, b, c) held by 40 records and (a, b, d) by 40. The drawn records hold
    (a, b, c) 40 times but (a, b, d) only 5 times, so with room for one 3-way table it is (a, b, d)'s."""
    sizes = [1, 1, 1, 1]
    lookup3 = dp_sampling._Lookup.build(_counts([(0, 1, 2), (0, 1, 3)], [40.0, 40.0]))
    records = np.full((100, 4), -1, dtype=np.int32)
    records[:40, :3] = 0  # a, b, c together
    records[:5, 3] = 0  # of which 5 hold d as well
    chosen = dp_sampling._worst_matched(records, lookup3, [(0, 1, 2), (0, 1, 3)], sizes, room=1)
    assert chosen == [(0, 1, 3)]
    both = dp_sampling._worst_matched(records, lookup3, [(0, 1, 2), (0, 1, 3)], sizes, room=2)
    assert both == [(0, 1, 3), (0, 1, 2)]
