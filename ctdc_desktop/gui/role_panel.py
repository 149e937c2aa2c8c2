"""The box on the Load page for one kind of record: which file, which sheet, how many rows, and what went wrong.

It only shows things and says what the user clicked; `LoadPage` decides what happens.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ctdc_desktop.core.io.table import LoadedTable, SheetInfo
from ctdc_desktop.gui.progress_panel import ProgressPanel
from ctdc_desktop.gui.text_format import count_text, escape_html

MAX_NOTES_SHOWN = 6  # a file with 3,000 ragged rows must not push the whole page down


class RolePanel(QGroupBox):
    open_clicked = Signal()
    remove_clicked = Signal()
    cancel_clicked = Signal()
    sheet_chosen = Signal(str)
    no_header_chosen = Signal(bool)  # the user says the file has (False) or has not (True) a header row

    def __init__(self, title: str, sheet_question: str, removable: bool = False, parent: QWidget | None = None) -> None:
        """`sheet_question`: the whole question asked when a workbook has several sheets, with {file} for its name
        ("{file} has several sheets. Pick the one with the victim records:")."""
        super().__init__(title, parent)
        self._sheet_question = sheet_question

        self.file_label = QLabel(self.tr("No file opened yet."))
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.file_label.setWordWrap(True)
        # A wrapped label may be given room for one more line than it needs: keep its text at the top.
        self.file_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.open_button = QPushButton(self.tr("Open…"))
        self.open_button.setToolTip(self.tr("Choose a CSV or Excel export from your case system."))
        self.open_button.clicked.connect(self.open_clicked)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Work without this file."))
        self.remove_button.clicked.connect(self.remove_clicked)
        self.remove_button.setVisible(False)
        self._removable = removable
        self.details_label = QLabel()
        self.details_label.setWordWrap(True)
        self.details_label.setVisible(False)

        # Asked only when a workbook has several sheets.
        self.sheet_question = QLabel()
        self.sheet_question.setWordWrap(True)
        self.sheet_list = QListWidget()
        self.sheet_list.setMaximumHeight(110)
        self.sheet_list.setAccessibleName(self.tr("Sheets of the workbook"))
        # Activated: a double-click, or Enter on the highlighted sheet.
        self.sheet_list.itemActivated.connect(lambda item: self._choose())
        self.load_sheet_button = QPushButton(self.tr("&Load this sheet"))
        self.load_sheet_button.clicked.connect(self._choose)
        self._sheet_box = _column(self.sheet_question, self.sheet_list, _row(None, self.load_sheet_button))
        self._sheet_box.setVisible(False)

        # Shown while reading.
        self._progress_box = ProgressPanel(self.tr("Stop reading this file. Nothing is changed."))
        self._progress_box.cancel_clicked.connect(self.cancel_clicked)
        self.progress_bar = self._progress_box.progress_bar
        self.cancel_button = self._progress_box.cancel_button
        self.status_label = self._progress_box.status_label

        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)  # messages may quote a file name with "<"
        self.error_label.setStyleSheet("QLabel { color: #a61b1b; }")
        self.error_label.setVisible(False)

        self.notes_label = QLabel()
        self.notes_label.setWordWrap(True)
        self.notes_label.setVisible(False)

        # Offered when row 1 looks like a record (or the file was read without a header): reads it again.
        self.no_header_box = QCheckBox(self.tr("The file has no &header row"))
        self.no_header_box.setToolTip(
            self.tr(
                "Tick when the first row is a record, not the column names: every row is then read as a record and "
                "the columns are called “column 1”, “column 2”…"
            )
        )
        self.no_header_box.setVisible(False)
        self.no_header_box.toggled.connect(self.no_header_chosen)

        layout = QVBoxLayout(self)
        # The name on a line of its own and the buttons under it: two boxes side by side fit a 200 % screen.
        buttons = _row(self.open_button, self.remove_button, None)
        self.file_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        for widget in (
            self.file_label,
            buttons,
            self.details_label,
            self._sheet_box,
            self._progress_box,
            self.error_label,
            self.notes_label,
            self.no_header_box,
        ):
            layout.addWidget(widget)
        layout.addStretch(1)

    # --- what the page shows ------------------------------------------------------------------------------------
    def show_opening(self, file_name: str) -> None:
        self.error_label.setVisible(False)
        self._sheet_box.setVisible(False)
        self._progress_box.start(self.tr("Opening {file}…").format(file=file_name), subject=file_name)

    def show_progress(self, done: int, total: int, message: str) -> None:
        self._progress_box.show_progress(done, total, message)

    def show_sheets(self, file_name: str, sheets: list[SheetInfo], preselected: str) -> None:
        self._progress_box.setVisible(False)
        self.sheet_question.setText(self._sheet_question.format(file=file_name))
        self.sheet_list.clear()
        for sheet in sheets:
            rows = self.tr("{count} rows").format(count=count_text(sheet.rows))
            item = QListWidgetItem(f"{sheet.name}  ({rows})")
            item.setData(Qt.ItemDataRole.UserRole, sheet.name)
            self.sheet_list.addItem(item)
            if sheet.name == preselected:
                self.sheet_list.setCurrentItem(item)
        if self.sheet_list.currentItem() is None and self.sheet_list.count():
            self.sheet_list.setCurrentRow(0)
        self._sheet_box.setVisible(True)

    def show_loaded(self, table: LoadedTable) -> None:
        self._progress_box.setVisible(False)
        self._sheet_box.setVisible(False)
        self.error_label.setVisible(False)
        self.file_label.setText(f"<b>{escape_html(breakable(table.source.name))}</b>")
        self.file_label.setToolTip(str(table.source))
        parts = []
        if table.sheet:
            parts.append(self.tr("sheet “{sheet}”").format(sheet=table.sheet))
        parts.append(self.tr("{count} rows").format(count=count_text(table.row_count)))
        parts.append(self.tr("{count} columns").format(count=count_text(table.frame.shape[1])))
        if not table.has_header:
            parts.append(self.tr("no header row"))
        elif table.header_row != 1:
            parts.append(self.tr("column names on row {row}").format(row=table.header_row))
        self.details_label.setText(" · ".join(parts))
        self.details_label.setVisible(True)
        self.remove_button.setVisible(self._removable)
        self._show_notes(table.notes)
        self.no_header_box.blockSignals(True)
        self.no_header_box.setChecked(not table.has_header)
        self.no_header_box.blockSignals(False)
        self.no_header_box.setVisible(table.header_looks_like_record or not table.has_header)

    def show_error(self, message: str) -> None:
        self._progress_box.setVisible(False)
        self._sheet_box.setVisible(False)
        self.error_label.setText(message)
        self.error_label.setVisible(True)

    def show_stopped(self, message: str = "") -> None:
        """The load was cancelled: hide the bar, say so if asked, keep whatever was loaded before."""
        self._progress_box.stop(message)
        self._sheet_box.setVisible(False)

    def show_empty(self) -> None:
        self.show_stopped()
        self.error_label.setVisible(False)
        self.file_label.setText(self.tr("No file opened yet."))
        self.file_label.setToolTip("")
        self.details_label.setVisible(False)
        self.notes_label.setVisible(False)
        self.no_header_box.setVisible(False)
        self.remove_button.setVisible(False)

    def _show_notes(self, notes: tuple[str, ...]) -> None:
        if not notes:
            self.notes_label.setVisible(False)
            return
        shown = [f"• {escape_html(note)}" for note in notes[:MAX_NOTES_SHOWN]]
        if len(notes) > MAX_NOTES_SHOWN:
            shown.append(self.tr("… and {count} more.").format(count=count_text(len(notes) - MAX_NOTES_SHOWN)))
        heading = self.tr("Please check:")
        self.notes_label.setText(f"<b>{heading}</b><br>" + "<br>".join(shown))
        self.notes_label.setToolTip("\n".join(notes[:200]))
        self.notes_label.setVisible(True)

    def _choose(self) -> None:
        item = self.sheet_list.currentItem()
        if item is not None:
            self.sheet_chosen.emit(item.data(Qt.ItemDataRole.UserRole))


UNBROKEN_NAME = 24  # characters: a file name up to this long fits the box on one line


def breakable(name: str) -> str:
    """A long file name that may wrap after "_", "-" or "." (a zero-width space there), so a name without spaces
    does not make the box wider than a small screen. Short names are shown exactly as they are."""
    if len(name) <= UNBROKEN_NAME:
        return name
    for mark in "_-.":
        name = name.replace(mark, mark + "\u200b")
    return name


def _row(*widgets: QWidget | None) -> QWidget:
    box = QWidget()
    layout = QHBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        if widget is None:
            layout.addStretch(1)
        else:
            layout.addWidget(widget)
    return box


def _column(*widgets: QWidget) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget)
    return box
