"""Open a case export (CSV/TSV/TXT or Excel workbook) as a table of text. The one entry point the GUI and CLI use.

What a file is comes from its first bytes, not its name: a workbook renamed .csv is still read as a workbook, and a
picture renamed .xlsx gets a message saying so instead of a crash.
"""

from __future__ import annotations

import zipfile
from enum import Enum
from pathlib import Path

from ctdc_desktop.core.io.table import LoadedTable, LoadError, SheetInfo
from ctdc_desktop.core.io.text_export import read_text_export
from ctdc_desktop.core.io.workbook_export import list_workbook_sheets, password_error, read_workbook_export
from ctdc_desktop.core.progress import NO_PROGRESS, Progress
from ctdc_desktop.core.translation import QT_TRANSLATE_NOOP, translate

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Compound File Binary: old .xls, .doc, and encrypted OOXML
ZIP_MAGIC = b"PK\x03\x04"
# An encrypted .xlsx is an OLE2 container holding a stream of this name (MS-OFFCRYPTO); names are UTF-16LE.
ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")

_OTHER_FILES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", QT_TRANSLATE_NOOP("Reading", "a PDF document")),
    (b"\x89PNG", QT_TRANSLATE_NOOP("Reading", "a picture (PNG)")),
    (b"\xff\xd8\xff", QT_TRANSLATE_NOOP("Reading", "a picture (JPEG)")),
    (b"GIF8", QT_TRANSLATE_NOOP("Reading", "a picture (GIF)")),
    (b"\x1f\x8b", QT_TRANSLATE_NOOP("Reading", "a compressed (gzip) file")),
    (b"7z\xbc\xaf", QT_TRANSLATE_NOOP("Reading", "a compressed (7-Zip) file")),
    (b"Rar!", QT_TRANSLATE_NOOP("Reading", "a compressed (RAR) file")),
    (b"MZ", QT_TRANSLATE_NOOP("Reading", "a program")),
    (b"\x7fELF", QT_TRANSLATE_NOOP("Reading", "a program")),
)


class FileKind(Enum):
    TEXT = "text"
    WORKBOOK = "workbook"


def _refuse(path: Path, what: str) -> LoadError:
    return LoadError(
        path,
        translate("Reading", "is {0}, not a table of case records.").format(translate("Reading", what)),
        translate(
            "Reading",
            "Choose the CSV or Excel file that holds the records (export it again from the case-management system "
            "if it is an export).",
        ),
    )


def _holds_encrypted_package(path: Path) -> bool:
    tail = b""
    with path.open("rb") as file:
        while block := file.read(1 << 20):
            if ENCRYPTED_STREAM in tail + block:
                return True
            tail = block[-len(ENCRYPTED_STREAM) :]
    return False


def _check_readable(path: Path) -> int:
    try:
        if not path.exists():
            raise LoadError(
                path,
                translate("Reading", "does not exist."),
                translate("Reading", "Check the folder and the file name, then open it again."),
            )
        if path.is_dir():
            raise LoadError(
                path,
                translate("Reading", "is a folder, not a file."),
                translate("Reading", "Choose the export file inside it."),
            )
        size = path.stat().st_size
        with path.open("rb"):
            pass
    except PermissionError:
        raise LoadError(
            path,
            translate("Reading", "cannot be opened: permission denied."),
            translate("Reading", "Close it in Excel, or copy it to your Documents folder."),
        ) from None
    except OSError as error:
        raise LoadError(
            path,
            translate("Reading", "cannot be opened ({0}).").format(error.strerror),
            translate("Reading", "Copy it to your computer and try again."),
        ) from None
    if size == 0:
        raise LoadError(
            path,
            translate("Reading", "is empty (0 bytes)."),
            translate(
                "Reading",
                "Check that you chose the right file; if it should hold records, save or export it again and open "
                "that.",
            ),
        )
    return size


def file_kind(path: Path) -> FileKind:
    """TEXT or WORKBOOK from the file's first bytes; `LoadError` for anything that is neither."""
    _check_readable(path)
    with path.open("rb") as file:
        head = file.read(8)
    if head.startswith(ZIP_MAGIC):
        try:
            with zipfile.ZipFile(path) as archive:
                names = set(archive.namelist())
        except (zipfile.BadZipFile, OSError, ValueError):
            raise LoadError(
                path,
                translate("Reading", "is damaged: it starts like an Excel workbook but cannot be opened."),
                translate(
                    "Reading", "Open it in Excel; if Excel repairs it, save it under a new name and open that copy."
                ),
            ) from None
        if {"xl/workbook.xml", "xl/workbook.bin"} & names or "content.xml" in names:
            return FileKind.WORKBOOK
        if any(n.startswith("word/") for n in names):
            raise _refuse(path, QT_TRANSLATE_NOOP("Reading", "a Word document"))
        if any(n.startswith("ppt/") for n in names):
            raise _refuse(path, QT_TRANSLATE_NOOP("Reading", "a PowerPoint presentation"))
        raise _refuse(path, QT_TRANSLATE_NOOP("Reading", "a ZIP archive"))
    if head.startswith(OLE2_MAGIC):
        if _holds_encrypted_package(path):
            raise password_error(path)
        return FileKind.WORKBOOK  # an Excel 97-2003 .xls; the workbook reader says so if it is not one
    for magic, what in _OTHER_FILES:
        if head.startswith(magic):
            raise _refuse(path, what)
    return FileKind.TEXT


def list_sheets(path: Path | str, progress: Progress = NO_PROGRESS) -> list[SheetInfo]:
    """Every sheet of a workbook with its number of records; [] for a text file (it has no sheets)."""
    path = Path(path)
    if file_kind(path) is FileKind.TEXT:
        return []
    return list_workbook_sheets(path, progress)


def read_export(
    path: Path | str, sheet: str | None = None, progress: Progress = NO_PROGRESS, *, has_header: bool = True
) -> LoadedTable:
    """Read a case export as text. Raises `LoadError` (a message for the user) or `Cancelled`.

    For a workbook, `sheet=None` reads the first sheet that holds records. For a text file `sheet` must be None.
    `has_header` False: the file has no header row; every row is a record, columns are "column 1", "column 2"...
    """
    path = Path(path)
    try:
        return _read(path, sheet, progress, has_header)
    except MemoryError:
        raise LoadError(
            path,
            translate("Reading", "is too large to open on this computer: there is not enough free memory."),
            translate(
                "Reading",
                "Close other programs and try again, or export the cases in smaller parts (for example one file per "
                "year).",
            ),
        ) from None
    except OSError as error:  # e.g. a USB stick or network drive that went away while reading
        raise LoadError(
            path,
            translate("Reading", "could not be read to the end ({0}).").format(error.strerror or error),
            translate("Reading", "Copy the file to this computer's Documents folder and open that copy."),
        ) from None


def _read(path: Path, sheet: str | None, progress: Progress, has_header: bool) -> LoadedTable:
    kind = file_kind(path)
    if kind is FileKind.WORKBOOK:
        return read_workbook_export(path, sheet, progress, has_header=has_header)
    if sheet is not None:
        raise LoadError(
            path,
            translate("Reading", 'is a text file and has no sheets, so sheet "{0}" cannot be chosen.').format(sheet),
            translate("Reading", "Leave the sheet out for CSV and text files."),
        )
    return read_text_export(path, progress, has_header=has_header)
