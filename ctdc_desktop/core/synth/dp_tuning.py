"""The DP synthesizer's tuning values, in one place.

Most were chosen by measuring against pac-synth on dense benchmark tables (issue 12); a few bound memory or work. The
comment on each field says where its value comes from: a round of docs/dev/dp_tuning.md, the record of what was
tried, unless it says otherwise. None of them is read from the data: they are public settings of the method, so a
change to one moves accuracy and fabrication, never the privacy argument (docs/privacy.md).

The code reads the module-level `TUNING`; a test that needs other values replaces it with `dataclasses.replace`.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DpTuning:
    """Every tuning value of DP synthesis: the budget split, the aggregate stage, the record stage and the moves."""

    # The budget (accounting.py): shares of the zCDP budget for the two one-number queries; the rest goes to the counts.
    record_count_share: float = 0.005  # the record count: pac-synth spends 0.5 % of epsilon on it
    percentile_share: float = 0.01  # the bound on values per record: pac-synth spends 1 % of epsilon on it

    # The aggregates (dp_aggregates.py).
    value_percentile: float = 0.95  # percentile of values per record that becomes the bound M: second round
    value_percentile_high: float = 0.99  # the same from `high_percentile_from_epsilon` on: second round (85th-99th)
    high_percentile_from_epsilon: float = 4.0  # the 99th won at epsilon 4 and lost triples at epsilon 1: second round
    # Fabrication control "balanced": the chance that a zero-count pair is released. Wide tables: sixth round.
    pair_chance: float = 0.01
    narrow_pair_chance: float = 0.05  # the same on narrow tables: sixth round (0.05, 0.08 and 0.15 compared)
    longer_chance: float = 0.1  # "balanced", lengths 3 and more: third round (0.3, 0.5) and sixth (0.2), within noise
    minimize_chance: float = 0.001  # "minimize", every length: the strictest control; not benchmarked in the record
    # At most this many columns is "narrow" (weighing, pairs held, lower pair threshold): third and sixth rounds.
    narrow_table_columns: int = 20

    # The records (dp_sampling.py).
    unreleased_share: float = 1.0  # share of the smallest listed count an unlisted cell may take: sixth round, notes
    fit_rounds: int = 15  # rounds of iterative proportional fitting per table: not benchmarked in the record
    max_table_cells: int = 4_000_000  # a two-parent table is built up to this many cells: a memory bound (32 MB)
    second_parent_tries: int = 6  # earlier columns tried as a second parent: not benchmarked in the record
    min_expected: float = 1.0  # a value expected fewer times in a group is not drawn there: not benchmarked
    unlisted_pair_weight: float = 0.05  # a value's weight per unlisted pair it would form: third round
    unlisted_triple_weight: float = 0.8  # the same per unlisted triple: third round (0.2, 0.5, 0.8, 1 compared)
    most_values_weighed: int = 20  # only columns of at most this many released values are weighed: fifth round
    strict_misfit: float = 0.01  # a pair of columns is held when at most this share goes unplaced: sixth round
    inferred_min: float = 10.0  # fitted cells expected to hold this many records count as listed: first, third rounds

    # The moves toward the released counts (match_released_counts.py).
    match_rounds: int = 3  # rounds over all target tables: first round (4-5 rounds no better, 20-60 % slower)
    match_budget: int = 200_000_000  # records x tables x rounds in all: first round (150 million), fifth (200)
    worst_matched_pool: int = 2  # 3-way targets chosen among this many times as many as fit: fifth round
    duplicate_share: float = 0.5  # share of moved records that copy a record of the cell: first round
    max_triple_slots: int = 320  # the triple lookup is held up to this many slots: sixth round (600 changed nothing)


TUNING = DpTuning()
