"""What a reader hands back: the table as text, where it came from, and what the user should know about it.

Cell contract of `LoadedTable.frame` (every reader in `core.io.read_export` keeps it):

- Every column has pandas ``category`` dtype whose categories are ``str``. Repeated values (gender, country, ...) then
  cost 4 bytes a cell instead of a Python string each, which is what keeps a 1,000,000 x 40 export under 2 GB.
- A present cell is the text exactly as written in the file: "0012" stays "0012", a date stays "03/04/2021", spaces
  inside or around a value are kept. Workbook cells that Excel stores as numbers or dates become text too: whole
  numbers without ".0" ("81667"), other numbers in their shortest exact form, dates as "2021-04-03" (with
  " 14:05:00" when there is a time), TRUE/FALSE for logical cells.
- A missing cell is NaN in the categorical: test it with ``pd.isna(value)``, never ``value is None``. A cell that is
  empty or holds only spaces is missing.
- Column names are unique, non-blank and stripped of surrounding spaces; `notes` says when one was renamed.
- ``frame.index`` is named ``"row"`` and holds, for each record, the row number the user sees for it in the source:
  the Excel row number for a workbook, the line on which the record starts for a text file. Use it in any message that
  points at a record; use positions (``iloc``) for everything else.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from ctdc_desktop.core.file_problem import FileProblem


class LoadError(FileProblem):
    """A file that cannot be read as a table. The message names the file, the problem and what to do."""


@dataclass(frozen=True)
class SheetInfo:
    """One sheet of a workbook, as the sheet picker lists it."""

    name: str
    rows: int  # data rows below the detected header (best estimate before a full read)


@dataclass(frozen=True)
class LoadedTable:
    """A case export read as text; see the module docstring for the exact cell contract of `frame`."""

    frame: pd.DataFrame
    source: Path
    sheet: str | None = None
    header_row: int = 1  # 1-based line/row of the header in the file, as the user sees it in Excel (0: none)
    has_header: bool = True  # False: read as the user said, with no header row ("column 1", "column 2"...)
    header_looks_like_record: bool = False  # the row read as the names looks like a record (also in `notes`)
    encoding: str | None = None  # CSV only
    delimiter: str | None = None  # CSV only
    notes: tuple[str, ...] = ()  # plain-language remarks: renamed headers, ragged rows (with row numbers), ...
    skipped_rows: int = 0  # empty rows, label rows and the like that were not read as records (also in `notes`)

    @property
    def row_count(self) -> int:
        return len(self.frame)
