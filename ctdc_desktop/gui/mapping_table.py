"""The mapping table of one variable: every raw value of its source column(s), how many rows hold it, and what it
becomes. Values can be searched (also among the values to fix only), and the selected rows, which are always rows
shown, mapped (or set to missing) at once."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ctdc_desktop.core.recode.recode import SourceValue
from ctdc_desktop.core.translation import QT_TRANSLATE_NOOP, translate
from ctdc_desktop.gui.no_wheel import NoWheelComboBox
from ctdc_desktop.gui.text_format import count_text

AnyIndex = QModelIndex | QPersistentModelIndex
VALUE, COLUMN, ROWS, BECOMES, STATE = range(5)
_STATE_COLOURS = {"unmapped": "#ffe7b3", "error": "#f8c9c4"}
# A value's state is data (colours and the "to fix" filter go by it); shown in words with translate("MappingModel", …).
_STATE_WORDS = {
    "mapped": QT_TRANSLATE_NOOP("MappingModel", "mapped"),
    "not ticked": QT_TRANSLATE_NOOP("MappingModel", "not ticked"),
    "set to missing": QT_TRANSLATE_NOOP("MappingModel", "set to missing"),
    "unmapped": QT_TRANSLATE_NOOP("MappingModel", "unmapped"),
    "error": QT_TRANSLATE_NOOP("MappingModel", "error"),
}


class MappingModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._values: tuple[SourceValue, ...] = ()
        self._unit = "victims"

    def set_values(self, values: tuple[SourceValue, ...], unit: str) -> None:
        self.beginResetModel()
        self._values, self._unit = values, unit
        self.endResetModel()

    def value_at(self, row: int) -> SourceValue:
        return self._values[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else len(self._values)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return (
                self.tr("Each different value found in the column, written as in the export."),
                self.tr("The column of the export the value is in."),
                self.tr("How many {unit} hold the value.").format(unit=self._unit),
                self.tr("The CTDC category it becomes; (empty) means the cell is left empty."),
                self.tr("mapped, not ticked, set to missing, unmapped (to fix) or error (to fix)."),
            )[section]
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Value in the export"), self.tr("Column"), self.tr("Rows"), self.tr("Becomes"), "")[
            section
        ] or self.tr("State")

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value = self._values[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            becomes = value.becomes or (self.tr("(empty)") if value.state in ("set to missing", "not ticked") else "")
            state = translate("MappingModel", _STATE_WORDS[value.state]) if value.state in _STATE_WORDS else value.state
            return (value.value, value.column, count_text(value.count), becomes, state)[column]
        if role == Qt.ItemDataRole.UserRole:  # sorting and filtering: counts as numbers, states as the data says them
            return value.count if column == ROWS else (value.value, value.column, 0, value.becomes, value.state)[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(value, column)
        if role == Qt.ItemDataRole.BackgroundRole and value.state in _STATE_COLOURS:
            return QBrush(QColor(_STATE_COLOURS[value.state]))
        if role == Qt.ItemDataRole.ForegroundRole and value.state in _STATE_COLOURS:
            return QBrush(QColor("#202020"))  # readable on the light warning colours in a dark theme too
        if role == Qt.ItemDataRole.TextAlignmentRole and column == ROWS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _tip(self, value: SourceValue, column: int) -> str:
        if column == ROWS:
            return self.tr('{n} {unit} have "{value}" in the column {column}.').format(
                n=count_text(value.count), unit=self._unit, value=value.value, column=value.column
            )
        meaning = {
            "mapped": self.tr('Becomes "{label}" in the recoded table.').format(label=value.becomes),
            "not ticked": self.tr("Counts as no: the flag's cell stays empty."),
            "set to missing": self.tr("Set to missing on purpose: the recoded cell stays empty."),
            "unmapped": self.tr(
                "The recipe does not say what this becomes. Map it to a category or set it to missing."
            ),
            "error": self.tr("This value cannot be right: {why}. Correct the export, or set it to missing.").format(
                why=value.message
            ),
        }
        return meaning.get(value.state, value.state)


class MappingFilter(QSortFilterProxyModel):
    """Rows whose value contains the search text (ignoring case), and, when asked, only the values to fix: both
    conditions at once, so typing narrows the values to fix too."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._only_open = False

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._text = text.casefold().strip()
        self.endFilterChange()

    def set_only_open(self, only: bool) -> None:
        self.beginFilterChange()
        self._only_open = only
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        model = self.sourceModel()
        if not isinstance(model, MappingModel):
            return True
        value = model.value_at(source_row)
        if self._only_open and value.state not in ("unmapped", "error"):  # the states as the data says them
            return False
        return not self._text or self._text in value.value.casefold()


class MappingPanel(QWidget):
    """Emits `assign(values, label)` and `set_missing(values)` with the raw values of the selected rows."""

    assign = Signal(list, str)
    set_missing = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = MappingModel(self)
        self.proxy = MappingFilter(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(Qt.ItemDataRole.UserRole)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search the values…"))
        self.search.setAccessibleName(self.tr("Search the values"))
        self.search.setToolTip(self.tr("Shows only the values that contain what you type (Ctrl+F)."))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search_changed)
        # A check box, not a toggle button: its tick shows whether the list is filtered, in every style.
        self.only_open = QCheckBox(self.tr("Only values to fi&x"))
        self.only_open.setToolTip(
            self.tr("Show only the values that are not mapped or are wrong (the search still applies).")
        )
        self.only_open.toggled.connect(self._only_open)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Values of the column"))
        self.table.setAccessibleDescription(
            self.tr(
                "Select values with the arrow keys, Shift+arrows or Ctrl+Space, then map them to a category "
                "or set them to missing."
            )
        )
        self.table.setTabKeyNavigation(False)  # Tab moves on to the buttons, the arrows move in the table
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.sortByColumn(ROWS, Qt.SortOrder.DescendingOrder)  # the most frequent values first
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(VALUE, QHeaderView.ResizeMode.Stretch)
        for column in (COLUMN, ROWS, BECOMES, STATE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.target = NoWheelComboBox()
        # Sized by the panel, not by the longest category (country names are long), so the page fits a small screen.
        self.target.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.target.setMinimumContentsLength(10)
        self.target.setToolTip(self.tr("The category the selected values become."))
        self.target.setAccessibleName(self.tr("Category for the selected values"))
        self.assign_button = QPushButton(self.tr("M&ap selected to"))
        self.assign_button.setToolTip(self.tr("Every selected value becomes the category chosen beside."))
        self.assign_button.clicked.connect(self._assign)
        self.missing_button = QPushButton(self.tr("Set selected to m&issing"))
        self.missing_button.setToolTip(
            self.tr("The selected values are left out on purpose: their cells stay empty in the recoded table.")
        )
        self.missing_button.clicked.connect(lambda: self.set_missing.emit(self.selected_values()))
        self.selection_label = QLabel()
        self.shown_label = QLabel()
        self.shown_label.setToolTip(self.tr("How many values the search and the filter leave in the table."))
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        # Rows the filter hides leave the selection: Ctrl+A, then Map, acts on the rows shown and on nothing else.
        self.proxy.rowsRemoved.connect(self._selection_changed)
        self.proxy.layoutChanged.connect(self._selection_changed)

        find = QShortcut(QKeySequence.StandardKey.Find, self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self.search.setFocus)

        # Two short rows under the table rather than one long one: they fit a small screen in French too.
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.only_open)
        assign_row = QHBoxLayout()
        assign_row.addWidget(self.assign_button)
        assign_row.addWidget(self.target, 1)
        missing_row = QHBoxLayout()
        missing_row.addWidget(self.shown_label)
        missing_row.addWidget(self.selection_label)
        missing_row.addStretch(1)
        missing_row.addWidget(self.missing_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(assign_row)
        layout.addLayout(missing_row)
        for first, second in (
            (self.search, self.only_open),
            (self.only_open, self.table),
            (self.table, self.assign_button),
            (self.assign_button, self.target),
            (self.target, self.missing_button),
        ):
            QWidget.setTabOrder(first, second)
        self._selection_changed()

    def set_values(self, values: tuple[SourceValue, ...], unit: str, targets: list[tuple[str, str, str]]) -> None:
        """`targets`: (label the recipe writes, text shown, what it means or "") for every category a value may be
        mapped to."""
        self.model.set_values(values, unit)
        current = self.target.currentData()
        self.target.clear()
        for label, text, meaning in targets:
            self.target.addItem(text, label)
            if meaning:
                self.target.setItemData(self.target.count() - 1, meaning, Qt.ItemDataRole.ToolTipRole)
        if current is not None and self.target.findData(current) >= 0:
            self.target.setCurrentIndex(self.target.findData(current))
        self._only_open(self.only_open.isChecked())
        self._selection_changed()

    def select_value(self, value: str) -> None:
        """Select (add to the selection) the row of `value`; for tests and for jumping from a message."""
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, VALUE)
            if index.data() == value:
                self.table.selectionModel().select(
                    index,
                    self.table.selectionModel().SelectionFlag.Select | self.table.selectionModel().SelectionFlag.Rows,
                )

    def selected_values(self) -> list[str]:
        """The raw values of the selected rows; only rows shown can be selected (the filter's rows, nothing hidden)."""
        rows = {
            self.proxy.mapToSource(index).row()
            for index in self.table.selectionModel().selectedRows()
            if index.isValid() and index.model() is self.proxy
        }
        return [self.model.value_at(row).value for row in sorted(rows)]

    def shown_values(self) -> list[str]:
        """The raw values the table shows now (after the search and the filter), top to bottom."""
        return [
            self.model.value_at(self.proxy.mapToSource(self.proxy.index(row, VALUE)).row()).value
            for row in range(self.proxy.rowCount())
        ]

    def _assign(self) -> None:
        label = self.target.currentData()
        if label is not None and self.selected_values():
            self.assign.emit(self.selected_values(), str(label))

    def _only_open(self, only: bool) -> None:
        self.proxy.set_only_open(only)
        self._selection_changed()

    def _search_changed(self, text: str) -> None:
        self.proxy.set_text(text)
        self._selection_changed()

    def _selection_changed(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.shown_label.setText(
            self.tr("{shown} of {total} values shown").format(shown=count_text(shown), total=count_text(total))
            if shown != total
            else ""
        )
        chosen = len(self.selected_values())
        self.assign_button.setEnabled(chosen > 0)
        self.missing_button.setEnabled(chosen > 0)
        self.selection_label.setText(self.tr("{n} selected").format(n=count_text(chosen)) if chosen else "")
        self.selection_label.setToolTip(self.tr("How many values (rows of this table) are selected."))
