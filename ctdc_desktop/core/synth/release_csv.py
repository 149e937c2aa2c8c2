"""CSV files of a synthesis run: the synthetic records and the protected aggregates, safe to open in Excel.

``aggregates.csv`` has one row per reported combination: one column per variable of the table, holding the
combination's value for that variable or left empty when the variable is not part of the combination, then
``length`` (how many values the combination has) and ``count`` (its protected count). The first row has every
variable empty, ``length`` 0 and ``count`` the protected number of records. Rows come by length, then by variables
and values in table order. Counts are whole numbers when they are whole (always, for the k-anonymous method).

Excel safety: a cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return would be run as a formula
when the file is opened in Excel (CSV injection). Such a cell is written with a leading apostrophe (``'=SUM(A1)``),
which Excel shows as text. A plain number such as ``-99`` or ``+1`` is left as it is: Excel reads it as a number,
not a formula, and analysts' tools keep reading it as the value it was.

Files are UTF-8 with a byte-order mark, so Excel on Windows reads accents correctly, with Windows line endings.
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pandas as pd

from ctdc_desktop.core.synth.model import Aggregates, SynthInputError
from ctdc_desktop.core.translation import translate

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"^[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?$")


def excel_safe(cell: str | None) -> str | None:
    """The cell as written: a formula-like text gets a leading apostrophe; None stays None (an empty cell)."""
    if cell is None or not cell.startswith(_FORMULA_START) or _PLAIN_NUMBER.match(cell):
        return cell
    return "'" + cell


def _safe_frame(frame: pd.DataFrame) -> pd.DataFrame:
    safe = frame.astype(object)
    for position in range(safe.shape[1]):
        column = safe.iloc[:, position]
        # Check each distinct text once, not every cell: a release has few distinct values and many rows.
        risky = {v: excel_safe(v) for v in pd.unique(column.dropna()) if isinstance(v, str) and excel_safe(v) != v}
        if risky:
            safe.iloc[:, position] = column.map(lambda v, risky=risky: risky.get(v, v) if isinstance(v, str) else v)
    safe.columns = [excel_safe(str(c)) for c in frame.columns]
    return safe


def _csv_bytes(frame: pd.DataFrame) -> bytes:
    text = _safe_frame(frame).to_csv(index=False, lineterminator="\r\n")
    return "\ufeff".encode() + text.encode("utf-8")


def records_csv_bytes(records: pd.DataFrame) -> bytes:
    """The CSV file of synthetic records (layout of the module docstring); a missing value is an empty cell."""
    return _csv_bytes(records)


def write_records_csv(records: pd.DataFrame, path: Path) -> None:
    """Write synthetic records; a missing value is an empty cell."""
    path.write_bytes(records_csv_bytes(records))


def aggregates_frame(aggregates: Aggregates) -> pd.DataFrame:
    """The aggregates as the table `write_aggregates_csv` writes (before Excel escaping)."""
    n_columns = len(aggregates.columns)
    blocks: list[pd.DataFrame] = []
    head = {name: [None] for name in aggregates.columns}
    blocks.append(pd.DataFrame({**head, "length": [0], "count": [aggregates.record_count]}, dtype=object))
    for length in sorted(aggregates.by_length):
        counts = aggregates.by_length[length]
        n = len(counts)
        if n == 0:
            continue
        cells = np.full((n, n_columns), None, dtype=object)
        for position in range(length):
            columns = counts.column_index[:, position].astype(np.int64)
            codes = counts.value_code[:, position].astype(np.int64)
            for column in np.unique(columns).tolist():
                rows = columns == column
                labels = np.array(aggregates.values[column], dtype=object)
                cells[rows, column] = labels[codes[rows]]
        block = pd.DataFrame(cells, columns=list(aggregates.columns), dtype=object)
        block["length"] = length
        block["count"] = counts.count
        blocks.append(block)
    frame = pd.concat(blocks, ignore_index=True)
    frame["count"] = [_number(c) for c in frame["count"]]
    return frame


def _number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else float(value)


def check_aggregate_columns(columns: tuple[str, ...] | list[str]) -> None:
    """Refuse variable names that would clash with the ``length`` and ``count`` columns of aggregates.csv."""
    for name in columns:
        if name.strip().lower() in ("length", "count"):
            raise SynthInputError(
                translate(
                    "Synthesis",
                    "Column '{0}' has the name of a column that aggregates.csv adds itself. Rename it and try again.",
                ).format(name)
            )


def aggregates_csv_bytes(aggregates: Aggregates) -> bytes:
    """The CSV file of the protected aggregates, in the layout of the module docstring."""
    check_aggregate_columns(aggregates.columns)
    return _csv_bytes(aggregates_frame(aggregates))


def write_aggregates_csv(aggregates: Aggregates, path: Path) -> None:
    """Write the protected aggregates in the layout of the module docstring."""
    path.write_bytes(aggregates_csv_bytes(aggregates))
