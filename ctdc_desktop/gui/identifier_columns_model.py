"""The Identifiers page's list of columns: one row per column of the victims and perpetrators tables, with what Stage
one found in it, what it proposes, and what the caseworker decided.

The rows are plain data (`ColumnRow`); the model only shows them. A column without a decision is drawn so that it
stands out: it is what keeps the step from being done.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from ctdc_desktop.core.identifiers import Action, ColumnDecision, ColumnReview, Transform
from ctdc_desktop.core.identifiers.decisions import VICTIMS
from ctdc_desktop.core.translation import translate

AnyIndex = QModelIndex | QPersistentModelIndex

TABLE, COLUMN, FOUND, PROPOSED, DECISION = range(5)
NAME_LIMIT = 60  # characters of a column name shown in the list (the tooltip has all of it)

# The row's ColumnRow, for the page and tests.
ColumnRowRole = Qt.ItemDataRole.UserRole + 1


def transform_text(transform: Transform) -> str:
    """What a transform does, in the caseworker's words."""
    return {
        Transform.AGE_AT_REGISTRATION: translate("IdentifierColumnsModel", "birth date → age at registration"),
        Transform.YEAR_ONLY: translate("IdentifierColumnsModel", "date → its year only"),
        Transform.LINK_ONLY: translate(
            "IdentifierColumnsModel", "case ID → victim–perpetrator link only, never exported"
        ),
        Transform.REDACT_SPANS: translate(
            "IdentifierColumnsModel", "notes kept with names, contacts and numbers blacked out"
        ),
    }[transform]


def action_text(action: Action, transform: Transform | None) -> str:
    if action is Action.REMOVE:
        return translate("IdentifierColumnsModel", "Remove")
    if action is Action.KEEP:
        return translate("IdentifierColumnsModel", "Keep")
    return (
        translate("IdentifierColumnsModel", "Transform: {0}").format(transform_text(transform))
        if transform
        else translate("IdentifierColumnsModel", "Transform")
    )


def short_action_text(action: Action, transform: Transform | None) -> str:
    """For the narrow "Proposed" column: "Year only" rather than the whole sentence."""
    if action is Action.TRANSFORM and transform is not None:
        label = transform.label
        return label[:1].upper() + label[1:]
    return action_text(action, transform)


def table_text(table: str) -> str:
    return (
        translate("IdentifierColumnsModel", "Victims")
        if table == VICTIMS
        else translate("IdentifierColumnsModel", "Perpetrators")
    )


@dataclass
class ColumnRow:
    """One column under review. `decision` None: the caseworker has not decided yet (the step cannot finish)."""

    table: str
    review: ColumnReview
    decision: ColumnDecision | None
    new: bool = False  # not in the saved decisions this export was checked against: it needs a look

    @property
    def name(self) -> str:
        return self.review.name

    @property
    def undecided(self) -> bool:
        return self.decision is None

    def found_text(self) -> str:
        kinds = self.review.identifier_kinds
        return (
            ", ".join(k.label for k in kinds) if kinds else translate("IdentifierColumnsModel", "nothing identifying")
        )

    def decision_text(self) -> str:
        if self.decision is None:
            return (
                translate("IdentifierColumnsModel", "New column: not decided yet")
                if self.new
                else translate("IdentifierColumnsModel", "Not decided yet")
            )
        text = short_action_text(self.decision.action, self.decision.transform)
        if self.decision.action is Action.KEEP and self.decision.reason:
            return translate("IdentifierColumnsModel", "{decision} (your reason: {reason})").format(
                decision=text, reason=" ".join(self.decision.reason.split())
            )
        return text


class IdentifierColumnsModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ColumnRow] = []

    def set_rows(self, rows: Sequence[ColumnRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[ColumnRow]:
        return self._rows

    def row_changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, DECISION))

    def find(self, table: str, column: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.table == table and r.name == column), -1)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else DECISION + 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return [
                self.tr("Records"),
                self.tr("Column"),
                self.tr("What was found"),
                self.tr("Proposed"),
                self.tr("Your decision"),
            ][section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return [
                self.tr(
                    "Which table the column is in: the victim records or the perpetrator records.",
                ),
                self.tr("The column's name in your export."),
                self.tr(
                    "What in this column can point to a person, found from its name or its values.",
                ),
                self.tr("What Stage one proposes to do with the column."),
                self.tr(
                    "What will be done. Every column marked “Not decided yet” needs your decision.",
                ),
            ][section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == ColumnRowRole:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            if column == TABLE:
                return table_text(row.table)
            if column == COLUMN:
                name = " ".join(row.name.split())
                return name if len(name) <= NAME_LIMIT else name[:NAME_LIMIT] + "…"
            if column == FOUND:
                return row.found_text()
            if column == PROPOSED:
                return short_action_text(row.review.action, row.review.transform)
            return row.decision_text()
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.FontRole and column == DECISION and row.undecided:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and column == DECISION and row.undecided:
            return QBrush(QColor("#9a3412"))
        if role == Qt.ItemDataRole.BackgroundRole and row.undecided:
            return QBrush(QColor("#fff4e5"))
        return None

    def _tooltip(self, row: ColumnRow, column: int) -> str | None:
        if column == COLUMN:
            return row.name
        if column == FOUND:
            if not row.review.flags:
                return self.tr(
                    "Neither the name nor the values of this column look like they point to a person.",
                )
            return "\n".join(f.reason for f in row.review.flags)
        if column == PROPOSED:
            return " ".join(filter(None, (action_text(row.review.action, row.review.transform) + ".", row.review.note)))
        if column == DECISION:
            if row.undecided:
                if row.new:
                    return self.tr(
                        "This column was not in the saved decisions: choose what to do with it.",
                    )
                return self.tr(
                    "Stage one found something identifying here: choose Remove, Transform or Keep.",
                )
            decision = row.decision
            assert decision is not None
            text = action_text(decision.action, decision.transform)
            if not decision.reason:
                return text
            return self.tr("{decision}. Your reason: {reason}").format(decision=text, reason=decision.reason)
        return None
