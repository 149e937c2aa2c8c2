"""k-anonymous synthesis, the method of the September 2021 CTDC Global Synthetic Dataset.

The method follows the row-seeded synthesizer of Microsoft's synthetic-data-showcase (SDS), which produced that
release, as the codebook describes it (section 1, Figure 1): values are redacted from real records until what is
left is common, new records are made from the redacted values, and counts end as multiples of k. Our own numpy
version, in four plain steps:

1. Budgets. Every value may appear in the output exactly ``floor(count / k) * k`` times (its count in the input,
   rounded down to a multiple of k). Values rarer than k get no budget and never appear.
2. Redaction of real records. Each input record, in random order, is copied value by value, rarest value first; a
   value is kept only while it still has budget and the values kept so far plus this one are held together by at
   least k input records (their *support*). The kept values form one synthetic record.
3. Extension. Each record of step 2, in random order, takes values with budget left that its support rows hold in
   columns it leaves empty, as long as at least k input rows still hold the enlarged record. Candidates are ranked
   by the pair deficits they would fill (`pair_deficits`: protected pair counts minus the pairs the synthetic
   records already hold, relative to the target), so redacted values go where their pairs are still missing. This
   is the "aggregate-seeded" idea of SDS applied to exact k-protected counts, under the per-record support rule.
4. Records from the redacted values. While any budget is left: pick a value with budget left (weighted by the
   budget), a random input record holding it (the seed), build a record from the seed as in step 2, starting with
   that value, and extend it as in step 3. Every such record uses up at least one unit of budget, so this ends.

SDS ends with a suppression pass to bring counts down to multiples of k; keeping budgets all along gets there
directly. What this guarantees, by construction and tested as properties:

- every synthetic record's values are held together by at least k input records;
- every value's count in the output equals its input count rounded down to a multiple of k.

SDS samples the next value weighted by support. On the 2021-shaped benchmark table (20,000 rows, k = 10) trying values
rarest first gave the lowest mean relative error of pair counts (0.63, against 0.72 for a uniformly random order,
0.75 for support-weighted sampling, 0.78 for commonest first, 0.71 for the best of 16 random orders, which had a lower
mean absolute error), and is the fastest.

Measured on the 100,000 × 37 benchmark table (k = 10, L = 4; mean relative error of combinations of at least 10 records,
lengths 1/2/3/4, and synthesis time, runs back to back): without any extension 0.046/0.602/0.835/0.915, 166,754 records,
8.6 s; with step 3 only 0.046/0.591/0.819/0.898, 159,374 records, 14.5 s; with the extension in steps 3 and 4 (as now)
0.046/0.587/0.812/0.888, 153,299 records, 17.8 s and 408 MB peak. On trafficking_cleaned.csv (14,299 × 10, L = 3)
0.048/0.171/0.248 became 0.048/0.159/0.234; dados_app.csv keeps almost every record whole and its error is the rounding
to multiples of k alone (0.072/0.051/0.041 before and after).

The error beyond single values stays large whatever is tried, and the reason is the guarantee itself. A record of 8 or 9
values is rarely shared by k others: the largest subset of a row held by 10 rows has 6.3 of its 8.5 values on average
(exact search over 300 rows of a 30,000-row table). Every synthetic record is such a common set, so a rare value cannot
carry many partners: a citizenship occurs with many of the 15 means-of-control flags, but a record of that citizenship
and several flags is rarely held by 10 real ones. Pairs of a citizenship or country with a flag are the largest group of
the pair error. Step 3 finds room for 9% of the redacted values: records cut at the support limit rarely have any.
Adding a value back to the record whose source row held it never works: it was cut because the record without it was
already at the limit, and the record has only grown since.

Also measured on 30,000 rows (pair error 0.62 before step 3, 0.61 with it) and dropped: commonest first, which keeps the
most values per record (6.2 of 8.5, against 4.2 rarest first) but leaves rare values alone (pair error 0.74; 0.70 with
40% of every budget held back for them); adding the value with the largest relative pair deficit next instead of the
rarest (0.64; 0.71 with absolute deficits, which feed common pairs and starve rare ones); cutting each row into several
supported pieces, then removing the surplus from the records where it does least harm to pair counts (0.64); keeping per
row the better of rarest- and commonest-first (no gain); records for the redacted values grown from the value alone by
deficit instead of from a seed row (0.61, five times slower); afterwards, moving values from record to record wherever
the receiving record keeps support k and the relative pair error drops (8,906 moves, 0.607 to 0.605, twice the time);
targets at the middle of each rounded count's range instead of its floor (no change). That is the price of a per-record
guarantee, which the DP method does not give.

Support is counted by filtering the rows that hold the values kept so far, which shrink quickly; large supports shared
by many records are cached.
"""

from __future__ import annotations

import time

import numpy as np
import numpy.typing as npt

from ctdc_desktop.core.number_format import count_text
from ctdc_desktop.core.progress import Progress, check_cancelled, stages
from ctdc_desktop.core.synth.combinations import count_combinations
from ctdc_desktop.core.synth.model import (
    Aggregates,
    CombinationCounts,
    KAnonParams,
    ParameterError,
    SynthesisResult,
)
from ctdc_desktop.core.synth.pair_deficits import MAX_STEERED_VALUES, PairDeficits
from ctdc_desktop.core.synth.table import MISSING, EncodedTable, decode_records
from ctdc_desktop.core.translation import translate

_REPORT_EVERY_SECONDS = 0.2
# Supports of at least this many rows are cached, up to this many row numbers in all (4 bytes each).
_CACHE_MIN_ROWS = 2048
_CACHE_ROWS = 25_000_000
_ORDER_CHUNK_ROWS = 50_000
# The support rows of records made from real ones are kept for the extension step, up to this many in all.
_SUPPORT_ROWS = 25_000_000
# Which values could extend a record is counted on at most this many of its support rows (then checked exactly).
_SAMPLE_ROWS = 256
# How many of the best-ranked candidate values are checked exactly before a record is left as it is.
_EXTENSION_TRIES = 8


def validate_kanon_params(params: KAnonParams) -> None:
    if not isinstance(params.k, int | np.integer) or params.k < 1:
        raise ParameterError(
            "k",
            translate(
                "Synthesis", "k must be a whole number of at least 1 (got {0}); the CTDC releases use 10."
            ).format(params.k),
        )
    if not isinstance(params.reporting_length, int | np.integer) or params.reporting_length < 1:
        raise ParameterError(
            "reporting_length",
            translate(
                "Synthesis", "The reporting length must be a whole number of at least 1 (got {0}); 4 is usual."
            ).format(params.reporting_length),
        )


def round_down(counts: npt.NDArray[np.float64], k: int) -> npt.NDArray[np.float64]:
    """Counts rounded down to a multiple of k, as the 2021 release reports them."""
    return np.floor(counts / k) * k


def protected_aggregates(table: EncodedTable, k: int, reporting_length: int, progress: Progress) -> Aggregates:
    """Counts of every combination of up to `reporting_length` values, rounded down to a multiple of k; combinations
    held by fewer than k records are left out. The record count is rounded down too."""
    exact = count_combinations(table, reporting_length, progress, min_count=k)
    by_length = {
        length: CombinationCounts(counts.column_index, counts.value_code, round_down(counts.count, k))
        for length, counts in exact.items()
    }
    return Aggregates(
        columns=table.columns,
        values=table.values,
        record_count=float(table.n_records // k * k),
        by_length=by_length,
    )


class _Synthesizer:
    def __init__(
        self,
        table: EncodedTable,
        k: int,
        rng: np.random.Generator,
        progress: Progress,
        pairs: CombinationCounts | None,
    ) -> None:
        self.k = k
        self.rng = rng
        self.progress = progress
        self.n_columns = table.n_columns
        codes = table.codes
        # Column-major copy: a support check reads one column at the candidate rows.
        self.by_column = [np.ascontiguousarray(codes[:, j]) for j in range(self.n_columns)]
        # Every value gets a global id: offset of its column + its code.
        offsets = np.concatenate(([0], np.cumsum(table.cardinalities)))
        n_values = int(offsets[-1])
        filled = codes >= 0
        value_ids = np.where(filled, codes + offsets[:-1], -1).astype(np.int32)
        counts = np.bincount(value_ids[filled], minlength=n_values)
        column_of = np.repeat(np.arange(self.n_columns), table.cardinalities)
        self.codes = codes
        # Global value id of every cell, n_values for a missing one: the values a record's support rows hold.
        self.value_ids = np.where(filled, value_ids, n_values).astype(np.int32)
        self.offsets = offsets[:-1].astype(np.int64)
        self.n_values = n_values
        self.column_of_array = column_of
        self.column_of: list[int] = column_of.tolist()
        self.code_of: list[int] = (np.arange(n_values) - offsets[:-1][column_of]).tolist()
        self.budget: list[int] = (counts // k * k).tolist()
        self.budget_array = np.asarray(counts // k * k, dtype=np.int64)  # the same, for vectorized look-ups
        column_budget = np.bincount(column_of, weights=self.budget_array, minlength=self.n_columns)
        self.column_budget = column_budget.astype(np.int64)
        self.total_work = int(sum(self.budget))
        # Rows holding each value, ascending: the support of a single value, and where seed rows are drawn from.
        present = np.flatnonzero(filled.reshape(-1))
        by_value = np.argsort(value_ids.reshape(-1)[present], kind="stable")
        rows_sorted = (present[by_value] // max(self.n_columns, 1)).astype(np.int32)
        bounds = np.concatenate(([0], np.cumsum(counts)))
        self.rows_of_value = [rows_sorted[bounds[v] : bounds[v + 1]] for v in range(n_values)]
        # The order in which a row's values are tried: rarest first (ties at random). Measured on the 2021-shaped
        # benchmark table, this keeps combination counts closer than a uniformly random order or commonest first:
        # a conflict then redacts a common value, which other records easily make up. It also keeps the support
        # small from the first value on, so checks are cheap.
        count_of_id = np.append(counts, 0)  # id -1 (missing) reads the trailing 0
        self.ordered = np.empty_like(value_ids)
        for low in range(0, len(value_ids), _ORDER_CHUNK_ROWS):
            # In chunks, to bound memory and to stay responsive to Cancel on large tables.
            check_cancelled(progress)
            part = value_ids[low : low + _ORDER_CHUNK_ROWS]
            keys = np.where(part >= 0, count_of_id[part] + rng.random(part.shape), np.inf)
            self.ordered[low : low + _ORDER_CHUNK_ROWS] = np.take_along_axis(part, np.argsort(keys, axis=1), axis=1)
        self.filled = filled.sum(axis=1)
        self.records: list[npt.NDArray[np.int32]] = []
        self.record_values: list[list[int]] = []
        self.supports: list[npt.NDArray[np.int32] | None] = []
        self.support_room = _SUPPORT_ROWS
        self.steer = (
            PairDeficits(pairs, self.offsets, n_values, k)
            if pairs is not None and 0 < n_values <= MAX_STEERED_VALUES
            else None
        )
        self.last_check = time.monotonic()
        self.done = 0
        # Supports of combinations held by many rows, keyed by the values in the order they were added: rows that
        # share their common values repeat the same checks, and a large support is the costly one to filter.
        self.cache: dict[tuple[int, ...], npt.NDArray[np.int32]] = {}
        self.cache_room = _CACHE_ROWS

    def tick(self, message: str) -> None:
        check_cancelled(self.progress)
        now = time.monotonic()
        if now - self.last_check >= _REPORT_EVERY_SECONDS:
            self.last_check = now
            self.progress.report(self.done, self.total_work, message)

    def _filter(self, support: npt.NDArray[np.int32], value: int) -> npt.NDArray[np.int32]:
        holds: npt.NDArray[np.bool_] = self.by_column[self.column_of[value]][support] == self.code_of[value]
        return support[holds]

    def _with(self, key: tuple[int, ...], support: npt.NDArray[np.int32], value: int) -> npt.NDArray[np.int32]:
        """The rows of `support` that also hold `value`."""
        if len(support) < _CACHE_MIN_ROWS:
            return self._filter(support, value)
        new_key = (*key, value)
        cached = self.cache.get(new_key)
        if cached is None:
            cached = self._filter(support, value)
            if self.cache_room >= len(cached):
                self.cache[new_key] = cached
                self.cache_room -= len(cached) + 1
        return cached

    def build(self, seed_values: list[int]) -> npt.NDArray[np.int32] | None:
        """One synthetic record from the values of a seed row, tried in the given order; returns its support (the
        input rows holding all its values), or None when no value had budget left."""
        record = np.full(self.n_columns, MISSING, dtype=np.int32)
        key: tuple[int, ...] = ()
        support = np.zeros(0, dtype=np.int32)
        budget = self.budget
        for value in seed_values:
            if budget[value] <= 0:
                continue
            if not key:
                # A single value with budget is held by at least k records.
                support = self.rows_of_value[value]
            elif len(key) == 1 and len(self.rows_of_value[value]) < len(support):
                # Filter the smaller of the two row lists: same rows, less work.
                candidate = self._with((value,), self.rows_of_value[value], key[0])
                if len(candidate) < self.k:
                    continue
                support = candidate
            else:
                candidate = self._with(key, support, value)
                if len(candidate) < self.k:
                    continue
                support = candidate
            record[self.column_of[value]] = self.code_of[value]
            budget[value] -= 1
            self.budget_array[value] -= 1
            self.column_budget[self.column_of[value]] -= 1
            key = (*key, value)
        if not key:
            return None
        self.records.append(record)
        self.record_values.append(list(key))
        if self.steer is not None:
            self.steer.add_record(self.record_values[-1])
        self.done += len(key)
        return support

    def _keep_support(self, support: npt.NDArray[np.int32] | None) -> None:
        if support is not None and len(support) <= self.support_room:
            self.supports.append(support)
            self.support_room -= len(support)
        else:
            self.supports.append(None)

    def support_of(self, values: list[int]) -> npt.NDArray[np.int32]:
        """The rows holding all of `values` (for a record whose support was not kept)."""
        rarest = min(values, key=lambda v: len(self.rows_of_value[v]))
        support = self.rows_of_value[rarest]
        for value in values:
            if value != rarest:
                support = self._filter(support, value)
        return support

    def extend(self, index: int, support: npt.NDArray[np.int32]) -> None:
        """Add values with budget left to record `index` while at least k input rows hold the enlarged record.

        The candidates are the values its support rows hold in columns the record leaves empty: those held by at
        least k of them keep the support at k or more (counted on a sample of large supports, then checked exactly).
        They are tried in order of the pair deficits they would fill (values seen in the same real records,
        chosen toward pairs the synthetic data still lacks), else at random.
        """
        k = self.k
        n_values = self.n_values
        kept = self.record_values[index]
        record = self.records[index]
        # Only the columns the record leaves empty and that still have a value with budget can extend it.
        if not ((record < 0) & (self.column_budget > 0)).any():
            return
        sample = support
        if len(sample) > _SAMPLE_ROWS:
            sample = sample[self.rng.integers(0, len(sample), _SAMPLE_ROWS)]
        counts = np.bincount(self.value_ids[sample].reshape(-1), minlength=n_values + 1)[:n_values]
        fits = (counts >= k * len(sample) / len(support)) & (self.budget_array > 0)
        candidates = np.flatnonzero(fits & (record[self.column_of_array] < 0))
        if len(candidates) == 0:
            return
        # Candidates stay a superset of what fits as the record grows (its support only shrinks); the gains follow
        # the values added, and every candidate is checked exactly on the current support before it is added.
        if self.steer is not None:
            gains = self.steer.gains(kept, candidates).astype(np.float64)
        else:
            gains = self.rng.random(len(candidates))
        failures = 0
        while failures < _EXTENSION_TRIES:
            best = int(np.argmax(gains))
            if gains[best] == -np.inf:
                return
            gains[best] = -np.inf
            value = int(candidates[best])
            column = self.column_of[value]
            if record[column] >= 0 or self.budget[value] <= 0:
                continue
            enlarged = self._filter(support, value)
            if len(enlarged) < k:
                failures += 1
                continue
            support = enlarged
            record[column] = self.code_of[value]
            if self.steer is not None:
                self.steer.add_value(value, kept)
                gains += self.steer.gains([value], candidates)
            kept.append(value)
            self.budget[value] -= 1
            self.budget_array[value] -= 1
            self.column_budget[column] -= 1
            self.done += 1

    def redact_real_records(self) -> None:
        self.progress.report(
            self.done, self.total_work, translate("Synthesis", "Making synthetic records from real ones")
        )
        for row in self.rng.permutation(len(self.filled)).tolist():
            self.tick("Making synthetic records from real ones")
            m = int(self.filled[row])
            if m:
                support = self.build(self.ordered[row, :m].tolist())
                if support is not None:
                    self._keep_support(support)

    def extend_redacted_records(self) -> None:
        """Give leftover budget to the records made from real ones, where their support rows allow it."""
        for index in self.rng.permutation(len(self.records)).tolist():
            if not self.budget_array.any():
                return
            self.tick("Adding redacted values to synthetic records")
            support = self.supports[index]
            self.extend(index, self.support_of(self.record_values[index]) if support is None else support)
        self.supports = []

    def use_up_budgets(self) -> None:
        budget = np.array(self.budget, dtype=np.float64)
        while budget.sum() > 0:
            # Draw a batch of values weighted by budget; a value whose budget ran out meanwhile is skipped.
            left = np.flatnonzero(budget > 0)
            batch = self.rng.choice(left, size=min(4096, int(budget.sum())), p=budget[left] / budget[left].sum())
            picks = self.rng.random(len(batch))
            for value, pick in zip(batch.tolist(), picks.tolist(), strict=True):
                if self.budget[value] <= 0:
                    continue
                self.tick("Making synthetic records from redacted values")
                holders = self.rows_of_value[value]
                seed_row = int(holders[int(pick * len(holders))])
                seed_values = self.ordered[seed_row, : int(self.filled[seed_row])].tolist()
                seed_values.remove(value)
                support = self.build([value, *seed_values])
                if support is not None:
                    self.extend(len(self.records) - 1, support)
            budget = np.array(self.budget, dtype=np.float64)


def synthesize_kanon(table: EncodedTable, params: KAnonParams, progress: Progress) -> SynthesisResult:
    """Synthetic records and protected aggregates with reporting resolution k (see the module docstring)."""
    validate_kanon_params(params)
    timings: dict[str, float] = {}
    started = time.perf_counter()
    # Counting takes roughly a third of the time on CTDC-shaped tables, making records the rest.
    parts = stages(progress, {"aggregates": 3, "steering pairs": 0, "records": 7})
    aggregates = protected_aggregates(table, params.k, params.reporting_length, parts["aggregates"])
    timings["aggregates"] = time.perf_counter() - started

    started = time.perf_counter()
    pairs = aggregates.by_length.get(2)
    if pairs is None and table.n_columns > 1:
        # Reporting length 1: the pair counts that steer synthesis are protected the same way, just not released.
        pairs = protected_aggregates(table, params.k, 2, parts["steering pairs"]).by_length[2]
    rng = np.random.default_rng(params.seed)
    synthesizer = _Synthesizer(table, params.k, rng, parts["records"], pairs)
    synthesizer.redact_real_records()
    synthesizer.extend_redacted_records()
    synthesizer.use_up_budgets()
    progress.report(1000, 1000, translate("Synthesis", "Synthetic records ready"))
    check_cancelled(progress)
    if synthesizer.records:
        # Records come out grouped by how they were made; shuffle so row order tells nothing.
        codes = np.vstack(synthesizer.records)
        codes = codes[synthesizer.rng.permutation(len(codes))]
    else:
        codes = np.zeros((0, table.n_columns), dtype=np.int32)
    timings["records"] = time.perf_counter() - started

    notes: list[str] = []
    if params.k > table.n_records:
        notes.append(
            translate(
                "Synthesis",
                "k ({0}) is larger than the number of records ({1}): every value is rarer than k, so nothing can be "
                "released. Use a smaller k only if the release rules allow it, or wait for more records.",
            ).format(params.k, table.n_records)
        )
    elif len(codes) == 0:
        notes.append(
            translate(
                "Synthesis",
                "No value is shared by {0} or more records, so nothing can be released. Group rare answers into "
                "broader categories in the recode step.",
            ).format(params.k)
        )
    # How the method works, said where the user sees the output: blanks and extra records look like errors otherwise.
    if len(codes) and (codes == MISSING).any():
        notes.append(
            translate(
                "Synthesis",
                "A blank cell in the synthetic records means the value was withheld for privacy (too few records, "
                "fewer than k = {0}, share it with the rest of the record) or was not recorded in your data.",
            ).format(params.k)
        )
    if len(codes) > table.n_records:
        notes.append(
            translate(
                "Synthesis",
                "There are more synthetic records ({0}) than real ones ({1}): values left over once the full records "
                "were made are released in extra, shorter records, so that every value keeps its count rounded down "
                "to a multiple of k.",
            ).format(count_text(len(codes)), count_text(table.n_records))
        )
    return SynthesisResult(
        records=decode_records(table, codes),
        aggregates=aggregates,
        method="kanon",
        parameters={"k": params.k, "reporting_length": params.reporting_length, "seed": params.seed},
        timings=timings,
        notes=tuple(notes),
    )
