"""Statistical tests of the DP noise: a wrong scale, a bias or a lopsided sampler fails them."""

from __future__ import annotations

import math

import numpy as np
import pytest

from ctdc_desktop.core.progress import Cancelled, RecordingProgress
from ctdc_desktop.core.synth.noise import (
    add_discrete_gaussian,
    discrete_gaussian_noise,
    discrete_gaussian_tail,
    discrete_gaussian_variance,
    tail_threshold,
)

DRAWS = 40_000


@pytest.fixture(scope="module")
def draws_sigma_4() -> np.ndarray:
    return discrete_gaussian_noise(DRAWS, 4.0)


def test_scale_matches_sigma(draws_sigma_4: np.ndarray) -> None:
    # The sample std has a relative standard error of 1/sqrt(2n) = 0.35 %; 2 % is > 5 standard errors, and a sampler
    # with sigma 10 % off (4.4 or 3.6) lands far outside it.
    expected = math.sqrt(discrete_gaussian_variance(4.0))
    assert abs(draws_sigma_4.std() / expected - 1.0) < 0.02


def test_variance_of_discrete_gaussian_is_close_to_sigma_squared_for_moderate_sigma() -> None:
    assert discrete_gaussian_variance(4.0) == pytest.approx(16.0, rel=1e-6)
    # For small sigma the lattice matters: the variance is clearly below sigma^2.
    assert discrete_gaussian_variance(0.5) < 0.25 * 0.9


def test_noise_is_centred_and_symmetric(draws_sigma_4: np.ndarray) -> None:
    # Mean: standard error 4/sqrt(40000) = 0.02; allow 5 of them.
    assert abs(draws_sigma_4.mean()) < 0.1
    positive = int((draws_sigma_4 > 0).sum())
    negative = int((draws_sigma_4 < 0).sum())
    # Each side is binomial with n ~ 36,000 and p = 1/2: standard error about 95 on the difference's half.
    assert abs(positive - negative) < 5 * math.sqrt(positive + negative)
    # Odd moment near zero too: a skewed sampler fails this.
    assert abs(np.mean(draws_sigma_4.astype(float) ** 3)) < 5 * math.sqrt(15 * 4.0**6 / DRAWS)


def test_tail_frequency_matches_exact_tail(draws_sigma_4: np.ndarray) -> None:
    p = discrete_gaussian_tail(4.0, 6)
    observed = float((draws_sigma_4 > 6).mean())
    assert abs(observed - p) < 5 * math.sqrt(p * (1 - p) / DRAWS)


def test_noise_is_integer_and_keeps_shape() -> None:
    counts = np.arange(12, dtype=np.int64).reshape(3, 4)
    noisy = add_discrete_gaussian(counts, 2.0)
    assert noisy.shape == (3, 4)
    assert noisy.dtype == np.int64


def test_noise_is_not_seeded_two_draws_differ() -> None:
    a = discrete_gaussian_noise(1000, 5.0)
    b = discrete_gaussian_noise(1000, 5.0)
    assert not np.array_equal(a, b)


def test_empty_and_bad_sigma() -> None:
    assert discrete_gaussian_noise(0, 1.0).shape == (0,)
    with pytest.raises(ValueError, match="sigma"):
        discrete_gaussian_noise(10, 0.0)
    with pytest.raises(ValueError, match="sigma"):
        discrete_gaussian_noise(10, float("nan"))


def test_large_vectors_report_progress_and_can_be_cancelled() -> None:
    progress = RecordingProgress()
    discrete_gaussian_noise(100_000, 3.0, progress)
    assert progress.reports and progress.reports[-1][0] == progress.reports[-1][1] == 100_000
    with pytest.raises(Cancelled):
        discrete_gaussian_noise(1_000_000, 3.0, RecordingProgress(cancel_after=1))


def test_exact_tail_against_hand_sum() -> None:
    # sigma = 1: weights exp(-z^2/2); P(Z > 1) = sum_{z>=2} w(z) / sum_z w(z).
    z = np.arange(-60, 61)
    w = np.exp(-(z**2) / 2.0)
    assert discrete_gaussian_tail(1.0, 1) == pytest.approx(w[z >= 2].sum() / w.sum(), rel=1e-12)
    # Threshold search: the smallest t with tail <= p.
    t = tail_threshold(3.0, 0.01)
    assert discrete_gaussian_tail(3.0, t) <= 0.01 < discrete_gaussian_tail(3.0, t - 1)
