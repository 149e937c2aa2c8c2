"""Linking a perpetrators table to its victims table through a column of case IDs that both hold.

An export may keep perpetrators in a second sheet or file, one row per perpetrator (CTDC 2022 codebook, Appendix II).
We propose the linking column and then tell the caseworker how well the two tables fit together, pointing at rows
by their row number only: the IDs themselves may identify a person and never appear in a report.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

LISTED_ROWS = 20
# A victims column is a candidate key only if nearly every victim row has its own value.
MIN_VICTIM_UNIQUENESS = 0.9
# A proposed link must connect at least this share of the perpetrators' distinct IDs to a victim.
MIN_PERPETRATOR_COVERAGE = 0.5


@dataclass(frozen=True)
class LinkReport:
    victim_column: str
    perpetrator_column: str
    victims: int
    perpetrators: int
    victims_without_perpetrators: int
    perpetrators_without_victim: int
    # Row numbers as the user sees them in the source file (`LoadedTable.frame.index`), at most LISTED_ROWS each.
    victim_rows_without_perpetrators: tuple[int, ...]
    perpetrator_rows_without_victim: tuple[int, ...]
    victims_sharing_an_id: int  # victim rows whose ID another victim row also has: their perpetrators are ambiguous

    @property
    def linked_perpetrators(self) -> int:
        return self.perpetrators - self.perpetrators_without_victim


def _keys(series: pd.Series) -> pd.Series:
    """IDs compared as written apart from surrounding spaces and letter case ("case-01 " is "CASE-01")."""
    text = series.astype("object").where(series.notna(), None)
    keys = text.map(lambda v: v.strip().casefold() if isinstance(v, str) else (None if v is None else str(v)))
    return keys.where(keys.astype(bool), None)


def _distinct(series: pd.Series) -> set[str]:
    if isinstance(series.dtype, pd.CategoricalDtype):
        used = series.cat.remove_unused_categories().cat.categories
        return {str(v).strip().casefold() for v in used if str(v).strip()}
    return {k for k in _keys(series).dropna().unique()}


def _row_numbers(frame: pd.DataFrame, mask: np.ndarray) -> tuple[int, ...]:
    positions = np.flatnonzero(mask)[:LISTED_ROWS]
    # A reader's frame carries the source row numbers as an index named "row"; any other frame counts from 1.
    if frame.index.name == "row" and pd.api.types.is_integer_dtype(frame.index.dtype):
        return tuple(int(frame.index[p]) for p in positions)
    return tuple(int(p) + 1 for p in positions)


def _is_counter(values: set[str]) -> bool:
    """True for a column holding 1, 2, 3, ... n: a row counter, which two tables share without being linked."""
    if not values or not all(v.isdigit() for v in values):
        return False
    numbers = sorted(int(v) for v in values)
    return numbers[0] <= 1 and numbers[-1] - numbers[0] + 1 == len(numbers)


def propose_link(victims: pd.DataFrame, perpetrators: pd.DataFrame) -> tuple[str, str] | None:
    """The (victims column, perpetrators column) pair whose values look like case IDs present in both, or None.

    Among pairs where the victims column is nearly unique per row and at least half of the perpetrators' IDs are
    found among the victims, the pair sharing the most distinct IDs wins; ties go to equal column names.
    """
    victim_sets: dict[str, set[str]] = {}
    for name in victims.columns:
        column = victims[name]
        filled = int(column.notna().sum())
        values = _distinct(column)
        if filled and len(values) >= 2 and len(values) >= MIN_VICTIM_UNIQUENESS * filled:
            victim_sets[str(name)] = values
    best: tuple[int, int, int] | None = None
    choice: tuple[str, str] | None = None
    for p_position, p_name in enumerate(perpetrators.columns):
        p_values = _distinct(perpetrators[p_name])
        if not p_values:
            continue
        for v_position, (v_name, v_values) in enumerate(victim_sets.items()):
            shared = len(p_values & v_values)
            if shared == 0 or shared < MIN_PERPETRATOR_COVERAGE * len(p_values):
                continue
            p_unique = len(p_values) == int(perpetrators[p_name].notna().sum())
            if p_unique and _is_counter(p_values) and _is_counter(v_values):
                continue
            same_name = int(str(p_name).strip().casefold() == v_name.strip().casefold())
            score = (shared, same_name, -(v_position + p_position))
            if best is None or score > best:
                best, choice = score, (v_name, str(p_name))
    return choice


def link_pair(
    victims: pd.DataFrame, perpetrators: pd.DataFrame, wanted: tuple[str, str] | None
) -> tuple[str, str] | None:
    """The columns the tables are linked by: `wanted` (the user's pair, a project's or a recipe's) when both tables
    still have those columns, else the proposed pair (None when nothing looks like a case ID both hold).

    The one rule for the Load page, the commands that open an export, and Recode given an export without a link."""
    if wanted is not None and wanted[0] in victims.columns and wanted[1] in perpetrators.columns:
        return wanted
    return propose_link(victims, perpetrators)


def link_report(victims: pd.DataFrame, perpetrators: pd.DataFrame, wanted: tuple[str, str] | None) -> LinkReport | None:
    """How well the tables link through `link_pair`'s columns (None: no pair)."""
    pair = link_pair(victims, perpetrators, wanted)
    return None if pair is None else check_link(victims, perpetrators, pair[0], pair[1])


def check_link(
    victims: pd.DataFrame, perpetrators: pd.DataFrame, victim_column: str, perpetrator_column: str
) -> LinkReport:
    """How well the two tables link through the given columns; raises KeyError for a column that does not exist."""
    for frame, column, what in (
        (victims, victim_column, "victims"),
        (perpetrators, perpetrator_column, "perpetrators"),
    ):
        if column not in frame.columns:
            raise KeyError(f'the {what} table has no column "{column}"')
    v_keys = _keys(victims[victim_column])
    p_keys = _keys(perpetrators[perpetrator_column])
    v_present = v_keys.notna().to_numpy()
    p_present = p_keys.notna().to_numpy()
    p_known = set(p_keys[p_present])
    v_known = set(v_keys[v_present])
    v_alone = ~v_present | ~v_keys.isin(p_known).to_numpy()
    p_alone = ~p_present | ~p_keys.isin(v_known).to_numpy()
    sharing = int(v_keys[v_present].duplicated(keep=False).sum())
    return LinkReport(
        victim_column=victim_column,
        perpetrator_column=perpetrator_column,
        victims=len(victims),
        perpetrators=len(perpetrators),
        victims_without_perpetrators=int(v_alone.sum()),
        perpetrators_without_victim=int(p_alone.sum()),
        victim_rows_without_perpetrators=_row_numbers(victims, v_alone),
        perpetrator_rows_without_victim=_row_numbers(perpetrators, p_alone),
        victims_sharing_an_id=sharing,
    )


def case_keys(series: pd.Series) -> pd.Series:
    """Case IDs in the form `check_link` compares them (spaces around and letter case ignored); None without an ID.

    The same keys as `_keys` for text, computed column-wise: a recode links 250,000 perpetrators at once.
    """
    text = series.astype("object").where(series.notna(), None).astype("string").str.strip().str.casefold()
    keys = text.astype("object").where(text.notna() & (text != ""), None)
    return keys
