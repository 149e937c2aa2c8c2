"""The data that synthesis takes and gives back. Plain frozen dataclasses; no behaviour beyond small views."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt
import pandas as pd

from ctdc_desktop.core.user_error import UserError


class SynthInputError(UserError, ValueError):
    """The table cannot be synthesized as it is; the message names the column and what to do."""


class ParameterError(SynthInputError):
    """A synthesis parameter that cannot be used; `parameter` is its name (``k``, ``epsilon``, ``reporting_length``)."""

    def __init__(self, parameter: str, message: str) -> None:
        self.parameter = parameter
        super().__init__(message)


# A value in a result's `parameters`: numbers and names of the run's settings (column names for allowed columns).
ParameterValue = float | int | str | tuple[str, ...] | None


@dataclass(frozen=True)
class KAnonParams:
    """The 2021 release: every reported combination is backed by at least `k` records."""

    k: int = 10  # reporting resolution: counts are rounded down to a multiple of k
    reporting_length: int = 4  # aggregates cover combinations of up to this many values
    seed: int | None = None  # for reproducible record sampling only


# How hard DP synthesis works against combinations that noise alone creates, from most to least permissive
# (the modes of Microsoft synthetic-data-showcase). "balanced" is the default.
FABRICATION_MODES = ("uncontrolled", "progressive", "balanced", "minimize")


@dataclass(frozen=True)
class DpParams:
    """The 2022 release: (epsilon, delta)-differential privacy for everything released."""

    epsilon: float = 4.0
    delta: float | None = None  # None: derived from the record count (shown to the user)
    reporting_length: int = 3
    fabrication: str = "balanced"  # how hard to suppress combinations that noise alone creates
    seed: int | None = None  # seeds record sampling only; noise is never seeded


@dataclass(frozen=True)
class CombinationCounts:
    """Counts of all combinations of one length, column-wise: row i is one combination."""

    column_index: npt.NDArray[np.int16]  # shape (n, length): which columns, ascending
    value_code: npt.NDArray[np.int32]  # shape (n, length): the value's code within each column
    count: npt.NDArray[np.float64]  # shape (n,): the (protected) count

    def __len__(self) -> int:
        return int(self.count.shape[0])


@dataclass(frozen=True)
class Aggregates:
    """Protected counts of every reported combination of up to `reporting_length` values."""

    columns: tuple[str, ...]
    values: tuple[tuple[str, ...], ...]  # per column, the label of each code
    record_count: float  # protected count of records
    by_length: Mapping[int, CombinationCounts]

    @property
    def reporting_length(self) -> int:
        return max(self.by_length, default=0)


@dataclass(frozen=True)
class PrivacySpent:
    """The exact differential-privacy budget a DP run used."""

    epsilon: float
    delta: float
    rho: float  # zero-concentrated DP parameter of the Gaussian marginals


@dataclass(frozen=True)
class SynthesisResult:
    records: pd.DataFrame  # synthetic records, same columns as the input, missing = None
    aggregates: Aggregates
    method: str  # "kanon" or "dp"
    # Parameters actually used (defaults filled in); a tuple lists names, e.g. the columns the user allowed.
    parameters: Mapping[str, ParameterValue]
    privacy: PrivacySpent | None = None  # DP only
    timings: Mapping[str, float] = field(default_factory=dict)  # seconds per stage
    notes: tuple[str, ...] = ()  # plain-language remarks for the user (e.g. k larger than the record count)
