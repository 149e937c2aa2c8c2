"""Turns the rows a reader produces into a `LoadedTable`: find the header, name the columns, report ragged rows.

Readers (CSV, workbook) only split a file into rows of text. Everything a caseworker should be told about the shape
of the table is decided here, once, so a CSV and a workbook with the same problem get the same message.
"""

from __future__ import annotations

import functools
import itertools
import math
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt
import pandas as pd

from ctdc_desktop.core.io.table import LoadedTable, LoadError
from ctdc_desktop.core.number_format import count_text
from ctdc_desktop.core.progress import Progress, check_cancelled
from ctdc_desktop.core.translation import translate
from ctdc_desktop.resources import resource_path

# How many non-empty rows at the top of a file we look at to find the header.
HEADER_SEARCH_ROWS = 30
# How many row numbers a note lists before it says "and N more".
LISTED_ROWS = 20
# A column name longer than this is more likely a note than a name.
MAX_NAME_CHARS = 80
_LETTER = re.compile(r"[^\W\d_]")  # a letter of any script


@dataclass(frozen=True)
class RowChunk:
    """A run of rows from a reader: each row's number as the user sees it, its cells as text, and read progress."""

    row_numbers: list[int]
    rows: list[list[str]]
    done: int
    total: int


class ColumnBuilder:
    """Collects one column chunk by chunk as categorical codes.

    Each chunk is factorized in C; only its distinct values pass through Python, so a column of a million repeated
    values costs 4 bytes a cell. Empty and all-space cells get code -1 (missing).
    """

    def __init__(self) -> None:
        self._index: dict[str, int] = {"": -1}  # value -> code; empty and all-space values map to -1 (missing)
        self._values: list[str] = []  # code -> value
        self._chunks: list[npt.NDArray[np.int32]] = []

    def add(self, values: npt.NDArray[np.object_] | Sequence[str]) -> None:
        if not len(values):
            return
        codes, uniques = pd.factorize(np.asarray(values, dtype=object))
        # map() over a bound method runs without a Python frame per value: this loop is the hot one for ID columns.
        found = map(self._index.get, uniques, itertools.repeat(-2, len(uniques)))
        mapping = np.fromiter(found, dtype=np.int32, count=len(uniques))
        new = np.flatnonzero(mapping == -2)
        if len(new):
            # Values not seen in earlier chunks: numbered in bulk, since a column of case IDs is all new values.
            fresh = uniques[new]
            blank = np.fromiter(map(str.isspace, fresh), dtype=bool, count=len(fresh))
            fresh_codes = np.full(len(fresh), -1, dtype=np.int32)
            kept = ~blank
            first_code = len(self._values)
            fresh_codes[kept] = np.arange(first_code, first_code + int(kept.sum()), dtype=np.int32)
            self._values.extend(fresh[kept].tolist())
            self._index.update(zip(fresh.tolist(), fresh_codes.tolist(), strict=True))
            mapping[new] = fresh_codes
        self._chunks.append(mapping[codes])

    def finish(self) -> pd.Categorical:
        codes = np.concatenate(self._chunks) if self._chunks else np.empty(0, dtype=np.int32)
        values = self._values
        self._chunks, self._index, self._values = [], {"": -1}, []
        return pd.Categorical.from_codes(codes, dtype=_text_categories(values), validate=False)


# Categories are turned into text in runs of this many values. Each run is one call into pandas' C code, which holds
# the GIL; between runs the GUI thread gets its turn. A run of 65,536 takes a few milliseconds.
CATEGORY_CHUNK = 65_536


def _text_categories(values: list[str]) -> pd.CategoricalDtype:
    """The dtype of a column whose distinct values are `values`: unique, non-blank `str`, in order of first
    appearance (as `ColumnBuilder` collects them).

    `pd.CategoricalDtype(values)` would build the whole index in one call, then check it for missing and repeated
    values in two more, each of them over every value at once: for a column of a million case IDs that froze the
    window for up to 200 ms (tests/benchmarks/bench_gui_stall.py). Here the index is built in runs, and the checks
    are skipped, because the values come from a dict's keys (unique) and are all text (none missing).
    """
    parts = [
        pd.Index(values[start : start + CATEGORY_CHUNK], dtype="str") for start in range(0, len(values), CATEGORY_CHUNK)
    ]
    categories: pd.Index
    if not parts:
        categories = pd.Index([], dtype="str")
    elif len(parts) == 1:
        categories = parts[0]
    else:
        categories = parts[0].append(parts[1:])
    from_fastpath = getattr(pd.CategoricalDtype, "_from_fastpath", None)
    if from_fastpath is None:  # a pandas without the unchecked constructor: correct, just slower on huge columns
        return pd.CategoricalDtype(categories)
    dtype: pd.CategoricalDtype = from_fastpath(categories, None)
    return dtype


@dataclass(frozen=True)
class _Layout:
    """Where the table starts in the first rows of the file."""

    header_position: int  # index into the sample of the header row
    skip_first_column: bool  # column A holds only row numbers under a blank header
    label_row: bool  # the row under the header repeats the names in words (HTCDS: codes in row 1, labels in row 2)


def _filled(row: list[str]) -> int:
    return sum(1 for cell in row if cell and not cell.isspace())


def _has_value(row: Sequence[str]) -> bool:
    # any() and join() run in C: this is called for every row of a sheet when the sheet picker counts records.
    return any(row) and not "".join(row).isspace()


def _normalised(text: str) -> str:
    return re.sub(r"[^0-9a-z]", "", text.casefold())


def _whole_number(text: str) -> int | None:
    text = text.strip()
    return int(text) if re.fullmatch(r"\d{1,9}", text) else None


@functools.cache
def _known_field_names() -> frozenset[str]:
    """Column names of HTCDS and the CTDC codebooks, normalised (resources/fields/known_field_names.txt)."""
    path = resource_path("fields", "known_field_names.txt")
    if not path.is_file():  # a broken installation: header finding still works on the shape of the rows
        return frozenset()
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(_normalised(line) for line in lines if line.strip() and not line.startswith("#"))


def _last_filled(row: list[str]) -> int:
    """1-based position of the last filled cell (0 for an empty row): how wide the row really is."""
    for position in range(len(row), 0, -1):
        cell = row[position - 1]
        if cell and not cell.isspace():
            return position
    return 0


def _filled_cells(row: list[str]) -> list[str]:
    return [cell.strip() for cell in row if cell and not cell.isspace()]


def _holds_known_names(row: list[str]) -> bool:
    """Several HTCDS or CTDC field names (a third of the filled cells at least)."""
    filled = _filled_cells(row)
    known = sum(1 for cell in filled if _normalised(cell) in _known_field_names())
    return known >= max(2, len(filled) / 3)


def _looks_like_names(row: list[str]) -> bool:
    """Short, mostly distinct cells with letters, or several known field names: what a row of column names is."""
    filled = _filled_cells(row)
    if len(filled) < 2:
        return False
    if _holds_known_names(row):
        return True
    keys = [_normalised(cell) for cell in filled]
    wordy = sum(1 for cell in filled if len(cell) <= MAX_NAME_CHARS and "\n" not in cell and _LETTER.search(cell))
    # Mostly distinct, not all: exports do repeat a name now and then (they are numbered when read).
    return len(set(keys)) >= 0.8 * len(keys) and wordy >= 0.8 * len(filled)


def _header_position(sample: list[list[str]], counts: list[int]) -> int:
    """Index in `sample` of the row holding the column names.

    Counting cells alone (the first row filling half the widest) took a first record whose note holds extra commas
    for the header, since it has more cells than the real one. So the header is the first row that looks like names
    and that the rows below fit under (no value right of its last name, bar one row in ten: a stray separator in a
    note). It is never a row after the one counting would pick, unless it holds known field names: a header
    narrower than its records (unnamed last columns) must not hand the names to a record that happens to fit.
    """
    most = max(counts)
    # A title row ("Victims, March 2024") fills one cell; the header fills about as many cells as the widest row.
    needed = max(2, math.ceil(most / 2)) if most >= 2 else 1
    by_count = next(i for i, n in enumerate(counts) if n >= needed)
    for position, row in enumerate(sample[:-1] if len(sample) > 1 else sample):
        if counts[position] < 2 or not _looks_like_names(row):
            continue
        if position > by_count and not _holds_known_names(row):
            continue
        width = _last_filled(row)
        below = sample[position + 1 :]
        sticking_out = sum(1 for other in below if _last_filled(other) > width)
        allowed = max(1, len(below) // 10) if len(below) >= 2 else 0
        if sticking_out <= allowed:
            return position
    return by_count


def _find_layout(sample: list[list[str]]) -> _Layout:
    counts = [_filled(row) for row in sample]
    header_position = _header_position(sample, counts)
    header = sample[header_position]
    below = sample[header_position + 1 :]

    skip_first = False
    if header and not header[0].strip():
        numbers = [_whole_number(row[0]) if row else None for row in below]
        present = [n for n, row in zip(numbers, below, strict=True) if row and row[0].strip()]
        if len(present) >= 2 and all(n is not None for n in present):
            whole = [n for n in present if n is not None]
            skip_first = all(b == a + 1 for a, b in itertools.pairwise(whole))

    label_row = False
    if below:
        start = 1 if skip_first else 0
        names = header[start:]
        labels = below[0][start:]
        pairs = [(n, labels[i] if i < len(labels) else "") for i, n in enumerate(names) if n.strip()]
        if pairs:
            filled = [(_normalised(n), _normalised(lab)) for n, lab in pairs if lab.strip()]
            # "First Name" under "prs_FirstName": one contains the other. Short strings ("F" in "Gender") do not count.
            related = sum(1 for n, lab in filled if min(len(n), len(lab)) >= 3 and (lab in n or n in lab))
            label_row = len(pairs) >= 2 and len(filled) >= 0.9 * len(pairs) and related >= 0.5 * len(pairs)
    return _Layout(header_position, skip_first, label_row)


# A header cell that reads as a value: a number or a date where a name should be ("32", "2021-03-04", "12/05/2019").
_NUMBER_OR_DATE = re.compile(r"[+-]?\d+(?:[.,]\d+)?|\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}(?:[ T][\d:]+)?")
SENTENCE_WORDS = 6  # a header cell of this many words or more is a sentence, not a name


def _shape(text: str) -> str:
    """Letters as "a", digits as "9", runs collapsed: "C-0012" and "C-0415" share the shape "a-9"."""
    return re.sub(r"(.)\1+", r"\1", re.sub(r"\d", "9", _LETTER.sub("a", text.strip())))


def _reads_as_value(cell: str, below: list[str]) -> bool:
    """A header cell that looks like the values under it rather than like a column's name."""
    text = cell.strip()
    if _NUMBER_OR_DATE.fullmatch(text):
        return True  # a number where a name should be
    if len(text.split()) >= SENTENCE_WORDS or len(text) > MAX_NAME_CHARS or "\n" in text:
        return True  # a sentence: a note, not a name
    values = [value.strip() for value in below if value.strip()]
    if not values:
        return False
    if text.casefold() in {value.casefold() for value in values}:
        return True  # "Female" above "Male", "Female", ...: one of the column's own values
    if any(ch.isdigit() for ch in text):
        # A code shaped like the codes below it ("C0012" over "C0415", "C0416"...).
        shape = _shape(text)
        return sum(1 for value in values if _shape(value) == shape) >= 0.5 * len(values)
    return False


def header_looks_like_record(sample: list[list[str]], header_position: int) -> bool:
    """True when the row taken for the column names looks like one of the records below it: most of its cells are
    numbers, dates, sentences or values found in their column below (an export saved without its header row)."""
    header = sample[header_position]
    below = sample[header_position + 1 :]
    if not below or _holds_known_names(header):
        return False
    cells = [(position, cell) for position, cell in enumerate(header) if cell and not cell.isspace()]
    if len(cells) < 2:
        return False
    like_values = sum(
        1
        for position, cell in cells
        if _reads_as_value(cell, [row[position] if position < len(row) else "" for row in below])
    )
    return like_values >= max(2, math.ceil(len(cells) / 2))


def _listed(row_numbers: list[int], total: int) -> str:
    """ "3-22, 40, 52, 53 and 7 more": runs of consecutive rows as ranges, at most `LISTED_ROWS` of them."""
    runs: list[tuple[int, int]] = []
    for number in row_numbers:
        if runs and number == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], number)
        else:
            runs.append((number, number))
    shown = runs[:LISTED_ROWS]
    covered = sum(last - first + 1 for first, last in shown)
    # Two neighbours read better as "4, 5" than as a range.
    parts = [
        f"{first}-{last}" if last > first + 1 else ", ".join(map(str, range(first, last + 1))) for first, last in shown
    ]
    text = ", ".join(parts)
    if total > covered:
        return translate("Reading", "{0} and {1} more").format(text, count_text(total - covered))
    return text


def about_rows(row_numbers: list[int], total: int | None, one: str, several: str, **values: object) -> str:
    """A whole sentence about one row (`one`, with {row}) or several (`several`, with {rows}: "7, 9 and 3 more");
    both are whole sentences so that each language words them its own way."""
    total = len(row_numbers) if total is None else total
    if total == 1:
        return one.format(row=row_numbers[0], **values)
    return several.format(rows=_listed(row_numbers, total), **values)


def _column_names(raw: list[str], first_position: int) -> tuple[list[str], list[str]]:
    """Unique, non-blank names for the header cells; `first_position` is the 1-based column of raw[0]."""
    notes: list[str] = []
    # Line breaks typed into a header cell (Alt+Enter in Excel) and runs of spaces become one space.
    stripped = [" ".join(name.split()) for name in raw]
    trimmed = sum(1 for a, b in zip(raw, stripped, strict=True) if a != b and b)
    if trimmed:
        notes.append(
            translate("Reading", "Extra spaces or line breaks in a column name were removed.")
            if trimmed == 1
            else translate("Reading", "Extra spaces or line breaks in {0} column names were removed.").format(
                count_text(trimmed)
            )
        )
    names: list[str] = []
    for offset, name in enumerate(stripped):
        names.append(name or f"Column {first_position + offset}")
    seen: dict[str, int] = {}
    taken = set(names)
    renamed: list[str] = []
    final: list[str] = []
    for name in names:
        count = seen.get(name, 0) + 1
        seen[name] = count
        if count == 1:
            final.append(name)
            continue
        candidate = f"{name} ({count})"
        while candidate in taken:
            count += 1
            candidate = f"{name} ({count})"
        seen[name] = count
        taken.add(candidate)
        final.append(candidate)
        renamed.append(f'"{name}" → "{candidate}"')
    if renamed:
        notes.append(
            translate("Reading", "Some column names appear more than once and were numbered: {0}.").format(
                ", ".join(renamed[:10])
            )
        )
    return final, notes


def count_records(chunks: Iterable[RowChunk]) -> int:
    """How many records `assemble_table` would find in `chunks` (non-empty rows under the header), without keeping
    them: cheap enough to label every sheet in the sheet picker."""
    sample: list[list[str]] = []
    count = 0
    layout: _Layout | None = None
    start = 0
    for chunk in chunks:
        for row in chunk.rows:
            if layout is None:
                if _filled(row):
                    sample.append(row)
                if len(sample) >= HEADER_SEARCH_ROWS:
                    layout = _find_layout(sample)
                    start = 1 if layout.skip_first_column else 0
                    skip = layout.header_position + 1 + (1 if layout.label_row else 0)
                    count = sum(1 for r in sample[skip:] if _has_value(r[start:]))
            elif _has_value(row[start:]):
                count += 1
    if layout is None and sample:
        layout = _find_layout(sample)
        start = 1 if layout.skip_first_column else 0
        skip = layout.header_position + 1 + (1 if layout.label_row else 0)
        count = sum(1 for r in sample[skip:] if _has_value(r[start:]))
    return count


def assemble_table(
    path: Path,
    chunks: Iterable[RowChunk],
    progress: Progress,
    *,
    first_column_position: int = 1,
    sheet: str | None = None,
    encoding: str | None = None,
    delimiter: str | None = None,
    extra_notes: tuple[str, ...] = (),
    has_header: bool = True,
) -> LoadedTable:
    """Read `chunks` into a table; raise `LoadError` for rows with more cells than the header (values would shift).

    `has_header` False (the user said the file has no header row): every filled row is a record and the columns are
    named by position, "column 1", "column 2"... With a header, a header row that looks like a record is said in a
    note and in `LoadedTable.header_looks_like_record`, so the user can say so.

    Rows shorter than the header are kept (the missing cells are missing) and listed in a note. A row with more
    filled cells than the header is refused, because it means a stray delimiter or quote, and its values would land
    in the wrong columns; extra cells that are empty (trailing delimiters) are ignored.
    """
    iterator: Iterator[RowChunk] = iter(chunks)
    head = _read_head(iterator, progress)
    if not head.sample_at:
        raise _no_values(path, sheet)
    header = _find_header(head, has_header, first_column_position)
    names, name_notes = _column_names(header.cells[header.first :], first_column_position + header.first)
    records = _Records(path, header, names)
    records.add(head.numbers[header.data_start :], head.rows[header.data_start :])
    done, total = head.done, head.total
    del head  # the rows read to find the header: a file may start with thousands of empty ones
    for chunk in iterator:
        check_cancelled(progress)
        records.add(chunk.row_numbers, chunk.rows)
        done, total = chunk.done, chunk.total
        progress.report(
            done, total, translate("Reading", "Reading rows ({0} so far)").format(count_text(len(records.row_numbers)))
        )
    check_cancelled(progress)

    columns, unnamed_notes = records.columns()
    index, columns = records.without_empty_rows(columns)
    notes = [*extra_notes, *_header_notes(header), *name_notes, *unnamed_notes, *records.notes()]
    if not len(index):
        raise _no_records(path, sheet, header.row)

    frame = pd.DataFrame(columns, index=pd.Index(index, name="row"))
    progress.report(total or done, total or done, translate("Reading", "Read {0} rows").format(count_text(len(frame))))
    return LoadedTable(
        frame=frame,
        source=path,
        sheet=sheet,
        header_row=header.row,
        has_header=has_header,
        header_looks_like_record=header.looks_like_record,
        encoding=encoding,
        delimiter=delimiter,
        notes=tuple(notes),
        skipped_rows=header.rows_not_records + len(records.empty_rows),
    )


@dataclass(frozen=True)
class _Head:
    """The rows read until the header search has its sample: every row so far, and which of them are filled."""

    numbers: list[int]
    rows: list[list[str]]
    sample_at: list[int]  # positions in `rows` of the first `HEADER_SEARCH_ROWS` filled rows
    done: int
    total: int

    @property
    def sample_rows(self) -> list[list[str]]:
        return [self.rows[i] for i in self.sample_at]

    @property
    def sample_numbers(self) -> list[int]:
        return [self.numbers[i] for i in self.sample_at]


def _read_head(iterator: Iterator[RowChunk], progress: Progress) -> _Head:
    """Read chunks until `HEADER_SEARCH_ROWS` filled rows are in (or the file ends); the rest is left in `iterator`."""
    numbers: list[int] = []
    rows: list[list[str]] = []
    sample_at: list[int] = []
    done, total = 0, 0
    for chunk in iterator:
        check_cancelled(progress)
        done, total = chunk.done, chunk.total
        progress.report(done, total, translate("Reading", "Reading rows"))
        for number, row in zip(chunk.row_numbers, chunk.rows, strict=True):
            if len(sample_at) < HEADER_SEARCH_ROWS and _filled(row):
                sample_at.append(len(rows))
            numbers.append(number)
            rows.append(row)
        if len(sample_at) >= HEADER_SEARCH_ROWS:
            break
    return _Head(numbers, rows, sample_at, done, total)


def _no_values(path: Path, sheet: str | None) -> LoadError:
    problem = (
        translate("Reading", 'has no values in sheet "{0}".').format(sheet)
        if sheet is not None
        else translate("Reading", "has no values in the file.")
    )
    return LoadError(path, problem, translate("Reading", "Check that you chose the right file or sheet."))


@dataclass(frozen=True)
class _Header:
    """The row of column names as found in the file, or named by position for a file the user says has none."""

    layout: _Layout
    cells: list[str]  # a nameless field of an HTCDS code row takes the name its label row gives it
    row: int  # the header's row as the user sees it (0: no header row)
    label_row: int  # the row under it that describes the names in words, as the user sees it (0: none)
    data_start: int  # position in the rows read so far of the first row under the header (and its label row)
    looks_like_record: bool

    @property
    def first(self) -> int:
        """1 when column A only numbers the rows and is left out, else 0."""
        return 1 if self.layout.skip_first_column else 0

    @property
    def rows_not_records(self) -> int:
        """The title rows above the header and the label row under it."""
        return self.layout.header_position + (1 if self.layout.label_row else 0)


def _find_header(head: _Head, has_header: bool, first_column_position: int) -> _Header:
    sample, sample_numbers = head.sample_rows, head.sample_numbers
    if not has_header:
        widest = max(_last_filled(row) for row in sample)
        cells = [f"column {position}" for position in range(first_column_position, first_column_position + widest)]
        return _Header(_Layout(0, False, False), cells, row=0, label_row=0, data_start=0, looks_like_record=False)
    layout = _find_layout(sample)
    cells = sample[layout.header_position]
    label_row = 0
    if layout.label_row:
        # A field with no code but a label (HTCDS has one) is better named by its label than by its position.
        labels = sample[layout.header_position + 1]
        cells = [name if name.strip() or i >= len(labels) else labels[i] for i, name in enumerate(cells)]
        label_row = sample_numbers[layout.header_position + 1]
    return _Header(
        layout,
        cells,
        row=sample_numbers[layout.header_position],
        label_row=label_row,
        data_start=head.sample_at[layout.header_position + (1 if layout.label_row else 0)] + 1,
        looks_like_record=header_looks_like_record(sample, layout.header_position),
    )


def _header_notes(header: _Header) -> list[str]:
    """What the user is told about the header: a record taken for it, titles above it, labels under it, and a first
    column that only numbers the rows."""
    notes: list[str] = []
    layout = header.layout
    if header.looks_like_record:
        notes.append(
            translate(
                "Reading",
                "Row {0} was read as the column names, but it looks like a record: its cells hold numbers, sentences "
                "or values like those in the rows below it. If the file has no header row, say so (“The file has no "
                "header row” in the Load step, --no-header on the command line): every row is then read as a "
                "record, and the columns are called “column 1”, “column 2”…",
            ).format(header.row)
        )
    if layout.header_position:
        # One whole sentence for one row and one for several (core's plurals are not read by lupdate).
        if layout.header_position == 1:
            above = translate(
                "Reading",
                "The column names were found in row {0}; the filled row above them (a title) was not read as a record.",
            )
        else:
            above = translate(
                "Reading",
                "The column names were found in row {0}; the {1} filled rows above them (titles) were not read as "
                "records.",
            )
        notes.append(above.format(header.row, count_text(layout.header_position)))
    if layout.label_row:
        notes.append(
            translate("Reading", "Row {0} describes the column names in words and was not read as a record.").format(
                header.label_row
            )
        )
    if header.first:
        notes.append(translate("Reading", "The first column has no name and only numbers the rows; it was left out."))
    return notes


class _Records:
    """The records under the header, collected chunk by chunk into columns; rows of the wrong length are fitted to
    the header, counted for the notes, or (with values past the last column) refused."""

    def __init__(self, path: Path, header: _Header, names: list[str]) -> None:
        self._path = path
        self._header = header
        self._names = names
        self._first = header.first
        self._width = len(header.cells)
        # Trailing separators after the last name ("a,b,c,") make the header wider than the rows; that is not ragged.
        self._named_width = max((i + 1 for i, cell in enumerate(header.cells) if cell.strip()), default=self._width)
        self._builders = [ColumnBuilder() for _ in names]
        self.row_numbers: list[int] = []
        self._short_rows: list[int] = []  # the first `LISTED_ROWS` of them
        self._short_count = 0
        self._long_rows: list[int] = []
        self.empty_rows: list[int] = []  # blank lines and rows of the wrong length with no value; all, once finished

    def add(self, numbers: list[int], rows: list[list[str]]) -> None:
        if not rows:
            return
        lengths = list(map(len, rows))
        if min(lengths) == self._width == max(lengths):
            kept_numbers, kept = numbers, rows  # the usual chunk: no Python work per row
        else:
            kept_numbers, kept = self._fitted(numbers, rows, lengths)
        if self._long_rows:
            raise _too_many_values(self._path, self._long_rows, self._width - self._first, self._header.row)
        if not kept:
            return
        self.row_numbers.extend(kept_numbers)
        # One 2-D object array per chunk (a C loop) is several times faster than zip(*rows) for the transpose.
        block = np.empty((len(kept), self._width), dtype=object)
        block[:] = kept
        for position in range(self._first, self._width):
            self._builders[position - self._first].add(block[:, position])

    def _fitted(
        self, numbers: list[int], rows: list[list[str]], lengths: list[int]
    ) -> tuple[list[int], list[list[str]]]:
        """The rows cut or padded to the header's width; empty ones and ones with values past it are set aside."""
        width = self._width
        kept_numbers: list[int] = []
        kept: list[list[str]] = []
        for number, row, length in zip(numbers, rows, lengths, strict=True):
            if length != width:
                if not _has_value(row[self._first :]):
                    self.empty_rows.append(number)
                    continue
                if length > width:
                    if _has_value(row[width:]):
                        self._long_rows.append(number)
                        continue
                    row = row[:width]
                else:
                    if length < self._named_width:
                        self._short_count += 1
                        if len(self._short_rows) < LISTED_ROWS:
                            self._short_rows.append(number)
                    row = row + [""] * (width - length)
            kept_numbers.append(number)
            kept.append(row)
        return kept_numbers, kept

    def columns(self) -> tuple[dict[str, pd.Categorical], list[str]]:
        """The finished columns, without the nameless ones nobody filled; and a note naming the nameless ones kept."""
        raw_names = self._header.cells[self._first :]
        columns = {name: builder.finish() for name, builder in zip(self._names, self._builders, strict=True)}
        # Excel keeps formatting in columns nobody filled; a nameless column with no value is not part of the table.
        unused = [
            name
            for name, raw in zip(self._names, raw_names, strict=True)
            if not raw.strip() and int((columns[name].codes >= 0).sum()) == 0
        ]
        for name in unused:
            del columns[name]
        blank_kept = [
            name for name, raw in zip(self._names, raw_names, strict=True) if not raw.strip() and name in columns
        ]
        if blank_kept:
            unnamed = (
                translate("Reading", "A column had no name and is called by its position: {0}.")
                if len(blank_kept) == 1
                else translate("Reading", "{1} columns had no name and are called by their position: {0}.")
            )
            return columns, [unnamed.format(", ".join(blank_kept[:10]), count_text(len(blank_kept)))]
        return columns, []

    def without_empty_rows(
        self, columns: dict[str, pd.Categorical]
    ) -> tuple[npt.NDArray[np.int64], dict[str, pd.Categorical]]:
        """The records' row numbers and columns without the rows whose every cell is empty (added to `empty_rows`)."""
        index = np.asarray(self.row_numbers, dtype=np.int64)
        # Rows whose every cell is empty (HTCDS numbers 1,000 empty rows) are found here, on the codes, not row by row.
        filled = np.zeros(len(index), dtype=bool)
        for column in columns.values():
            filled |= np.asarray(column.codes) >= 0
        if not filled.all():
            self.empty_rows.extend(int(n) for n in index[~filled])
            index = index[filled]
            columns = {name: column[filled] for name, column in columns.items()}
        self.empty_rows.sort()
        return index, columns

    def notes(self) -> list[str]:
        """The short rows and the empty rows, in sentences."""
        notes: list[str] = []
        if self._short_count:
            notes.append(
                about_rows(
                    self._short_rows,
                    self._short_count,
                    translate(
                        "Reading",
                        "Row {row} has fewer values than there are column names; its last cells were read as empty. "
                        "Check that no value slipped into the wrong column.",
                    ),
                    translate(
                        "Reading",
                        "Rows {rows} have fewer values than there are column names; their last cells were read as "
                        "empty. Check that no value slipped into the wrong column.",
                    ),
                )
            )
        if self.empty_rows:
            notes.append(
                about_rows(
                    self.empty_rows,
                    None,
                    translate("Reading", "An empty row was skipped (row {row})."),
                    translate("Reading", "{count} empty rows were skipped (rows {rows})."),
                    count=count_text(len(self.empty_rows)),
                )
            )
        return notes


def _too_many_values(path: Path, long_rows: list[int], count: int, header_row: int) -> LoadError:
    return LoadError(
        path,
        about_rows(
            long_rows,
            None,
            translate(
                "Reading",
                "Row {row} has more values than there are column names ({count}, taken from row {header}), "
                "so values would land in the wrong columns.",
            ),
            translate(
                "Reading",
                "Rows {rows} have more values than there are column names ({count}, taken from row "
                "{header}), so values would land in the wrong columns.",
            ),
            count=count,
            header=header_row,
        ),
        translate(
            "Reading",
            "This usually comes from a stray separator or quote mark in that row: fix the row in Excel or a "
            "text editor and save again.",
        ),
    )


def _no_records(path: Path, sheet: str | None, header_row: int) -> LoadError:
    # A table of names alone would pass as a loaded export with nothing in it; every later step would then
    # "succeed" on no records. Say so now, where the user can still pick the right file.
    problem = (
        translate("Reading", 'has column names (row {0}) but no records below them in sheet "{1}".').format(
            header_row, sheet
        )
        if sheet is not None
        else translate("Reading", "has column names (row {0}) but no records below them in the file.").format(
            header_row
        )
    )
    return LoadError(
        path,
        problem,
        translate(
            "Reading",
            "Check that you chose the right file or sheet, and export the cases again if the export came out empty.",
        ),
    )
