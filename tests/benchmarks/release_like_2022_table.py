"""A table shaped like a *published* CTDC 2022 release: synthetic records made by pac-synth from the generated
2022-format table (`codebook_2022_table.py`).

Why: the real 2022 victim-perpetrator release (21,195 records) is itself the output of Microsoft's
synthetic-data-showcase, i.e. records drawn by aggregate-seeded sampling from DP counts. Its joint structure is
therefore not a caseworker's raw export's: every combination of up to three values in it comes from a released count,
rare combinations are few and the perpetrator block follows what SDS's sampler keeps. A user who re-synthesises such a
release (or a table of the same making) meets exactly that structure, and on it pac-synth has the advantage of its own
model class. So the DP benchmark measures on it as well. Made with pac-synth at epsilon 12 and reporting length 3 (a
release with little noise, so that the structure is the sampler's rather than the noise's), from a generated table
of 21,195 records (the real release's size) with a seed the other benchmark tables do not use.

pac-synth's noise cannot be seeded, so the table is made once per machine and kept in `.benchmarks/` (not in git).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd

CACHE = Path(__file__).resolve().parents[2] / ".benchmarks"


def make_release_like_2022_table(rows: int = 21_195, seed: int = 11, epsilon: float = 12.0) -> pd.DataFrame | None:
    """The release-like table, from the cache or made now (about 2-3 minutes on 2 cores); None without pac-synth."""
    stored = CACHE / f"release_like_2022_{rows}_seed{seed}_eps{epsilon:g}.csv"
    if stored.is_file():
        return pd.read_csv(stored, dtype=str, keep_default_na=False)
    try:
        import pacsynth  # noqa: F401  (only whether it is installed)
    except ImportError:
        return None
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from codebook_2022_table import make_codebook_2022_table
    from pacsynth_records import pacsynth_records

    _, records = pacsynth_records(make_codebook_2022_table(rows, seed=seed), epsilon, 3)
    CACHE.mkdir(parents=True, exist_ok=True)
    records.to_csv(stored, index=False)
    return pd.read_csv(stored, dtype=str, keep_default_na=False)
