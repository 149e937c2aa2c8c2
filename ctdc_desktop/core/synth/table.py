"""A recoded table turned into small integer codes, the form every synthesizer and counter works on.

Each column becomes a column of codes: 0..n-1 for its n distinct values (sorted as text, so the same table always
gets the same codes), and -1 for a missing cell. A missing cell is never a value: it is not counted, not combined,
not synthesized. A multi-valued cell such as ``Female;Male`` is one category of its own, exactly as the CTDC
releases publish it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import pandas as pd

from ctdc_desktop.core.synth.model import SynthInputError
from ctdc_desktop.core.translation import translate

# A column whose every value is a number and that has more distinct values than this was almost surely not binned
# (ages, dates as numbers, coordinates, identifiers). Synthesis needs categories: each rare exact number would be
# suppressed, and the few that survive could point at a person. Binned numeric codes (years of registration,
# 0/1 flags, up to 50 regions coded as numbers) stay well under it.
MAX_NUMERIC_CATEGORIES = 50

MISSING = -1


@dataclass(frozen=True, eq=False)
class EncodedTable:
    """A categorical table as codes. ``values[j][c]`` is the text of code ``c`` in column ``j``; -1 means missing."""

    columns: tuple[str, ...]
    values: tuple[tuple[str, ...], ...]
    codes: npt.NDArray[np.int32]  # shape (rows, columns)

    @property
    def n_records(self) -> int:
        return int(self.codes.shape[0])

    @property
    def n_columns(self) -> int:
        return len(self.columns)

    @property
    def cardinalities(self) -> npt.NDArray[np.int64]:
        """How many distinct values each column has (its radix when codes are combined into one key)."""
        return np.array([len(v) for v in self.values], dtype=np.int64)


def _encode_column(series: pd.Series) -> tuple[npt.NDArray[np.int32], list[str]]:
    """Codes of one column and its sorted labels. Cells are compared as stripped text; None, NaN and blank are -1."""
    # Factorize the raw cells first, so that stripping runs once per distinct cell and not once per row.
    raw_codes, raw_uniques = pd.factorize(series.to_numpy(dtype=object), use_na_sentinel=True)
    stripped = [str(u).strip() for u in raw_uniques]
    labels = sorted(set(stripped) - {""})
    position = {label: i for i, label in enumerate(labels)}
    lookup = np.array([position.get(text, MISSING) for text in stripped] + [MISSING], dtype=np.int32)
    return lookup[raw_codes], labels


# Dates as exports write them: 2019-03-04, 2019-03-04 10:22, 04/03/2019, 4.3.19. A date of birth or of
# identification is as identifying as an exact age, so unbinned dates are refused like unbinned numbers.
_DATE = re.compile(r"^(\d{4}-\d{1,2}-\d{1,2}([ T].*)?|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}( .*)?)$")


def _unbinned_kind(labels: npt.NDArray[np.object_]) -> str | None:
    """'numbers' or 'dates' when a column has too many distinct numbers or dates to be categories, else None."""
    if len(labels) <= MAX_NUMERIC_CATEGORIES:
        return None
    as_numbers = pd.to_numeric(pd.Series(labels, dtype=object), errors="coerce")
    if bool(as_numbers.notna().all()):
        return "numbers"
    if all(_DATE.match(str(label)) for label in labels):
        return "dates"
    return None


def encode_table(frame: pd.DataFrame) -> EncodedTable:
    """Encode a recoded table (every column categorical) as codes.

    Values are compared as stripped text, so `` Female`` and ``Female`` are one value. Raises `SynthInputError` with a
    message naming the column and what to do when the table has no columns or no rows, when two columns share a
    name, or when a column holds more than `MAX_NUMERIC_CATEGORIES` distinct numbers (a numeric column not binned).
    """
    if frame.shape[1] == 0:
        raise SynthInputError(
            translate("Synthesis", "The table has no columns. Choose a file that holds the recoded case records.")
        )
    names = [str(c).strip() for c in frame.columns]
    seen: set[str] = set()
    for name in names:
        if name in seen:
            raise SynthInputError(
                translate(
                    "Synthesis",
                    "Two columns are both named '{0}'. Rename or remove one of them, then run synthesis again.",
                ).format(name)
            )
        seen.add(name)
    if len(frame) == 0:
        raise SynthInputError(
            translate(
                "Synthesis",
                "The table has no rows. Synthesis needs case records; check that the right file was chosen.",
            )
        )

    codes = np.full((len(frame), len(names)), MISSING, dtype=np.int32)
    values: list[tuple[str, ...]] = []
    for j, name in enumerate(names):
        column_codes, labels = _encode_column(frame.iloc[:, j])
        labels_array = np.asarray(labels, dtype=object)
        kind = _unbinned_kind(labels_array)
        if kind is not None:
            examples = ", ".join(str(v) for v in labels_array[:: max(1, len(labels_array) // 3)][:3])
            if kind == "numbers":
                problem = translate(
                    "Synthesis",
                    "Column '{0}' holds {1} different numbers (for example {2}). Synthesis needs categories: group it "
                    "into ranges in the recode step (as ages are grouped into 18--20, 21--23, ...), or drop the "
                    "column.",
                )
            else:
                problem = translate(
                    "Synthesis",
                    "Column '{0}' holds {1} different dates (for example {2}). Synthesis needs categories: keep only "
                    "the year (or a coarser period) in the recode step, or drop the column.",
                )
            raise SynthInputError(problem.format(name, len(labels_array), examples))
        codes[:, j] = column_codes
        values.append(tuple(labels))
    return EncodedTable(columns=tuple(names), values=tuple(values), codes=codes)


def decode_records(table: EncodedTable, codes: npt.NDArray[np.integer]) -> pd.DataFrame:
    """Turn rows of codes (shape (n, columns), -1 = missing) back into text; a missing cell becomes None."""
    array = np.asarray(codes)
    if array.ndim != 2 or array.shape[1] != table.n_columns:
        raise ValueError(f"expected codes of shape (n, {table.n_columns}), got {array.shape}")
    data: dict[str, npt.NDArray[np.object_]] = {}
    for j, name in enumerate(table.columns):
        column = array[:, j]
        if column.size and (column.min() < MISSING or column.max() >= len(table.values[j])):
            raise ValueError(f"code out of range in column '{name}'")
        # The label list ends with None so that code -1 (missing) picks it.
        labels = np.array([*table.values[j], None], dtype=object)
        data[name] = labels[column]
    return pd.DataFrame(data, columns=list(table.columns), dtype=object)
