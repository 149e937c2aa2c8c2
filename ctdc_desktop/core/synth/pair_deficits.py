"""How far each pair of values is from its protected count, to steer k-anonymous synthesis toward missing pairs.

The target of a pair is its count in the protected aggregates (counts of at least k records, rounded down to a
multiple of k; rarer pairs have target 0). As synthetic records are made, every pair they hold is subtracted. The
deficit is kept relative to the target, ``(target - synthetic) / max(target, k)``, because the evaluation (the mean
relative error of combination counts) weighs a missing record of a pair of 20 far more than one of a pair of 5,000:
steering by absolute deficits fed the common pairs and starved the rare ones (measured on the 2021-shaped table).

Only protected counts enter, so steering adds nothing to what a release already shows; the per-record guarantee of
the synthesizer does not depend on it at all.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from ctdc_desktop.core.synth.model import CombinationCounts

# Two n × n float32 matrices: 4,096 values take 128 MB. Wider tables are synthesized without steering.
MAX_STEERED_VALUES = 4096


class PairDeficits:
    """Relative deficits of all pairs of values (global value ids: column offset + code)."""

    def __init__(self, pairs: CombinationCounts, offsets: npt.NDArray[np.int64], n_values: int, k: int) -> None:
        target = np.zeros((n_values, n_values), dtype=np.float32)
        ids = offsets[pairs.column_index.astype(np.int64)] + pairs.value_code.astype(np.int64)
        target[ids[:, 0], ids[:, 1]] = pairs.count
        target[ids[:, 1], ids[:, 0]] = pairs.count
        # What one more record holding a pair is worth, relative to the pair's target.
        self.weight = (1.0 / np.maximum(target, float(k))).astype(np.float32)
        self.relative = target * self.weight

    def gains(self, kept: list[int], candidates: npt.NDArray[np.intp]) -> npt.NDArray[np.float32]:
        """For each candidate value: the summed relative deficits of the pairs it would form with `kept`."""
        gains: npt.NDArray[np.float32] = self.relative[kept][:, candidates].sum(axis=0)
        return gains

    def add_record(self, values: list[int]) -> None:
        """Count the pairs of a new synthetic record."""
        if len(values) > 1:
            index = np.ix_(np.asarray(values), np.asarray(values))
            self.relative[index] -= self.weight[index]

    def add_value(self, value: int, kept: list[int]) -> None:
        """Count the pairs formed by adding `value` to a record that holds `kept`."""
        if kept:
            others = np.asarray(kept)
            self.relative[value, others] -= self.weight[value, others]
            self.relative[others, value] -= self.weight[others, value]
