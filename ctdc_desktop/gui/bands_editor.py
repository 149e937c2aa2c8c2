"""Edit the cut points of an age or year variable. Bands that overlap or leave a gap are refused, with the reason."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ctdc_desktop.core.recode.edit_recipe import with_bands
from ctdc_desktop.core.recode.recipe import Band, RecipeError, VariableRecipe

FROM, TO, LABEL = range(3)


class BandsEditor(QWidget):
    """Emits `edited(variable)` with the variable's new bands once they are valid; shows why when they are not."""

    edited = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._variable: VariableRecipe | None = None
        help_text = QLabel(
            self.tr(
                "Each band holds the whole numbers from its first to its last value, both included. Leave the last "
                "band's end empty for no upper end. Bands must follow each other without overlap or gap. "
                "Press F2 to change the cell with the focus."
            )
        )
        help_text.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setAccessibleName(self.tr("Bands"))
        self.table.setAccessibleDescription(
            self.tr("One row per band: its first value, its last value and its category. F2 changes a cell.")
        )
        self.table.setTabKeyNavigation(False)  # Tab moves on to the buttons, the arrows move between cells
        self.table.setHorizontalHeaderLabels([self.tr("From"), self.tr("To"), self.tr("Category")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.itemChanged.connect(self._changed)
        self.add_button = QPushButton(self.tr("A&dd band"))
        self.add_button.setToolTip(self.tr("Add a band after the last one; fill in its end and category."))
        self.add_button.clicked.connect(self.add_band)
        self.remove_button = QPushButton(self.tr("&Remove band"))
        self.remove_button.setToolTip(self.tr("Remove the band of the selected row."))
        self.remove_button.clicked.connect(self.remove_band)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("bandsMessage")
        self.message.setStyleSheet("#bandsMessage { color: #a0200f; font-weight: bold; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(help_text)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)

    def set_variable(self, variable: VariableRecipe | None) -> None:
        """Show `variable`'s bands, unless they are the ones shown already (an edit in progress stays)."""
        if variable is not None and self._variable is not None and variable == self._variable:
            return
        self._variable = variable
        bands = variable.bands if variable is not None else ()
        self.table.blockSignals(True)
        self.table.setRowCount(len(bands))
        for row, band in enumerate(bands):
            for column, text in ((FROM, str(band.low)), (TO, "" if band.high is None else str(band.high))):
                self.table.setItem(row, column, self._cell(text, column))
            self.table.setItem(row, LABEL, self._cell(band.label, LABEL))
        self.table.blockSignals(False)
        self.message.clear()

    def add_band(self) -> None:
        """A new last band, starting after the one before; applied once its cells make valid bands."""
        if self._variable is None:
            return
        rows = self.table.rowCount()
        last_end = self.table.item(rows - 1, TO) if rows else None
        start = ""
        if last_end is not None and last_end.text().strip().isdigit():
            start = str(int(last_end.text().strip()) + 1)
        self.table.blockSignals(True)
        self.table.insertRow(rows)
        for column, text in ((FROM, start), (TO, ""), (LABEL, "")):
            self.table.setItem(rows, column, self._cell(text, column))
        self.table.blockSignals(False)
        self.table.setCurrentCell(rows, TO if start else FROM)
        self.table.setFocus()
        self._changed()

    def remove_band(self) -> None:
        """Remove the selected band (the one with the focus); applied once the bands left are valid."""
        row = self.table.currentRow()
        if self._variable is None or row < 0:
            return
        self.table.removeRow(row)
        self._changed()

    def _cell(self, text: str, column: int) -> QTableWidgetItem:
        item = QTableWidgetItem(text)
        if column == LABEL:
            if self._variable is not None:
                item.setToolTip(
                    self.tr("One of the codebook's categories: {labels}").format(
                        labels=", ".join(self._variable.labels)
                    )
                )
        else:
            item.setToolTip(self.tr("A whole number; the band includes it."))
        return item

    def set_cell(self, row: int, column: int, text: str) -> None:
        """Type `text` into a cell, as the user would (tests, keyboard-free scripting)."""
        item = self.table.item(row, column)
        assert item is not None
        item.setText(text)

    def _bands(self) -> tuple[Band, ...]:
        bands = []
        names = {FROM: self.tr("From"), TO: self.tr("To")}
        for row in range(self.table.rowCount()):
            numbers: dict[int, int | None] = {}
            for column in (FROM, TO):
                item = self.table.item(row, column)
                text = item.text().strip() if item is not None else ""
                if column == TO and not text:
                    numbers[column] = None
                    continue
                try:
                    numbers[column] = int(text)
                except ValueError:
                    raise RecipeError(
                        self.tr('Band {row}, {column}: "{text}" is not a whole number.').format(
                            row=row + 1, column=names[column], text=text
                        )
                    ) from None
            label = self.table.item(row, LABEL)
            low = numbers[FROM]
            assert low is not None
            bands.append(Band(low, numbers[TO], label.text().strip() if label is not None else ""))
        return tuple(bands)

    def _changed(self) -> None:
        if self._variable is None:
            return
        try:
            edited = with_bands(self._variable, self._bands())
        except RecipeError as error:
            self.message.setText(self.tr("Not applied: {why}").format(why=str(error)))
            return
        self.message.clear()
        self._variable = edited
        self.edited.emit(edited)
