"""What the Load step hands to every later step: the victim records, the perpetrator records, and their link.

`CaseExport` is the one data type Stage one receives and gives back (cleaned), and the input of Recode. Its tables
follow the cell contract of `core.io.table` (text categories, NaN for missing, index = row number in the source).
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from ctdc_desktop.core.io.table import LoadedTable
from ctdc_desktop.core.link import LinkReport


@dataclass(frozen=True)
class CaseExport:
    """Victim records, perpetrator records as victims describe them (optional), and the columns that link them.

    `link` is None when there is no perpetrator table, or when the user has not (yet) chosen the link columns.
    `one_row_per_perpetrator` says how both tables were made from one table with one row per perpetrator (None: they
    were read as they are).
    """

    victims: LoadedTable
    perpetrators: LoadedTable | None = None
    link: LinkReport | None = None
    one_row_per_perpetrator: PerpetratorRows | None = None
    # How both tables were made from one row per victim with the perpetrators in numbered columns (None: they were not).
    numbered_perpetrators: NumberedPerpetrators | None = None

    @property
    def victim_frame(self) -> pd.DataFrame:
        return self.victims.frame

    @property
    def perpetrator_frame(self) -> pd.DataFrame | None:
        return None if self.perpetrators is None else self.perpetrators.frame

    @property
    def link_columns(self) -> tuple[str, str] | None:
        """(victims' case-ID column, perpetrators' case-ID column), or None."""
        return None if self.link is None else (self.link.victim_column, self.link.perpetrator_column)


@dataclass(frozen=True)
class Disagreement:
    """A victim column whose value differs between the rows of some cases: the first filled value of each is kept."""

    column: str
    cases: int
    rows: tuple[int, ...]  # the file's row numbers of those cases' rows, at most LISTED_ROWS
    row_count: int  # how many rows those cases have


@dataclass(frozen=True)
class PerpetratorRows:
    """How a one-row-per-perpetrator table is read: which column is the case, whose columns are whose."""

    case_column: str
    victim_columns: tuple[str, ...]  # besides the case column, in file order
    perpetrator_columns: tuple[str, ...]  # in file order
    rows: int
    cases: int
    several_row_cases: int  # cases with two rows or more
    disagreements: tuple[Disagreement, ...] = ()
    # True when the table plainly looks like this (read so without being asked); False when it only can be read so.
    clear: bool = True


@dataclass(frozen=True)
class NumberedColumn:
    """One column of a victims table that holds one field of one numbered perpetrator ("Auteur 2 - Sexe")."""

    column: str  # as named in the file
    number: int  # the perpetrator's number, 1 to 6
    field: str  # the field as written once the marker word and number are taken off ("Sexe")


@dataclass(frozen=True)
class NumberedPerpetrators:
    """How a table with one row per victim and the perpetrators side by side in numbered columns is read."""

    case_column: str  # the victims' case-ID column, or the made-up one (`made_up_case_column`)
    made_up_case_column: bool  # True: the file has no case ID; the column holds each victim's row number
    columns: tuple[NumberedColumn, ...]  # in file order
    fields: tuple[str, ...]  # the perpetrators table's columns besides the case column, in file order
    victim_columns: tuple[str, ...]  # the columns left to the victims, in file order
    victims: int
    perpetrators: int  # numbered groups with at least one filled cell
    # True when the names plainly say so (read so without being asked); False: only an abbreviation such as "P1".
    clear: bool = True
