"""Reading a CSV/TSV/TXT export: guess the encoding and the separator, then split it into rows in chunks.

Python's `csv` module does the splitting (quoted cells with line breaks, doubled quotes); unlike pandas' fast reader
it tells us how many cells each row really has and on which line each record starts, which is what a caseworker
needs to find a broken row in the file.
"""

from __future__ import annotations

import codecs
import csv
import dataclasses
import io
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ctdc_desktop.core.io.assemble_table import RowChunk, about_rows, assemble_table
from ctdc_desktop.core.io.table import LoadedTable, LoadError
from ctdc_desktop.core.progress import Progress
from ctdc_desktop.core.translation import QT_TRANSLATE_NOOP, translate

HEAD_BYTES = 256 * 1024
# A cell larger than this is refused: it is almost always a quote mark that is never closed, swallowing the file.
MAX_CELL_CHARS = 16 * 1024 * 1024
# A record running over more lines than this has swallowed the rest of the file through an unclosed quote.
MAX_LINES_PER_RECORD = 5_000
# Aim for chunks of about this many cells whatever the width: the csv module holds the GIL for a whole chunk, so
# this bounds both how long Cancel waits and how long a GUI thread can be kept from repainting (a few dozen ms).
CELLS_PER_CHUNK = 50_000

WORKBOOK_SUFFIXES = frozenset({".xlsx", ".xlsm", ".xls", ".xlsb", ".ods"})
DELIMITERS = (",", ";", "\t", "|")
DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab", "|": "vertical bar"}
ENCODING_NAMES = {
    "utf-8": "UTF-8",
    "utf-8-sig": QT_TRANSLATE_NOOP("Reading", "UTF-8 with BOM"),
    "utf-16": QT_TRANSLATE_NOOP("Reading", "UTF-16 (Excel's Unicode text)"),
    "utf-16-le": QT_TRANSLATE_NOOP("Reading", "UTF-16 little-endian"),
    "utf-16-be": QT_TRANSLATE_NOOP("Reading", "UTF-16 big-endian"),
    "cp1252": QT_TRANSLATE_NOOP("Reading", "Windows-1252 (Western European)"),
    "latin-1": "Latin-1",
}


@dataclass(frozen=True)
class TextFormat:
    encoding: str  # Python codec name
    delimiter: str
    skip_lines: int = 0  # lines before the table that are not records (Excel's "sep=;")


def detect_encoding(head: bytes) -> str:
    """Codec for a file starting with `head`: BOMs first, then UTF-16 without BOM, UTF-8, else Windows-1252."""
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    sample = head[:4096]
    if len(sample) >= 4:
        even_nuls = sample[0::2].count(0)
        odd_nuls = sample[1::2].count(0)
        half = len(sample) // 2
        # ASCII text in UTF-16 has a zero byte beside every character.
        if odd_nuls > 0.6 * half and even_nuls < 0.1 * half:
            return "utf-16-le"
        if even_nuls > 0.6 * half and odd_nuls < 0.1 * half:
            return "utf-16-be"
    try:
        # The head may end in the middle of a multi-byte character; the incremental decoder allows that.
        codecs.getincrementaldecoder("utf-8")("strict").decode(head, final=False)
    except UnicodeDecodeError:
        return "cp1252"
    return "utf-8"


def decode_head(head: bytes, encoding: str, whole_file: bool) -> str:
    text = codecs.getincrementaldecoder(encoding)("replace").decode(head, final=whole_file)
    if not whole_file and "\n" in text:
        text = text[: text.rindex("\n") + 1]
    return text


def looks_binary(text: str) -> bool:
    """True for text that is really a binary file: zero characters or many control characters."""
    if "\x00" in text:
        return True
    controls = sum(1 for ch in text[:65536] if ord(ch) < 32 and ch not in "\t\r\n\f\v")
    return controls > 0.01 * max(1, min(len(text), 65536))


def detect_delimiter(text: str, prefer_tab: bool = False) -> str:
    """The separator that splits the first records into the same number (> 1) of cells most consistently."""
    best = "\t" if prefer_tab else ","
    best_score: tuple[float, int, int] = (0.0, 0, 0)
    for order, delimiter in enumerate(DELIMITERS):
        counts: list[int] = []
        # newline="" as the reader of the whole file: a lone CR ends a line there too (old Mac files).
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        try:
            for row in reader:
                if row:
                    counts.append(len(row))
                if len(counts) >= 200:
                    break
        except csv.Error:
            continue
        if not counts:
            continue
        mode = max(set(counts), key=lambda c: (counts.count(c), c))
        if mode < 2:
            continue
        consistency = counts.count(mode) / len(counts)
        preference = 1 if (prefer_tab and delimiter == "\t") else 0
        score = (round(consistency, 2), preference, -order)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _unclosed_quote(path: Path, line: int) -> LoadError:
    return LoadError(
        path,
        translate(
            "Reading",
            "a quote mark in the record that starts on line {0} is never closed, so the rest of the file would "
            "read as one cell and the records after it would be lost.",
        ).format(line),
        translate("Reading", "Open the file in a text editor, fix the quote marks on that line and save again."),
    )


def _quote_closed_early(path: Path, start: int, line: int) -> LoadError:
    if line > start:
        problem = translate(
            "Reading",
            "a quote mark opened in the record that starts on line {0} is not closed on that line; the cell "
            "runs on to line {1}, so the records in between would be lost inside it.",
        ).format(start, line)
    else:
        problem = translate(
            "Reading",
            'on line {0} a cell has more text after its closing quote mark (such as "5" inch"), so it is not '
            "clear where the cell ends.",
        ).format(start)
    return LoadError(
        path,
        problem,
        translate(
            "Reading",
            "Open the file in a text editor and fix the quote marks on that line "
            '(a quote inside a cell is written "").',
        ),
    )


def _line_breaks(row: list[str]) -> int:
    text = "\x00".join(row)
    return text.count("\n") + text.count("\r") - text.count("\r\n")


def _record_lines(rows: list[list[str]], start: int) -> list[int]:
    """The line each of `rows` starts on, the first starting on line `start`."""
    numbers = []
    line = start
    for row in rows:
        numbers.append(line)
        line += 1 + _line_breaks(row)
    return numbers


def _holds_records(row: list[str], delimiter: str) -> bool:
    """True when a cell's later lines look like whole records (as many separators as the row has cells, less one).

    That is what a quote closed in the wrong place leaves (a stray quote at the end of a later cell, as in 5'4"):
    the strict reader sees nothing wrong, but the records in between sit inside one cell.
    """
    needed = max(2, len(row) - 1)
    for cell in row:
        if "\n" in cell or "\r" in cell:
            later = cell.splitlines()[1:]
            if sum(1 for line in later if line.count(delimiter) >= needed) >= 2:
                return True
    return False


class _QuoteCounter:
    """The lines the csv reader reads, each counted for quote marks on the way, so that a record's quote marks can
    be checked without reading the file twice. A well-formed record holds an even number of them (cells are quoted in
    pairs, a quote inside a cell is doubled); an odd number means a quote mark is missing or stray, which the strict
    reader can still accept when it splits one record into two whole-looking ones (a dropped opening quote before a
    cell with a line break)."""

    def __init__(self, lines: Iterator[str]) -> None:
        self._lines = lines
        self.first = 1  # the line number counts[0] belongs to
        self.counts: list[int] = []

    def __iter__(self) -> Iterator[str]:
        for line in self._lines:
            self.counts.append(line.count('"'))
            yield line

    def odd_records(self, starts: list[int], end: int) -> list[int]:
        """The starting lines of the records (starting at `starts`, the last ending on `end`) with odd quote counts;
        lines up to `end` are then forgotten."""
        odd = []
        for line, following in itertools.pairwise([*starts, end + 1]):
            if sum(self.counts[line - self.first : following - self.first]) % 2:
                odd.append(line)
        del self.counts[: end + 1 - self.first]
        self.first = end + 1
        return odd


def _rows(
    path: Path,
    fmt: TextFormat,
    size: int,
    suspicious: list[int] | None = None,
    stray_quotes: list[int] | None = None,
) -> Iterator[RowChunk]:
    """Rows in chunks, each with the line on which its record starts.

    The csv reader only says which line it has reached; a chunk whose records each took one line gets its numbers
    by counting, and only a chunk holding cells with line breaks is looked at row by row.

    The reader is strict about quotes: a quote mark that is never closed, or one that "closes" and is followed by
    more text, is refused with the line where its record starts. A lenient reader would carry on and put every
    record up to the next quote mark (or the end of the file) into one cell, losing them without a word.
    """
    csv.field_size_limit(MAX_CELL_CHARS)
    with path.open("rb") as binary:
        text = io.TextIOWrapper(binary, encoding=fmt.encoding, errors="strict", newline="")
        counter = _QuoteCounter(iter(text))
        reader = csv.reader(counter, delimiter=fmt.delimiter, strict=True)
        per_chunk = 500  # until the width is known
        start = 1  # line on which the next record starts
        for _ in range(fmt.skip_lines):
            next(reader, None)
            start = reader.line_num + 1
        counter.odd_records([], start - 1)
        while True:
            rows: list[list[str]] = []
            try:
                # extend() keeps the rows read before an error, which say where the broken record starts.
                rows.extend(itertools.islice(reader, per_chunk))
            except csv.Error as error:
                failed_at = reader.line_num
                lines = _record_lines(rows, start)
                record_start = (lines[-1] + 1 + _line_breaks(rows[-1])) if rows else start
                if "field larger" in str(error):
                    raise LoadError(
                        path,
                        translate(
                            "Reading",
                            "a cell in the record that starts on line {0} is longer than {1} MB; this is almost "
                            "always a quote mark that is never closed.",
                        ).format(record_start, MAX_CELL_CHARS // (1024 * 1024)),
                        translate(
                            "Reading",
                            "Open the file in a text editor, fix the quote marks on that line and save again.",
                        ),
                    ) from None
                if "unexpected end of data" in str(error):
                    raise _unclosed_quote(path, record_start) from None
                if "expected after" in str(error):
                    raise _quote_closed_early(path, record_start, failed_at) from None
                raise LoadError(
                    path,
                    translate("Reading", "line {0} cannot be read as a table row ({1}).").format(failed_at, error),
                    translate("Reading", "Fix that line in a text editor, or save the table again from Excel as CSV."),
                ) from None
            if not rows:
                return
            end = reader.line_num
            if end - start + 1 == len(rows):
                numbers = list(range(start, end + 1))
            else:
                numbers = _record_lines(rows, start)
                for row, (line, following) in zip(rows, itertools.pairwise([*numbers, end + 1]), strict=True):
                    if following - line > MAX_LINES_PER_RECORD:
                        raise _unclosed_quote(path, line)
                    if suspicious is not None and following - line > 2 and _holds_records(row, fmt.delimiter):
                        suspicious.append(line)
            odd = counter.odd_records(numbers, end)
            if stray_quotes is not None:
                stray_quotes.extend(odd)
            start = end + 1
            yield RowChunk(numbers, rows, binary.tell(), size)
            per_chunk = max(200, CELLS_PER_CHUNK // max(1, max(map(len, rows))))


def _stray_quote_note(lines: list[int]) -> str:
    return about_rows(
        lines,
        None,
        translate(
            "Reading",
            "The record starting on line {row} holds an odd number of quote marks: one is missing or stray, which can "
            "split a record in two or join two records. Check that line in a text editor, and compare the record "
            "count with the file.",
        ),
        translate(
            "Reading",
            "The records starting on lines {rows} hold an odd number of quote marks: one is missing or stray, which "
            "can split a record in two or join two records. Check those lines in a text editor, and compare the "
            "record count with the file.",
        ),
    )


def read_text_export(path: Path, progress: Progress, *, has_header: bool = True) -> LoadedTable:
    """Read a CSV/TSV/TXT file as text (see `LoadedTable` for the cell contract)."""
    size = path.stat().st_size
    with path.open("rb") as binary:
        head = binary.read(HEAD_BYTES)
    encoding = detect_encoding(head)
    text = decode_head(head, encoding, whole_file=len(head) >= size)
    _refuse_empty_or_binary(path, text)
    _refuse_web_page_or_xml(path, text)
    delimiter, declared = _delimiter(path, text)
    skip_lines = 1 if declared else 0  # the "sep=" line
    last_error: UnicodeDecodeError | None = None
    for candidate in _encodings_to_try(encoding):
        try:
            return _read_table(path, TextFormat(candidate, delimiter, skip_lines), size, progress, has_header)
        except UnicodeDecodeError as error:
            last_error = error
    raise LoadError(
        path,
        translate("Reading", "cannot be read as text in {0} ({1}).").format(
            translate("Reading", ENCODING_NAMES.get(encoding, encoding)), last_error
        ),
        translate("Reading", 'Save the file from Excel as "CSV UTF-8" and open it again.'),
    )


def _refuse_empty_or_binary(path: Path, text: str) -> None:
    """Refuse a file with no values, or one that holds no text at all (a picture or a PDF renamed, say)."""
    if not text.strip():
        raise LoadError(
            path,
            translate("Reading", "has no values in it."),
            translate("Reading", "Check that you chose the right file."),
        )
    if not looks_binary(text):
        return
    problem = (
        translate(
            "Reading",
            "is not an Excel workbook: it holds binary data (perhaps a picture, a PDF or another program's file "
            "renamed).",
        )
        if path.suffix.lower() in WORKBOOK_SUFFIXES
        else translate(
            "Reading",
            "is not a text table: it holds binary data (perhaps a picture, a PDF or another program's file renamed).",
        )
    )
    raise LoadError(
        path,
        problem,
        translate(
            "Reading",
            "Choose the CSV or Excel file that holds the records (export it again from the case-management system "
            "if it is an export).",
        ),
    )


def _refuse_web_page_or_xml(path: Path, text: str) -> None:
    """Refuse a web page or an XML spreadsheet, which some case systems save under an Excel or CSV name."""
    start = text.lstrip("\ufeff")[:1024].lstrip().casefold()
    if start.startswith(("<!doctype html", "<html", "<table")) or (start.startswith("<?xml") and "<html" in start):
        raise LoadError(
            path,
            translate(
                "Reading",
                "is a web page (HTML), not a table file, even if its name says Excel or CSV; some case systems "
                "export this way.",
            ),
            translate(
                "Reading",
                'Open it in Excel, then use File → Save As → "Excel Workbook (.xlsx)" and open the saved file.',
            ),
        )
    if start.startswith("<?xml"):
        raise LoadError(
            path,
            translate(
                "Reading", "is an XML file (perhaps an Excel 2003 XML spreadsheet), which this app does not read."
            ),
            translate(
                "Reading",
                'Open it in Excel, then use File → Save As → "Excel Workbook (.xlsx)" and open the saved file.',
            ),
        )


def _delimiter(path: Path, text: str) -> tuple[str, bool]:
    """The separator, and whether the first line declares it."""
    # Excel honours a first line "sep=;" naming the separator; so do we, and that line is not part of the table.
    first_line = text.lstrip("\ufeff").split("\n", 1)[0].strip()
    declared = re.fullmatch(r"sep=(.)", first_line, flags=re.IGNORECASE)
    if declared:
        return declared.group(1), True
    return detect_delimiter(text, prefer_tab=path.suffix.lower() in {".tsv", ".tab"}), False


def _encodings_to_try(encoding: str) -> list[str]:
    # UTF-8 was only checked on the head; a later byte may prove the file is Windows-1252 after all.
    return [encoding] + (["cp1252", "latin-1"] if encoding == "utf-8" else ["latin-1"] if encoding == "cp1252" else [])


def _read_table(path: Path, fmt: TextFormat, size: int, progress: Progress, has_header: bool) -> LoadedTable:
    """The whole file read in `fmt`, with notes on what may be wrong in it; UnicodeDecodeError when a byte does not
    fit the encoding."""
    notes: list[str] = []
    if fmt.encoding in {"cp1252", "latin-1"}:
        notes.append(
            translate(
                "Reading",
                'Read as {0}, not UTF-8. If accented letters look wrong, save the file from Excel as "CSV UTF-8" '
                "and open it again.",
            ).format(translate("Reading", ENCODING_NAMES[fmt.encoding]))
        )
    suspicious: list[int] = []
    stray_quotes: list[int] = []
    table = assemble_table(
        path,
        _rows(path, fmt, size, suspicious, stray_quotes),
        progress,
        encoding=ENCODING_NAMES.get(fmt.encoding, fmt.encoding),
        delimiter=fmt.delimiter,
        extra_notes=tuple(notes),
        has_header=has_header,
    )
    if suspicious:
        table = dataclasses.replace(table, notes=(*table.notes, _hidden_records_note(suspicious)))
    if stray_quotes:
        table = dataclasses.replace(table, notes=(*table.notes, _stray_quote_note(stray_quotes)))
    return table


def _hidden_records_note(lines: list[int]) -> str:
    listed = ", ".join(str(line) for line in lines[:10])
    return translate(
        "Reading",
        "The record(s) starting on line(s) {0} hold a cell whose lines look like whole records. "
        "A quote mark there may be closed in the wrong place, hiding records inside one cell: "
        "check those lines in a text editor, and compare the record count with the file.",
    ).format(listed)
