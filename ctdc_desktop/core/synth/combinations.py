"""Exact counts of every combination of values that occurs in a table: the raw material of both release methods.

A combination of length l is l non-missing values from l distinct columns, listed with the columns ascending. Its
count is how many records hold all of them. The reporting length L of a release bounds l.

How it stays fast in numpy: the column subsets are walked depth first (the same subset tree as Apriori,
Agrawal & Srikant 1994). A node is a subset S of columns with the rows that have all of S filled in and, per row, a
dense number for that row's combination of values on S. All children of a node (S plus one later column) are counted
in one `bincount` (or one sort, when the key space is large) over a single flat key (child column, parent
combination, value), so Python runs once per node and not once per combination. Only filled cells are read (most
cells of a CTDC table are empty), so the work follows the number of (row, combination) pairs. When a minimum count
is asked for, rows whose combination is already rarer than it are dropped before going deeper, since adding a value
can never make a combination more common.

Memory follows the number of distinct combinations found (about 32 bytes each): millions for a 100,000 × 37 CTDC
table at length 4, but far more for a dense table of many columns; `min_count` keeps it down.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from ctdc_desktop.core.progress import NO_PROGRESS, Progress, check_cancelled
from ctdc_desktop.core.synth.model import CombinationCounts
from ctdc_desktop.core.synth.table import EncodedTable
from ctdc_desktop.core.translation import translate

_REPORT_EVERY_SECONDS = 0.2
# Counting into a dense array beats sorting while the array is not much larger than the keys counted into it.
_DENSE_MINIMUM = 1 << 16


@dataclass
class _Collected:
    """Combinations of one length, gathered block by block and joined at the end."""

    columns: list[npt.NDArray[np.int16]]
    values: list[npt.NDArray[np.int32]]
    counts: list[npt.NDArray[np.int64]]

    def add(self, columns: npt.NDArray[np.int16], values: npt.NDArray[np.int32], counts: npt.NDArray[np.int64]) -> None:
        if len(counts):
            self.columns.append(columns)
            self.values.append(values)
            self.counts.append(counts)

    def build(self, length: int) -> CombinationCounts:
        if not self.counts:
            return CombinationCounts(
                column_index=np.zeros((0, length), dtype=np.int16),
                value_code=np.zeros((0, length), dtype=np.int32),
                count=np.zeros(0, dtype=np.float64),
            )
        return CombinationCounts(
            column_index=np.concatenate(self.columns),
            value_code=np.concatenate(self.values),
            count=np.concatenate(self.counts).astype(np.float64),
        )


def _count_densely(space: int, keys: int) -> bool:
    """Count `keys` keys of `space` possible ones into an array (True) or by sorting them (False)?"""
    return space <= max(_DENSE_MINIMUM, 2 * keys)


class _Walk:
    def __init__(
        self, table: EncodedTable, max_length: int, progress: Progress, min_count: int, flag_below: int = 0
    ) -> None:
        codes = table.codes
        filled = codes >= 0
        # The filled cells, row by row and within a row by column: the walk reads nothing else, so a sparse table
        # (most CTDC cells are empty) costs in proportion to its filled cells.
        cell_row, cell_column = np.nonzero(filled)
        self.cell_column = cell_column.astype(np.int64)
        self.cell_row = cell_row.astype(np.int64)
        self.cell_code = codes[cell_row, cell_column].astype(np.int64)
        per_row = filled.sum(axis=1).astype(np.int64)
        row_end = np.cumsum(per_row)
        self.cell_row_end = np.repeat(row_end, per_row)  # where the cell's row ends (exclusive)
        self.row_start = row_end - per_row
        self.row_end = row_end
        self.radix = table.cardinalities
        self.n_columns = table.n_columns
        self.max_length = max_length
        self.min_count = min_count
        self.progress = progress
        self.collected = {length: _Collected([], [], []) for length in range(1, max_length + 1)}
        # With `flag_below`, per length: which rows hold a combination held by 1 row / fewer than flag_below rows.
        self.flag_below = flag_below
        self.unique_rows = {length: np.zeros(table.n_records, dtype=bool) for length in range(1, max_length + 1)}
        self.rare_rows = {length: np.zeros(table.n_records, dtype=bool) for length in range(1, max_length + 1)}
        # Nodes are subsets of size 0..max_length-1; each is visited at most once.
        self.total_nodes = sum(math.comb(self.n_columns, d) for d in range(0, min(max_length, self.n_columns + 1)))
        self.done_nodes = 0
        self.last_report = 0.0

    def tick(self) -> None:
        self.done_nodes += 1
        check_cancelled(self.progress)
        now = time.monotonic()
        if now - self.last_report >= _REPORT_EVERY_SECONDS:
            self.last_report = now
            self.progress.report(
                self.done_nodes, self.total_nodes, translate("Progress", "Counting combinations of values")
            )

    def visit(
        self,
        subset: tuple[int, ...],
        start: npt.NDArray[np.int64],
        end: npt.NDArray[np.int64],
        key: npt.NDArray[np.int64],
        combos: npt.NDArray[np.int32],
    ) -> None:
        """Count the children of one node and go into each.

        The node's rows are given by their cells after the subset's last column, ``start[i]:end[i]``; ``key[i]``
        says which of the node's combinations (rows of `combos`, shape (P, len(subset))) row i holds.
        """
        self.tick()
        first = subset[-1] + 1 if subset else 0
        lengths = end - start
        total = int(lengths.sum())
        if first >= self.n_columns or total == 0:
            return
        # One entry per (row, later filled cell): cell index, parent combination, column and code.
        shift = np.repeat(start - (np.cumsum(lengths) - lengths), lengths)
        cell = np.arange(total, dtype=np.int64) + shift
        parent = np.repeat(key, lengths)
        column = self.cell_column[cell]
        radix = self.radix[first:]
        n_parent = max(len(combos), 1)
        block = n_parent * radix  # size of each child column's slice of the flat key
        offsets = np.concatenate(([0], np.cumsum(block)[:-1]))
        by_column = np.zeros(self.n_columns, dtype=np.int64)
        by_column[first:] = offsets
        flat = by_column[column] + parent * self.radix[column] + self.cell_code[cell]
        space = int(block.sum())
        if _count_densely(space, total):
            counts_all = np.bincount(flat, minlength=space)
            seen = np.flatnonzero(counts_all >= self.min_count)
            seen_counts = counts_all[seen]
            entry_counts = counts_all[flat] if self.flag_below else None
        else:
            counts_all = None
            if self.flag_below:
                uniq, inverse, uniq_counts = np.unique(flat, return_inverse=True, return_counts=True)
                entry_counts = uniq_counts[inverse.reshape(-1)]
            else:
                entry_counts = None
                uniq, uniq_counts = np.unique(flat, return_counts=True)
            keep = uniq_counts >= self.min_count
            seen, seen_counts = uniq[keep], uniq_counts[keep]

        length = len(subset) + 1
        if entry_counts is not None:
            rows = self.cell_row[cell]
            self.unique_rows[length][rows[entry_counts == 1]] = True
            self.rare_rows[length][rows[entry_counts < self.flag_below]] = True
        child_of_seen = np.searchsorted(offsets, seen, side="right") - 1
        within = seen - offsets[child_of_seen]
        parent_of_seen = within // radix[child_of_seen]
        value_of_seen = within % radix[child_of_seen]
        columns = np.empty((len(seen), length), dtype=np.int16)
        values = np.empty((len(seen), length), dtype=np.int32)
        if subset:
            columns[:, :-1] = np.asarray(subset, dtype=np.int16)
            values[:, :-1] = combos[parent_of_seen]
        columns[:, -1] = first + child_of_seen
        values[:, -1] = value_of_seen
        self.collected[length].add(columns, values, seen_counts.astype(np.int64))

        if length >= self.max_length:
            return
        # Entries grouped by column (stable, so rows stay in order), one group per child.
        order = np.argsort((column - first).astype(np.int16), kind="stable")
        bounds = np.concatenate(([0], np.cumsum(np.bincount(column - first, minlength=len(radix)))))
        seen_bounds = np.searchsorted(child_of_seen, np.arange(len(radix) + 1))
        for position in range(len(radix)):
            if seen_bounds[position] == seen_bounds[position + 1]:
                continue
            entries = order[bounds[position] : bounds[position + 1]]
            child_flat = flat[entries]
            if counts_all is not None and self.min_count > 1:
                # Drop rows whose combination is rarer than the minimum: no superset can reach it.
                entries = entries[counts_all[child_flat] >= self.min_count]
                child_flat = flat[entries]
            # Dense numbering of the child's combinations, in the same order as `seen` for this child.
            child_seen = seen[seen_bounds[position] : seen_bounds[position + 1]]
            child_key = np.searchsorted(child_seen, child_flat)
            if self.min_count > 1 and counts_all is None:
                hit = child_key < len(child_seen)
                hit[hit] = child_seen[child_key[hit]] == child_flat[hit]
                child_key, entries = child_key[hit], entries[hit]
            child_cell = cell[entries]
            self.visit(
                (*subset, first + position),
                child_cell + 1,
                self.cell_row_end[child_cell],
                child_key.astype(np.int64),
                values[seen_bounds[position] : seen_bounds[position + 1]],
            )


def count_combinations(
    table: EncodedTable,
    max_length: int,
    progress: Progress = NO_PROGRESS,
    min_count: int = 1,
) -> dict[int, CombinationCounts]:
    """Exact counts of every combination of 1..`max_length` values (distinct columns, ascending) that occurs in at
    least `min_count` records. Returns one `CombinationCounts` per length 1..max_length (empty where none occur),
    rows in a fixed order (columns, then codes, ascending). Reports progress and honours cancel between nodes."""
    if max_length < 1:
        raise ValueError("max_length must be at least 1")
    if min_count < 1:
        raise ValueError("min_count must be at least 1")
    walk = _Walk(table, max_length, progress, min_count)
    root_key = np.zeros(table.n_records, dtype=np.int64)
    walk.visit((), walk.row_start, walk.row_end, root_key, np.zeros((1, 0), dtype=np.int32))
    progress.report(walk.total_nodes, walk.total_nodes, translate("Progress", "Counting combinations of values"))
    return {length: walk.collected[length].build(length) for length in range(1, max_length + 1)}


@dataclass(frozen=True)
class RareRecords:
    """Per combination length, which records hold at least one combination of that length that is held by no other
    record (`unique`) or by fewer than `below` records (`rare`) of the same table. Arrays are one flag per row."""

    below: int
    unique: dict[int, npt.NDArray[np.bool_]]
    rare: dict[int, npt.NDArray[np.bool_]]


def count_combinations_and_rare_records(
    table: EncodedTable, max_length: int, below: int, progress: Progress = NO_PROGRESS
) -> tuple[dict[int, CombinationCounts], RareRecords]:
    """`count_combinations` (every combination, no minimum) and, from the same walk, the records that hold a unique
    or rare combination of each length. One pass over the table serves both."""
    if max_length < 1:
        raise ValueError("max_length must be at least 1")
    if below < 2:
        raise ValueError("below must be at least 2")
    walk = _Walk(table, max_length, progress, 1, flag_below=below)
    root_key = np.zeros(table.n_records, dtype=np.int64)
    walk.visit((), walk.row_start, walk.row_end, root_key, np.zeros((1, 0), dtype=np.int32))
    progress.report(walk.total_nodes, walk.total_nodes, translate("Progress", "Counting combinations of values"))
    counts = {length: walk.collected[length].build(length) for length in range(1, max_length + 1)}
    return counts, RareRecords(below=below, unique=walk.unique_rows, rare=walk.rare_rows)


def _dense_ids(codes: npt.NDArray[np.int32]) -> npt.NDArray[np.int32]:
    """One number per row, equal for rows whose codes (missing included) are equal on every column given."""
    ids = np.zeros(codes.shape[0], dtype=np.int64)
    for j in range(codes.shape[1]):
        column = codes[:, j].astype(np.int64) + 1  # missing (-1) is a value here: a blank is visible too
        ids = ids * (int(column.max(initial=0)) + 1) + column
        # Renumber densely after each column so the key never overflows.
        ids = np.unique(ids, return_inverse=True)[1].reshape(-1).astype(np.int64)
    return ids.astype(np.int32)


def _sizes(ids: npt.NDArray[np.int32]) -> npt.NDArray[np.int32]:
    return np.bincount(ids)[ids].astype(np.int32) if len(ids) else np.zeros(0, dtype=np.int32)


def record_class_sizes(
    table: EncodedTable, progress: Progress = NO_PROGRESS
) -> tuple[npt.NDArray[np.int32], npt.NDArray[np.int32]]:
    """How many records share each record's whole combination of values, a blank counting as a value (an exact
    match, as an intruder comparing a published row would see it); and the same with each column left out.

    Returns (sizes, sizes_without) with sizes[i] for row i and sizes_without[j, i] for row i when column j is
    ignored. Rows of the table are keyed column by column from the left (prefixes) and from the right (suffixes), so
    leaving out column j joins prefix j with suffix j+1: about 3 passes over the table instead of one per column.
    """
    codes = table.codes
    n_rows, n_columns = codes.shape
    # Row ids are dense (below the row count), so 4 bytes each: 100,000 × 37 needs about 45 MB in all.
    prefix = np.zeros((n_columns + 1, n_rows), dtype=np.int32)
    suffix = np.zeros((n_columns + 1, n_rows), dtype=np.int32)
    for j in range(n_columns):
        check_cancelled(progress)
        prefix[j + 1] = _dense_ids(np.column_stack([prefix[j], codes[:, j]]))
        back = n_columns - 1 - j
        suffix[back] = _dense_ids(np.column_stack([codes[:, back], suffix[back + 1]]))
        progress.report(j + 1, 2 * n_columns, translate("Progress", "Finding records with rare combinations"))
    sizes = _sizes(prefix[n_columns])
    without = np.zeros((n_columns, n_rows), dtype=np.int32)
    for j in range(n_columns):
        check_cancelled(progress)
        without[j] = _sizes(_dense_ids(np.column_stack([prefix[j], suffix[j + 1]])))
        progress.report(
            n_columns + j + 1, 2 * n_columns, translate("Progress", "Finding records with rare combinations")
        )
    return sizes, without
