"""A table view for previewing a DataFrame of any size: every later step's preview can reuse it."""

from __future__ import annotations

import pandas as pd
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

from ctdc_desktop.gui.dataframe_model import DataFrameModel

SAMPLE_ROWS = 20  # rows measured to size the columns
MIN_WIDTH = 60
MAX_WIDTH = 320


class PreviewTable(QTableView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.frame_model = DataFrameModel(parent=self)
        # A name for screen readers until the page gives a better one (the tab or the heading above the table).
        self.setAccessibleName(self.tr("Preview of the records"))
        self.setModel(self.frame_model)
        self.setWordWrap(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)

    def set_frame(self, frame: pd.DataFrame | None) -> None:
        self.frame_model.set_frame(frame)
        self.fit_columns()

    def fit_columns(self) -> None:
        """Size each column to its name and first rows.

        Qt's resizeColumnsToContents() measures up to 1,000 rows through data() for every column: seconds on a
        wide export, with the window frozen. A few dozen rows measured here give nearly the same widths in
        milliseconds.
        """
        model = self.frame_model
        metrics = self.fontMetrics()
        padding = 2 * metrics.averageCharWidth() + 8
        rows = min(SAMPLE_ROWS, model.rowCount())
        for column in range(model.columnCount()):
            texts = [str(model.headerData(column, Qt.Orientation.Horizontal) or "")]
            texts += [model.data(model.index(row, column)) or "" for row in range(rows)]
            widest = max(metrics.horizontalAdvance(text) for text in texts)
            self.setColumnWidth(column, max(MIN_WIDTH, min(MAX_WIDTH, widest + padding)))
