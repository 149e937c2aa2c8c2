"""The distinct values of a column and how many records hold each: what every kind and identifier test reads."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
import pandas as pd


def value_counts(series: pd.Series) -> tuple[list[str], npt.NDArray[np.int64]]:
    """Distinct non-missing values and their counts, commonest first (ties in order of first appearance)."""
    if isinstance(series.dtype, pd.CategoricalDtype):
        codes = np.asarray(series.cat.codes.to_numpy(), dtype=np.int64)
        # Index.tolist() converts in C; iterating the Index went through pandas for each of 100,000 values.
        categories = [c if isinstance(c, str) else str(c) for c in series.cat.categories.tolist()]
        counts = np.bincount(codes[codes >= 0], minlength=len(categories)).astype(np.int64)
        texts = categories
    else:
        present = series[series.notna()].astype(str)
        codes_, uniques = pd.factorize(present.to_numpy(dtype=object))
        texts = [str(u) for u in uniques]
        counts = np.bincount(codes_, minlength=len(texts)).astype(np.int64)
    used = np.flatnonzero(counts > 0)
    keep = used[[bool(texts[i].strip()) for i in used.tolist()]] if len(used) else used
    kept_counts = counts[keep]
    order = np.argsort(-kept_counts, kind="stable")
    return [texts[i] for i in keep[order].tolist()], kept_counts[order]
