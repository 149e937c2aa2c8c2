"""Edit the cut points of an age or year variable. Bands that overlap or leave a gap are refused, with the reason."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
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
                "band's end empty for no upper end. Bands must follow each other without overlap or gap."
            )
        )
        help_text.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("From"), self.tr("To"), self.tr("Category")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.itemChanged.connect(self._changed)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("bandsMessage")
        self.message.setStyleSheet("#bandsMessage { color: #a0200f; font-weight: bold; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(help_text)
        layout.addWidget(self.table, 1)
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
                item = QTableWidgetItem(text)
                item.setToolTip(self.tr("A whole number; the band includes it."))
                self.table.setItem(row, column, item)
            label = QTableWidgetItem(band.label)
            if variable is not None:
                label.setToolTip(
                    self.tr("One of the codebook's categories: {labels}").format(labels=", ".join(variable.labels))
                )
            self.table.setItem(row, LABEL, label)
        self.table.blockSignals(False)
        self.message.clear()

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
