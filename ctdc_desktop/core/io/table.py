"""What a reader hands back: the table as text, where it came from, and what the user should know about it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd


class LoadError(Exception):
    """A file that cannot be read as a table. The message names the file, the problem and what to do."""

    def __init__(self, path: Path | str, problem: str, advice: str = "") -> None:
        self.path = Path(path)
        self.problem = problem
        self.advice = advice
        text = f"{self.path.name}: {problem}"
        if advice:
            text += f" {advice}"
        super().__init__(text)

    @property
    def message(self) -> str:
        return str(self)


@dataclass(frozen=True)
class SheetInfo:
    """One sheet of a workbook, as the sheet picker lists it."""

    name: str
    rows: int  # data rows below the detected header (best estimate before a full read)


@dataclass(frozen=True)
class LoadedTable:
    """A case export read as text: every cell a `str`, an empty cell `None`; column names unique and non-blank."""

    frame: pd.DataFrame
    source: Path
    sheet: str | None = None
    header_row: int = 1  # 1-based line/row of the header in the file, as the user sees it in Excel
    encoding: str | None = None  # CSV only
    delimiter: str | None = None  # CSV only
    notes: tuple[str, ...] = ()  # plain-language remarks: renamed headers, ragged rows (with row numbers), ...

    @property
    def row_count(self) -> int:
        return len(self.frame)
