"""Budget accounting against hand-computed values (Bun–Steinke 2016; Canonne–Kamath–Steinke 2020)."""

from __future__ import annotations

import math

import numpy as np
import pytest

from ctdc_desktop.core.synth.accounting import (
    bun_steinke_epsilon,
    default_delta,
    epsilon_to_zcdp,
    gaussian_rho,
    gaussian_sigma,
    pure_to_zcdp,
    record_count_rho,
    split_budget,
    zcdp_to_epsilon,
    zcdp_to_pure_epsilon,
)


def test_bun_steinke_by_hand() -> None:
    # 0.5 + 2 * sqrt(0.5 * ln(1e5)) = 0.5 + 2 * sqrt(5.7564627) = 0.5 + 2 * 2.3992630 = 5.2985260
    assert bun_steinke_epsilon(0.5, 1e-5) == pytest.approx(5.298526, abs=1e-6)


def _cks_by_grid(rho: float, delta: float) -> float:
    # An independent evaluation of Canonne–Kamath–Steinke Cor. 13 on a fine grid of orders alpha.
    alpha = 1.0 + np.exp(np.linspace(-12, 12, 400_001))
    eps = alpha * rho + (math.log(1 / delta) + alpha * np.log1p(-1 / alpha) - np.log(alpha - 1)) / (alpha - 1)
    return float(eps.min())


@pytest.mark.parametrize(("rho", "delta"), [(0.5, 1e-5), (0.1, 1e-6), (2.0, 1e-3), (0.01, 1e-8)])
def test_tight_conversion_matches_grid_and_beats_bun_steinke(rho: float, delta: float) -> None:
    eps = zcdp_to_epsilon(rho, delta)
    assert eps == pytest.approx(_cks_by_grid(rho, delta), rel=1e-6)
    assert eps < bun_steinke_epsilon(rho, delta)


def test_tight_conversion_hand_values() -> None:
    # rho = 0.5, delta = 1e-5:
    # eps(alpha) = alpha rho + (ln(1/delta) + alpha ln(1 - 1/alpha) - ln(alpha - 1)) / (alpha - 1)
    # alpha = 4: 2 + (11.512925 - 1.150728 - 1.098612) / 3 = 5.087862
    # alpha = 5: 2.5 + (11.512925 - 1.115718 - 1.386294) / 4 = 4.752728
    # alpha = 6: 3 + (11.512925 - 1.093929 - 1.609438) / 5 = 4.761912
    # so the minimum lies between alpha 5 and 6, a little below 4.7527.
    eps = zcdp_to_epsilon(0.5, 1e-5)
    assert eps <= 4.752728
    assert eps > 4.70


def test_epsilon_to_zcdp_is_the_inverse() -> None:
    for eps, delta in [(4.0, 1e-6), (1.0, 1e-5), (0.1, 1e-9)]:
        rho = epsilon_to_zcdp(eps, delta)
        assert zcdp_to_epsilon(rho, delta) == pytest.approx(eps, rel=1e-9)
        assert zcdp_to_epsilon(rho * 1.001, delta) > eps
        # Better than inverting Bun–Steinke: (sqrt(eps + ln(1/d)) - sqrt(ln(1/d)))^2
        bs = (math.sqrt(eps + math.log(1 / delta)) - math.sqrt(math.log(1 / delta))) ** 2
        assert rho > bs


def test_pure_and_gaussian_costs_by_hand() -> None:
    assert pure_to_zcdp(1.0) == 0.5
    assert zcdp_to_pure_epsilon(0.5) == pytest.approx(1.0)
    assert gaussian_sigma(1.0, 0.5) == pytest.approx(1.0)
    assert gaussian_sigma(3.0, 0.125) == pytest.approx(6.0)  # 3 / sqrt(0.25)
    assert gaussian_rho(3.0, 6.0) == pytest.approx(0.125)
    with pytest.raises(ValueError):
        gaussian_sigma(1.0, 0.0)


def test_default_delta_by_hand() -> None:
    assert default_delta(1000) == pytest.approx(1 / (1000 * math.log(1000)))
    assert default_delta(1000) == pytest.approx(1.4476e-4, rel=1e-4)
    assert default_delta(1) == default_delta(10)  # tiny tables use the floor of 10 records
    assert default_delta(100_000) < 1 / 100_000


def test_split_adds_up_and_spends_exactly_epsilon() -> None:
    split = split_budget(4.0, 1e-6, 3)
    assert split.delta_threshold + split.delta_conversion == pytest.approx(1e-6)
    assert split.rho_spent == pytest.approx(split.rho_total, rel=1e-12)
    assert split.epsilon_spent == pytest.approx(4.0, rel=1e-9)
    assert split.rho_record_count == pytest.approx(record_count_rho(4.0))
    # The marginal budget is split evenly over the lengths by default...
    r1, r2, r3 = split.rho_marginals
    assert r1 == pytest.approx(r2) and r2 == pytest.approx(r3)
    # ...and in proportion to explicit weights.
    weighted = split_budget(4.0, 1e-6, 3, weights=(1.0, 2.0, 3.0))
    w1, w2, w3 = weighted.rho_marginals
    assert w2 == pytest.approx(2 * w1) and w3 == pytest.approx(3 * w1)
    assert sum(weighted.rho_marginals) == pytest.approx(sum(split.rho_marginals))


def test_split_refuses_bad_arguments() -> None:
    with pytest.raises(ValueError):
        split_budget(4.0, 0.0, 3)
    with pytest.raises(ValueError):
        split_budget(4.0, 1e-6, 0)
    with pytest.raises(ValueError):
        epsilon_to_zcdp(-1.0, 1e-6)
