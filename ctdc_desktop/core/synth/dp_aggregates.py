"""Stage one of the DP release: the protected aggregates, the only stage that reads the data.

A noisy record count, a DP bound on values per record (longer records keep a random subset), then for each length
k = 1..L discrete Gaussian noise on the count of every candidate combination and a threshold that drops what noise
alone could have raised; last, post-processing makes counts consistent and renames values to the released ones. The
method, its sources and the budget split are described in `dp_synthesis`; the argument in docs/privacy.md.

The random draws here (noise, which values a long record keeps) are never seeded: `DpParams.seed` reaches only the
records.
"""

from __future__ import annotations

import math
import secrets
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from ctdc_desktop.core.progress import Progress, Stages, check_cancelled, stages
from ctdc_desktop.core.synth import accounting
from ctdc_desktop.core.synth.combinations import count_combinations
from ctdc_desktop.core.synth.dp_tuning import TUNING
from ctdc_desktop.core.synth.model import (
    FABRICATION_MODES,
    Aggregates,
    CombinationCounts,
    DpParams,
    ParameterError,
    PrivacySpent,
    SynthInputError,
)
from ctdc_desktop.core.synth.noise import add_discrete_gaussian, opendp_prelude, tail_threshold
from ctdc_desktop.core.synth.table import MISSING, EncodedTable
from ctdc_desktop.core.translation import translate


def value_percentile(epsilon: float) -> float:
    """Which percentile of values per record becomes the bound M, for a run at this epsilon. Records above it keep a
    random subset of their values; with little noise (high epsilon) that truncation's bias dominates, so the bound is
    set higher there. Epsilon is public, so choosing by it costs nothing."""
    if epsilon >= TUNING.high_percentile_from_epsilon:
        return TUNING.value_percentile_high
    return TUNING.value_percentile


_CANDIDATE_CHUNK = 500_000  # candidate rows built at a time, to keep memory flat on 8 GB laptops


def fabrication_chances(mode: str, reporting_length: int, n_columns: int) -> dict[int, float]:
    """Per length k >= 2, the chance a zero-count candidate is released, for a fabrication mode and a table of
    `n_columns` columns (public: the release names its columns). The threshold is the noise quantile for that chance;
    0.5 means threshold 0 (only positive counts kept).

    Narrow tables get the higher chance for pairs: their records hold only released pairs, so a real pair under the
    threshold is lost to them, and a lower threshold lists more of them."""
    lengths = range(2, reporting_length + 1)
    pair = TUNING.narrow_pair_chance if n_columns <= TUNING.narrow_table_columns else TUNING.pair_chance
    if mode == "uncontrolled":
        return dict.fromkeys(lengths, 0.5)
    if mode == "balanced":
        # Controlling 2-counts stops most fabrication from spreading to longer combinations (as SDS's balanced mode);
        # longer ones get a milder threshold.
        return {k: (pair if k == 2 else TUNING.longer_chance) for k in lengths}
    if mode == "progressive":
        span = max(reporting_length - 2, 1)
        return {k: pair + (0.5 - pair) * (k - 2) / span for k in lengths}
    if mode == "minimize":
        return dict.fromkeys(lengths, TUNING.minimize_chance)
    raise SynthInputError(
        translate(
            "Synthesis", "Unknown fabrication control '{0}'. Choose one of: {1} (balanced is the default)."
        ).format(mode, ", ".join(FABRICATION_MODES))
    )


def check_dp_params(params: DpParams) -> None:
    if not (isinstance(params.epsilon, int | float) and math.isfinite(params.epsilon) and params.epsilon > 0):
        raise ParameterError(
            "epsilon",
            translate(
                "Synthesis", "Epsilon must be a positive number (it was {0!r}); 4 is the default of the 2022 release."
            ).format(params.epsilon),
        )
    if params.delta is not None and not (math.isfinite(params.delta) and 0.0 < params.delta < 1e-2):
        raise ParameterError(
            "delta",
            translate(
                "Synthesis",
                "Delta must be a small positive number below 0.01 (it was {0!r}); leave it empty to derive it from the "
                "record count.",
            ).format(params.delta),
        )
    if not (isinstance(params.reporting_length, int) and params.reporting_length >= 1):
        raise ParameterError(
            "reporting_length",
            translate(
                "Synthesis",
                "The reporting length must be a whole number of at least 1 (it was {0!r}); 3 is the default.",
            ).format(params.reporting_length),
        )
    fabrication_chances(params.fabrication, max(params.reporting_length, 2), 1)


def _system_rng() -> np.random.Generator:
    # The random choices inside the DP mechanism (which values a long record keeps) must not be reproducible.
    return np.random.default_rng(secrets.randbits(128))


def dp_value_bound(
    values_per_record: npt.NDArray[np.integer], n_columns: int, rho: float, percentile: float = TUNING.value_percentile
) -> int:
    """A DP estimate of a percentile (alpha, public) of values per record: OpenDP's quantile scores with
    report-noisy-max, calibrated to cost exactly `rho` of zCDP for adding or removing one record."""
    dp = opendp_prelude()
    candidates = list(range(1, n_columns + 1))
    data = np.asarray(values_per_record, dtype=np.int32)

    def make(scale: float) -> Any:
        scores = dp.t.make_quantile_score_candidates(
            dp.vector_domain(dp.atom_domain(T="i32")), dp.symmetric_distance(), candidates, alpha=percentile
        )
        return scores >> dp.m.then_noisy_max(dp.zero_concentrated_divergence(), scale=scale, negate=True)

    scale = dp.binary_search_param(make, d_in=1, d_out=rho)
    return int(candidates[make(scale)(data)])


def _truncate_records(codes: npt.NDArray[np.int32], bound: int) -> npt.NDArray[np.int32]:
    """Records with more than `bound` values keep a uniformly random `bound` of them (the others become missing)."""
    present = codes != MISSING
    per_record = present.sum(axis=1)
    over = np.flatnonzero(per_record > bound)
    if len(over) == 0:
        return codes
    out = codes.copy()
    keys = _system_rng().random((len(over), codes.shape[1]))
    keys[~present[over]] = 2.0  # missing cells sort last and are never kept
    rank = np.argsort(np.argsort(keys, axis=1), axis=1)
    drop = rank >= bound
    block = out[over]
    block[drop] = MISSING
    out[over] = block
    return out


class _Keys:
    """Each value of each column gets one attribute number; a combination is the base-A number of its attributes."""

    def __init__(self, cardinalities: npt.NDArray[np.int64], reporting_length: int) -> None:
        self.offset = np.concatenate(([0], np.cumsum(cardinalities)[:-1])).astype(np.int64)
        self.base = int(cardinalities.sum()) + 1
        if self.base ** max(reporting_length, 1) >= 2**62:
            raise SynthInputError(
                translate(
                    "Synthesis",
                    "The table has {0} different values in all, too many for combinations of {1}. Group rare "
                    "categories in the recode step or lower the reporting length.",
                ).format(self.base - 1, reporting_length)
            )
        self.column_of_attr = np.repeat(np.arange(len(cardinalities)), cardinalities).astype(np.int64)
        self.code_of_attr = np.concatenate([np.arange(c) for c in cardinalities]).astype(np.int64)

    def attrs(self, counts: CombinationCounts) -> npt.NDArray[np.int64]:
        return self.offset[counts.column_index.astype(np.int64)] + counts.value_code.astype(np.int64)

    def key(self, attrs: npt.NDArray[np.int64]) -> npt.NDArray[np.int64]:
        out = np.zeros(attrs.shape[0], dtype=np.int64)
        for j in range(attrs.shape[1]):
            out = out * self.base + attrs[:, j]
        return out


def _lookup(sorted_keys: npt.NDArray[np.int64], keys: npt.NDArray[np.int64]) -> npt.NDArray[np.intp]:
    """Index of each key in `sorted_keys`, or -1 when absent."""
    if len(sorted_keys) == 0:
        return np.full(len(keys), -1, dtype=np.intp)
    at = np.searchsorted(sorted_keys, keys)
    at_clipped = np.minimum(at, len(sorted_keys) - 1)
    return np.where(sorted_keys[at_clipped] == keys, at_clipped, -1)


def _candidates(
    keys: _Keys,
    previous: npt.NDArray[np.int64],
    previous_sorted_keys: npt.NDArray[np.int64],
    singles: npt.NDArray[np.int64],
    progress: Progress,
) -> npt.NDArray[np.int64]:
    """All combinations one value longer than the released ones whose every shorter sub-combination was released.

    `previous` holds released (k-1)-combinations as attribute rows (ascending); each is extended by every released
    single value of a later column, then kept when each of its other (k-1)-sub-combinations is released too."""
    if len(previous) == 0 or len(singles) == 0:
        return np.zeros((0, previous.shape[1] + 1), dtype=np.int64)
    k_minus_1 = previous.shape[1]
    last_column = keys.column_of_attr[previous[:, -1]]
    single_columns = keys.column_of_attr[singles]
    order = np.argsort(single_columns, kind="stable")
    singles, single_columns = singles[order], single_columns[order]
    # For each previous combination, the released singles of later columns are a suffix of `singles`.
    first_later = np.searchsorted(single_columns, last_column, side="right")
    extensions = len(singles) - first_later
    pieces: list[npt.NDArray[np.int64]] = []
    chunk_rows = max(1, _CANDIDATE_CHUNK // max(int(extensions.mean()) if len(extensions) else 1, 1))
    for start in range(0, len(previous), chunk_rows):
        check_cancelled(progress)
        rows = np.arange(start, min(start + chunk_rows, len(previous)))
        n_ext = extensions[rows]
        parent = np.repeat(rows, n_ext)
        within = np.arange(int(n_ext.sum())) - np.repeat(np.cumsum(n_ext) - n_ext, n_ext)
        value = singles[np.repeat(first_later[rows], n_ext) + within]
        combos = np.concatenate((previous[parent], value[:, None]), axis=1)
        ok = np.ones(len(combos), dtype=bool)
        for drop in range(k_minus_1 if k_minus_1 > 1 else 0):
            sub = np.delete(combos, drop, axis=1)
            ok &= _lookup(previous_sorted_keys, keys.key(sub)) >= 0
        pieces.append(combos[ok])
        progress.report(int(rows[-1]) + 1, len(previous), translate("Progress", "Listing candidate combinations"))
    return np.concatenate(pieces) if pieces else np.zeros((0, k_minus_1 + 1), dtype=np.int64)


@dataclass(frozen=True)
class _Released:
    attrs: npt.NDArray[np.int64]  # (m, k) attribute numbers, ascending
    keys: npt.NDArray[np.int64]  # sorted
    counts: npt.NDArray[np.float64]


def _release_length(
    k: int,
    candidates: npt.NDArray[np.int64],
    exact_keys: npt.NDArray[np.int64],
    exact_counts: npt.NDArray[np.int64],
    keys: _Keys,
    sigma: float,
    threshold: float,
    progress: Progress,
) -> _Released:
    candidate_keys = keys.key(candidates)
    at = _lookup(exact_keys, candidate_keys)
    true_counts = np.where(at >= 0, exact_counts[np.maximum(at, 0)], 0)
    noisy = add_discrete_gaussian(
        true_counts, sigma, progress, translate("Progress", "Adding noise to combinations of {0}").format(k)
    )
    keep = (noisy > threshold) & (noisy > 0)
    kept_keys = candidate_keys[keep]
    order = np.argsort(kept_keys)
    return _Released(candidates[keep][order], kept_keys[order], noisy[keep][order].astype(np.float64))


def _make_consistent(released: dict[int, _Released], keys: _Keys, record_count: float) -> None:
    """Post-processing: clip 1-counts at the record count and every longer count at the least of its parents."""
    if 1 in released:
        np.minimum(released[1].counts, max(record_count, 0.0), out=released[1].counts)
    for k in sorted(released):
        if k == 1:
            continue
        parents = released[k - 1]
        mine = released[k]
        for drop in range(k):
            sub_keys = keys.key(np.delete(mine.attrs, drop, axis=1))
            at = _lookup(parents.keys, sub_keys)
            # Every parent was released (that is how candidates are made); guard anyway.
            parent_counts = np.where(at >= 0, parents.counts[np.maximum(at, 0)], 0.0)
            np.minimum(mine.counts, parent_counts, out=mine.counts)


def _to_counts(released: _Released, keys: _Keys, k: int) -> CombinationCounts:
    keep = released.counts >= 1
    attrs = released.attrs[keep]
    return CombinationCounts(
        column_index=keys.column_of_attr[attrs].astype(np.int16).reshape(-1, k),
        value_code=keys.code_of_attr[attrs].astype(np.int32).reshape(-1, k),
        count=released.counts[keep].astype(np.float64),
    )


@dataclass(frozen=True)
class DpAggregatesResult:
    """The DP aggregates and what they cost; everything here is safe to publish."""

    aggregates: Aggregates
    privacy: PrivacySpent
    parameters: dict[str, float | int | str | None]
    noise_scales: dict[int, float]  # sigma per length, also among `parameters` (the records' stage weighs by them)


def dp_aggregates(table: EncodedTable, params: DpParams, progress: Progress) -> DpAggregatesResult:
    """Stage one of the DP release: the protected record count and counts of combinations of up to L values."""
    check_dp_params(params)
    length = min(params.reporting_length, table.n_columns)
    parts = stages(progress, _stage_weights(length))
    # Said before the first noise draw, which loads OpenDP (about a second on a slow laptop).
    parts["count"].report(0, 1, translate("Progress", "Counting records"))
    check_cancelled(progress)

    # 1. Record count (its cost depends on epsilon only, so that delta may be derived from it).
    record_count, delta, split = _protected_record_count(table, params, length)
    parts["count"].report(1, 1, translate("Progress", "Counting records"))
    check_cancelled(progress)

    # 2. DP bound on values per record; longer records keep a random subset.
    values_per_record = (table.codes != MISSING).sum(axis=1)
    bound = dp_value_bound(values_per_record, table.n_columns, split.rho_percentile, value_percentile(params.epsilon))
    codes = _truncate_records(table.codes, bound)
    bounded = EncodedTable(columns=table.columns, values=table.values, codes=codes)
    parts["bound"].report(1, 1, translate("Progress", "Bounding each record's contribution"))

    # Exact counts of the bounded table (the only pass over the data beyond the two above).
    exact = count_combinations(bounded, length, parts["exact"])
    keys = _Keys(table.cardinalities, length)
    exact_sorted = {k: _sorted_by_key(counts, keys) for k, counts in exact.items()}

    # 3. Noisy counts of the candidates of each length, thresholded.
    chances = fabrication_chances(params.fabrication, max(length, 2), table.n_columns)
    lengths = _release_lengths(exact_sorted, keys, bound, split, chances, length, parts)

    # 4. Post-processing.
    _make_consistent(lengths.released, keys, record_count)
    by_length = {k: _to_counts(r, keys, k) for k, r in lengths.released.items()}
    aggregates = _released_only(table, record_count, by_length)
    privacy = PrivacySpent(epsilon=split.epsilon_spent, delta=split.delta, rho=split.rho_spent)
    parameters = _public_parameters(params, delta, length, bound, split, record_count, lengths)
    return DpAggregatesResult(
        aggregates=aggregates, privacy=privacy, parameters=parameters, noise_scales=lengths.sigmas
    )


def _stage_weights(length: int) -> dict[str, float]:
    """Progress weights of stage one's parts (a rough share of the time each takes)."""
    weights = {"count": 1.0, "bound": 1.0, "exact": 8.0}
    for k in range(1, length + 1):
        weights[f"candidates{k}"] = 1.0 * k
        weights[f"noise{k}"] = 2.0 * k
    return weights


def _protected_record_count(
    table: EncodedTable, params: DpParams, length: int
) -> tuple[float, float, accounting.BudgetSplit]:
    """The noisy record count, the delta of the run (derived from that count unless given) and the budget's split."""
    rho_count = accounting.record_count_rho(params.epsilon)
    sigma_count = accounting.gaussian_sigma(1.0, rho_count)
    noisy_count = float(add_discrete_gaussian(np.array([table.n_records]), sigma_count)[0])
    record_count = max(noisy_count, 0.0)
    delta = params.delta if params.delta is not None else accounting.default_delta(record_count)
    try:
        split = accounting.split_budget(params.epsilon, delta, length)
    except ValueError as error:
        raise SynthInputError(
            translate("Synthesis", "{0}. Raise delta or epsilon, or leave delta empty to derive it.").format(error)
        ) from error
    return record_count, delta, split


def _sorted_by_key(counts: CombinationCounts, keys: _Keys) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """Exact counts of one length as (sorted keys, counts), for lookups by key."""
    exact_keys = keys.key(keys.attrs(counts))
    order = np.argsort(exact_keys)
    return exact_keys[order], counts.count[order].astype(np.int64)


@dataclass(frozen=True)
class _LengthsReleased:
    """What step 3 released per length, and the public figures of how: noise scale, threshold, candidates listed."""

    released: dict[int, _Released]
    sigmas: dict[int, float]
    thresholds: dict[int, float]
    candidate_counts: dict[int, int]  # lengths 2 and up only: how many length-1 candidates there are is not public


def _release_lengths(
    exact_sorted: dict[int, tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]],
    keys: _Keys,
    bound: int,
    split: accounting.BudgetSplit,
    chances: dict[int, float],
    length: int,
    parts: Stages,
) -> _LengthsReleased:
    """Noisy, thresholded counts of every candidate of lengths 1..`length`; stops early when a length releases
    nothing (nothing longer can be a candidate) or the bound leaves no combination of that length."""
    out = _LengthsReleased({}, {}, {}, {})
    released = out.released
    for k in range(1, length + 1):
        stage = parts[f"noise{k}"]
        parts[f"candidates{k}"].report(0, 1, translate("Progress", "Listing candidate combinations"))
        contributions = math.comb(bound, k)
        if contributions == 0:
            break
        sigma = accounting.gaussian_sigma(math.sqrt(contributions), split.rho_marginals[k - 1])
        out.sigmas[k] = sigma
        if k == 1:
            # A value only the added record holds (at most `bound` of them, count 1 each) must stay hidden with
            # probability 1 - delta_threshold: P(1 + Z > t) <= delta_threshold / bound for each.
            threshold = 1.0 + tail_threshold(sigma, split.delta_threshold / bound)
            present = exact_sorted[1][0]
            candidates = _key_to_attrs(present, keys, 1)
        else:
            threshold = float(tail_threshold(sigma, chances[k])) if chances[k] < 0.5 else 0.0
            candidates = _candidates(
                keys,
                released[k - 1].attrs,
                released[k - 1].keys,
                released[1].attrs[:, 0],
                parts[f"candidates{k}"],
            )
        out.thresholds[k] = threshold
        if k > 1:
            # Public: built from released combinations only. The length-1 candidates are the data's own values, and
            # how many there are is not released.
            out.candidate_counts[k] = len(candidates)
        released[k] = _release_length(k, candidates, *exact_sorted[k], keys, sigma, threshold, stage)
        if len(released[k].keys) == 0:
            break
    return out


def _public_parameters(
    params: DpParams,
    delta: float,
    length: int,
    bound: int,
    split: accounting.BudgetSplit,
    record_count: float,
    lengths: _LengthsReleased,
) -> dict[str, float | int | str | None]:
    """The run's settings and the DP figures it published (all public: none is computed from the data unprotected)."""
    parameters: dict[str, float | int | str | None] = {
        "epsilon": params.epsilon,
        "delta": delta,
        "delta_derived": "yes" if params.delta is None else "no",
        "reporting_length": length,
        "fabrication": params.fabrication,
        "seed": params.seed,
        "values_per_record_bound": bound,
        "rho": split.rho_spent,
        "protected_record_count": record_count,
    }
    for k in lengths.sigmas:
        parameters[f"sigma_{k}"] = lengths.sigmas[k]
        parameters[f"threshold_{k}"] = lengths.thresholds[k]
        if k in lengths.candidate_counts:
            parameters[f"candidates_{k}"] = lengths.candidate_counts[k]
    return parameters


def _released_only(table: EncodedTable, record_count: float, by_length: dict[int, CombinationCounts]) -> Aggregates:
    """Aggregates that name only released values. The input's own list of categories is data too (a country that
    occurs once would show in it), so each column's values are renumbered to those its released 1-counts list."""
    ones = by_length.get(1)
    values: list[tuple[str, ...]] = []
    new_code: list[npt.NDArray[np.int32]] = []
    for j, labels in enumerate(table.values):
        kept = np.zeros(0, dtype=np.int64)
        if ones is not None and len(ones):
            kept = np.sort(ones.value_code[ones.column_index[:, 0] == j, 0].astype(np.int64))
        mapping = np.full(len(labels), -1, dtype=np.int32)
        mapping[kept] = np.arange(len(kept), dtype=np.int32)
        new_code.append(mapping)
        values.append(tuple(labels[int(c)] for c in kept))
    renumbered: dict[int, CombinationCounts] = {}
    for k, counts in by_length.items():
        codes = np.empty_like(counts.value_code)
        for position in range(k):
            columns = counts.column_index[:, position].astype(np.int64)
            for j in np.unique(columns):
                rows = columns == j
                codes[rows, position] = new_code[int(j)][counts.value_code[rows, position]]
        renumbered[k] = CombinationCounts(counts.column_index, codes, counts.count)
    return Aggregates(columns=table.columns, values=tuple(values), record_count=record_count, by_length=renumbered)


def _key_to_attrs(sorted_keys: npt.NDArray[np.int64], keys: _Keys, k: int) -> npt.NDArray[np.int64]:
    out = np.zeros((len(sorted_keys), k), dtype=np.int64)
    rest = sorted_keys.copy()
    for j in range(k - 1, -1, -1):
        out[:, j] = rest % keys.base
        rest //= keys.base
    return out
