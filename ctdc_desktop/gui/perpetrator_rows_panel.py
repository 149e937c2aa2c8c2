"""The box on the Load page that says a sheet has one row per perpetrator, and lets the user read it so or not.

It only shows what `core.one_row_per_perpetrator` found and says what the user ticked; `LoadPage` decides the rest.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QGroupBox, QLabel, QVBoxLayout, QWidget

from ctdc_desktop.core.case_export import CaseExport, Disagreement
from ctdc_desktop.gui.text_format import count_text

COLUMNS_LISTED = 8  # the rest are in the tooltip and in the tabs below


class PerpetratorRowsPanel(QGroupBox):
    read_so = Signal(bool)  # the user ticked (True) or unticked (False) the box

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("One row per perpetrator"), parent)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.disagreements = QLabel()
        self.disagreements.setWordWrap(True)
        self.disagreements.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.disagreements.setStyleSheet("QLabel { color: #8a5300; }")
        self.read_box = QCheckBox(self.tr("Read the sheet as one row per &perpetrator"))
        self.read_box.setToolTip(
            self.tr(
                "Ticked: each case is one victim, and each row with a perpetrator is one perpetrator record. "
                "Unticked: each row is read as a victim."
            )
        )
        self.read_box.toggled.connect(self.read_so)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.disagreements)
        layout.addWidget(self.read_box)

    def show_reading(self, export: CaseExport, read_so: bool) -> None:
        """What was found in the sheet, with the box ticked as `read_so` (no signal)."""
        reading = export.one_row_per_perpetrator
        if reading is None:
            raise ValueError("the export was not read as one row per perpetrator")
        self.explanation.setText(
            self.tr(
                "This sheet has several rows for {several} of {cases} cases: it looks like one row per perpetrator. "
                "The victims' columns ({victim_columns}) are read once per case; the perpetrators' columns "
                "({perpetrator_columns}) become the perpetrator records, linked by the column {case}."
            ).format(
                several=count_text(reading.several_row_cases),
                cases=count_text(reading.cases),
                victim_columns=_listed(reading.victim_columns),
                perpetrator_columns=_listed(reading.perpetrator_columns),
                case=reading.case_column,
            )
        )
        self.explanation.setToolTip(
            self.tr("Victims' columns: {victims}\nPerpetrators' columns: {perpetrators}").format(
                victims=", ".join(reading.victim_columns), perpetrators=", ".join(reading.perpetrator_columns)
            )
        )
        lines = [self._disagreement_text(d) for d in reading.disagreements]
        self.disagreements.setText("\n".join(lines))
        self.disagreements.setVisible(bool(lines))
        self.read_box.blockSignals(True)
        self.read_box.setChecked(read_so)
        self.read_box.blockSignals(False)

    def _disagreement_text(self, disagreement: Disagreement) -> str:
        rows = ", ".join(str(row) for row in disagreement.rows[:8])
        if disagreement.row_count > min(len(disagreement.rows), 8):
            rows += ", …"
        return self.tr(
            "The victims' column {column} differs between the rows of %n cases (rows {rows}): the first filled "
            "value of each case is kept. Check those rows in the file.",
            "",
            disagreement.cases,
        ).format(column=disagreement.column, rows=rows)


def _listed(columns: tuple[str, ...]) -> str:
    shown = ", ".join(columns[:COLUMNS_LISTED])
    return shown + (", …" if len(columns) > COLUMNS_LISTED else "")
