"""The Synthesize step: choose how strongly to protect the records, see who is at risk, make the synthetic records.

The page shows and asks; the work is in `ctdc_desktop.core`: the disclosure-risk summary (`core.evaluate.
disclosure_risk`), the synthesis and its screen-only evaluation (`core.evaluate.synthesis_run`), and the privacy
budget ledger (`core.release.ledger`). The evaluation compares the synthetic records with the real ones,
so it is shown here and never written to a file.
"""

from __future__ import annotations

import math
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ctdc_desktop import app_folders
from ctdc_desktop.core.evaluate.disclosure_risk import DisclosureRisk, assess_disclosure_risk
from ctdc_desktop.core.evaluate.synthesis_run import SynthesisRun, synthesize_for_release
from ctdc_desktop.core.evaluate.verdict import Level, Verdict, judge_synthesis
from ctdc_desktop.core.load.decisions import SourceRole
from ctdc_desktop.core.number_format import localized
from ctdc_desktop.core.project import Project, propose_dataset_name
from ctdc_desktop.core.recode.recoded_data import RecodedData
from ctdc_desktop.core.release import ledger
from ctdc_desktop.core.synth.decisions import DEFAULT_CAP, SynthesisDecisions, default_method, default_params
from ctdc_desktop.core.synth.input_checks import check_synthesis_params
from ctdc_desktop.core.synth.model import FABRICATION_MODES, DpParams, KAnonParams, SynthesisResult, SynthInputError
from ctdc_desktop.core.translation import QT_TRANSLATE_NOOP, translate
from ctdc_desktop.gui.bar_chart import BarChart, share_text
from ctdc_desktop.gui.no_wheel import NoWheelDoubleSpinBox
from ctdc_desktop.gui.progress_panel import ProgressPanel
from ctdc_desktop.gui.protection_choice import REFUSAL_STYLE, ProtectionChoice
from ctdc_desktop.gui.scroll_page import fill_with_scrolling
from ctdc_desktop.gui.step_page import StepPage, StepState
from ctdc_desktop.gui.text_format import count_text, escape_html
from ctdc_desktop.gui.worker import StepWorker

RISK_COLOURS = (QColor("#b3261e"), QColor("#e08a00"), QColor("#3b7d3b"))
WARNING_STYLE = "color: #8a5300;"
# A verdict's colour, and the icon beside it (the word and the icon say it too, for users who cannot tell colours).
VERDICT_COLOURS = {Level.GOOD: "#3b7d3b", Level.CHECK: "#8a5300", Level.PROBLEM: "#b3261e"}
VERDICT_ICONS = {
    Level.GOOD: QStyle.StandardPixmap.SP_DialogApplyButton,
    Level.CHECK: QStyle.StandardPixmap.SP_MessageBoxWarning,
    Level.PROBLEM: QStyle.StandardPixmap.SP_MessageBoxCritical,
}
VERDICT_WORDS = {
    Level.GOOD: QT_TRANSLATE_NOOP("SynthesizePage", "Good"),
    Level.CHECK: QT_TRANSLATE_NOOP("SynthesizePage", "Check"),
    Level.PROBLEM: QT_TRANSLATE_NOOP("SynthesizePage", "Problem"),
}


class SynthesizePage(StepPage):
    """Step 4. Receives the Recode step's `RecodedData`; hands on the `SynthesisResult` (Export gets both)."""

    step_key = "synthesize"
    step_title = "Synthesize"

    def __init__(self, ledger_folder: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ledger_folder = ledger_folder
        self._received: object | None = None  # what the window handed, as it was handed
        self._input: RecodedData | None = None
        self._run: SynthesisRun | None = None
        self._risk: DisclosureRisk | None = None
        self._run_choices: tuple[SynthesisDecisions, str, float] | None = None
        # Named once per project (proposed from its file names); the window and `run --project` count its releases
        # against this one ledger entry.
        self._dataset_name = ""
        self._project = Project()
        self._project_path: Path | None = None

        self.protection = ProtectionChoice()
        self.budget = DatasetBudget()
        self.risk_box = RiskSummary()
        self.results_box = RunResultBox()
        self._name_section_controls()
        self._scroll_area = fill_with_scrolling(self, self._page_content())
        self._make_workers()
        self._follow_choices()
        # A method the user picked is kept; until then the method follows the recipe (see `receive_input`).
        self._method_chosen = False
        self._redo_when_input = False
        self._method_changed()
        self._show_input()

        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    def _name_section_controls(self) -> None:
        """The page's own names for the controls of its sections, which its methods (and the tests) use."""
        protection, budget, risk, results = self.protection, self.budget, self.risk_box, self.results_box
        self.kanon_button = protection.kanon_button
        self.dp_button = protection.dp_button
        self.k_box = protection.k_box
        self.epsilon_box = protection.epsilon_box
        self.length_box = protection.length_box
        self.fabrication_box = protection.fabrication_box
        self.fixed_seed = protection.fixed_seed
        self.seed_box = protection.seed_box
        self.parameters = protection.parameters
        self.parameter_problem = protection.parameter_problem
        self.dataset_edit = budget.dataset_edit
        self.name_note = budget.name_note
        self.cap_box = budget.cap_box
        self.budget_label = budget.budget_label
        self.risk_label = risk.risk_label
        self.risk_chart = risk.risk_chart
        self.driver_chart = risk.driver_chart
        self.verdict_rows = results.verdict_rows
        self.figures_button = results.figures_button
        self.figures = results.figures
        self.results_label = results.results_label
        self.error_chart = results.error_chart
        self.kept_chart = results.kept_chart
        self.suppressed_chart = results.suppressed_chart
        self.fabricated_chart = results.fabricated_chart
        self.bucket_button = results.bucket_button
        self.bucket_label = results.bucket_label

    def _page_content(self) -> QWidget:
        """From top to bottom: what the step does, the choices beside who is at risk, the run, and its result."""
        heading = QLabel("<h2>" + self.tr("Synthesize") + "</h2>")
        intro = QLabel(
            self.tr(
                "Make <b>synthetic</b> records: new rows that keep the patterns of your recoded data but belong to "
                "no real person. Choose how strongly to protect the people in it; nothing is written to a file here.",
            )
        )
        intro.setWordWrap(True)
        self.input_label = QLabel()
        self.input_label.setWordWrap(True)
        self.run_button = QPushButton(self.tr("&Make synthetic records"))
        self.run_button.setDefault(True)
        self.run_button.clicked.connect(self.start)
        self.progress_panel = ProgressPanel(self.tr("Stop making synthetic records. Nothing is kept."))
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.protection)
        left_layout.addWidget(self.budget)
        left_layout.addStretch(1)
        columns = SideBySide(left, self.risk_box)
        run_row = QHBoxLayout()
        run_row.addWidget(self.run_button)
        run_row.addWidget(self.status_label, 1)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(24, 12, 24, 12)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(self.input_label)
        layout.addWidget(columns)
        layout.addLayout(run_row)
        layout.addWidget(self.progress_panel)
        layout.addWidget(self.results_box)
        layout.addStretch(1)
        return content

    def _make_workers(self) -> None:
        """The synthesis, and the disclosure-risk summary (redone when k settles), each in the background."""
        self._worker: StepWorker[SynthesisRun] = StepWorker(self, name="synthesis")
        self._worker.succeeded.connect(self._on_synthesized)
        self._worker.failed.connect(self._on_failed)
        self._worker.cancelled.connect(self._on_cancelled)
        self._worker.busy_changed.connect(self._update_controls)
        self.progress_panel.follow(self._worker)
        self._risk_worker: StepWorker[DisclosureRisk] = StepWorker(self, name="disclosure risk")
        self._risk_worker.succeeded.connect(self._on_risk)
        self._risk_worker.failed.connect(lambda message: self.risk_label.setText(escape_html(message)))
        # The summary is recomputed when k settles, not on every click of the spin box.
        self._risk_timer = QTimer(self)
        self._risk_timer.setSingleShot(True)
        self._risk_timer.setInterval(300)
        self._risk_timer.timeout.connect(self._assess_risk)

    def _follow_choices(self) -> None:
        self.protection.method_changed.connect(self._method_changed)
        self.protection.k_changed.connect(self._risk_timer.start)
        self.protection.changed.connect(self._parameters_changed)
        self.protection.method_picked.connect(self._method_picked)
        self.budget.name_typed.connect(self._dataset_name_typed)
        self.budget.name_edited.connect(self._dataset_name_edited)
        self.budget.cap_changed.connect(self._parameters_changed)
        self.results_box.figures_toggled.connect(self._show_figures)

    # --- the contract with the window ---------------------------------------------------------------------------
    def state(self) -> StepState:
        if self._input is None:
            return StepState.NOT_AVAILABLE
        return StepState.DONE if self._run is not None else StepState.NEEDS_ATTENTION

    def decisions(self) -> SynthesisDecisions:
        return SynthesisDecisions(self.params(), self._dataset_name, self.cap_box.value(), self._run is not None)

    def restore_decisions(self, decisions: object | None) -> None:
        # Saved decisions are the user's choice of method; without them the method follows the recipe again.
        self._method_chosen = decisions is not None
        # A project saved with its records made makes them again once its recoded table arrives (StepPage contract).
        self._redo_when_input = isinstance(decisions, SynthesisDecisions) and decisions.done
        if decisions is None:
            decisions = SynthesisDecisions(self._recipe_default_params())
        if not isinstance(decisions, SynthesisDecisions):
            raise TypeError("the Synthesize page restores SynthesisDecisions")
        self._set_params(decisions.params)
        self._set_dataset_name(decisions.dataset_name)
        self.cap_box.setValue(decisions.privacy_cap)
        self._parameters_changed()  # an unnamed dataset is named when the window next hands the project

    def _set_params(self, params: KAnonParams | DpParams) -> None:
        seed = params.seed
        if isinstance(params, KAnonParams):
            self.kanon_button.setChecked(True)
            self.k_box.setValue(params.k)
        else:
            self.dp_button.setChecked(True)
            self.epsilon_box.setValue(params.epsilon)
            self.fabrication_box.setCurrentIndex(FABRICATION_MODES.index(params.fabrication))
        self.length_box.setValue(params.reporting_length)
        self.fixed_seed.setChecked(seed is not None)
        if seed is not None:
            self.seed_box.setValue(seed)

    def result(self) -> SynthesisResult | None:
        """The synthesis the Export step writes (beside the recoded data it came from); None until done."""
        return None if self._run is None else self._run.synthesis

    def receive_input(self, value: object | None) -> None:
        if value is self._received:
            return  # nothing new: the window hands every page its input again whenever anything changes
        self._received = value
        self._worker.cancel()
        self._input = value if isinstance(value, RecodedData) else None
        if not self._method_chosen and self._input is not None:
            # As `run` does: the 2022 recipe's release is differentially private, the 2021 one k-anonymous.
            self._set_params(self._recipe_default_params())
        self._run = None
        self._risk = None
        self.results_box.setVisible(False)
        self.status_label.clear()
        self._show_input()
        if self._input is not None:
            self._assess_risk()
            if self._redo_when_input:
                self._redo_when_input = False
                QTimer.singleShot(0, lambda data=self._input: self._redo_synthesis(data))
        self.state_changed.emit()

    def _redo_synthesis(self, data: RecodedData) -> None:
        """A reopened project's records made again, as they were when it was saved, unless something changed."""
        if self._input is not data or self._run is not None or self._worker.is_busy():
            return  # the input changed, or the caseworker already started: they are in charge
        if not self.run_button.isEnabled():
            return  # a refusal (budget, input check) is shown; the caseworker decides
        self.start()

    def receive_project(self, project: Project, path: Path | None) -> None:
        """The project as it now is, and its file: where an unnamed dataset's name is proposed from."""
        self._project, self._project_path = project, path
        self._propose_dataset_name()

    def _recipe_default_params(self) -> KAnonParams | DpParams:
        recipe = None if self._input is None or self._input.recipe is None else self._input.recipe.recipe
        if recipe is None:
            return KAnonParams()
        return default_params(default_method(recipe.name, recipe.codebook))

    def _show_input(self) -> None:
        data = self._input
        if data is None:
            self.input_label.setText(
                self.tr("Finish the Recode step first: this step works on the recoded table it makes.")
            )
            self.risk_label.setText(self.tr("Shown once the recoded table is ready."))
            self.risk_chart.set_bars([])
            self.driver_chart.set_bars([])
        else:
            table = data.table
            self.input_label.setText(
                self.tr("The recoded table has {0} records and {1} variables.").format(
                    count_text(len(table)), count_text(len(table.columns))
                )
            )
        self._update_controls()

    @Slot()
    def shutdown(self) -> None:
        self._risk_timer.stop()
        self._worker.shutdown()
        self._risk_worker.shutdown()

    # --- parameters ---------------------------------------------------------------------------------------------
    def params(self) -> KAnonParams | DpParams:
        seed = self.seed_box.value() if self.fixed_seed.isChecked() else None
        if self.kanon_button.isChecked():
            return KAnonParams(k=self.k_box.value(), reporting_length=self.length_box.value(), seed=seed)
        return DpParams(
            epsilon=round(self.epsilon_box.value(), 6),
            reporting_length=self.length_box.value(),
            fabrication=str(self.fabrication_box.currentData()),
            seed=seed,
        )

    def dataset_name(self) -> str:
        """The name this project's releases count against in the privacy budget ledger ("" until named)."""
        return self._dataset_name

    def _set_dataset_name(self, name: str) -> None:
        self.name_note.setVisible(False)  # it spoke of the name proposed, which this one replaces
        self._dataset_name = " ".join(name.split())
        if self.dataset_edit.text() != self._dataset_name:
            blocked = self.dataset_edit.blockSignals(True)
            self.dataset_edit.setText(self._dataset_name)
            self.dataset_edit.blockSignals(blocked)
        self._parameters_changed()

    def _ledger(self) -> ledger.PrivacyLedger | None:
        try:
            return ledger.read_ledger(self.ledger_folder())
        except ledger.LedgerError:
            return None  # said in the budget line; a proposal then only avoids nothing

    def _propose_dataset_name(self) -> None:
        """Name the dataset once, when the project has an export and no name yet: from the project's file name or
        the export's, never a generic word, and never a name another project's releases already count against."""
        if self._dataset_name or self._project.source(SourceRole.VICTIMS) is None:
            return
        book = self._ledger()
        taken: set[str] = set()
        if book is not None:
            taken = {*book.releases, *(rename.old for rename in book.renames)}
        proposal = propose_dataset_name(self._project, self._project_path, taken)
        plain = propose_dataset_name(self._project, self._project_path)
        self._set_dataset_name(proposal)
        if proposal != plain:
            self.name_note.setText(
                self.tr(
                    "“{0}” already has releases, so this data was named “{1}”: unrelated data never shares a privacy "
                    "budget. If it is the same data as “{0}”, name it “{0}” so that its releases count against the "
                    "same budget."
                ).format(escape_html(plain), escape_html(proposal))
            )
            self.name_note.setVisible(True)

    def _has_releases(self, name: str) -> int:
        book = self._ledger()
        return 0 if book is None or not name else len(book.entries(name))

    @Slot(str)
    def _dataset_name_typed(self, text: str) -> None:
        """A dataset without releases takes the name as it is typed; one with releases waits for the user to finish
        (Enter, or leaving the field) and is then asked about (`_dataset_name_edited`)."""
        new = " ".join(text.split())
        if new and new != self._dataset_name and not self._has_releases(self._dataset_name):
            self._dataset_name = new
            self.name_note.setVisible(False)
            self._parameters_changed()
        else:
            self._update_controls()  # the budget line reads the ledger again

    def showEvent(self, event: QShowEvent) -> None:
        # Coming back from Export: the ledger may hold a new release of this dataset.
        self._update_controls()
        super().showEvent(event)

    @Slot()
    def _dataset_name_edited(self) -> None:
        """The user changed the name: a dataset that has releases is renamed only if they say so, in the ledger too,
        so that its budget follows it."""
        new = " ".join(self.dataset_edit.text().split())
        old = self._dataset_name
        if not new:
            self._set_dataset_name(old)  # a release needs a name: keep the one there was
            return
        if ledger.dataset_key(new) == ledger.dataset_key(old):
            if new != old:
                self._set_dataset_name(new)
            return
        releases = self._has_releases(old)
        if releases:
            if not ask_to_rename_dataset(self, old, new, releases):
                self._set_dataset_name(old)
                return
            try:
                ledger.rename_dataset(self.ledger_folder(), old, new)
            except ledger.LedgerError as error:
                self._set_dataset_name(old)
                self.status_label.setStyleSheet(REFUSAL_STYLE)
                self.status_label.setText(escape_html(str(error)))
                return
        self._set_dataset_name(new)

    def set_ledger_folder(self, folder: Path) -> None:
        self._ledger_folder = folder
        self._update_controls()

    def ledger_folder(self) -> Path:
        if self._ledger_folder is None:
            self._ledger_folder = app_folders.app_data_folder()
        return self._ledger_folder

    def _method_changed(self) -> None:
        kanon = self.kanon_button.isChecked()
        for widget, shown in ((self.k_box, kanon), (self.epsilon_box, not kanon), (self.fabrication_box, not kanon)):
            widget.setVisible(shown)
            label = self.parameters.labelForField(widget)
            if label is not None:
                label.setVisible(shown)
        self.length_box.setValue(KAnonParams().reporting_length if kanon else DpParams().reporting_length)
        self._parameters_changed()

    def _choices(self) -> tuple[SynthesisDecisions, str, float]:
        return self.decisions(), self.dataset_name(), self.cap_box.value()

    def _parameters_changed(self) -> None:
        if self._run is not None and self._run_choices != self._choices():
            self._run = None  # the shown result no longer matches the choices
            self.results_box.setVisible(False)
            self.status_label.setStyleSheet("")
            self.status_label.setText(self.tr("The choices changed: make the synthetic records again."))
        self._update_controls()
        self.state_changed.emit()

    # --- budget and refusals ------------------------------------------------------------------------------------
    def budget_problem(self) -> tuple[str, str]:
        """(plain words about the budget, style): the style warns near the cap and marks a refusal."""
        params = self.params()
        if isinstance(params, KAnonParams):
            return self.tr("A k-anonymous release spends no privacy budget (ε)."), ""
        try:
            book = ledger.read_ledger(self.ledger_folder())
        except ledger.LedgerError as error:
            return str(error), REFUSAL_STYLE
        if not self.dataset_name():
            return self.tr("Open an export: the dataset is named after it."), ""
        check = book.check(self.dataset_name(), params.epsilon, self.cap_box.value())
        releases = len(book.entries(self.dataset_name()))
        text = f"{check.describe()} " + self.tr("Earlier DP releases of this dataset: {0}.").format(releases)
        if not check.allowed:
            return text, REFUSAL_STYLE
        return text, WARNING_STYLE if check.warning else ""

    def _update_controls(self) -> None:
        busy = self._worker.is_busy()
        problem = ""
        try:
            check_synthesis_params(self.params())
        except SynthInputError as error:
            problem = str(error)
        self.parameter_problem.setText(escape_html(problem))
        self.parameter_problem.setVisible(bool(problem))
        budget_text, style = self.budget_problem()
        refused = style == REFUSAL_STYLE
        self.budget_label.setText(escape_html(budget_text))
        self.budget_label.setStyleSheet(style)
        self.run_button.setEnabled(self._input is not None and not busy and not problem and not refused)
        self.run_button.setToolTip(
            self.tr("Refused: the privacy budget would pass its cap.")
            if refused
            else self.tr("Make the synthetic records.")
        )
        for widget in (self.kanon_button, self.dp_button, self.dataset_edit, self.cap_box):
            widget.setEnabled(not busy)

    @Slot()
    def _method_picked(self) -> None:
        self._method_chosen = True

    # --- disclosure risk ----------------------------------------------------------------------------------------
    @Slot()
    def _assess_risk(self) -> None:
        data = self._input
        if data is None:
            return
        k = self.k_box.value()
        self.risk_label.setText(self.tr("Looking for records that few others share…"))
        table = data.table
        self._risk_worker.start(lambda progress: assess_disclosure_risk(table, k, progress))

    @Slot(object)
    def _on_risk(self, risk: DisclosureRisk) -> None:
        self._risk = risk
        self.risk_label.setText(" ".join(risk.describe()))
        common = risk.records - risk.rare_records
        self.risk_chart.set_bars(
            [
                (self.tr("unique (no one else)"), risk.unique_records),
                (
                    self.tr("rare (2 to {0} share them)").format(risk.k - 1),
                    risk.rare_records - risk.unique_records,
                ),
                (self.tr("shared by {0} or more").format(risk.k), common),
            ],
            maximum=max(1, risk.records),
            value_text=lambda v: count_text(int(v)),
            colours=RISK_COLOURS,
        )
        self.driver_chart.set_bars(
            [(d.column, d.records_made_common) for d in risk.drivers[:6]],
            maximum=max(1, risk.rare_records),
            value_text=lambda v: count_text(int(v)),
        )
        self.driver_chart.setVisible(bool(risk.drivers))

    # --- synthesis ----------------------------------------------------------------------------------------------
    @Slot()
    def start(self) -> None:
        data = self._input
        if data is None or not self.run_button.isEnabled():
            return
        self._run_choices = self._choices()
        decisions = self._run_choices[0]
        self._run = None
        self.results_box.setVisible(False)
        self.status_label.clear()
        self.progress_panel.start(self.tr("Making synthetic records…"))
        table = data.table
        self._worker.start(lambda progress: synthesize_for_release(table, decisions, progress))
        self.state_changed.emit()

    @Slot(object)
    def _on_synthesized(self, run: SynthesisRun) -> None:
        self._run = run
        self._show_results(run)
        self.status_label.setText(self.tr("Done. Check the result below, then go on to Export."))
        QTimer.singleShot(0, self._scroll_to_verdict)
        self.state_changed.emit()

    def _scroll_to_verdict(self) -> None:
        """Bring the three sentences into view: the first thing to read once the records are made."""
        if self.results_box.isVisible():
            self._scroll_area.ensureWidgetVisible(self.figures_button, 0, 12)
            self._scroll_area.ensureWidgetVisible(self.verdict_rows[0], 0, 12)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self.status_label.setText(escape_html(message))
        self.status_label.setStyleSheet(REFUSAL_STYLE)
        self.state_changed.emit()

    @Slot()
    def _on_cancelled(self) -> None:
        self.status_label.setStyleSheet("")
        self.status_label.setText(self.tr("Stopped. No synthetic records were made."))
        self.state_changed.emit()

    def _show_results(self, run: SynthesisRun) -> None:
        self.status_label.setStyleSheet("")
        synthesis = run.synthesis
        screen = run.screen
        self.show_verdict(judge_synthesis(synthesis, screen))
        lines = [
            self.tr("<b>{0} synthetic records</b> were made from {1} real ones.").format(
                count_text(len(synthesis.records)), count_text(screen.real_records)
            )
        ]
        if synthesis.privacy is not None:
            lines.append(
                localized(self.tr("This release spends ε = {0:.4g} (δ = {1:.2g}).")).format(
                    synthesis.privacy.epsilon, synthesis.privacy.delta
                )
            )
        lines += [escape_html(line) for line in synthesis.notes]
        lines += [escape_html(item.describe(screen.k)) for item in screen.by_length]
        self.results_label.setText("<p>" + "</p><p>".join(lines) + "</p>")
        self.bucket_label.setText("<p>" + "</p><p>".join(escape_html(b.describe()) for b in screen.by_bucket) + "</p>")
        by_length = screen.by_length
        label = self.tr("length {0}")
        self.error_chart.set_bars([(label.format(r.length), r.figures.mean_absolute_error) for r in by_length])
        self.kept_chart.set_bars(
            [(label.format(r.length), 1.0 - r.figures.suppressed_share) for r in by_length], 1.0, share_text
        )
        self.suppressed_chart.set_bars(
            [(label.format(r.length), r.figures.suppressed_share) for r in by_length], 1.0, share_text
        )
        self.fabricated_chart.set_bars(
            [(label.format(r.length), _finite(r.figures.fabricated_share)) for r in by_length], 1.0, share_text
        )
        self.results_box.setVisible(True)

    def show_verdict(self, verdict: Verdict) -> None:
        for row, line in zip(self.verdict_rows, verdict.lines, strict=True):
            row.show_line(line.level, line.text)

    @Slot(bool)
    def _show_figures(self, shown: bool) -> None:
        self.figures.setVisible(shown)
        self.figures_button.setText(self.tr("Hide the &figures") if shown else self.tr("Show the &figures"))


def ask_to_rename_dataset(parent: QWidget, old: str, new: str, releases: int) -> bool:
    """Ask before renaming a dataset that has releases; True to rename (its budget then follows it)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("SynthesizePage", "Rename the dataset?"))
    box.setText(
        translate(
            "SynthesizePage",
            "Releases of “{0}” so far: {1}. Rename it “{2}”? The privacy budget they spent will count under the new "
            "name too, and the privacy budget ledger records the rename.",
        ).format(escape_html(old), releases, escape_html(new))
    )
    rename = box.addButton(translate("SynthesizePage", "&Rename"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(translate("SynthesizePage", "&Keep “{0}”").format(old), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is rename


class DatasetBudget(QGroupBox):
    """The privacy budget of this dataset: the name its releases count against, the cap on ε over all of them, and
    the line the page writes about what is spent. `name_typed`, `name_edited` (Enter, or leaving the field) and
    `cap_changed` say what the user changed."""

    name_typed = Signal(str)
    name_edited = Signal()
    cap_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("SynthesizePage", "Privacy budget of this dataset"), parent)
        self.dataset_edit = QLineEdit()
        self.dataset_edit.setToolTip(
            translate(
                "SynthesizePage",
                "The name this data is released under, the same for every release of this project: budgets are "
                "counted per name. Proposed from the file's name; change it before the first release.",
            )
        )
        self.dataset_edit.textChanged.connect(self.name_typed)
        self.dataset_edit.editingFinished.connect(self.name_edited)
        self.cap_box = NoWheelDoubleSpinBox()
        self.cap_box.setRange(0.1, 1000.0)
        self.cap_box.setDecimals(1)
        self.cap_box.setValue(DEFAULT_CAP)
        self.cap_box.setToolTip(
            translate("SynthesizePage", "The most ε this dataset may spend over all its releases (default 10).")
        )
        self.cap_box.valueChanged.connect(self.cap_changed)
        self.budget_label = QLabel()
        self.budget_label.setWordWrap(True)
        budget_form = QFormLayout(self)
        budget_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        dataset_label = QLabel(translate("SynthesizePage", "Data&set name:"))
        dataset_label.setBuddy(self.dataset_edit)
        budget_form.addRow(dataset_label, self.dataset_edit)
        # Said when the name from the file was taken by another dataset's releases and a number was added.
        self.name_note = QLabel()
        self.name_note.setWordWrap(True)
        self.name_note.setTextFormat(Qt.TextFormat.RichText)
        self.name_note.setStyleSheet(WARNING_STYLE)
        self.name_note.setVisible(False)
        budget_form.addRow(self.name_note)
        budget_form.addRow(translate("SynthesizePage", "Cap on ε over all releases:"), self.cap_box)
        budget_form.addRow(self.budget_label)


class RiskSummary(QGroupBox):
    """Who is at risk in the recoded data, before synthesis: in words and in two charts, which the page fills."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("SynthesizePage", "Who is at risk in the recoded data (before synthesis)"), parent)
        self.risk_label = QLabel()
        self.risk_label.setWordWrap(True)
        self.risk_chart = BarChart(translate("SynthesizePage", "Records by how many share their answers"))
        self.driver_chart = BarChart(
            translate("SynthesizePage", "Rare records made common by leaving out one variable")
        )
        risk_layout = QVBoxLayout(self)
        risk_layout.addWidget(self.risk_label)
        risk_layout.addWidget(self.risk_chart)
        risk_layout.addWidget(self.driver_chart)
        risk_layout.addStretch(1)


class RunResultBox(QGroupBox):
    """A run's result, on this screen only: first the verdict (three sentences), then the figures behind it for
    whoever asks for them (`figures_toggled`). Hidden until the page shows a result."""

    figures_toggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("SynthesizePage", "Result (on this screen only: never written to a file)"), parent)
        results_layout = QVBoxLayout(self)
        # First the verdict: three plain sentences, each with a colour, an icon and a word.
        self.verdict_rows = [VerdictRow() for _ in range(3)]
        for row in self.verdict_rows:
            results_layout.addWidget(row)
        # Then the figures behind it, for whoever wants them.
        self.figures_button = QPushButton(translate("SynthesizePage", "Show the &figures"))
        self.figures_button.setCheckable(True)
        self.figures_button.setToolTip(
            translate("SynthesizePage", "The numbers behind these three sentences, by length of combination.")
        )
        self.figures_button.toggled.connect(self.figures_toggled)
        figures_row = QHBoxLayout()
        figures_row.addWidget(self.figures_button)
        figures_row.addStretch(1)
        results_layout.addLayout(figures_row)
        self.figures = self._make_figures()
        self.figures.setVisible(False)
        results_layout.addWidget(self.figures)
        self.setVisible(False)

    def _make_figures(self) -> QWidget:
        """The figures in words, four charts by length of combination, and the figures by how common a combination
        is (behind a button of their own)."""
        self.results_label = QLabel()
        self.results_label.setWordWrap(True)
        self.results_label.setTextFormat(Qt.TextFormat.RichText)
        self.error_chart = BarChart(translate("SynthesizePage", "Mean error of a count (records)"))
        self.kept_chart = BarChart(translate("SynthesizePage", "Combinations kept"))
        self.suppressed_chart = BarChart(translate("SynthesizePage", "Combinations left out"))
        self.fabricated_chart = BarChart(translate("SynthesizePage", "Combinations invented"))
        charts = QGridLayout()
        for index, chart in enumerate(
            (self.error_chart, self.kept_chart, self.suppressed_chart, self.fabricated_chart)
        ):
            charts.addWidget(chart, index // 2, index % 2)
        figures = QWidget()
        figures_layout = QVBoxLayout(figures)
        figures_layout.setContentsMargins(0, 0, 0, 0)
        figures_layout.addWidget(self.results_label)
        figures_layout.addLayout(charts)
        self.bucket_button = QPushButton(translate("SynthesizePage", "Show the figures by how common a combination is"))
        self.bucket_button.setCheckable(True)
        self.bucket_label = QLabel()
        self.bucket_label.setWordWrap(True)
        self.bucket_label.setVisible(False)
        self.bucket_button.toggled.connect(self.bucket_label.setVisible)
        bucket_row = QHBoxLayout()
        bucket_row.addWidget(self.bucket_button)
        bucket_row.addStretch(1)
        figures_layout.addLayout(bucket_row)
        figures_layout.addWidget(self.bucket_label)
        return figures


class VerdictRow(QFrame):
    """One sentence of the verdict: an icon, a word (Good, Check, Problem) and the sentence, in the level's colour
    and with a bar of it at the left: colour is never the only sign."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.level: Level | None = None
        self.icon_label = QLabel()
        self.icon_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.text_label = QLabel()
        self.text_label.setWordWrap(True)
        self.text_label.setTextFormat(Qt.TextFormat.RichText)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.icon_label)
        layout.addWidget(self.text_label, 1)

    def show_line(self, level: Level, text: str) -> None:
        self.level = level
        colour = VERDICT_COLOURS[level]
        word = translate("SynthesizePage", VERDICT_WORDS[level])
        size = self.fontMetrics().height()
        self.icon_label.setPixmap(self.style().standardIcon(VERDICT_ICONS[level]).pixmap(size, size))
        # "Good:" (French puts a space before the colon)
        sentence = f"<b>{escape_html(translate('SynthesizePage', '{0}:').format(word))}</b> {escape_html(text)}"
        self.text_label.setText(f'<span style="color: {colour};">{sentence}</span>')
        self.setStyleSheet(f"VerdictRow {{ border: none; border-left: 4px solid {colour}; }}")
        self.setAccessibleName(translate("SynthesizePage", "{0}:").format(word) + " " + text)

    def text(self) -> str:
        return self.text_label.text()


class SideBySide(QWidget):
    """Two parts side by side where the page is wide enough, one above the other where it is not (a field laptop's
    screen at 200 % scaling): the page then scrolls down instead of cutting off its right half."""

    def __init__(self, first: QWidget, second: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._parts = (first, second)
        self._layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(first, 1)
        self._layout.addWidget(second, 1)

    def _wide_enough(self, width: int) -> bool:
        needed = sum(part.minimumSizeHint().width() for part in self._parts) + self._layout.spacing()
        return width >= needed

    def resizeEvent(self, event: QResizeEvent) -> None:
        direction = (
            QBoxLayout.Direction.LeftToRight
            if self._wide_enough(event.size().width())
            else QBoxLayout.Direction.TopToBottom
        )
        if self._layout.direction() != direction:
            self._layout.setDirection(direction)
        super().resizeEvent(event)

    def minimumSizeHint(self) -> QSize:
        # As narrow as the parts one above the other; as high as they are now.
        narrowest = max(part.minimumSizeHint().width() for part in self._parts)
        return QSize(narrowest, self._layout.minimumSize().height())


def _finite(value: float | None) -> float:
    return 0.0 if value is None or not math.isfinite(value) else value
