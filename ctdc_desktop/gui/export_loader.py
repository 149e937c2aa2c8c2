"""Opening one export for one role (victim records or perpetrator records), in the background.

`ExportLoader` walks a file through: list its sheets (workbooks only) → let the user pick one if there are several →
read it as text → profile its columns. It owns one `StepWorker`; the page only connects to its signals.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot

from ctdc_desktop.core.io.read_export import list_sheets
from ctdc_desktop.core.io.table import SheetInfo
from ctdc_desktop.core.load.decisions import SourceRole
from ctdc_desktop.core.load.open_export import LoadedExport, preselect_sheet, read_and_profile
from ctdc_desktop.core.progress import Progress
from ctdc_desktop.gui.worker import StepWorker


class ExportLoader(QObject):
    """One role's file: where it is, which sheet, and what was read. Emits what happened; never shows anything."""

    sheets_found = Signal(list, str)  # [SheetInfo], the preselected sheet name; the user now picks one
    loaded = Signal(object)  # LoadedExport
    failed = Signal(str)  # a message naming the file and what to do
    cancelled = Signal()
    busy_changed = Signal(bool)
    progress_changed = Signal(object, object, str)  # done, total, message

    def __init__(self, role: SourceRole, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.role = role
        # What is loaded now, and what is being opened. A failed or cancelled open leaves the loaded file in place.
        self._result: LoadedExport | None = None
        self._opening: Path | None = None
        self._opening_sheet: str | None = None
        self._has_header = True  # False: the user said the file has no header row
        self._sheets: list[SheetInfo] = []
        self._worker: StepWorker[LoadedExport | _SheetList] = StepWorker(self, name=f"loading {role.value}")
        self._worker.busy_changed.connect(self.busy_changed)
        self._worker.progress_changed.connect(self.progress_changed)
        self._worker.failed.connect(self.failed)
        self._worker.cancelled.connect(self.cancelled)
        self._worker.succeeded.connect(self._on_step_done)

    # --- what the page asks for --------------------------------------------------------------------------------
    def open(self, path: Path | str, sheet: str | None = None, has_header: bool = True) -> None:
        """Start reading `path`. A workbook with several sheets and no `sheet` stops at `sheets_found`.
        `has_header` False: the file has no header row (every row is a record)."""
        self._opening, self._opening_sheet, self._sheets = Path(path), sheet, []
        self._has_header = has_header
        if sheet is None:
            opening = self._opening
            # The reader tells a workbook from a text file by its content, not its name, so always ask it.
            self._worker.start(lambda progress: _read_unless_several_sheets(opening, progress, has_header))
        else:
            self._start_read()

    def choose_sheet(self, sheet: str) -> None:
        """Read the sheet the user picked from `sheets_found`."""
        if self._opening is None:
            return
        self._opening_sheet = sheet
        self._start_read()

    def cancel(self) -> None:
        self._worker.cancel()

    def shutdown(self) -> None:
        self._worker.shutdown()

    def clear(self) -> None:
        """Forget the file (the user removed it): nothing loaded, nothing running."""
        self._worker.cancel()
        self._opening, self._opening_sheet, self._sheets, self._result = None, None, [], None

    def is_busy(self) -> bool:
        return self._worker.is_busy()

    def result(self) -> LoadedExport | None:
        return self._result

    def path(self) -> Path | None:
        """The file now loaded (not one still being opened)."""
        return self._result.table.source if self._result else None

    def sheet(self) -> str | None:
        return self._result.table.sheet if self._result else None

    def has_header(self) -> bool:
        """False when the loaded file was read as having no header row."""
        return self._result.table.has_header if self._result else True

    def opening(self) -> Path | None:
        """The file being opened, or waiting for a sheet choice; None once loaded."""
        return self._opening

    # --- steps ------------------------------------------------------------------------------------------------
    def _start_read(self) -> None:
        path, sheet, has_header = self._opening, self._opening_sheet, self._has_header
        assert path is not None
        self._worker.start(lambda progress: read_and_profile(path, sheet, progress, has_header=has_header))

    @Slot(object)
    def _on_step_done(self, outcome: object) -> None:
        if isinstance(outcome, _SheetList):
            self._sheets = outcome.sheets
            self.sheets_found.emit(self._sheets, preselect_sheet(self._sheets, self.role) or "")
        elif isinstance(outcome, LoadedExport):
            self._result = outcome
            self._opening, self._opening_sheet = None, None
            self.loaded.emit(outcome)


@dataclass(frozen=True)
class _SheetList:
    sheets: list[SheetInfo]


def _read_unless_several_sheets(path: Path, progress: Progress, has_header: bool) -> LoadedExport | _SheetList:
    """Read a text file or a one-sheet workbook straight away; for several sheets, hand back the list to pick from."""
    sheets = list_sheets(path)
    if len(sheets) > 1:
        return _SheetList(sheets)
    return read_and_profile(path, sheets[0].name if sheets else None, progress, has_header=has_header)
