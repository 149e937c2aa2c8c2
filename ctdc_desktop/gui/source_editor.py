"""Where one codebook variable comes from in the export, chosen and changed in the window.

The choice has the shape the variable needs, so no source is ever hidden or out of reach:

- one column (a value map, a country): a list of the table's columns;
- a flag (a perpetrator role, a kind of exploitation): a checkable list of the columns, one or several (yes/no or
  check-box columns, 1 when any is yes), and the separators of a cell that lists several answers
  (``Recruteur/intermédiaire; Passeur``), so that the values to map are answers, not combinations;
- an age or the majority status: an age column and/or a birth date with the registration date, each of which may be
  "none";
- a year or a number: a column, and whether it holds dates (their year is read), ticked for the user when the
  column's values look like dates.

The editor shows and asks; every edit is made and checked by `core.recode.edit_recipe`, and a choice that cannot be
used yet (a birth date without a registration date) is said in words and not applied.
"""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ctdc_desktop.core.recode.edit_recipe import (
    holds_dates,
    with_age_sources,
    with_source,
    with_sources,
    with_split,
    with_year_source,
)
from ctdc_desktop.core.recode.multi_value import SEPARATORS
from ctdc_desktop.core.recode.recipe import RecipeError, VariableRecipe
from ctdc_desktop.core.translation import QT_TRANSLATE_NOOP, translate
from ctdc_desktop.gui.column_label import shown_column_name
from ctdc_desktop.gui.no_wheel import NoWheelComboBox

# The separators offered, in the order shown; "/" and " " are offered though never proposed by default.
OFFERED_SEPARATORS = (";", ",", "/", "|", "\n", " et ", " y ", " e ", " and ", " + ", " ")
assert set(SEPARATORS) <= set(OFFERED_SEPARATORS)
_SEPARATOR_NAMES = {
    ";": QT_TRANSLATE_NOOP("SourceEditor", "; semicolon"),
    ",": QT_TRANSLATE_NOOP("SourceEditor", ", comma"),
    "/": QT_TRANSLATE_NOOP("SourceEditor", "/ slash"),
    "|": QT_TRANSLATE_NOOP("SourceEditor", "| bar"),
    "\n": QT_TRANSLATE_NOOP("SourceEditor", "line break"),
    " + ": QT_TRANSLATE_NOOP("SourceEditor", "+ plus"),
    " ": QT_TRANSLATE_NOOP("SourceEditor", "space"),
}
LIST_ROWS = 5  # the columns list shows this many columns before it scrolls (the value table needs the room)
MODES = ("none", "one", "several", "age", "year")


def mode_of(variable: VariableRecipe | None) -> str:
    """Which kind of choice a variable's source is: see the module docstring."""
    if variable is None or variable.recoder == "not_recorded":
        return "none"
    if variable.recoder in ("flag", "other_flag"):
        return "several"
    if variable.recoder in ("age_bands", "majority"):
        return "age"
    if variable.recoder in ("bands", "number"):
        return "year"
    return "one"


def separator_name(separator: str) -> str:
    """A separator as the user reads it: "; semicolon", "line break", “et” (a word is quoted with its spaces shown)."""
    if separator in _SEPARATOR_NAMES:
        return translate("SourceEditor", _SEPARATOR_NAMES[separator])
    return f"“{separator.strip() or separator}”"


class SourceEditor(QWidget):
    """Emits `edited(variable)` with the variable made from the newly chosen source(s), once it can be used."""

    edited = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._variable: VariableRecipe | None = None
        self._frame: pd.DataFrame | None = None

        # one column (value maps, countries; years and numbers use it too)
        self.column_box = self._column_box(self.tr("The column of the export this variable is made from."))
        self.column_box.setAccessibleName(self.tr("Made from column"))
        self.column_box.activated.connect(self._one_chosen)
        self.dates_check = QCheckBox(self.tr("The column holds &dates: read their year"))
        self.dates_check.setToolTip(
            self.tr("Ticked when the column's values look like dates (31/12/2019, 2019-12-31); untick for plain years.")
        )
        self.dates_check.toggled.connect(self._dates_toggled)

        # several columns, and the separators of a multi-value cell
        self.columns_list = QListWidget()
        self.columns_list.setAccessibleName(self.tr("Made from columns"))
        self.columns_list.setAccessibleDescription(
            self.tr("Tick each column this variable is made from (Space ticks the column with the focus).")
        )
        self.columns_list.setToolTip(
            self.tr(
                "Tick every column this variable is made from: several yes/no or check-box columns give 1 when any "
                "of them says yes; one column may also list several answers in a cell."
            )
        )
        self.columns_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.columns_list.setMaximumHeight(self.fontMetrics().height() * LIST_ROWS + 16)
        self.columns_list.itemChanged.connect(self._columns_ticked)
        self.separators_list = QListWidget()
        self.separators_list.setAccessibleName(self.tr("Separators between answers"))
        self.separators_list.setToolTip(
            self.tr(
                "When one cell lists several answers (“Recruiter; Smuggler”), tick what separates them: each answer "
                "is then mapped on its own. Tick none when a cell holds one answer."
            )
        )
        self.separators_list.setFlow(QListView.Flow.LeftToRight)
        self.separators_list.setWrapping(True)
        self.separators_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.separators_list.setSpacing(2)
        self.separators_list.setFixedHeight(2 * (self.fontMetrics().height() + 10) + 8)
        self.separators_list.itemChanged.connect(self._separators_ticked)

        # an age: from an age column, and/or from two dates
        self.age_box = self._column_box(self.tr("The column holding the age in years; none when there is none."))
        self.age_box.setAccessibleName(self.tr("Age column"))
        self.birth_box = self._column_box(self.tr("The birth date (or year of birth); none when there is none."))
        self.birth_box.setAccessibleName(self.tr("Birth date column"))
        self.registered_box = self._column_box(
            self.tr("The date (or year) the age is counted to, usually the registration date.")
        )
        self.registered_box.setAccessibleName(self.tr("Registration date column"))
        for box in (self.age_box, self.birth_box, self.registered_box):
            box.activated.connect(self._age_chosen)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("sourceMessage")
        self.message.setStyleSheet("#sourceMessage { color: #a0200f; font-weight: bold; }")
        self.message.setVisible(False)
        self.not_recorded = QLabel(self.tr("The export does not hold this variable: its column stays empty."))
        self.not_recorded.setWordWrap(True)

        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._form = form
        self._rows: dict[str, list[QWidget]] = {}
        self._add_row("one", self.tr("&Made from column:"), self.column_box)
        self._add_row("year", "", self.dates_check)
        self._add_row("several", self.tr("&Made from columns:"), self.columns_list)
        self._add_row("several", self.tr("Answers in a cell &separated by:"), self.separators_list)
        self._add_row("age", self.tr("&Age column:"), self.age_box)
        self._add_row("age", self.tr("&Birth date:"), self.birth_box)
        self._add_row("age", self.tr("&Registration date:"), self.registered_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.not_recorded)
        layout.addLayout(form)
        layout.addWidget(self.message)
        self._show_mode("none")

    def _column_box(self, tip: str) -> QComboBox:
        box = NoWheelComboBox()
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        box.setMinimumContentsLength(12)
        box.setToolTip(tip)
        return box

    def _add_row(self, mode: str, text: str, field: QWidget) -> None:
        if text:
            label = QLabel(text)
            label.setBuddy(field)
            label.setWordWrap(True)
            self._form.addRow(label, field)
            self._rows.setdefault(mode, []).append(label)
        else:
            self._form.addRow(field)
        self._rows.setdefault(mode, []).append(field)
        if mode == "one":  # a year's column is chosen in the same box
            self._rows.setdefault("year", []).append(field)
            self._rows["year"].append(self._form.labelForField(field))

    def _show_mode(self, mode: str) -> None:
        shown = set(map(id, self._rows.get(mode, [])))
        for widgets in self._rows.values():
            for widget in widgets:
                widget.setVisible(id(widget) in shown)
        self.not_recorded.setVisible(mode == "none" and self._variable is not None)

    # --- what is shown ------------------------------------------------------------------------------------------
    def set_variable(self, variable: VariableRecipe | None, frame: pd.DataFrame | None) -> None:
        """Show where `variable` comes from; `frame` is the table it is read from (None: not loaded)."""
        same = variable == self._variable and frame is self._frame
        self._variable, self._frame = variable, frame
        if same:
            return
        self.message.setVisible(False)
        mode = mode_of(variable)
        self._show_mode(mode)
        if variable is None:
            return
        columns = [str(c) for c in frame.columns] if frame is not None else []
        self.setEnabled(bool(columns) or mode == "none")
        if mode in ("one", "year"):
            current = variable.source[0] if variable.source else None
            self._fill_box(self.column_box, columns, current, with_none=False)
            self.dates_check.blockSignals(True)
            self.dates_check.setChecked(variable.date_year)
            self.dates_check.blockSignals(False)
        elif mode == "several":
            self._fill_columns(columns, variable.source)
            self._fill_separators(variable.split)
        elif mode == "age":
            self._fill_box(self.age_box, columns, variable.source[0] if variable.source else None, with_none=True)
            self._fill_box(self.birth_box, columns, variable.birth_date, with_none=True)
            self._fill_box(self.registered_box, columns, variable.registration_date, with_none=True)

    def _fill_box(self, box: QComboBox, columns: list[str], current: str | None, with_none: bool) -> None:
        box.blockSignals(True)
        box.clear()
        if with_none:
            box.addItem(self.tr("(none)"), "")
        for column in columns:
            box.addItem(shown_column_name(column), column)
        if current and box.findData(current) < 0:
            box.insertItem(
                1 if with_none else 0, self.tr("{column} (not in the export)").format(column=current), current
            )
        box.setCurrentIndex(box.findData(current or "") if (current or with_none) else -1)
        box.blockSignals(False)

    def _fill_columns(self, columns: list[str], source: tuple[str, ...]) -> None:
        listed = self.columns_list
        listed.blockSignals(True)
        listed.clear()
        ticked = set(source)
        absent = [name for name in source if name not in columns]
        for name in absent:  # named by the recipe, not in the export: ticked, so the user sees and can untick it
            self._add_check(listed, self.tr("{column} (not in the export)").format(column=name), name, True)
        for name in columns:
            self._add_check(listed, shown_column_name(name), name, name in ticked)
        first = next((row for row in range(listed.count()) if _ticked(listed.item(row))), 0)
        if listed.count():
            listed.scrollToItem(listed.item(first), QAbstractItemView.ScrollHint.PositionAtTop)
        listed.blockSignals(False)

    def _fill_separators(self, split: tuple[str, ...]) -> None:
        listed = self.separators_list
        listed.blockSignals(True)
        listed.clear()
        for separator in (*OFFERED_SEPARATORS, *(s for s in split if s not in OFFERED_SEPARATORS)):
            item = self._add_check(listed, separator_name(separator), separator, separator in split)
            item.setToolTip(self.tr("Answers separated by {separator}").format(separator=separator_name(separator)))
        listed.blockSignals(False)

    @staticmethod
    def _add_check(listed: QListWidget, text: str, data: str, ticked: bool) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, data)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        listed.addItem(item)
        return item

    def ticked_columns(self) -> list[str]:
        return _ticked_data(self.columns_list)

    def ticked_separators(self) -> list[str]:
        return _ticked_data(self.separators_list)

    # --- what the user does -------------------------------------------------------------------------------------
    def tick_columns(self, columns: list[str]) -> None:
        """Tick exactly `columns` in the list, as clicks would (one edit at the end); for tests and scripting."""
        listed = self.columns_list
        listed.blockSignals(True)
        for row in range(listed.count()):
            item = listed.item(row)
            wanted = item.data(Qt.ItemDataRole.UserRole) in columns
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)
        listed.blockSignals(False)
        self._columns_ticked()

    def choose(self, box: QComboBox, column: str | None) -> None:
        """Choose `column` (None: "none") in one of the boxes, as a click would; for tests and scripting."""
        index = box.findData(column or "")
        assert index >= 0, column
        box.setCurrentIndex(index)
        box.activated.emit(index)

    def _apply(self, make: Callable[[], VariableRecipe]) -> None:
        try:
            edited = make()
        except RecipeError as error:
            self._say(self.tr("Not applied: {why}").format(why=str(error)))
            return
        self._say("")
        if edited != self._variable:
            self._variable = edited
            self.edited.emit(edited)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _one_chosen(self, index: int) -> None:
        variable, column = self._variable, self.column_box.itemData(index)
        if variable is None or not column:
            return
        if mode_of(variable) == "year":
            dates = self._holds_dates(str(column))
            self.dates_check.blockSignals(True)
            self.dates_check.setChecked(dates)
            self.dates_check.blockSignals(False)
            self._apply(lambda: with_year_source(variable, str(column), dates))
        else:
            self._apply(lambda: with_source(variable, str(column)))

    def _dates_toggled(self, dates: bool) -> None:
        variable = self._variable
        if variable is not None and variable.source:
            self._apply(lambda: with_year_source(variable, variable.source[0], dates))

    def _holds_dates(self, column: str) -> bool:
        frame = self._frame
        if frame is None or column not in frame.columns:
            return False
        series = frame[column]
        values = series.cat.categories if isinstance(series.dtype, pd.CategoricalDtype) else series.dropna().unique()
        return holds_dates(str(v) for v in values)

    def _columns_ticked(self, item: QListWidgetItem | None = None) -> None:
        variable = self._variable
        if variable is None:
            return
        columns = self.ticked_columns()
        if not columns:
            self._say(self.tr("Not applied: tick at least one column this variable is made from."))
            return
        self._apply(lambda: with_sources(variable, columns))

    def _separators_ticked(self, item: QListWidgetItem | None = None) -> None:
        variable = self._variable
        if variable is not None:
            separators = self.ticked_separators()
            self._apply(lambda: with_split(variable, separators))

    def _age_chosen(self, index: int = 0) -> None:
        variable = self._variable
        if variable is None:
            return
        age, birth, registered = (
            str(box.currentData() or "") for box in (self.age_box, self.birth_box, self.registered_box)
        )
        if bool(birth) != bool(registered):
            self._say(
                self.tr(
                    "Not applied yet: an age from dates needs both the birth date and the registration date. "
                    "Choose the other one too, or none of them."
                )
            )
            return
        if not (age or birth):
            self._say(self.tr("Not applied: choose an age column, or a birth date and a registration date."))
            return
        self._apply(lambda: with_age_sources(variable, age or None, birth or None, registered or None))


def _ticked(item: QListWidgetItem | None) -> bool:
    return item is not None and item.checkState() == Qt.CheckState.Checked


def _ticked_data(listed: QListWidget) -> list[str]:
    return [
        str(listed.item(row).data(Qt.ItemDataRole.UserRole))
        for row in range(listed.count())
        if _ticked(listed.item(row))
    ]
