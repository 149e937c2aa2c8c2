"""Exports kept as one sheet with one row per perpetrator, read as victims and perpetrators.

Some missions export a single table: each victim's columns (case ID, sex, nationality, exploitation...) are repeated
on every row of that victim, and each row holds one perpetrator in the perpetrator's columns (sex of the
perpetrator, role(s), relationship...). A victim without perpetrators has one row whose perpetrator columns are
empty. Read as victims, every victim would be counted once per perpetrator.

`find_perpetrator_rows` tells such a table from a victims table: a column that looks like a case ID repeats on some
rows, some columns hold the same value on every row of a case (the victim's) and others differ within some case (the
perpetrator's; a column whose name speaks of a perpetrator, per the column-name word list's `perpetrator_marker`,
goes with them even when it never differs). `split_perpetrator_rows` then makes the victims table (one row per case,
in file order) and the perpetrators table (one row per filled perpetrator row), linked by the case column.

A victim column that differs between the rows of a few cases is kept as the victim's, with the first filled value of
each case, and reported (the column, how many cases, their row numbers); it is never silently dropped. Tables keep
the file's row numbers as their index, so previews and messages point at the file's rows.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

import numpy as np
import pandas as pd

from ctdc_desktop.core.case_export import CaseExport, Disagreement, PerpetratorRows
from ctdc_desktop.core.io.table import LoadedTable
from ctdc_desktop.core.link import LISTED_ROWS, check_link
from ctdc_desktop.core.number_format import count_text
from ctdc_desktop.core.progress import NO_PROGRESS, Progress, check_cancelled
from ctdc_desktop.core.translation import translate
from ctdc_desktop.core.user_error import UserError
from ctdc_desktop.core.words.lexicon import lexicon

# A case column has at least this many different IDs per row: one to six perpetrators per victim, on average far
# fewer. A column with fewer (sex, country, a yes/no) is a category, not an ID.
MIN_CASES_PER_ROW = 0.15
# A column that differs within at most this share of the cases with several rows is a victim column with a few
# mistakes (reported), not a perpetrator column: the victim's values are copied onto each row, a perpetrator's are not.
MAX_DISAGREEING_SHARE = 0.05
# Read without being asked only when several cases have several rows and the perpetrators' columns are clear: named
# for a perpetrator, or differing within this share of the cases at least (a victims table with a few repeated IDs,
# re-registrations, must stay as it is).
MIN_SEVERAL_ROW_CASES = 2
MIN_AUTO_SHARE = 0.05

_DATE_LIKE = re.compile(r"^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}")


def _codes(series: pd.Series) -> np.ndarray:
    """One integer per distinct value (-1 for a missing cell), whatever the column's dtype."""
    if isinstance(series.dtype, pd.CategoricalDtype):
        return np.asarray(series.cat.codes.to_numpy(), dtype=np.int64)
    codes, _ = pd.factorize(series, use_na_sentinel=True)
    return np.asarray(codes, dtype=np.int64)


def _distinct_values(series: pd.Series) -> list[str]:
    if isinstance(series.dtype, pd.CategoricalDtype):
        return [str(v) for v in series.cat.remove_unused_categories().cat.categories]
    return [str(v) for v in series.dropna().unique()]


def _is_named_case_id(name: str) -> bool:
    return any(m.concept == "case_id" for m in lexicon("columns").matches(name))


def _is_named_for_perpetrator(name: str) -> bool:
    return any(m.concept == "perpetrator_marker" for m in lexicon("columns").matches(name))


def _looks_like_ids(values: list[str]) -> bool:
    """Codes such as "FR-11-00058" or "0012": nearly all hold a digit, and they are not dates."""
    if not values:
        return False
    with_digit = sum(1 for v in values if any(ch.isdigit() for ch in v))
    dates = sum(1 for v in values if _DATE_LIKE.match(v.strip()))
    return with_digit >= 0.9 * len(values) and dates < 0.5 * len(values)


@dataclass(frozen=True)
class _Grouping:
    order: np.ndarray  # row positions sorted by case, file order within a case
    case_of_sorted: np.ndarray  # the case number of each sorted row
    same_case: np.ndarray  # sorted row i+1 belongs to the same case as sorted row i
    cases: int
    several_row_cases: int


def _grouping(case_codes: np.ndarray) -> _Grouping:
    # Case numbers in order of first appearance, so that the victims table follows the file.
    _, first, inverse = np.unique(case_codes, return_index=True, return_inverse=True)
    rank = np.empty(len(first), dtype=np.int64)
    rank[np.argsort(first, kind="stable")] = np.arange(len(first))
    case_of_row = rank[inverse.reshape(-1)]
    order = np.argsort(case_of_row, kind="stable")
    case_of_sorted = case_of_row[order]
    same_case = case_of_sorted[1:] == case_of_sorted[:-1]
    sizes = np.bincount(case_of_row, minlength=len(first))
    return _Grouping(order, case_of_sorted, same_case, len(first), int((sizes > 1).sum()))


def _cases_where_it_differs(grouping: _Grouping, codes: np.ndarray) -> np.ndarray:
    """The case numbers (sorted, unique) within which the column holds two values, an empty cell counting as one."""
    sorted_codes = codes[grouping.order]
    differs = grouping.same_case & (sorted_codes[1:] != sorted_codes[:-1])
    return np.unique(grouping.case_of_sorted[1:][differs])


def _case_candidates(frame: pd.DataFrame) -> list[tuple[tuple[int, int, int, int], str]]:
    """Columns that could hold the case ID, best first: filled on every row, some IDs on several rows, many IDs."""
    rows = len(frame)
    found = []
    for position, name in enumerate(frame.columns):
        column = frame[name]
        if rows < 2 or column.isna().any():
            continue
        values = _distinct_values(column)
        if len(values) < 2 or len(values) >= rows or len(values) < MIN_CASES_PER_ROW * rows:
            continue
        named, id_like = _is_named_case_id(str(name)), _looks_like_ids(values)
        found.append(((int(named), int(id_like), len(values), -position), str(name)))
    found.sort(reverse=True)
    return found


def _read_with(frame: pd.DataFrame, case_column: str, progress: Progress) -> PerpetratorRows | None:
    """The reading of `frame` with `case_column` as the case, or None if no column differs within a case."""
    grouping = _grouping(_codes(frame[case_column]))
    if grouping.several_row_cases == 0:
        return None
    victims: list[str] = []
    perpetrators: list[str] = []
    disagreements: list[Disagreement] = []
    differing: dict[str, int] = {}
    allowed = int(MAX_DISAGREEING_SHARE * grouping.several_row_cases)
    for name in frame.columns:
        check_cancelled(progress)
        name = str(name)
        if name == case_column:
            continue
        cases = _cases_where_it_differs(grouping, _codes(frame[name]))
        if _is_named_for_perpetrator(name) or len(cases) > allowed:
            perpetrators.append(name)
            differing[name] = len(cases)
            continue
        victims.append(name)
        if len(cases):
            rows = _rows_of_cases(frame, grouping, cases)
            disagreements.append(Disagreement(name, len(cases), rows[:LISTED_ROWS], len(rows)))
    if not victims or not perpetrators or not any(differing.values()):
        # Nothing differs between the rows of a case (repeated rows), or nothing is the same (not a case column).
        return None
    named = any(_is_named_for_perpetrator(name) for name in perpetrators)
    widest = max(differing.values())
    case_values = _distinct_values(frame[case_column])
    clear = (
        grouping.several_row_cases >= MIN_SEVERAL_ROW_CASES
        and (_is_named_case_id(case_column) or _looks_like_ids(case_values))
        and (named or widest >= max(MIN_SEVERAL_ROW_CASES, MIN_AUTO_SHARE * grouping.cases))
    )
    return PerpetratorRows(
        case_column=case_column,
        victim_columns=tuple(victims),
        perpetrator_columns=tuple(perpetrators),
        rows=len(frame),
        cases=grouping.cases,
        several_row_cases=grouping.several_row_cases,
        disagreements=tuple(disagreements),
        clear=clear,
    )


def _rows_of_cases(frame: pd.DataFrame, grouping: _Grouping, cases: np.ndarray) -> tuple[int, ...]:
    chosen = np.isin(grouping.case_of_sorted, cases)
    return tuple(_row_number(frame, int(p)) for p in grouping.order[chosen])


def _row_number(frame: pd.DataFrame, position: int) -> int:
    if frame.index.name == "row" and pd.api.types.is_integer_dtype(frame.index.dtype):
        return int(frame.index[position])
    return position + 1


def find_perpetrator_rows(frame: pd.DataFrame, progress: Progress = NO_PROGRESS) -> PerpetratorRows | None:
    """How `frame` reads as one row per perpetrator, or None when it cannot (no case ID repeats, nothing differs).

    The reading's `clear` says whether it plainly looks like one (read so without being asked) or only can be.
    """
    for _, name in _case_candidates(frame):
        reading = _read_with(frame, name, progress)
        if reading is not None:
            return reading
    return None


def _subset(table: LoadedTable, frame: pd.DataFrame) -> LoadedTable:
    for name in frame.columns:
        if isinstance(frame[name].dtype, pd.CategoricalDtype):
            frame[name] = frame[name].cat.remove_unused_categories()
    return dataclasses.replace(table, frame=frame)  # the same file, sheet and reading notes; new rows


def split_perpetrator_rows(
    table: LoadedTable, reading: PerpetratorRows, progress: Progress = NO_PROGRESS
) -> CaseExport:
    """The victims (one row per case, in file order, at the row of the case's first row) and the perpetrators (one
    row per row with a filled perpetrator column), linked by the case column."""
    frame = table.frame
    grouping = _grouping(_codes(frame[reading.case_column]))
    check_cancelled(progress)
    first_rows = grouping.order[np.r_[True, ~grouping.same_case]] if len(frame) else np.array([], dtype=np.int64)
    victim_names = [str(n) for n in frame.columns if str(n) == reading.case_column or str(n) in reading.victim_columns]
    victims = frame.iloc[first_rows][victim_names].copy()
    for disagreement in reading.disagreements:
        victims[disagreement.column] = _first_filled(frame[disagreement.column], grouping, first_rows)
    check_cancelled(progress)
    perpetrator_names = [
        str(n) for n in frame.columns if str(n) == reading.case_column or str(n) in reading.perpetrator_columns
    ]
    filled = frame[list(reading.perpetrator_columns)].notna().any(axis=1).to_numpy()
    perpetrators = frame.loc[filled, perpetrator_names].copy()
    victim_table, perpetrator_table = _subset(table, victims), _subset(table, perpetrators)
    progress.report(1, 1)
    link = check_link(victim_table.frame, perpetrator_table.frame, reading.case_column, reading.case_column)
    return CaseExport(victim_table, perpetrator_table, link, reading)


def _first_filled(series: pd.Series, grouping: _Grouping, first_rows: np.ndarray) -> pd.Series:
    """Per case, the first filled value in file order (empty when none), indexed like the victims table."""
    sorted_values = series.iloc[grouping.order]
    present = sorted_values.notna().to_numpy()
    cases_present = grouping.case_of_sorted[present]
    _, first = np.unique(cases_present, return_index=True)
    chosen = pd.Series(pd.NA, index=range(grouping.cases), dtype="object")
    chosen.iloc[cases_present[first]] = sorted_values[present].iloc[first].astype("object").to_numpy()
    values = pd.Series(chosen.to_numpy(), index=series.index[first_rows], dtype="object")
    if isinstance(series.dtype, pd.CategoricalDtype):
        return pd.Series(pd.Categorical(values, categories=series.cat.categories), index=values.index)
    return values


def read_one_row_per_perpetrator(
    table: LoadedTable, wanted: bool | None, progress: Progress = NO_PROGRESS
) -> CaseExport | None:
    """The table split into victims and perpetrators as `wanted` says (None: when it plainly looks so), else None.

    Raises `UserError` when it is wanted but cannot be: no column holds case IDs that repeat, or nothing differs
    between the rows of a case.
    """
    if wanted is False:
        return None
    reading = find_perpetrator_rows(table.frame, progress)
    if reading is None:
        if wanted:
            raise UserError(
                translate(
                    "OneRowPerPerpetrator",
                    "{file} cannot be read as one row per perpetrator: no column holds case IDs that repeat on "
                    "several rows while other columns differ between those rows. Read it as one row per victim, or "
                    "open the perpetrators as their own sheet or file.",
                ).format(file=table.source.name)
            )
        return None
    if wanted is None and not reading.clear:
        return None
    return split_perpetrator_rows(table, reading, progress)


def reading_notes(export: CaseExport) -> list[str]:
    """What the user should know about a table read as one row per perpetrator, in words (none for other exports)."""
    reading = export.one_row_per_perpetrator
    if reading is None:
        return []
    perpetrators = 0 if export.perpetrators is None else export.perpetrators.row_count
    notes = [
        translate(
            "OneRowPerPerpetrator",
            "The export has one row per perpetrator: its {rows} rows were read as {victims} victims, each counted "
            "once, and {perpetrators} perpetrator records, linked by the column {column}.",
        ).format(
            rows=count_text(reading.rows),
            victims=count_text(reading.cases),
            perpetrators=count_text(perpetrators),
            column=reading.case_column,
        )
    ]
    notes += [disagreement_text(d) for d in reading.disagreements]
    return notes


def disagreement_text(disagreement: Disagreement) -> str:
    """E.g. 'The victims' column Sexe differs between the rows of one case (cases: 2; rows 14, 15, 31, 32); the first
    filled value of each case is kept.'"""
    return translate(
        "OneRowPerPerpetrator",
        "The victims' column {column} differs between the rows of a same case (cases: {cases}; rows {rows}); the "
        "first filled value of each case is kept.",
    ).format(
        column=disagreement.column,
        cases=count_text(disagreement.cases),
        rows=", ".join(str(row) for row in disagreement.rows)
        + (", …" if disagreement.row_count > len(disagreement.rows) else ""),
    )
