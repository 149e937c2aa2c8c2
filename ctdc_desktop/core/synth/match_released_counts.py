"""Move synthetic records towards the counts the DP release published: the last step of DP record sampling.

The network in `dp_sampling` draws each column from one or two parents, so combinations of three columns that the
network does not link (the perpetrator block of the 2022 format moves as a whole) come out near independence, and
the released 2- and 3-counts are only partly honoured. This step repairs that, after PrivSyn's "gradually update
method" (GUM; Zhang, Wang, Li, He, Chen, "PrivSyn: Differentially Private Data Synthesis", USENIX Security 2021),
reimplemented here in numpy:

Each target is a full table over a set of columns (missing counted as a category, so every record is in exactly one
cell), built from the released counts alone. Per table, records in cells that hold more records than the target are
moved to cells that hold fewer: a share `step` of the surplus per round. A moved record either takes over the values
of the target cell on those columns (replace) or becomes a copy of a record already in that cell (duplicate, which
keeps the record's other columns consistent with the cell: PrivSyn mixes both). Rounds run over all tables with a
shrinking step, so that the later tables do not undo the earlier ones wholesale.

It reads only the synthetic records and the targets (themselves made from the released aggregates), so it is
post-processing and costs no privacy. Seeded through the generator it is given.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from ctdc_desktop.core.progress import NO_PROGRESS, Progress, check_cancelled
from ctdc_desktop.core.synth.dp_tuning import TUNING
from ctdc_desktop.core.translation import translate


@dataclass(frozen=True)
class TargetTable:
    """Wanted counts over `columns` (ascending); axis j has one cell per value of column j and a last cell for
    missing. The cells may sum to any positive total: they are scaled to the number of records."""

    columns: tuple[int, ...]
    counts: npt.NDArray[np.float64]


@dataclass(frozen=True)
class ListedCombinations:
    """Which pairs and triples of values the release lists, as dense lookups over "slots": each column has one slot
    per value and a last one for missing (slot = `offset[column]` + the code, or + the column's size for missing).
    A combination that involves a missing slot, or two slots of one column, counts as listed."""

    offset: npt.NDArray[np.int64]
    pairs: npt.NDArray[np.bool_]  # (slots, slots)
    triples: npt.NDArray[np.bool_] | None  # (slots, slots, slots), None when too large to hold

    @staticmethod
    def build(
        sizes: list[int],
        listed: dict[int, dict[tuple[int, ...], npt.NDArray[np.int32]]],
        max_triple_slots: int = TUNING.max_triple_slots,
    ) -> ListedCombinations:
        """`listed[k][columns]` holds the value codes (rows) of the listed k-combinations over those columns."""
        widths = np.array(sizes, dtype=np.int64) + 1
        offset = np.concatenate(([0], np.cumsum(widths)[:-1])).astype(np.int64)
        slots = int(widths.sum())
        column_of = np.repeat(np.arange(len(sizes)), widths)
        missing = np.zeros(slots, dtype=bool)
        missing[offset + widths - 1] = True
        free = missing[:, None] | missing[None, :] | (column_of[:, None] == column_of[None, :])
        pairs = free.copy()
        for columns, codes in listed.get(2, {}).items():
            a = offset[columns[0]] + codes[:, 0]
            b = offset[columns[1]] + codes[:, 1]
            pairs[a, b] = pairs[b, a] = True
        triples = None
        if 3 in listed and slots <= max_triple_slots:
            triples = free[:, :, None] | free[:, None, :] | free[None, :, :]
            for columns, codes in listed[3].items():
                ids = [offset[c] + codes[:, j] for j, c in enumerate(columns)]
                for x, y, z in itertools.permutations(range(3)):
                    triples[ids[x], ids[y], ids[z]] = True
        return ListedCombinations(offset=offset, pairs=pairs, triples=triples)

    def all_listed(self, rows: npt.NDArray[np.int32], changed: tuple[int, ...]) -> npt.NDArray[np.bool_]:
        """Per row of `rows` (codes with missing as the last index), whether every pair and triple that involves
        a column of `changed` is listed."""
        ids = rows.astype(np.int64) + self.offset[None, :]
        slots = len(self.pairs)
        # Flat lookups: one gather per check instead of numpy's broadcast of two or three index arrays.
        pairs = self.pairs.ravel()
        ok = np.ones(len(rows), dtype=bool)
        for column in changed:
            ok &= pairs[(ids[:, column] * slots)[:, None] + ids].all(axis=1)
        if self.triples is None or not ok.any():
            return ok
        # Triples only for the rows whose pairs passed, and each unordered pair of other columns once.
        keep = np.flatnonzero(ok)
        ids = ids[keep]
        first, second = np.triu_indices(ids.shape[1], k=1)
        pair_slot = ids[:, first] * slots + ids[:, second]
        triples = self.triples.ravel()
        passed = np.ones(len(keep), dtype=bool)
        for column in changed:
            passed &= triples[(ids[:, column] * (slots * slots))[:, None] + pair_slot].all(axis=1)
        ok[keep] = passed
        return ok

    def unlisted_with(
        self, slots: npt.NDArray[np.int64], column: int, size: int
    ) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
        """For rows of `slots` (each a record's slots on some columns other than `column`) and each value of
        `column` (then missing, last): how many pairs and how many triples the value would form with the row that
        are not listed. Triples are counted only when the triple lookup is held; missing forms nothing."""
        pairs = np.zeros((len(slots), size + 1), dtype=np.int64)
        triples = np.zeros_like(pairs)
        for value in range(size):
            slot = int(self.offset[column]) + value
            pairs[:, value] = (~self.pairs[slot][slots]).sum(axis=1)
            if self.triples is None or slots.shape[1] < 2:
                continue
            plane = self.triples[slot]
            for start in range(0, len(slots), 8000):  # rows × columns² booleans at a time
                block = slots[start : start + 8000]
                # Each unordered pair of other slots is seen twice in the square.
                unlisted = ~plane[block[:, :, None], block[:, None, :]]
                triples[start : start + 8000, value] = unlisted.sum(axis=(1, 2)) // 2
        return pairs, triples


def missing_last(codes: npt.NDArray[np.int32], sizes: npt.NDArray[np.int32]) -> npt.NDArray[np.int32]:
    """Records' codes with missing (-1) as each column's last index (its size), column-major: the moves and the
    choice of their tables read whole columns."""
    return np.asfortranarray(np.where(codes < 0, sizes[None, :], codes).astype(np.int32))


def cell_of(filled: npt.NDArray[np.int32], columns: tuple[int, ...], shape: tuple[int, ...]) -> npt.NDArray[np.int32]:
    """The flat cell each record falls in. `filled` holds missing as the column's last index already."""
    cell = filled[:, columns[0]].copy()
    for column, size in zip(columns[1:], shape[1:], strict=True):
        cell *= size
        cell += filled[:, column]
    return cell


def _values_of(cells: npt.NDArray[np.int64], shape: tuple[int, ...]) -> npt.NDArray[np.int32]:
    """Inverse of `cell_of`: per cell, the index on each of the table's axes (missing stays the last index)."""
    out = np.zeros((len(cells), len(shape)), dtype=np.int32)
    rest = cells.copy()
    for j in range(len(shape) - 1, -1, -1):
        out[:, j] = rest % shape[j]
        rest //= shape[j]
    return out


def _quota(amounts: npt.NDArray[np.float64], total: int) -> npt.NDArray[np.int64]:
    """Whole numbers proportional to `amounts` that add up to `total` (cumulative rounding)."""
    share = amounts.sum()
    if total <= 0 or share <= 0:
        return np.zeros(len(amounts), dtype=np.int64)
    edges = np.round(np.cumsum(amounts) * (total / share)).astype(np.int64)
    return np.diff(np.concatenate(([0], edges)))


def update_toward(
    filled: npt.NDArray[np.int32],
    target: TargetTable,
    step: float,
    duplicate_share: float,
    rng: np.random.Generator,
    listed: ListedCombinations | None = None,
) -> int:
    """One update of `filled` (records' codes with missing as the last index of each column; changed in place)
    toward one table; returns how many records moved.

    Each record of a surplus cell moves with the probability that gives the wanted share of the surplus (no sort of
    all records: this runs thousands of times), and the movers are dealt to the deficit cells in proportion."""
    shape = target.counts.shape
    n = filled.shape[0]
    total = float(target.counts.sum())
    if n == 0 or total <= 0:
        return 0
    wanted = target.counts.ravel() * (n / total)
    cell = cell_of(filled, target.columns, shape)
    have = np.bincount(cell, minlength=len(wanted)).astype(np.float64)
    surplus = np.maximum(have - wanted, 0.0)
    deficit = np.maximum(wanted - have, 0.0)
    if duplicate_share >= 1.0:
        # Copies only: a cell no record holds cannot receive one, so no new combination can appear.
        deficit[have == 0] = 0.0
    amount = step * min(surplus.sum(), deficit.sum())
    if amount < 1.0:
        return 0
    chance = np.divide(surplus * (amount / surplus.sum()), have, out=np.zeros_like(have), where=have > 0)
    movers = np.flatnonzero(rng.random(n) < chance[cell])
    moving = len(movers)
    if moving == 0:
        return 0
    give = _quota(deficit, moving)
    destination = rng.permutation(np.repeat(np.arange(len(wanted)), give))
    duplicate = rng.random(moving) < duplicate_share
    if duplicate.any():
        # A copy of a record already in the destination cell, where the cell holds any. The holders are sorted by
        # the rank of their cell among the destinations (few, so a 16-bit radix sort).
        receiving = np.flatnonzero(give > 0)
        rank = np.full(len(wanted), -1, dtype=np.int32)
        rank[receiving] = np.arange(len(receiving), dtype=np.int32)
        holders = np.flatnonzero(rank[cell] >= 0)
        holder_rank = rank[cell[holders]]
        dtype = np.int16 if len(receiving) < 2**15 else np.int32
        by_rank = np.argsort(holder_rank.astype(dtype), kind="stable")
        holders = holders[by_rank]
        held = have.astype(np.int64)
        first = np.searchsorted(holder_rank[by_rank], rank[destination[duplicate]])
        count_in = held[destination[duplicate]]
        pick = first + (rng.random(len(first)) * count_in).astype(np.int64)
        ok = (count_in > 0) & (pick < len(holders))
        sources = holders[np.minimum(pick, max(len(holders) - 1, 0))] if len(holders) else pick
        rows = movers[duplicate][ok]
        filled[rows] = filled[sources[ok]]
        duplicate[np.flatnonzero(duplicate)[~ok]] = False
    replace = ~duplicate
    if replace.any():
        rows = movers[replace]
        moved = filled[rows]
        moved[:, list(target.columns)] = _values_of(destination[replace], shape)
        if listed is not None:
            # Only moves that make no combination the release does not list (no fabrication by the update).
            ok = listed.all_listed(moved, target.columns)
            rows, moved = rows[ok], moved[ok]
        filled[rows] = moved
    return moving


def match_released_counts(
    codes: npt.NDArray[np.int32],
    targets: list[TargetTable],
    rng: np.random.Generator,
    rounds: int = TUNING.match_rounds,
    duplicate_share: float = TUNING.duplicate_share,
    progress: Progress = NO_PROGRESS,
    listed: ListedCombinations | None = None,
) -> npt.NDArray[np.int32]:
    """`codes` (records × columns, -1 missing) moved toward every target table in turn, `rounds` times, with the
    share moved per table falling from 1 to 1/rounds... as PrivSyn's decaying step. Returns a new array."""
    # Work on codes with missing as each column's last index, column-major: column reads are the hot path.
    # A column's size: from the tables over it, else from the codes (a column no table covers is never changed).
    sizes = (codes.max(axis=0) + 1 if len(codes) else np.zeros(codes.shape[1])).astype(np.int32)
    for target in targets:
        for column, size in zip(target.columns, target.counts.shape, strict=True):
            sizes[column] = size - 1
    filled = missing_last(codes, sizes)
    steps = len(targets) * rounds
    done = 0
    for r in range(rounds):
        step = 1.0 / (1.0 + r)
        # Longest tables first, single columns last: the counts a release is judged on first are the last word.
        for index in sorted(rng.permutation(len(targets)), key=lambda i: -len(targets[int(i)].columns)):
            update_toward(filled, targets[int(index)], step, duplicate_share, rng, listed)
            done += 1
            if done % 20 == 0:  # an update takes up to 20-50 ms on 100,000 records: cancel within a second
                check_cancelled(progress)
                progress.report(done, steps, translate("Progress", "Matching the released counts"))
    return np.ascontiguousarray(np.where(filled >= sizes[None, :], -1, filled).astype(np.int32))
