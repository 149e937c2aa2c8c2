"""Records drawn from DP aggregates stay out of pairs of values the release does not list, unless asked (issue 12).

Two columns over 1,000 records, as a release could list them: "sex" (f 600, m 300, missing 100) and "work"
(farm 500, home 400, missing 100), with the pairs (f, farm) 500 and (m, home) 300 released. What the 1-counts leave
over could sit in the unlisted pair (f, home): up to 100 records (f's 100 not in farm, home's 100 not with m). The
release cannot say whether any record holds it: its noisy count fell under the threshold.
"""

from __future__ import annotations

import numpy as np
import pytest

from ctdc_desktop.core.synth.dp_sampling import sample_records
from ctdc_desktop.core.synth.dp_tuning import TUNING
from ctdc_desktop.core.synth.model import Aggregates, CombinationCounts

F, M = 0, 1
FARM, HOME = 0, 1


def _counts(columns: list[tuple[int, ...]], codes: list[tuple[int, ...]], counts: list[float]) -> CombinationCounts:
    width = len(columns[0])
    return CombinationCounts(
        column_index=np.array(columns, dtype=np.int16).reshape(-1, width),
        value_code=np.array(codes, dtype=np.int32).reshape(-1, width),
        count=np.array(counts, dtype=np.float64),
    )


def _aggregates(extra_columns: int = 0, filled: bool = False) -> Aggregates:
    """The release above; `extra_columns` one-value columns (600 records each, no pairs released) make the table
    wider without touching the two columns. `filled`: every record holds both columns (m 400, home 500)."""
    names = ("sex", "work", *(f"flag{j}" for j in range(extra_columns)))
    values: tuple[tuple[str, ...], ...] = (("f", "m"), ("farm", "home")) + (("1",),) * extra_columns
    ones_columns = [(0,), (0,), (1,), (1,)] + [(2 + j,) for j in range(extra_columns)]
    ones_codes = [(F,), (M,), (FARM,), (HOME,)] + [(0,)] * extra_columns
    ones = ([600.0, 400.0, 500.0, 500.0] if filled else [600.0, 300.0, 500.0, 400.0]) + [600.0] * extra_columns
    return Aggregates(
        columns=names,
        values=values,
        record_count=1000.0,
        by_length={
            1: _counts(ones_columns, ones_codes, ones),
            2: _counts([(0, 1), (0, 1)], [(F, FARM), (M, HOME)], [500.0, 400.0 if filled else 300.0]),
        },
    )


def _holding(codes: np.ndarray, sex: int, work: int) -> int:
    return int(((codes[:, 0] == sex) & (codes[:, 1] == work)).sum())


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_no_record_holds_a_pair_the_release_does_not_list(seed: int) -> None:
    codes = sample_records(_aggregates(), 1000, seed=seed)
    assert _holding(codes, F, HOME) == 0
    assert _holding(codes, M, FARM) == 0
    # The listed pairs keep their counts.
    assert _holding(codes, F, FARM) == pytest.approx(500, abs=25)
    assert _holding(codes, M, HOME) == pytest.approx(300, abs=25)


def test_asked_for_the_unlisted_pair_takes_what_the_counts_leave_over() -> None:
    codes = sample_records(_aggregates(), 1000, seed=1, unreleased_pairs=True)
    assert 20 <= _holding(codes, F, HOME) <= 100
    assert _holding(codes, M, FARM) == 0  # m has nothing left over beside (m, home)


def test_on_wide_tables_unlisted_pairs_stay_allowed() -> None:
    # Over `narrow_table_columns` columns most real pairs fall under the threshold, so "not listed" says little.
    wide = _aggregates(extra_columns=TUNING.narrow_table_columns)
    codes = sample_records(wide, 1000, seed=1)
    assert _holding(codes, F, HOME) > 0


def test_a_column_every_record_fills_keeps_its_unlisted_pair_open() -> None:
    # No record leaves either column empty, so f's 100 records beyond (f, farm) can only be (f, home): holding
    # them out would lose 100 of f's count instead.
    codes = sample_records(_aggregates(filled=True), 1000, seed=1)
    assert (codes[:, 0] == F).sum() == pytest.approx(600, abs=10)
    assert _holding(codes, F, HOME) == pytest.approx(100, abs=20)
