"""The column profile: one line per column of the export, with what kind of values it holds and how many.

Caseworkers are not statisticians, so every number has a tooltip that says in plain words what it counts.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from ctdc_desktop.core.load.profile import ColumnProfile, TableProfile, kind_explanation, kind_label
from ctdc_desktop.gui.text_format import count_text, shorten

AnyIndex = QModelIndex | QPersistentModelIndex

# Sorting by the numbers, not by their text ("9" after "10").
SortRole = Qt.ItemDataRole.UserRole + 1

COLUMN, KIND, NON_EMPTY, DISTINCT, TOP_VALUES = range(5)
TOP_VALUE_LIMIT = 60  # characters of one value shown in the list; the tooltip shows more


class ProfileModel(QAbstractTableModel):
    """Read-only model over a `TableProfile`."""

    def __init__(self, profile: TableProfile | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._profile = profile
        self._headers = [
            self.tr("Column"),
            self.tr("Looks like"),
            self.tr("Filled in"),
            self.tr("Different values"),
            self.tr("Most common values (how many rows)"),
        ]
        self._header_tips = [
            self.tr("The column's name in the export."),
            self.tr("What the values look like, guessed from the data. Point at a kind to see what it means."),
            self.tr("Filled in: how many rows have a value in this column. The other rows are empty."),
            self.tr(
                "Distinct: how many different values this column holds. Close to the number of rows means almost "
                "every row has its own value, as with an ID, a name or a phone number."
            ),
            self.tr("The values that occur most often in this column, each with the number of rows that hold it."),
        ]

    def set_profile(self, profile: TableProfile | None) -> None:
        self.beginResetModel()
        self._profile = profile
        self.endResetModel()

    def profile(self) -> TableProfile | None:
        return self._profile

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() or self._profile is None else len(self._profile.columns)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._header_tips[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self._profile is None or not index.isValid() or index.row() >= len(self._profile.columns):
            return None
        column = self._profile.columns[index.row()]
        rows = self._profile.row_count
        which = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(column, which)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(column, which, rows)
        if role == SortRole:
            return self._sort_key(column, which)
        if role == Qt.ItemDataRole.TextAlignmentRole and which in (NON_EMPTY, DISTINCT):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, column: ColumnProfile, which: int) -> str:
        if which == COLUMN:
            return column.name
        if which == KIND:
            return kind_label(column.kind)
        if which == NON_EMPTY:
            return count_text(column.non_empty)
        if which == DISTINCT:
            return count_text(column.distinct)
        if column.top_values and column.top_values[0][1] == 1:
            # Listing "(1)" five times says nothing, and puts names and phone numbers on screen for no reason.
            return self.tr("each value occurs once")
        return ", ".join(f"{_short(value)} ({count_text(count)})" for value, count in column.top_values)

    def _tooltip(self, column: ColumnProfile, which: int, rows: int) -> str:
        if which == KIND:
            return kind_explanation(column.kind)
        if which == NON_EMPTY:
            return self.tr("{filled} of {rows} rows have a value here; {empty} are empty.").format(
                filled=count_text(column.non_empty), rows=count_text(rows), empty=count_text(rows - column.non_empty)
            )
        if which == DISTINCT:
            return self.tr("This column holds {count} different values.").format(count=count_text(column.distinct))
        if which == TOP_VALUES:
            if column.top_values and column.top_values[0][1] == 1:
                return self.tr("No value repeats: every filled-in row has its own value, as an ID or a name would.")
            return "\n".join(
                self.tr("{value}: {count} rows").format(value=_short(value, 300), count=count_text(count))
                for value, count in column.top_values
            )
        return column.name

    def _sort_key(self, column: ColumnProfile, which: int) -> Any:
        if which == NON_EMPTY:
            return column.non_empty
        if which == DISTINCT:
            return column.distinct
        if which == TOP_VALUES:
            return column.top_values[0][1] if column.top_values else 0
        return self._display(column, which).casefold()


def _short(value: str, limit: int = TOP_VALUE_LIMIT) -> str:
    return shorten(str(value), limit)


class ProfileView(QTableView):
    """The profile table, sortable by any column; starts in the order of the export."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.profile_model = ProfileModel(parent=self)
        self.setAccessibleName(self.tr("Columns of the file"))  # until the page names it after its tab
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self.profile_model)
        proxy.setSortRole(SortRole)
        self.setModel(proxy)
        self.setSortingEnabled(True)
        self.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # export order until the user clicks a header
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)

    def set_profile(self, profile: TableProfile | None) -> None:
        self.profile_model.set_profile(profile)
        # Size the short columns to their content once per file, not on every repaint.
        for column in (COLUMN, KIND, NON_EMPTY, DISTINCT):
            self.resizeColumnToContents(column)
            self.setColumnWidth(column, min(self.columnWidth(column), 260))
