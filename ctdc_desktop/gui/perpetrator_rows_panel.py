"""The box on the Load page that says a sheet has one row per perpetrator, and lets the user read it so or not.

The same box says when a sheet has one row per victim with the perpetrators in numbered columns
(`core.load.numbered_perpetrators`), with the same tick: read so or not.

It only shows what `core.one_row_per_perpetrator` found and says what the user ticked; `LoadPage` decides the rest.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QGroupBox, QLabel, QVBoxLayout, QWidget

from ctdc_desktop.core.case_export import CaseExport, Disagreement, NumberedPerpetrators
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
        self._tick(read_so)
        if export.numbered_perpetrators is not None:
            self._show_numbered(export.numbered_perpetrators)
            return
        self.setTitle(self.tr("One row per perpetrator"))
        self.read_box.setText(self.tr("Read the sheet as one row per &perpetrator"))
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

    def _tick(self, read_so: bool) -> None:
        self.read_box.blockSignals(True)
        self.read_box.setChecked(read_so)
        self.read_box.blockSignals(False)

    def _show_numbered(self, reading: NumberedPerpetrators) -> None:
        self.setTitle(self.tr("Perpetrators in numbered columns"))
        self.read_box.setText(self.tr("Read the numbered columns as &perpetrators"))
        numbers = sorted({c.number for c in reading.columns})
        if reading.made_up_case_column:
            link = self.tr("The file has no case ID: both tables get a column {case} with each victim's row number.")
        else:
            link = self.tr("The two tables are linked by the column {case}.")
        self.explanation.setText(
            self.tr(
                "This sheet has one row per victim with up to {numbers} perpetrators side by side ({fields}). Each "
                "numbered group with a filled cell becomes a perpetrator record: {perpetrators} for {victims} "
                "victims."
            ).format(
                numbers=len(numbers),
                fields=_listed(reading.fields),
                perpetrators=count_text(reading.perpetrators),
                victims=count_text(reading.victims),
            )
            + " "
            + link.format(case=reading.case_column)
        )
        self.explanation.setToolTip(
            "\n".join(
                self.tr("Perpetrator {n}: {columns}").format(
                    n=n, columns=", ".join(c.column for c in reading.columns if c.number == n)
                )
                for n in numbers
            )
        )
        self.disagreements.setText("")
        self.disagreements.setVisible(False)

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
