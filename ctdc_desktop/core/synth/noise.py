"""Noise for the DP release, from a vetted sampler: OpenDP's exact discrete Gaussian.

Why OpenDP and not numpy: floating-point Gaussian samplers leak through the pattern of the floats they produce
(Mironov 2012), and a seeded generator would let anyone with the seed undo the noise. OpenDP samples the discrete
Gaussian exactly from a cryptographic source (Canonne, Kamath & Steinke 2020, "The Discrete Gaussian for Differential
Privacy"). It is never seeded here, and nothing in this module accepts a seed.

The exact sampler costs about 10 µs a number, so large vectors go in chunks: the chunks run on two threads (OpenDP is
called through ctypes, which releases the GIL), and between chunks we report progress and honour cancel.

Also here: the exact tail of the discrete Gaussian, which the thresholds need.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from functools import lru_cache
from typing import Any

import numpy as np
import numpy.typing as npt

from ctdc_desktop.core.progress import NO_PROGRESS, Progress, check_cancelled
from ctdc_desktop.core.translation import translate

_CHUNK = 10_000  # numbers per OpenDP call: about 0.1 s of work, so cancel is seen well within a second
_THREADS = 2
_opendp_lock = threading.Lock()


@lru_cache(maxsize=1)
def opendp_prelude() -> Any:
    """OpenDP's prelude with the "contrib" features on. Imported on first use: the library is large and most of the
    app never needs it."""
    with _opendp_lock:
        import opendp.prelude as dp

        dp.enable_features("contrib")
        return dp


@lru_cache(maxsize=64)
def _vector_mechanism(scale: float) -> Callable[[list[int]], list[int]]:
    dp = opendp_prelude()
    domain = dp.vector_domain(dp.atom_domain(T="i32"))
    measurement = dp.m.make_gaussian(domain, dp.l2_distance(T="i32"), scale=scale)
    return measurement  # type: ignore[no-any-return]


def discrete_gaussian_noise(
    size: int,
    sigma: float,
    progress: Progress = NO_PROGRESS,
    message: str = "",
) -> npt.NDArray[np.int64]:
    """`size` independent draws of the discrete Gaussian with scale `sigma` (probability of z proportional to
    exp(-z^2 / (2 sigma^2)), z integer), from OpenDP. Reports progress per chunk (with `message`, "Adding noise" in
    the user's language when empty); raises `Cancelled` when asked."""
    message = message or translate("Progress", "Adding noise")
    if size < 0:
        raise ValueError("size must be non-negative")
    if not (sigma > 0.0 and math.isfinite(sigma)):
        raise ValueError("sigma must be a positive number")
    out = np.zeros(size, dtype=np.int64)
    if size == 0:
        return out
    mechanism = _vector_mechanism(float(sigma))
    starts = list(range(0, size, _CHUNK))
    zeros = [0] * _CHUNK

    def draw(start: int) -> None:
        n = min(_CHUNK, size - start)
        out[start : start + n] = np.asarray(mechanism(zeros[:n]), dtype=np.int64)

    check_cancelled(progress)
    if len(starts) == 1:
        draw(0)
        progress.report(size, size, message)
        return out
    done = 0
    last = 0.0
    with ThreadPoolExecutor(max_workers=_THREADS, thread_name_prefix="dp-noise") as pool:
        # Submit a few chunks at a time so that a cancel does not wait for the whole vector.
        for wave_start in range(0, len(starts), _THREADS):
            wave = starts[wave_start : wave_start + _THREADS]
            for future in [pool.submit(draw, s) for s in wave]:
                future.result()
            done += sum(min(_CHUNK, size - s) for s in wave)
            now = time.monotonic()
            if now - last > 0.1 or done == size:
                last = now
                progress.report(done, size, message)
            check_cancelled(progress)
    return out


def add_discrete_gaussian(
    counts: npt.NDArray[np.integer],
    sigma: float,
    progress: Progress = NO_PROGRESS,
    message: str = "",
) -> npt.NDArray[np.int64]:
    """Integer counts plus independent discrete Gaussian noise of scale `sigma`. Counts are integers, so the sum is
    an integer and no floating-point artefact of the noise can reach the output."""
    base = np.asarray(counts, dtype=np.int64)
    return base + discrete_gaussian_noise(base.size, sigma, progress, message).reshape(base.shape)


def _log_weights(sigma: float, width: int) -> npt.NDArray[np.float64]:
    z = np.arange(-width, width + 1, dtype=np.float64)
    return -(z * z) / (2.0 * sigma * sigma)


def _support_width(sigma: float) -> int:
    # Beyond 40 sigma the mass is below exp(-800): nothing a float can hold.
    return math.ceil(40.0 * sigma) + 2


def discrete_gaussian_tail(sigma: float, threshold: float) -> float:
    """P(Z > threshold) for Z discrete Gaussian with scale `sigma`, summed term by term (not the continuous tail)."""
    if sigma <= 0.0:
        raise ValueError("sigma must be positive")
    width = _support_width(sigma)
    log_w = _log_weights(sigma, width)
    weights = np.exp(log_w - log_w.max())
    z = np.arange(-width, width + 1)
    above = weights[z > threshold].sum()
    return float(above / weights.sum())


def discrete_gaussian_variance(sigma: float) -> float:
    """Var(Z) of the discrete Gaussian with scale `sigma` (a little below sigma^2 for small sigma, equal for large)."""
    width = _support_width(sigma)
    log_w = _log_weights(sigma, width)
    weights = np.exp(log_w - log_w.max())
    z = np.arange(-width, width + 1, dtype=np.float64)
    return float((weights * z * z).sum() / weights.sum())


def tail_threshold(sigma: float, probability: float) -> int:
    """The smallest integer t with P(Z > t) <= `probability`, Z discrete Gaussian with scale `sigma`."""
    if not (0.0 < probability < 1.0):
        raise ValueError("probability must be between 0 and 1")
    width = _support_width(sigma)
    log_w = _log_weights(sigma, width)
    weights = np.exp(log_w - log_w.max())
    weights /= weights.sum()
    z = np.arange(-width, width + 1)
    # tail[i] = P(Z > z[i])
    tail = np.concatenate((np.cumsum(weights[::-1])[::-1][1:], [0.0]))
    ok = np.flatnonzero(tail <= probability)
    return int(z[ok[0]]) if len(ok) else width
