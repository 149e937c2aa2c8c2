"""Reading an Excel workbook (XLSX/XLSM, also XLS/XLSB/ODS): python-calamine first, openpyxl read-only as fallback.

calamine (Rust) parses a sheet many times faster than openpyxl; openpyxl is kept for the odd file calamine rejects.
Both only ever open the file for reading.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import threading
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, TypeVar

from ctdc_desktop.core.io.assemble_table import RowChunk, assemble_table, count_records
from ctdc_desktop.core.io.table import LoadedTable, LoadError, SheetInfo
from ctdc_desktop.core.progress import NO_PROGRESS, Cancelled, Progress, check_cancelled
from ctdc_desktop.core.translation import translate

# Rows per chunk: small enough that cancel is checked, and the GUI thread gets the GIL, every few dozen ms.
ROWS_PER_CHUNK = 2_000
POLL_SECONDS = 0.05

T = TypeVar("T")


def _cancellable(work: Callable[[], T], progress: Progress, message: str) -> T:
    """Run `work` (a call into calamine, which parses a whole sheet in Rust without a way to stop it) on a helper
    thread, checking for Cancel every 50 ms.

    calamine releases the GIL while it parses, so this thread stays free to answer. On Cancel we stop waiting and
    raise `Cancelled`; the helper is a daemon thread that finishes its parse in the background and is dropped.
    """
    outcome: dict[str, Any] = {}

    def run() -> None:
        try:
            outcome["value"] = work()
        except BaseException as error:  # handed to the waiting thread, which re-raises it
            outcome["error"] = error

    helper = threading.Thread(target=run, name="ctdc-read-workbook", daemon=True)
    helper.start()
    while True:
        helper.join(POLL_SECONDS)
        if not helper.is_alive():
            break
        check_cancelled(progress)
        progress.report(0, 0, message)
    if "error" in outcome:
        raise outcome["error"]
    value: T = outcome["value"]
    return value


def cell_text(value: object) -> str:
    """A workbook cell as the text a caseworker sees in Excel (see `LoadedTable` for the contract)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(value)
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return str(value)


def _chunks(rows: Iterable[Iterable[Any]], total: int, progress: Progress) -> Iterator[RowChunk]:
    numbers: list[int] = []
    batch: list[list[str]] = []
    number = 0
    for row in rows:
        number += 1
        numbers.append(number)
        batch.append([v if type(v) is str else cell_text(v) for v in row])
        if len(batch) >= ROWS_PER_CHUNK:
            check_cancelled(progress)
            yield RowChunk(numbers, batch, number, total)
            numbers, batch = [], []
    if batch:
        yield RowChunk(numbers, batch, number, max(total, number))


class _Workbook:
    """One open workbook, whichever library reads it; rows of every sheet start at Excel's row 1, column A."""

    def __init__(self, path: Path, progress: Progress) -> None:
        self.path = path
        self.progress = progress
        self.fallback_note = ""
        self._calamine: Any = None
        self._openpyxl: Any = None
        calamine_error: Exception | None = None
        try:
            from python_calamine import CalamineWorkbook

            self._calamine = _cancellable(
                lambda: CalamineWorkbook.from_path(str(path)), progress, translate("Reading", "Opening the workbook")
            )
            self.sheet_names: list[str] = list(self._calamine.sheet_names)
            return
        except Cancelled:
            raise
        except Exception as error:  # calamine raises several exception types for bad files
            calamine_error = error
        if "password" in str(calamine_error).lower() or type(calamine_error).__name__ == "PasswordError":
            raise password_error(path)
        try:
            import openpyxl

            self._openpyxl = openpyxl.load_workbook(path, read_only=True, data_only=True)
            self.sheet_names = list(self._openpyxl.sheetnames)
            self.fallback_note = translate(
                "Reading", "Read with the slower Excel reader because the fast one could not open this file."
            )
        except Exception:
            raise LoadError(
                path,
                translate("Reading", "is damaged or is not an Excel workbook, so it cannot be read."),
                translate(
                    "Reading", "Open it in Excel; if Excel repairs it, save it under a new name and open that copy."
                ),
            ) from None

    def rows(self, sheet: str) -> tuple[Iterable[Iterable[Any]], int]:
        """The rows of `sheet`; a sheet calamine cannot parse is tried with openpyxl before giving up."""
        if self._calamine is not None:
            book = self._calamine
            try:
                data = _cancellable(
                    lambda: book.get_sheet_by_name(sheet),
                    self.progress,
                    translate("Reading", 'Opening sheet "{0}"').format(sheet),
                )
                # iter_rows starts at cell A1 (leading empty rows included): a row's position is its Excel number.
                return data.iter_rows(), int(data.total_height) + 1
            except Cancelled:
                raise
            except Exception:
                if self._openpyxl is None:
                    try:
                        import openpyxl

                        self._openpyxl = openpyxl.load_workbook(self.path, read_only=True, data_only=True)
                    except Exception:
                        raise self.damaged_sheet(sheet) from None
                self.fallback_note = translate(
                    "Reading", "Read with the slower Excel reader because the fast one could not read this sheet."
                )
        try:
            worksheet = self._openpyxl[sheet]
            return worksheet.iter_rows(min_row=1, min_col=1, values_only=True), int(worksheet.max_row or 0)
        except Exception:
            raise self.damaged_sheet(sheet) from None

    def damaged_sheet(self, sheet: str) -> LoadError:
        return LoadError(
            self.path,
            translate("Reading", 'sheet "{0}" is damaged and cannot be read.').format(sheet),
            translate("Reading", "Open it in Excel; if Excel repairs it, save it under a new name and open that copy."),
        )

    def close(self) -> None:
        if self._calamine is not None:
            # A cancelled helper thread may still parse a sheet ("Already borrowed"); the book closes when it ends.
            with contextlib.suppress(RuntimeError):
                self._calamine.close()
        if self._openpyxl is not None:
            self._openpyxl.close()


def password_error(path: Path) -> LoadError:
    return LoadError(
        path,
        translate("Reading", "is protected by a password: remove the password in Excel and save again."),
        translate(
            "Reading",
            "In Excel: File → Info → Protect Workbook → Encrypt with Password, clear the password, save, and open the "
            "saved file here.",
        ),
    )


def _open(path: Path, progress: Progress) -> _Workbook:
    return _Workbook(path, progress)


def _sheet_error(path: Path, sheet: str, names: list[str]) -> LoadError:
    listed = ", ".join(f'"{n}"' for n in names)
    return LoadError(
        path,
        translate("Reading", 'has no sheet called "{0}".').format(sheet),
        translate("Reading", "Its sheets are: {0}.").format(listed),
    )


def _resolve(path: Path, sheet: str, names: list[str]) -> str:
    if sheet in names:
        return sheet
    # Sheet names often carry stray spaces ("Lookups "); a user typing the name without them means the same sheet.
    loose = [n for n in names if n.strip().casefold() == sheet.strip().casefold()]
    if len(loose) == 1:
        return loose[0]
    raise _sheet_error(path, sheet, names)


def list_workbook_sheets(path: Path, progress: Progress = NO_PROGRESS) -> list[SheetInfo]:
    book = _open(path, progress)
    try:
        infos: list[SheetInfo] = []
        for name in book.sheet_names:
            check_cancelled(progress)
            try:
                rows, total = book.rows(name)
                records = count_records(_chunks(rows, total, progress))
            except Cancelled:
                raise
            except Exception:  # a chart sheet or a damaged sheet: list it as holding nothing
                records = 0
            infos.append(SheetInfo(name, records))
        return infos
    finally:
        book.close()


def read_workbook_export(path: Path, sheet: str | None, progress: Progress, *, has_header: bool = True) -> LoadedTable:
    book = _open(path, progress)
    try:
        names = book.sheet_names
        if not names:
            raise LoadError(
                path,
                translate("Reading", "has no sheets."),
                translate("Reading", "Open it in Excel to check it is the right file."),
            )
        notes: list[str] = []
        if sheet is None:
            chosen = names[0]
            if len(names) > 1:
                for name in names:
                    try:
                        rows, total = book.rows(name)
                        found = count_records(_chunks(rows, total, progress))
                    except Cancelled:
                        raise
                    except Exception:  # a chart sheet or a damaged one holds no records we can read
                        continue
                    if found > 0:
                        chosen = name
                        break
                notes.append(
                    translate("Reading", 'This workbook has {0} sheets; read "{1}", the first with records.').format(
                        len(names), chosen
                    )
                )
        else:
            chosen = _resolve(path, sheet, names)
        try:
            rows, total = book.rows(chosen)
            if book.fallback_note:
                notes.append(book.fallback_note)
            return assemble_table(
                path,
                _chunks(rows, total, progress),
                progress,
                sheet=chosen,
                extra_notes=tuple(notes),
                has_header=has_header,
            )
        except (LoadError, Cancelled):
            raise
        except Exception:  # openpyxl reads lazily, so a damaged sheet may only show itself while rows are read
            raise book.damaged_sheet(chosen) from None
    finally:
        book.close()
