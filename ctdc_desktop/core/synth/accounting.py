"""Privacy budget bookkeeping for the DP release: conversions between (epsilon, delta) and zCDP's rho, and the split.

Why zCDP: the release adds Gaussian noise to many counts at several combination lengths and composes a few small
mechanisms (record count, a percentile). Under zero-concentrated DP (Bun & Steinke 2016, "Concentrated Differential
Privacy: Simplifications, Extensions, and Lower Bounds") the costs simply add up as rho values, and the Gaussian
mechanism with L2 sensitivity D and standard deviation s costs exactly D^2 / (2 s^2). The discrete Gaussian we use has
the same cost (Canonne, Kamath & Steinke 2020, "The Discrete Gaussian for Differential Privacy", Thm 4).

Only at the end is rho turned into the (epsilon, delta) a reader expects, with the tight conversion of Canonne, Kamath
& Steinke 2020 (Prop. 12 / Cor. 13); the simpler Bun–Steinke bound rho + 2 sqrt(rho ln(1/delta)) is kept as a check.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from ctdc_desktop.core.synth.dp_tuning import TUNING

# Shares of the zCDP budget (`TUNING.record_count_share`, `TUNING.percentile_share`): the record count and the
# percentile are one number each and need little; the rest goes to the marginals, whose accuracy the release is about.


def bun_steinke_epsilon(rho: float, delta: float) -> float:
    """epsilon such that rho-zCDP implies (epsilon, delta)-DP, by Bun & Steinke 2016 Prop. 1.3 (simple, loose)."""
    _check_rho_delta(rho, delta)
    return rho + 2.0 * math.sqrt(rho * math.log(1.0 / delta))


def _epsilon_at_order(rho: float, delta: float, alpha: float) -> float:
    # Canonne, Kamath & Steinke 2020, Cor. 13, solved for epsilon at one Rényi order alpha > 1:
    # delta = exp((alpha-1)(alpha rho - eps)) / (alpha-1) * (1 - 1/alpha)^alpha
    return alpha * rho + (math.log(1.0 / delta) + alpha * math.log1p(-1.0 / alpha) - math.log(alpha - 1.0)) / (
        alpha - 1.0
    )


def zcdp_to_epsilon(rho: float, delta: float) -> float:
    """The smallest epsilon such that rho-zCDP implies (epsilon, delta)-DP (Canonne–Kamath–Steinke 2020, Cor. 13).

    The bound is minimised over the Rényi order alpha; the function of alpha is convex, so a golden-section search on
    log(alpha - 1) finds the minimum to float precision. Never larger than `bun_steinke_epsilon`.
    """
    _check_rho_delta(rho, delta)
    if rho == 0.0:
        return 0.0
    # Search x = ln(alpha - 1) over a range wide enough for any rho and delta we meet (alpha from 1+1e-9 to 1+1e9).
    lo, hi = -20.7, 20.7
    golden = (math.sqrt(5.0) - 1.0) / 2.0

    def f(x: float) -> float:
        return _epsilon_at_order(rho, delta, 1.0 + math.exp(x))

    a, b = hi - golden * (hi - lo), lo + golden * (hi - lo)
    fa, fb = f(a), f(b)
    for _ in range(100):
        if fa < fb:
            hi, b, fb = b, a, fa
            a = hi - golden * (hi - lo)
            fa = f(a)
        else:
            lo, a, fa = a, b, fb
            b = lo + golden * (hi - lo)
            fb = f(b)
    best = min(fa, fb)
    # The tight bound can only improve on Bun–Steinke; guard against float trouble at extreme inputs.
    return max(0.0, min(best, bun_steinke_epsilon(rho, delta)))


def epsilon_to_zcdp(epsilon: float, delta: float) -> float:
    """The largest rho whose rho-zCDP guarantee implies (epsilon, delta)-DP, by bisection on `zcdp_to_epsilon`."""
    if not (epsilon > 0.0 and math.isfinite(epsilon)):
        raise ValueError("epsilon must be a positive number")
    _check_rho_delta(0.0, delta)
    lo, hi = 0.0, epsilon  # rho <= epsilon always suffices as an upper end: zcdp_to_epsilon(rho) >= rho
    for _ in range(100):
        mid = (lo + hi) / 2.0
        if zcdp_to_epsilon(mid, delta) <= epsilon:
            lo = mid
        else:
            hi = mid
    return lo


def pure_to_zcdp(epsilon: float) -> float:
    """An epsilon-DP mechanism is (epsilon^2 / 2)-zCDP (Bun & Steinke 2016, Prop. 1.4)."""
    return epsilon * epsilon / 2.0


def zcdp_to_pure_epsilon(rho: float) -> float:
    """The epsilon of a pure-DP mechanism that `pure_to_zcdp` charges `rho` for."""
    return math.sqrt(2.0 * rho)


def gaussian_sigma(l2_sensitivity: float, rho: float) -> float:
    """Standard deviation (scale) of (discrete) Gaussian noise that makes a query of this L2 sensitivity rho-zCDP."""
    if rho <= 0.0:
        raise ValueError("rho must be positive")
    return l2_sensitivity / math.sqrt(2.0 * rho)


def gaussian_rho(l2_sensitivity: float, sigma: float) -> float:
    """The zCDP cost of (discrete) Gaussian noise of scale `sigma` on a query of this L2 sensitivity."""
    if sigma <= 0.0:
        raise ValueError("sigma must be positive")
    return l2_sensitivity * l2_sensitivity / (2.0 * sigma * sigma)


def default_delta(record_count: float) -> float:
    """delta derived from the (protected) record count: 1 / (n ln n), the default of SDS and pac-synth.

    It is well below 1/n, the level at which a mechanism could leak one whole record. Small tables are treated as
    if they had 10 records so that delta stays meaningful (below 1/20).
    """
    n = max(float(record_count), 10.0)
    return 1.0 / (n * math.log(n))


@dataclass(frozen=True)
class BudgetSplit:
    """How one DP run spends its budget. All rho values are zCDP; `delta` is the total delta of the claim."""

    epsilon: float  # the (epsilon, delta) claim the run was asked to meet
    delta: float
    delta_threshold: float  # the part of delta that covers values seen only in the data (1-count threshold)
    delta_conversion: float  # the part of delta used to turn rho into epsilon
    rho_total: float
    rho_record_count: float
    rho_percentile: float
    rho_marginals: tuple[float, ...]  # one per combination length 1..L

    @property
    def rho_spent(self) -> float:
        return self.rho_record_count + self.rho_percentile + sum(self.rho_marginals)

    @property
    def epsilon_spent(self) -> float:
        return zcdp_to_epsilon(self.rho_spent, self.delta_conversion)


# Relative weight of each combination length in the marginal budget. An even split measured best: more budget for the
# 1-counts lowers their threshold (fewer values suppressed), and the sampler rebuilds longer combinations from
# shorter ones, so their extra noise costs less than it seems (tests/benchmarks/bench_dp_vs_pacsynth.py; weights
# 1:2:3 gave 5-25 % higher mean relative error on the 1-counts of all three benchmark tables, and no gain elsewhere;
# docs/dev/dp_tuning.md, second and third rounds).
def length_weights(reporting_length: int) -> tuple[float, ...]:
    return tuple(1.0 for _ in range(reporting_length))


def record_count_rho(epsilon: float) -> float:
    """zCDP spent on the record count. It is fixed by epsilon alone (at a reference delta of 1e-6) because the count
    comes first: the default delta is derived from it, so its cost cannot depend on delta."""
    return TUNING.record_count_share * epsilon_to_zcdp(epsilon, 0.5e-6)


def split_budget(
    epsilon: float,
    delta: float,
    reporting_length: int,
    weights: tuple[float, ...] | None = None,
) -> BudgetSplit:
    """Split (epsilon, delta) for a run with marginals of lengths 1..`reporting_length`.

    Half of delta covers the 1-count threshold (values that occur only in the data), half the zCDP conversion. The
    zCDP budget then goes: `record_count_rho(epsilon)` to the record count, `TUNING.percentile_share` to the bound on
    values per record, and the rest to the lengths in proportion to `weights` (default `length_weights`).
    """
    if reporting_length < 1:
        raise ValueError("reporting length must be at least 1")
    if not (0.0 < delta < 1.0):
        raise ValueError("delta must be between 0 and 1")
    weights = weights if weights is not None else length_weights(reporting_length)
    if len(weights) != reporting_length or min(weights) <= 0.0:
        raise ValueError("one positive weight per combination length is needed")
    delta_threshold = delta / 2.0
    delta_conversion = delta - delta_threshold
    rho_total = epsilon_to_zcdp(epsilon, delta_conversion)
    rho_count = record_count_rho(epsilon)
    rho_percentile = TUNING.percentile_share * rho_total
    rho_left = rho_total - rho_count - rho_percentile
    if rho_left <= 0.0:
        raise ValueError("delta is too small for this epsilon: nothing would be left for the counts")
    total_weight = sum(weights)
    rho_marginals = tuple(rho_left * w / total_weight for w in weights)
    return BudgetSplit(
        epsilon=epsilon,
        delta=delta,
        delta_threshold=delta_threshold,
        delta_conversion=delta_conversion,
        rho_total=rho_total,
        rho_record_count=rho_count,
        rho_percentile=rho_percentile,
        rho_marginals=rho_marginals,
    )


def _check_rho_delta(rho: float, delta: float) -> None:
    if not (rho >= 0.0 and math.isfinite(rho)):
        raise ValueError("rho must be a non-negative number")
    if not (0.0 < delta < 1.0):
        raise ValueError("delta must be between 0 and 1")
