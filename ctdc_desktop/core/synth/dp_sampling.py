"""Synthetic records drawn from DP aggregates alone: the second stage of the DP release, and the only seeded one.

It reads nothing but the protected aggregates and the public scale of their noise (a published parameter of the
release), so the records carry the same DP guarantee (post-processing).

The method is a small Bayesian network fitted to the noisy counts, in the spirit of PrivBayes (Zhang et al. 2017) and
of the Chow–Liu tree (Chow & Liu 1968), but with the network read off the released marginals instead of spending
budget on it:

1. From the 1- and 2-counts, each pair of columns gets a joint table that includes "missing" as a category. Released
   counts stay as released; the cells the release does not give (combinations under the threshold, missing cells)
   are fitted by iterative proportional fitting so that the table adds up to the 1-counts, with unreleased
   combinations capped near the threshold (their noisy count was below it). On narrow tables (the 2022 format,
   final_data) an unreleased pair of values gets 0 instead, wherever the 1-counts still add up without it: that is
   pac-synth's rule (records hold only released pairs), and it is what keeps invented pairs out of the records; a
   column every record fills has nowhere else to put what its released pairs leave over, so there the pair stays
   open.
   The released 3-counts of the sets of columns the moves (step 4) will aim at are first pulled toward what the
   pair tables imply (`shrink_toward_pairs`, empirical Bayes): a small count, where the noise of the public scale
   sigma_3 dominates and the threshold kept mostly cells that noise raised, moves most of the way toward the pairs'
   estimate; a large one stays as released.
2. A maximum spanning tree over the mutual information of these tables gives each column a first parent. When
   3-counts are released, a column also takes a second parent: the earlier column with the largest conditional
   mutual information given the first. Its values are then drawn given both parents from a 3-way table built the
   same way (released 3-counts kept, the rest fitted to the three 2-way tables).
3. Columns are drawn in tree order. Within each group of records that share their parents' values, values are
   allotted by systematic sampling: a value meant for 37.4 % of a group of 1,000 records goes to 374 or 375 of them,
   not to a binomial number. That keeps the synthetic counts on the noisy counts instead of adding sampling noise
   on top of the DP noise, the same aim as SDS's "use synthetic counts" option, reached without a record-by-record
   loop. Values expected less than once in a group are left out of it (they would mostly be fabricated).
   Each record's chances are also weighed by the combinations the value would form with the values the record
   already holds: a value that would make a pair or triple the release does not list (nor the fitted tables
   expect at least `TUNING.inferred_min` records in) gets a much smaller chance (`prefer_listed`). That is pac-synth's
   rule (a record only takes an attribute whose combinations with the record's others are all released) made soft
   and vectorised: drawing per group of records with the same values so far, not record by record. Only on tables
   of at most 20 columns (on the 37-column 2021 format it emptied cells; see `sample_records`), and only for
   columns of at most 20 values (`TUNING.most_values_weighed`).
4. Last, the records are moved toward the released counts (`match_released_counts`, after PrivSyn's GUM): the
   targets are every column's 1-counts, every pair's fitted table and a fitted 3-way table for each set of three
   columns the release lists 3-counts for (when the work budget allows fewer, those the drawn records miss most:
   `_worst_matched`). The network cannot carry structure beyond its parents (the 2022 perpetrator block moves as a
   whole); these moves put it back. A record is only moved into a combination the release lists or the fit expects
   at least `TUNING.inferred_min` records in, and target cells expected to hold fewer are emptied, so the moves also
   take out most of what the network fabricated.
"""

from __future__ import annotations

import dataclasses
import itertools
import math
import time
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from ctdc_desktop.core.progress import NO_PROGRESS, Progress, check_cancelled, stages
from ctdc_desktop.core.synth.dp_tuning import TUNING
from ctdc_desktop.core.synth.match_released_counts import (
    ListedCombinations,
    TargetTable,
    cell_of,
    match_released_counts,
    missing_last,
)
from ctdc_desktop.core.synth.model import Aggregates, CombinationCounts
from ctdc_desktop.core.translation import translate


@dataclass(frozen=True)
class _Lookup:
    """The counts of one length, grouped by their set of columns for quick dense tables."""

    by_columns: dict[tuple[int, ...], tuple[npt.NDArray[np.int32], npt.NDArray[np.float64]]]

    @staticmethod
    def build(counts: CombinationCounts) -> _Lookup:
        if len(counts) == 0:
            return _Lookup({})
        cols = counts.column_index.astype(np.int64)
        width = cols.shape[1]
        # One integer per column set, to sort the rows into groups.
        set_id = np.zeros(len(counts), dtype=np.int64)
        for j in range(width):
            set_id = set_id * 1024 + cols[:, j]
        order = np.argsort(set_id, kind="stable")
        sorted_ids = set_id[order]
        starts = np.flatnonzero(np.concatenate(([True], sorted_ids[1:] != sorted_ids[:-1])))
        ends = np.concatenate((starts[1:], [len(order)]))
        out: dict[tuple[int, ...], tuple[npt.NDArray[np.int32], npt.NDArray[np.float64]]] = {}
        for s, e in zip(starts, ends, strict=True):
            rows = order[s:e]
            key = tuple(int(c) for c in counts.column_index[rows[0]])
            out[key] = (counts.value_code[rows], counts.count[rows])
        return _Lookup(out)


def _table_fits(sizes: list[int], columns: tuple[int, ...]) -> bool:
    """Whether a dense table over `columns` (missing included) stays within `TUNING.max_table_cells`."""
    return math.prod(sizes[c] + 1 for c in columns) <= TUNING.max_table_cells


def _marginal(aggregates: Aggregates, lookup1: _Lookup, column: int, size: int) -> npt.NDArray[np.float64]:
    """Counts of each value of `column` plus, last, the missing cells (what the record count leaves over)."""
    out = np.zeros(size + 1)
    entry = lookup1.by_columns.get((column,))
    if entry is not None:
        codes, counts = entry
        out[codes[:, 0]] = counts
    out[size] = max(aggregates.record_count - out[:size].sum(), 0.0)
    return out


def _pair_table(
    lookup2: _Lookup,
    a: int,
    b: int,
    marg_a: npt.NDArray[np.float64],
    marg_b: npt.NDArray[np.float64],
    cap: float,
    fit: bool = True,
) -> npt.NDArray[np.float64]:
    """Joint counts of columns a < b, missing included as the last category of each.

    Released 2-counts fill their cells. A pair that was not released is not a zero: its noisy count fell under the
    threshold, so it gets the count independence would give, capped at the smallest released count (about the
    threshold). Missing cells are what the 1-counts leave over. Iterative proportional fitting (Deming & Stephan 1940)
    then makes rows and columns add up to the 1-counts, so that drawing from the table keeps the 1-counts."""
    na, nb = len(marg_a) - 1, len(marg_b) - 1
    total = max(float(marg_a.sum()), 1.0)
    fixed = np.zeros((na + 1, nb + 1))
    released = np.zeros((na + 1, nb + 1), dtype=bool)
    entry = lookup2.by_columns.get((a, b))
    if entry is not None:
        codes, counts = entry
        fixed[codes[:, 0], codes[:, 1]] = counts
        released[codes[:, 0], codes[:, 1]] = True
    # Unknown cells start from independence; value-value cells that were not released stay under the cap.
    seed = np.outer(marg_a, marg_b) / total
    capped = np.zeros_like(released)
    capped[:na, :nb] = True
    seed = np.where(capped, np.minimum(seed, cap), seed)
    seed[released] = 0.0
    if not fit:
        return fixed + seed  # good enough to rank pairs by mutual information
    free = _fit_free_cells(seed, [(marg_a - fixed.sum(axis=1), 1), (marg_b - fixed.sum(axis=0), 0)], capped, cap)
    return fixed + free


def _fit_free_cells(
    seed: npt.NDArray[np.float64],
    margins: list[tuple[npt.NDArray[np.float64], int | tuple[int, ...]]],
    capped: npt.NDArray[np.bool_],
    cap: float,
    rounds: int = TUNING.fit_rounds,
) -> npt.NDArray[np.float64]:
    """Iterative proportional fitting (Deming & Stephan 1940) of the cells the release does not give, so that with
    the released counts they add up to the known margins. Each margin is (target, axes summed over). The released
    counts stay as they are; cells of unreleased combinations never exceed `cap` (their noisy count was under the
    threshold). What a value's count leaves over thus goes where the other margins say it is missing: to the
    missing cells, or to unreleased combinations, not blindly to either."""
    free = seed.copy()
    ceiling = np.where(capped, cap, np.inf)
    # Each margin's factor broadcasts over the axes it sums (shapes worked out once: this runs thousands of times).
    steps = []
    for target, axes in margins:
        summed = {axes} if isinstance(axes, int) else set(axes)
        shape = tuple(1 if axis in summed else size for axis, size in enumerate(free.shape))
        steps.append((np.maximum(target, 0.0), axes, shape))
    for _ in range(rounds):
        for wanted, axes, shape in steps:
            sums = free.sum(axis=axes)
            factor = np.divide(wanted, sums, out=np.zeros_like(sums), where=sums > 0)
            free *= factor.reshape(shape)
            np.minimum(free, ceiling, out=free)
    return free


def _smallest(counts: CombinationCounts | None) -> float:
    """About the release threshold: the smallest released count. With no counts of that length at all (a reporting
    length of 1, or everything suppressed) nothing bounds the unreleased cells, and independence is used as is."""
    return float(counts.count.min()) if counts is not None and len(counts) else float("inf")


def _mutual_information(joint: npt.NDArray[np.float64]) -> float:
    total = joint.sum()
    if total <= 0:
        return 0.0
    p = joint / total
    pa = p.sum(axis=1, keepdims=True)
    pb = p.sum(axis=0, keepdims=True)
    with np.errstate(divide="ignore", invalid="ignore"):
        terms = np.where(p > 0, p * np.log(p / (pa * pb)), 0.0)
    return float(terms.sum())


def _spanning_tree_order(weights: npt.NDArray[np.float64], root: int) -> tuple[list[int], dict[int, int]]:
    """Prim's maximum spanning tree: the order columns are added in, and each column's parent."""
    n = len(weights)
    in_tree = np.zeros(n, dtype=bool)
    in_tree[root] = True
    best = weights[root].copy()
    best_from = np.full(n, root)
    order, parent = [root], {}
    for _ in range(n - 1):
        candidates = np.where(in_tree, -np.inf, best)
        nxt = int(np.argmax(candidates))
        in_tree[nxt] = True
        order.append(nxt)
        parent[nxt] = int(best_from[nxt])
        better = weights[nxt] > best
        best = np.where(better, weights[nxt], best)
        best_from = np.where(better, nxt, best_from)
    return order, parent


def _allot(
    groups: npt.NDArray[np.int64],
    table: npt.NDArray[np.float64],
    fallback: npt.NDArray[np.float64],
    rng: np.random.Generator,
) -> npt.NDArray[np.int64]:
    """For each record, a category drawn from row `groups[i]` of `table` (normalised; empty rows use `fallback`),
    by systematic sampling within each group so that the allotted counts are within one of their expected counts."""
    n = len(groups)
    width = table.shape[1]
    sums = table.sum(axis=1, keepdims=True)
    probs = np.where(sums > 0, table / np.where(sums > 0, sums, 1.0), fallback[None, :] / max(fallback.sum(), 1e-300))
    # Records in random order within their group, so which record gets which value is random.
    order = np.argsort(groups + rng.random(n), kind="stable")
    sorted_groups = groups[order]
    starts = np.flatnonzero(np.concatenate(([True], sorted_groups[1:] != sorted_groups[:-1])))
    sizes = np.diff(np.concatenate((starts, [n])))
    if TUNING.min_expected > 0:
        # A value expected fewer than `TUNING.min_expected` times in a group is left out of it: such draws are mostly
        # combinations the data never had (fabrication), and counts that small are below what a release reports.
        group_size = np.zeros(len(probs))
        group_size[sorted_groups[starts]] = sizes
        small = probs * group_size[:, None] < TUNING.min_expected
        trimmed = np.where(small, 0.0, probs)
        sums = trimmed.sum(axis=1, keepdims=True)
        probs = np.where(sums > 0, trimmed / np.where(sums > 0, sums, 1.0), probs)
    cumulative = np.cumsum(probs, axis=1)
    cumulative[:, -1] = 1.0
    size_of = np.repeat(sizes, sizes)
    position = np.arange(n) - np.repeat(starts, sizes)
    offset = np.repeat(rng.random(len(starts)), sizes)
    point = (position + offset) / size_of  # in [0, 1): evenly spread over the group
    # Row g of the table spans (g, g + 1] once shifted by g, so one searchsorted over all rows finds every choice.
    shifted = (cumulative + np.arange(len(cumulative))[:, None]).ravel()
    found = np.searchsorted(shifted, sorted_groups + point, side="right") - sorted_groups * width
    chosen_sorted = np.clip(found, 0, width - 1)
    chosen = np.empty(n, dtype=np.int64)
    chosen[order] = chosen_sorted
    return chosen


def sample_records(
    aggregates: Aggregates,
    n_records: int,
    seed: int | None = None,
    progress: Progress = NO_PROGRESS,
    unreleased_share: float = TUNING.unreleased_share,
    unreleased_pairs: bool = False,
    match_rounds: int = TUNING.match_rounds,
    noise_scales: dict[int, float] | None = None,
) -> npt.NDArray[np.int32]:
    """Codes (shape (n_records, columns), -1 = missing) of synthetic records whose combination counts follow
    `aggregates`. Deterministic for a given seed and the same aggregates; reads nothing else.

    `unreleased_share` (0..1) bounds what a combination the aggregates do not list may receive, as a share of the
    smallest listed count: 0 never draws an unlisted pair or triple of parent and child values (least fabrication),
    1 lets them absorb what the listed counts leave over (lowest error).

    On narrow tables (at most `TUNING.narrow_table_columns` columns) a pair of values the aggregates do not list gets no
    record wherever the 1-counts add up without it; `unreleased_pairs` (the "uncontrolled" fabrication control)
    lets such pairs take what the listed counts leave over there too.

    `noise_scales` (length -> sigma, as published with the release) lets the released 3-counts be weighed against
    what the 2-counts imply (`shrink_toward_pairs`); without it they are used as released."""
    n_columns = len(aggregates.columns)
    sizes = [len(v) for v in aggregates.values]
    if n_records <= 0 or n_columns == 0 or 1 not in aggregates.by_length or len(aggregates.by_length[1]) == 0:
        return np.full((max(n_records, 0), n_columns), -1, dtype=np.int32)
    rng = np.random.default_rng(seed)
    # Measured on the dense benchmark tables: the moves take about four times as long as the drawing.
    parts = stages(progress, {"draw": 1, "match": 4} if match_rounds > 0 else {"draw": 1})
    progress = parts["draw"]
    released = _released_tables(aggregates, sizes, unreleased_share, unreleased_pairs)
    # The moves' work is bounded: `most` tables in all (records × tables × rounds within the budget).
    most = max(n_columns, int(TUNING.match_budget / (max(n_records, 1) * max(match_rounds, 1))))
    plan = _TriplePlan.make(released.lookup3, sizes, most)
    if noise_scales and 3 in noise_scales and plan.triple_sets:
        shrunk = plan.eligible if plan.adaptive else plan.triple_sets
        lookup3 = shrink_toward_pairs(released.lookup3, released.pair_tables, sizes, noise_scales[3], shrunk)
        released = dataclasses.replace(released, lookup3=lookup3)
    information = _column_information(released, progress)

    # Root: the column most tied to the others, so that the tree hangs from the strongest links.
    root = int(np.argmax(information.sum(axis=1)))
    order, parent = _spanning_tree_order(information, root)
    # The target tables of the moves, and the combinations a record may hold, come first: the drawing uses them too.
    lookup2, lookup3 = released.lookup2, released.lookup3
    flat_targets = _target_tables(lookup2, released.pair_tables, released.margins, sizes, most)
    triple_targets = _TripleTargets(lookup3, released.pair_tables, sizes, released.cap3)
    targets = flat_targets + triple_targets.tables(plan.triple_sets, progress)
    listed = _listed_or_inferred(aggregates, lookup2, lookup3, targets, sizes) if 2 in aggregates.by_length else None
    # Only on narrow tables: the weight compounds over the other columns a record holds, and with many columns (and
    # many values, most real pairs suppressed) nearly every value of a late column is weighed down and the cell left
    # empty (dp_tuning.md, third round).
    weigh = listed is not None and n_columns <= TUNING.narrow_table_columns
    out = _draw(released, n_records, root, order, parent, information, listed if weigh else None, rng, progress)

    if match_rounds > 0 and plan.adaptive:
        chosen = _worst_matched(out, lookup3, plan.eligible, sizes, plan.room)
        if set(chosen) != set(plan.triple_sets):
            targets = flat_targets + triple_targets.tables(chosen, progress)
            listed = _listed_or_inferred(aggregates, lookup2, lookup3, targets, sizes)
    if match_rounds > 0:
        # The moves cost about the same per record and table: their total work is bounded by `most` (time on
        # 100,000 × 37).
        matching = parts["match"]
        matching.report(0, 1, translate("Progress", "Matching the released counts"))
        out = match_released_counts(out, targets, rng, rounds=match_rounds, progress=matching, listed=listed)
    return out


@dataclass(frozen=True)
class _ReleasedTables:
    """The released counts as the drawing and the moves read them: grouped by set of columns, each column's margin
    (missing last), the fitted pair tables, and the caps on cells of unlisted pairs and triples."""

    aggregates: Aggregates
    sizes: list[int]
    lookup2: _Lookup
    lookup3: _Lookup
    margins: list[npt.NDArray[np.float64]]
    pair_tables: _PairTables
    cap2: float
    cap3: float


def _released_tables(
    aggregates: Aggregates, sizes: list[int], unreleased_share: float, unreleased_pairs: bool
) -> _ReleasedTables:
    n_columns = len(sizes)
    lookup1 = _Lookup.build(aggregates.by_length[1])
    lookup2 = _Lookup.build(aggregates.by_length[2]) if 2 in aggregates.by_length else _Lookup({})
    lookup3 = _Lookup.build(aggregates.by_length[3]) if 3 in aggregates.by_length else _Lookup({})
    margins = [_marginal(aggregates, lookup1, j, sizes[j]) for j in range(n_columns)]
    cap2 = unreleased_share * _smallest(aggregates.by_length.get(2))
    cap3 = unreleased_share * _smallest(aggregates.by_length.get(3))
    # Wide tables keep unlisted pairs open: with many columns (the 37 of the 2021 format) most real pairs fall under
    # the threshold, and holding records out of them cost .05-.2 in the pairs' error (dp_tuning.md, sixth round).
    strict = not unreleased_pairs and n_columns <= TUNING.narrow_table_columns
    pair_tables = _PairTables(lookup2, margins, cap2, strict)
    return _ReleasedTables(aggregates, sizes, lookup2, lookup3, margins, pair_tables, cap2, cap3)


@dataclass(frozen=True)
class _TriplePlan:
    """Which sets of three columns the moves aim at. `room` is how many 3-way tables the work budget leaves;
    `eligible` the candidates by released mass, `triple_sets` the first `room` of them (the choice before drawing)."""

    room: int
    eligible: list[tuple[int, ...]]
    triple_sets: list[tuple[int, ...]]

    @property
    def adaptive(self) -> bool:
        """Whether the release lists more than there is room for: then the choice is made again after the drawing,
        by where the drawn records miss the released counts most (`_worst_matched`)."""
        return 0 < self.room < len(self.eligible)

    @staticmethod
    def make(lookup3: _Lookup, sizes: list[int], most: int) -> _TriplePlan:
        n_columns = len(sizes)
        room = most - n_columns - min(n_columns * (n_columns - 1) // 2, most - n_columns)
        # When the moves have room for fewer 3-way tables than the release lists, they go where the drawn records
        # miss the released counts most, chosen among `TUNING.worst_matched_pool` times as many with the most
        # released mass (bounding the extra fitting to about that of the targets themselves). Before the drawing,
        # the most massive.
        eligible = _triple_target_columns(lookup3, sizes, TUNING.worst_matched_pool * room)
        return _TriplePlan(room, eligible, eligible[:room])


def _column_information(released: _ReleasedTables, progress: Progress) -> npt.NDArray[np.float64]:
    """Mutual information of every pair of columns, from rough (unfitted) pair tables: the network's edge weights."""
    n_columns = len(released.sizes)
    margins = released.margins
    information = np.zeros((n_columns, n_columns))
    for a in range(n_columns):
        for b in range(a + 1, n_columns):
            rough = _pair_table(released.lookup2, a, b, margins[a], margins[b], released.cap2, fit=False)
            information[a, b] = information[b, a] = _mutual_information(rough)
        check_cancelled(progress)
    return information


def _draw(
    released: _ReleasedTables,
    n_records: int,
    root: int,
    order: list[int],
    parent: dict[int, int],
    information: npt.NDArray[np.float64],
    weighed: ListedCombinations | None,
    rng: np.random.Generator,
    progress: Progress,
) -> npt.NDArray[np.int32]:
    """Records drawn column by column in tree `order`: each column given its parent (and a second parent when
    3-counts are released), by systematic sampling within groups; `weighed`, when given, weighs down values that
    would form unlisted pairs and triples (`prefer_listed`)."""
    sizes, pair_tables, lookup3, cap3 = released.sizes, released.pair_tables, released.lookup3, released.cap3
    has_triples = 3 in released.aggregates.by_length
    out = np.full((n_records, len(sizes)), -1, dtype=np.int32)
    # Records with the same values so far share one id (renumbered after each column to stay small).
    held_so_far = np.zeros(n_records, dtype=np.int64)
    last = 0.0
    for step, column in enumerate(order):
        check_cancelled(progress)
        size = sizes[column]
        if column == root:
            groups = np.zeros(n_records, dtype=np.int64)
            table = released.margins[column][None, :]
        else:
            first = parent[column]
            table, groups = _conditional_one(pair_tables, out, first, column, sizes)
            second = None
            if has_triples:
                second = _second_parent(
                    lookup3, pair_tables, out, information, order[:step], first, column, sizes, cap3
                )
            if second is not None and _table_fits(sizes, (first, second, column)):
                table, groups = _conditional_two(lookup3, pair_tables, out, first, second, column, sizes, cap3)
            if weighed is not None and size <= TUNING.most_values_weighed:
                table, groups = prefer_listed(weighed, out, held_so_far, order[:step], column, sizes, table, groups)
        values = _allot(groups, table, released.margins[column], rng)
        out[:, column] = np.where(values == size, -1, values).astype(np.int32)
        held_so_far = np.unique(held_so_far * (size + 1) + values, return_inverse=True)[1].ravel().astype(np.int64)
        now = time.monotonic()
        if now - last > 0.2 or step == len(order) - 1:
            last = now
            progress.report(step + 1, len(order), translate("Progress", "Drawing synthetic records"))
    return out


def prefer_listed(
    listed: ListedCombinations,
    out: npt.NDArray[np.int32],
    held_so_far: npt.NDArray[np.int64],
    drawn: list[int],
    column: int,
    sizes: list[int],
    table: npt.NDArray[np.float64],
    groups: npt.NDArray[np.int64],
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.int64]]:
    """The conditional `table` (rows = `groups`, one cell per value of `column` and a last for missing) reweighed
    per record: a value's weight is multiplied by `TUNING.unlisted_pair_weight` for each pair, and
    `TUNING.unlisted_triple_weight` for each triple, it would form with the record's values in the `drawn` columns
    that `listed` does not hold. Missing forms nothing and keeps its weight. Returns the new table and each record's
    row in it.

    Records with the same values so far (`held_so_far`, one id per distinct row over `drawn`) are weighed once."""
    size = sizes[column]
    _, first, same = np.unique(held_so_far, return_index=True, return_inverse=True)
    columns = np.asarray(drawn, dtype=np.int64)
    part = out[first][:, columns]
    slots = np.where(part < 0, np.asarray(sizes, dtype=np.int64)[columns][None, :], part) + listed.offset[columns]
    unlisted_pairs, unlisted_triples = listed.unlisted_with(slots.astype(np.int64), column, size)
    # Few distinct (pairs, triples) patterns occur: rows of the new table are (group, pattern) pairs that occur.
    code = np.minimum(unlisted_pairs, 15) * 16 + np.minimum(unlisted_triples, 15)
    patterns, pattern_of = np.unique(code, axis=0, return_inverse=True)
    weights = TUNING.unlisted_pair_weight ** (patterns // 16).astype(np.float64) * TUNING.unlisted_triple_weight ** (
        patterns % 16
    ).astype(np.float64)
    pattern = pattern_of.ravel()[same.ravel()]
    row = groups * len(patterns) + pattern
    used, new_groups = np.unique(row, return_inverse=True)
    new_table = table[used // len(patterns)] * weights[used % len(patterns)]
    return new_table, new_groups.ravel().astype(np.int64)


def _listed_or_inferred(
    aggregates: Aggregates, lookup2: _Lookup, lookup3: _Lookup, targets: list[TargetTable], sizes: list[int]
) -> ListedCombinations:
    """The pairs and triples a record may be moved into: those the release lists, and those the fitted target
    tables expect at least `TUNING.inferred_min` records in (the release suppressed them, the shorter counts say they
    exist)."""
    allowed: dict[int, dict[tuple[int, ...], npt.NDArray[np.int32]]] = {2: {}, 3: {}}
    for k, lookup in ((2, lookup2), (3, lookup3)):
        for columns, (codes, _) in lookup.by_columns.items():
            allowed[k][columns] = codes
    for target in targets:
        k = len(target.columns)
        if k < 2:
            continue
        values_only = target.counts[tuple(slice(0, n - 1) for n in target.counts.shape)]
        found = np.argwhere(values_only >= TUNING.inferred_min).astype(np.int32)
        if len(found):
            have = allowed[k].get(target.columns)
            allowed[k][target.columns] = found if have is None else np.concatenate((have, found))
    return ListedCombinations.build(sizes, {k: v for k, v in allowed.items() if k in aggregates.by_length})


def shrink_toward_pairs(
    lookup3: _Lookup,
    pair_tables: _PairTables,
    sizes: list[int],
    sigma: float,
    only: list[tuple[int, ...]] | None = None,
) -> _Lookup:
    """Released 3-counts pulled toward what the pair tables imply, each by how much its own noise outweighs the
    pairs' model error (empirical Bayes; James & Stein 1961, Efron & Morris 1973).

    A released 3-count y is the true count plus Gaussian noise of the public scale `sigma`. The 3-way table fitted
    to the pair tables alone gives a second estimate m of the same count, whose error we model as relative
    (variance c m^2), with c estimated from all released cells at once: E[(y - m)^2] = sigma^2 + c m^2. The
    weighted mean (c m^2 y + sigma^2 m) / (c m^2 + sigma^2) keeps large counts (noise small beside them) and pulls
    small ones, where noise dominates and the threshold kept mostly those that noise raised, toward the pairs'
    estimate. Post-processing of released counts only."""
    empty_lookup = _Lookup({})
    no_records = np.zeros((0, len(sizes)), dtype=np.int32)
    fits: dict[tuple[int, ...], npt.NDArray[np.float64]] = {}
    ys: list[npt.NDArray[np.float64]] = []
    ms: list[npt.NDArray[np.float64]] = []
    for columns in lookup3.by_columns if only is None else only:
        codes, counts = lookup3.by_columns[columns]
        if not _table_fits(sizes, columns):
            continue
        a, b, c = columns
        table, _ = _conditional_two(empty_lookup, pair_tables, no_records, a, b, c, sizes, float("inf"))
        cube = table.reshape(sizes[a] + 1, sizes[b] + 1, sizes[c] + 1)
        m = cube[codes[:, 0], codes[:, 1], codes[:, 2]]
        fits[columns] = m
        ys.append(counts)
        ms.append(m)
    if not ys:
        return lookup3
    y, m = np.concatenate(ys), np.concatenate(ms)
    spread = float(np.sum((y - m) ** 2 - sigma**2))
    c_rel = max(spread / max(float(np.sum(m**2)), 1e-9), 1e-6)
    out: dict[tuple[int, ...], tuple[npt.NDArray[np.int32], npt.NDArray[np.float64]]] = {}
    for columns, (codes, counts) in lookup3.by_columns.items():
        m_here = fits.get(columns)
        if m_here is None:
            out[columns] = (codes, counts)
            continue
        model_var = c_rel * m_here**2
        shrunk = (model_var * counts + sigma**2 * m_here) / np.maximum(model_var + sigma**2, 1e-12)
        out[columns] = (codes, np.maximum(shrunk, 0.0))
    return _Lookup(out)


@dataclass
class _PairTables:
    """Fitted 2-way tables, built when first needed (only the pairs the network uses).

    `cap` bounds the cells of pairs of values the release does not list. When `strict`, such cells are 0 instead
    (no record is drawn or moved there) for every pair of columns whose 1-counts still add up without them."""

    lookup2: _Lookup
    margins: list[npt.NDArray[np.float64]]
    cap: float
    strict: bool = False
    cache: dict[tuple[int, int], npt.NDArray[np.float64]] = field(default_factory=dict)

    def get(self, a: int, b: int) -> npt.NDArray[np.float64]:
        """Joint table with rows for column a and columns for column b."""
        low, high = min(a, b), max(a, b)
        if (low, high) not in self.cache:
            self.cache[(low, high)] = self._fitted(low, high)
        table = self.cache[(low, high)]
        return table if a < b else table.T

    def _fitted(self, low: int, high: int) -> npt.NDArray[np.float64]:
        margin_low, margin_high = self.margins[low], self.margins[high]
        if self.strict:
            table = _pair_table(self.lookup2, low, high, margin_low, margin_high, 0.0)
            # Records the fit could not place, counted once per column (each is off in a row and in a column).
            unplaced = np.abs(table.sum(axis=1) - margin_low).sum() + np.abs(table.sum(axis=0) - margin_high).sum()
            if unplaced <= TUNING.strict_misfit * 2.0 * max(float(margin_low.sum()), 1.0):
                return table
        return _pair_table(self.lookup2, low, high, margin_low, margin_high, self.cap)


def _oriented(pair_tables: _PairTables, a: int, b: int) -> npt.NDArray[np.float64]:
    return pair_tables.get(a, b)


def _with_missing(codes: npt.NDArray[np.int32], size: int) -> npt.NDArray[np.int64]:
    return np.where(codes < 0, size, codes).astype(np.int64)


def _conditional_one(
    pair_tables: _PairTables,
    out: npt.NDArray[np.int32],
    first: int,
    column: int,
    sizes: list[int],
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.int64]]:
    table = _oriented(pair_tables, first, column)
    return table, _with_missing(out[:, first], sizes[first])


def _second_parent(
    lookup3: _Lookup,
    pair_tables: _PairTables,
    out: npt.NDArray[np.int32],
    information: npt.NDArray[np.float64],
    earlier: list[int],
    first: int,
    column: int,
    sizes: list[int],
    cap: float,
) -> int | None:
    """The earlier column that adds most to what `first` says about `column`: the largest conditional mutual
    information I(column; other | first), from rough 3-way tables, among the few earlier columns most tied to it."""
    others = [o for o in earlier if o != first and information[column, o] > 0]
    others.sort(key=lambda o: -information[column, o])
    best, best_gain = None, 0.0
    base = _mutual_information(pair_tables.get(first, column))
    for other in others[: TUNING.second_parent_tries]:
        if not _table_fits(sizes, (first, other, column)):
            continue
        table, _ = _conditional_two(lookup3, pair_tables, out[:0], first, other, column, sizes, cap, fit=False)
        gain = _mutual_information(table) - base
        if gain > best_gain:
            best, best_gain = other, gain
    return best


def _conditional_two(
    lookup3: _Lookup,
    pair_tables: _PairTables,
    out: npt.NDArray[np.int32],
    first: int,
    second: int,
    column: int,
    sizes: list[int],
    cap: float,
    fit: bool = True,
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.int64]]:
    """Conditional table of `column` given (first, second), groups numbered first * (|second|+1) + second.

    The 3-way table (missing included everywhere) keeps the released 3-counts and fits the other cells to the three
    pair tables, the same way `_pair_table` fits a 2-way table to the 1-counts."""
    nf, ns, nc = sizes[first], sizes[second], sizes[column]
    pair_fs = _oriented(pair_tables, first, second)
    pair_fc = _oriented(pair_tables, first, column)
    pair_sc = _oriented(pair_tables, second, column)
    fixed = np.zeros((nf + 1, ns + 1, nc + 1))
    released = np.zeros_like(fixed, dtype=bool)
    cols = sorted((first, second, column))
    entry = lookup3.by_columns.get(tuple(cols))
    if entry is not None:
        codes, counts = entry
        where = {c: i for i, c in enumerate(cols)}
        f, s, c = codes[:, where[first]], codes[:, where[second]], codes[:, where[column]]
        fixed[f, s, c] = counts
        released[f, s, c] = True
    # Start from "column independent of second given first".
    totals_f = pair_fc.sum(axis=1)
    given_first = np.divide(pair_fc, totals_f[:, None], out=np.zeros_like(pair_fc), where=totals_f[:, None] > 0)
    seed = pair_fs[:, :, None] * given_first[:, None, :]
    capped = np.zeros_like(released)
    capped[:nf, :ns, :nc] = True
    seed = np.where(capped, np.minimum(seed, cap), seed)
    seed[released] = 0.0
    margins: list[tuple[npt.NDArray[np.float64], int | tuple[int, ...]]] = [
        (pair_fs - fixed.sum(axis=2), 2),
        (pair_fc - fixed.sum(axis=1), 1),
        (pair_sc - fixed.sum(axis=0), 0),
    ]
    table = fixed + (_fit_free_cells(seed, margins, capped, cap) if fit else seed)
    groups = _with_missing(out[:, first], nf) * (ns + 1) + _with_missing(out[:, second], ns)
    return table.reshape((nf + 1) * (ns + 1), nc + 1), groups


def _triple_target_columns(lookup3: _Lookup, sizes: list[int], room: int) -> list[tuple[int, ...]]:
    """The sets of three columns whose fitted tables become targets of the moves, at most `room` of them: those the
    release lists 3-counts for, by the released mass they carry (where most of the counts a user reads are)."""

    def mass(columns: tuple[int, ...]) -> float:
        return float(lookup3.by_columns[columns][1].sum())

    chosen: list[tuple[int, ...]] = []
    for columns in sorted(lookup3.by_columns, key=lambda c: -mass(c)):
        if len(chosen) >= room:
            break
        if _table_fits(sizes, columns):
            chosen.append(columns)
    return chosen


def _worst_matched(
    out: npt.NDArray[np.int32], lookup3: _Lookup, eligible: list[tuple[int, ...]], sizes: list[int], room: int
) -> list[tuple[int, ...]]:
    """The `room` sets of columns whose released 3-counts the drawn records miss most (sum of relative errors over
    the released cells), in that order: the moves have work for only so many tables, and spend it where the drawing
    left most to correct (PrivSyn's GUM picks the worst-matched marginals in the same spirit)."""
    filled = missing_last(out, np.asarray(sizes, dtype=np.int32))
    scores = np.zeros(len(eligible))
    for i, columns in enumerate(eligible):
        codes, counts = lookup3.by_columns[columns]
        shape = tuple(sizes[c] + 1 for c in columns)
        have = np.bincount(cell_of(filled, columns, shape), minlength=math.prod(shape))
        wanted = np.ravel_multi_index(tuple(codes.T), shape)
        scores[i] = float(np.sum(np.abs(have[wanted] - counts) / np.maximum(counts, 1.0)))
    return [eligible[i] for i in np.argsort(-scores, kind="stable")[:room]]


def _target_tables(
    lookup2: _Lookup,
    pair_tables: _PairTables,
    margins: list[npt.NDArray[np.float64]],
    sizes: list[int],
    most: int,
) -> list[TargetTable]:
    """The one- and two-column tables (missing included) that the records are moved toward, at most `most` of them:
    every column's 1-counts, then pairs' fitted tables by the released mass they carry. The 3-way ones come from
    `_TripleTargets`."""
    n_columns = len(sizes)
    targets = [TargetTable((j,), margins[j]) for j in range(n_columns)]

    def mass(columns: tuple[int, ...]) -> float:
        entry = lookup2.by_columns.get(columns)
        return float(entry[1].sum()) if entry is not None else 0.0

    pairs = sorted(itertools.combinations(range(n_columns), 2), key=lambda c: -mass(c))
    for a, b in pairs[: max(most - len(targets), 0)]:
        targets.append(TargetTable((a, b), _floored(pair_tables.get(a, b))))
    return targets


@dataclass
class _TripleTargets:
    """Fitted 3-way tables (missing included) that the records are moved toward, each fitted once: the moves' first
    choice of sets of columns and the one after the drawing (`_worst_matched`) mostly overlap."""

    lookup3: _Lookup
    pair_tables: _PairTables
    sizes: list[int]
    cap: float
    cache: dict[tuple[int, ...], TargetTable] = field(default_factory=dict)

    def tables(self, triple_sets: list[tuple[int, ...]], progress: Progress = NO_PROGRESS) -> list[TargetTable]:
        empty = np.zeros((0, len(self.sizes)), dtype=np.int32)
        for columns in triple_sets:
            if columns in self.cache:
                continue
            check_cancelled(progress)
            a, b, c = columns
            table, _ = _conditional_two(self.lookup3, self.pair_tables, empty, a, b, c, self.sizes, self.cap)
            shape = (self.sizes[a] + 1, self.sizes[b] + 1, self.sizes[c] + 1)
            self.cache[columns] = TargetTable(columns, _floored(table.reshape(shape)))
        return [self.cache[columns] for columns in triple_sets]


def _floored(table: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    """Cells the fit expects fewer than `TUNING.inferred_min` records in become 0: records there would mostly be
    combinations the data never had (fabricated). Released cells are above the threshold and stay."""
    return np.where(table < TUNING.inferred_min, 0.0, table)
