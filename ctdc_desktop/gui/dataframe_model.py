"""The one table model every preview uses: a read-only view over a pandas DataFrame.

Nothing is copied or formatted up front. Qt asks only for the cells on screen, so a million rows scroll as smoothly
as ten: `data()` looks the cell up in the column's own numpy array (a view, not a copy) and formats it on demand.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pandas as pd
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QApplication

from ctdc_desktop.gui.column_label import shown_column_name

# A cell can hold a whole case narrative (we test with 1 MB). Drawing that in a table cell would freeze the view,
# so the table shows the start of it and the tooltip a longer part.
DISPLAY_LIMIT = 200
TOOLTIP_LIMIT = 2_000

AnyIndex = QModelIndex | QPersistentModelIndex

# The cell exactly as it is in the frame (None for a missing cell), for code that needs the value, not its text.
RawValueRole = Qt.ItemDataRole.UserRole + 1


def is_missing(value: object) -> bool:
    """None, NaN, NaT and pd.NA are all 'no value' to the user."""
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    return isinstance(value, float) and math.isnan(value)


def cell_text(value: object, limit: int | None = DISPLAY_LIMIT) -> str:
    """The cell as the user reads it: missing is empty, line breaks are visible, very long text is cut."""
    if is_missing(value):
        return ""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        text = str(int(value))  # 12.0 is a count, not a measurement, in everything we preview
    else:
        text = str(value)
    if limit is not None and len(text) > limit:
        text = text[:limit] + "…"
    # A line break inside a cell would make the row taller than its neighbours; show where it was instead.
    return text.replace("\r\n", " ⏎ ").replace("\n", " ⏎ ").replace("\r", " ⏎ ")


class DataFrameModel(QAbstractTableModel):
    """Read-only model over a DataFrame. The vertical header gives row numbers: the source file's (an integer
    index, as the readers set it) or else 1, 2, 3, … as in a spreadsheet."""

    def __init__(self, frame: pd.DataFrame | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._frame = pd.DataFrame()
        self._columns: list[np.ndarray[Any, Any]] = []
        self._names: list[str] = []
        self._numeric: list[bool] = []
        self._categories: list[np.ndarray[Any, Any] | None] = []
        self._row_numbers: np.ndarray[Any, Any] | None = None
        self._rows = 0
        if frame is not None:
            self._take(frame)

    # --- the frame -------------------------------------------------------------------------------------------
    def frame(self) -> pd.DataFrame:
        return self._frame

    def set_frame(self, frame: pd.DataFrame | None) -> None:
        """Show another frame (or nothing). Views keep their selection model; they only see a reset."""
        self.beginResetModel()
        self._take(frame if frame is not None else pd.DataFrame())
        self.endResetModel()

    def _take(self, frame: pd.DataFrame) -> None:
        self._frame = frame
        self._rows = len(frame)  # len(DataFrame) is slow enough to matter when Qt asks on every cell
        # Each column is kept as arrays the frame already has, so nothing the size of the data is built:
        # - a categorical column (how the readers store text) as its codes and its few distinct values;
        # - any other column as its own numpy array (to_numpy() of an object or numeric column is a view).
        # Positional numpy indexing in data() is then far cheaper than DataFrame.iat on every paint.
        self._columns = []
        self._categories = []
        for position in range(frame.shape[1]):
            series = frame.iloc[:, position]
            if isinstance(series.dtype, pd.CategoricalDtype):
                self._columns.append(series.array.codes)  # a view; .cat.codes copies
                self._categories.append(series.cat.categories.to_numpy(dtype=object))
            else:
                self._columns.append(series.to_numpy())
                self._categories.append(None)
        self._names = [str(name) for name in frame.columns]
        self._numeric = [pd.api.types.is_numeric_dtype(dtype) for dtype in frame.dtypes]
        # The readers number rows as they are in the source file (the index), so the preview, the reader's notes
        # and the link report all point at the same row numbers; any other frame is numbered from 1.
        index = frame.index
        numbered = pd.api.types.is_integer_dtype(index.dtype) and not isinstance(index, pd.RangeIndex)
        self._row_numbers = index.to_numpy() if numbered else None

    def value(self, row: int, column: int) -> object:
        """The cell as stored (a category's value, not its code); NaN/None for a missing cell."""
        raw = self._columns[column][row]
        categories = self._categories[column]
        if categories is None:
            return raw
        return None if raw < 0 else categories[raw]

    # --- Qt model interface ----------------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if not (0 <= row < self._rows and 0 <= column < len(self._columns)):
            return None
        value = self.value(row, column)
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(value)
        if role == RawValueRole:
            return None if is_missing(value) else value
        if role == Qt.ItemDataRole.ToolTipRole:
            if is_missing(value):
                return self.tr("Empty cell")
            text = cell_text(value, TOOLTIP_LIMIT)
            return text if len(text) > 40 else None  # short cells are fully visible already
        if role == Qt.ItemDataRole.ForegroundRole and is_missing(value):
            return QBrush(_missing_colour())
        if role == Qt.ItemDataRole.BackgroundRole and is_missing(value):
            # Missing is shown as empty, on a faint grey, so "no value" and "a blank-looking value" differ.
            return QBrush(_missing_background())
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignRight if self._numeric[column] else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(self._names):
                return None
            if role == Qt.ItemDataRole.DisplayRole:
                return shown_column_name(self._names[section])
            if role == Qt.ItemDataRole.ToolTipRole:
                return self._names[section]
            return None
        if role == Qt.ItemDataRole.DisplayRole and 0 <= section < self._rows:
            return str(self._row_numbers[section] if self._row_numbers is not None else section + 1)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def _missing_colour() -> QColor:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    return QColor(Qt.GlobalColor.gray)


def _missing_background() -> QColor:
    app = QApplication.instance()
    base = app.palette().color(QPalette.ColorRole.Base) if isinstance(app, QApplication) else QColor("white")
    # A shade just off the base colour, so it also reads on a dark theme.
    return base.darker(106) if base.lightness() > 128 else base.lighter(130)
