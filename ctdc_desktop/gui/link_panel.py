"""The link between victim and perpetrator records: which column in each file holds the case ID, and how well
the two files match on it, said in plain words."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QGroupBox, QLabel, QSizePolicy, QWidget

from ctdc_desktop.core.link import LinkReport
from ctdc_desktop.gui.no_wheel import NoWheelComboBox
from ctdc_desktop.gui.text_format import count_text


class LinkPanel(QGroupBox):
    columns_chosen = Signal(str, str)  # victim column, perpetrator column; only when the user changes them

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Link between victims and perpetrators"), parent)
        explanation = QLabel(
            self.tr(
                "Each perpetrator row names the case of its victim. Choose the column that holds the case ID in "
                "each file; the app proposes the pair whose values match best."
            )
        )
        explanation.setWordWrap(True)
        self.victim_combo = NoWheelComboBox()
        self.perpetrator_combo = NoWheelComboBox()
        for combo in (self.victim_combo, self.perpetrator_combo):
            # Not as wide as the longest column name: that could push the page past a small screen. The list that
            # opens shows every name in full.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(14)
            # `activated` fires on the user's choice only, not when the page fills or sets the box.
            combo.activated.connect(self._on_user_choice)
        self.report_label = QLabel()
        self.report_label.setWordWrap(True)
        self.report_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.report_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

        victim_label = QLabel(self.tr("Case ID among the &victims:"))
        victim_label.setBuddy(self.victim_combo)
        perpetrator_label = QLabel(self.tr("Case ID among the &perpetrators:"))
        perpetrator_label.setBuddy(self.perpetrator_combo)

        # One row per file (not both on one line), so that the panel fits a small screen at 200 %.
        layout = QGridLayout(self)
        layout.addWidget(explanation, 0, 0, 1, 3)
        layout.addWidget(victim_label, 1, 0)
        layout.addWidget(self.victim_combo, 1, 1)
        layout.addWidget(perpetrator_label, 2, 0)
        layout.addWidget(self.perpetrator_combo, 2, 1)
        layout.setColumnStretch(2, 1)
        layout.addWidget(self.report_label, 3, 0, 1, 3)

    # --- what the page shows ------------------------------------------------------------------------------------
    def show_checking(
        self, victim_columns: list[str] | None = None, perpetrator_columns: list[str] | None = None
    ) -> None:
        """Fill the boxes (when the files changed) and say the check is running."""
        if victim_columns is not None:
            _fill(self.victim_combo, victim_columns, self.tr("(choose a column)"))
        if perpetrator_columns is not None:
            _fill(self.perpetrator_combo, perpetrator_columns, self.tr("(choose a column)"))
        self.report_label.setStyleSheet("")
        self.report_label.setText(self.tr("Checking which victim each perpetrator belongs to…"))

    def show_link(self, report: LinkReport) -> None:
        _select(self.victim_combo, report.victim_column)
        _select(self.perpetrator_combo, report.perpetrator_column)
        self.report_label.setStyleSheet("")
        self.report_label.setText(self.report_text(report))

    def show_no_proposal(self) -> None:
        self.victim_combo.setCurrentIndex(0)
        self.perpetrator_combo.setCurrentIndex(0)
        self.report_label.setStyleSheet("QLabel { color: #a61b1b; }")
        self.report_label.setText(
            self.tr(
                "No column holds the same case IDs in both files. Choose the case ID column of each file above, "
                "or check that the perpetrator file belongs to these victims."
            )
        )

    def show_error(self, message: str) -> None:
        self.report_label.setStyleSheet("QLabel { color: #a61b1b; }")
        self.report_label.setText(message)

    def report_text(self, report: LinkReport) -> str:
        """E.g. '1,953 victims have at least one perpetrator; 47 victims have none; 12 perpetrator rows match no
        victim (rows 5, 17, …).'"""
        alone = report.victims_without_perpetrators
        parts = [
            self.tr("{count} victims have at least one perpetrator").format(count=count_text(report.victims - alone)),
            self.tr("{count} victims have none").format(count=count_text(alone)),
        ]
        orphans = report.perpetrators_without_victim
        if orphans:
            rows = _row_list(report.perpetrator_rows_without_victim, orphans)
            parts.append(
                self.tr("{count} perpetrator rows match no victim (rows {rows})").format(
                    count=count_text(orphans), rows=rows
                )
            )
        else:
            parts.append(self.tr("every perpetrator row matches a victim"))
        text = "; ".join(parts) + "."
        if report.victims_sharing_an_id:
            text += " " + self.tr(
                "{count} victim rows share their case ID with another victim row, so their perpetrators cannot be "
                "told apart; check that this is the case ID column."
            ).format(count=count_text(report.victims_sharing_an_id))
        return text

    # --- the user's choice --------------------------------------------------------------------------------------
    def _on_user_choice(self) -> None:
        victim = self.victim_combo.currentData()
        perpetrator = self.perpetrator_combo.currentData()
        if isinstance(victim, str) and isinstance(perpetrator, str):
            self.columns_chosen.emit(victim, perpetrator)


ROWS_LISTED = 8  # enough to find the pattern in the file; the rest would only push the page down


def _row_list(rows: tuple[int, ...], total: int) -> str:
    shown = rows[:ROWS_LISTED]
    listed = ", ".join(str(row) for row in shown)  # row numbers, as in the file, not counts: no thousands commas
    return listed + (", …" if total > len(shown) else "")


def _fill(combo: QComboBox, columns: list[str], placeholder: str) -> None:
    combo.clear()
    combo.addItem(placeholder, None)
    for name in columns:
        combo.addItem(name, name)


def _select(combo: QComboBox, column: str) -> None:
    index = combo.findData(column)
    combo.setCurrentIndex(max(index, 0))
