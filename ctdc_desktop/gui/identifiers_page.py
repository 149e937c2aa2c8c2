"""The Identifiers step (Stage one): see what in the export can point to a person, decide for every flagged column,
and remove or transform those columns.

The page only shows and asks. Finding the identifiers (`detect_identifiers`) and removing them
(`remove_identifiers`) happen in `ctdc_desktop.core.identifiers`, in background workers, so the window stays
responsive on a large export. Decisions are per column and never hold a data value (the reason typed for keeping a
flagged column is the caseworker's own words).
"""

from __future__ import annotations

import itertools
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ctdc_desktop.core.case_export import CaseExport
from ctdc_desktop.core.identifiers import (
    Action,
    CleanedExport,
    ColumnDecision,
    ExportReview,
    IdentifierDecisions,
    Transform,
    UndecidedColumns,
    remove_identifiers,
    review_export,
)
from ctdc_desktop.core.identifiers.decisions import PERPETRATORS, VICTIMS
from ctdc_desktop.core.io.table import LoadedTable
from ctdc_desktop.core.pipeline.replay_differences import (
    ColumnDifferences,
    column_differences,
    missing_column_text,
    rename_text,
)
from ctdc_desktop.core.progress import Progress
from ctdc_desktop.core.project import Project
from ctdc_desktop.core.recode.recipe import Recipe, RecodeDecisions
from ctdc_desktop.core.translation import translate
from ctdc_desktop.core.user_error import UserError
from ctdc_desktop.gui.identifier_columns_model import (
    COLUMN,
    DECISION,
    FOUND,
    PROPOSED,
    TABLE,
    ColumnRow,
    IdentifierColumnsModel,
    table_text,
)
from ctdc_desktop.gui.identifier_detail import ColumnDetail
from ctdc_desktop.gui.preview_table import PreviewTable
from ctdc_desktop.gui.progress_panel import ProgressPanel
from ctdc_desktop.gui.scroll_page import fill_with_scrolling
from ctdc_desktop.gui.step_page import StepPage, StepState
from ctdc_desktop.gui.text_format import count_text
from ctdc_desktop.gui.worker import StepWorker

NOTE_LISTED = 5  # missing and renamed columns named in the replay note, each kind; the rest are counted
LISTED = 3  # undecided columns named in the refusal message; the rest are counted
PREVIEW_ROWS = 50  # rows of each table the "after" tabs show before the removal is run on all of them
PREVIEW_DELAY_MS = 300  # wait for the caseworker to stop clicking before the preview is redone
KEEP_QUESTION_WIDTH = 560  # pixels; the keep question wraps within this (a 683-pixel-wide screen at 200 %)
WIDEST_LIST_COLUMN = 180  # pixels; a column listing many kinds is cut there (its tooltip says them all)


def preview_removal(
    export: CaseExport, review: ExportReview, decisions: IdentifierDecisions, progress: Progress
) -> CleanedExport:
    """`remove_identifiers` on the first PREVIEW_ROWS rows of each table: what the "after" tabs show while the
    caseworker is still deciding."""

    def head(table: LoadedTable) -> LoadedTable:
        return replace(table, frame=table.frame.head(PREVIEW_ROWS))

    perpetrators = None if export.perpetrators is None else head(export.perpetrators)
    # The export's own review stands for its first rows: the same columns, and no detection redone on each click.
    first_rows = CaseExport(head(export.victims), perpetrators, export.link)
    return remove_identifiers(first_rows, decisions, progress, review)


def ask_keep_reason(parent: QWidget, row: ColumnRow) -> str | None:
    """Ask why a flagged column may be kept; None when the caseworker does not confirm. Never returns blank text."""
    kinds = row.found_text()
    prompt = translate(
        "IdentifiersPage",
        "Stage one found that “{column}” ({table}) may hold: {kinds}.\n"
        "If you keep it, its values go on to the next steps as they are.\n\n"
        "Why is it safe to keep? Your reason is saved in the project (do not write names or case details).",
    ).format(column=" ".join(row.name.split())[:80], table=table_text(row.table).lower(), kinds=kinds)
    while True:
        dialog = QInputDialog(parent)
        dialog.setWindowTitle(translate("IdentifiersPage", "Keep a flagged column?"))
        dialog.setLabelText(prompt)
        dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
        # The question wraps, so that longer French and Spanish lines fit a small screen at 200 %.
        for label in dialog.findChildren(QLabel):
            label.setWordWrap(True)
        dialog.setMaximumWidth(KEEP_QUESTION_WIDTH)
        ok = dialog.exec() == QDialog.DialogCode.Accepted
        text = dialog.textValue()
        dialog.deleteLater()
        if not ok:
            return None
        if text.strip():
            return text.strip()
        prompt = translate("IdentifiersPage", "A reason is needed to keep a flagged column.") + "\n\n" + prompt


class IdentifiersPage(StepPage):
    """Step 2. Receives the Load step's `CaseExport`; hands on a `CleanedExport` once every column is decided."""

    step_key = "identifiers"
    step_title = "Identifiers"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._export: CaseExport | None = None
        self._review: ExportReview | None = None
        self._saved: IdentifierDecisions | None = None  # to apply once the export's columns are known
        # Whether `_saved` (and the rows made from it) replays a project's decisions. Decisions carried over from
        # this session's previous export (the perpetrators opened after the victims) are no replay: columns they do
        # not cover get Stage one's proposal as in any fresh session, not "not seen before".
        self._replaying = False
        self._project_recipe: Recipe | None = None  # the project's recipe, for the replay note's renamed columns
        self._saved_replayed: IdentifierDecisions | None = None  # the decisions the replay note speaks of
        # A reopened project: once its decisions cover every column of the export, the identifiers are removed
        # again without a click (the caseworker made every choice already); only a real change asks them.
        self._redo_when_reviewed = False
        self._cleaned: CleanedExport | None = None

        self.model = IdentifierColumnsModel(self)
        self.columns_to_decide = ColumnsToDecide(self.model)
        self.columns = self.columns_to_decide.columns
        self.accept_button = self.columns_to_decide.accept_button
        self.detail = ColumnDetail()
        self.previews = RemovalPreviews(self.fontMetrics())
        self.victims_before, self.victims_after = self.previews.victims_before, self.previews.victims_after
        self.perpetrators_before = self.previews.perpetrators_before
        self.perpetrators_after = self.previews.perpetrators_after
        fill_with_scrolling(self, self._page_content())
        # Tab goes from the list to the chosen row's decision beside it, then on to the button under the list.
        chain = (self.columns, self.detail.choice, self.detail.reference, self.detail.examples, self.accept_button)
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)
        self.columns_to_decide.row_chosen.connect(self._on_row_chosen)
        self.columns_to_decide.accept_requested.connect(self._accept_proposals)
        self.detail.choice_made.connect(self._on_choice)
        self.detail.reference_chosen.connect(self._on_reference)
        self._make_workers()

        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)
        self._update_widgets()

    def _page_content(self) -> QWidget:
        """From top to bottom: what Stage one does and what it found, the columns and their decisions above the
        before/after previews, and the button that removes the identifiers."""
        intro = QLabel(
            self.tr(
                "Stage one looks for everything that can point to a person: names, birth dates, contacts, "
                "addresses, ID and case numbers, GPS positions, and names or numbers inside notes. Every flagged "
                "column needs your decision: remove it, change it into something safe, or keep it (you say why).",
            )
        )
        intro.setWordWrap(True)
        self.progress = ProgressPanel(self.tr("Stop looking for identifiers. Nothing is changed."))
        self.waiting = QLabel(self.tr("Load the victim records first: this step works on what the Load step opened."))
        self.waiting.setEnabled(False)
        self.waiting.setWordWrap(True)
        self.found_label = QLabel()
        self.found_label.setWordWrap(True)
        self.saved_note = QLabel()
        self.saved_note.setWordWrap(True)
        self.saved_note.setObjectName("savedNote")
        self.saved_note.setTextFormat(Qt.TextFormat.PlainText)  # column names are data, never markup
        self.saved_note.setStyleSheet(
            "#savedNote { background: #e8f1fb; color: #0b2e4f; border: 1px solid #9cc3e8; border-radius: 4px;"
            " padding: 6px; }"
        )
        self.saved_note.setVisible(False)
        self.retry_button = QPushButton(self.tr("Look a&gain"))
        self.retry_button.setToolTip(self.tr("Look for identifiers in the loaded records again."))
        self.retry_button.clicked.connect(self._start_review)
        self.retry_button.setVisible(False)

        # The whole page scrolls up and down when the window is small (1366×768 at 200 %): the lists keep a useful
        # height instead of being squeezed to nothing.
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(intro)
        layout.addWidget(self.progress)
        layout.addWidget(self.waiting)
        top_row = QHBoxLayout()
        top_row.addWidget(self.found_label, 1)
        top_row.addWidget(self.retry_button)
        layout.addLayout(top_row)
        layout.addWidget(self.saved_note)
        layout.addWidget(self._make_body(), 1)
        layout.addLayout(self._make_finish_row())
        return content

    def _make_body(self) -> QSplitter:
        """The columns beside the chosen column's decision, above the before/after previews."""
        self.review_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.review_splitter.addWidget(self.columns_to_decide)
        self.review_splitter.addWidget(self.detail)
        self.review_splitter.setStretchFactor(0, 3)
        self.review_splitter.setStretchFactor(1, 2)
        self.review_splitter.setSizes([700, 360])
        self.review_splitter.setChildrenCollapsible(False)

        self.body = QSplitter(Qt.Orientation.Vertical)
        self.body.addWidget(self.review_splitter)
        self.body.addWidget(self.previews)
        self.body.setStretchFactor(0, 3)
        self.body.setStretchFactor(1, 1)
        self.body.setSizes([470, 180])
        self.body.setChildrenCollapsible(False)
        return self.body

    def _make_finish_row(self) -> QHBoxLayout:
        """What is decided so far and why the removal was refused, beside the button that removes the identifiers."""
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setObjectName("refusal")
        self.finish_button = QPushButton(self.tr("&Remove the identifiers"))
        self.finish_button.setDefault(True)
        self.finish_button.setToolTip(
            self.tr(
                "Apply your decisions to the victim and perpetrator records. Your files are not changed.",
            )
        )
        self.finish_button.clicked.connect(self.finish)
        bottom = QHBoxLayout()
        text_column = QVBoxLayout()
        text_column.addWidget(self.summary_label)
        text_column.addWidget(self.message)
        bottom.addLayout(text_column, 1)
        bottom.addWidget(self.finish_button, 0, Qt.AlignmentFlag.AlignTop)
        return bottom

    def _make_workers(self) -> None:
        """Looking for identifiers and removing them (with the progress bar), and the quiet preview of the removal."""
        self._review_worker: StepWorker[ExportReview] = StepWorker(self, name="looking for identifiers")
        self._review_worker.succeeded.connect(self._on_reviewed)
        self._review_worker.failed.connect(self._on_review_failed)
        self._review_worker.cancelled.connect(self._on_review_cancelled)
        self._finish_worker: StepWorker[CleanedExport] = StepWorker(
            self, name="removing identifiers", user_errors=(UserError, UndecidedColumns)
        )
        self._finish_worker.succeeded.connect(self._on_finished)
        self._finish_worker.failed.connect(self._on_finish_failed)
        self._finish_worker.cancelled.connect(self._on_finish_cancelled)
        for worker in (self._review_worker, self._finish_worker):
            self.progress.follow(worker)
            worker.busy_changed.connect(self._update_widgets)
        # The preview runs quietly (no progress bar, no Cancel): it is small and redone after each change.
        self._preview: CleanedExport | None = None
        self._preview_worker: StepWorker[CleanedExport] = StepWorker(self, name="previewing the removal")
        self._preview_worker.succeeded.connect(self._on_previewed)
        self._preview_worker.failed.connect(self._on_preview_failed)
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self._start_preview)

    # --- the contract with the window ---------------------------------------------------------------------------
    def state(self) -> StepState:
        # `_cleaned` is only set once the removal succeeded, and cleared by any change (and by the next run).
        return StepState.DONE if self._cleaned is not None else StepState.NEEDS_ATTENTION

    def decisions(self) -> IdentifierDecisions | None:
        """Every decided column of the current export; before its columns are known, the decisions to apply."""
        if self._review is None:
            return self._saved
        rows = self.model.rows()

        def of(table: str) -> tuple[ColumnDecision, ...]:
            return tuple(r.decision for r in rows if r.table == table and r.decision is not None)

        return IdentifierDecisions(victims=of(VICTIMS), perpetrators=of(PERPETRATORS))

    def restore_decisions(self, decisions: object | None) -> None:
        """Apply saved decisions to the current export (or to the next one, once its columns are known).

        A column they do not know is marked new and needs a decision; a flagged column they keep without a reason
        needs one again.
        """
        if decisions is not None and not isinstance(decisions, IdentifierDecisions):
            raise TypeError("the Identifiers page restores IdentifierDecisions")
        self._saved = decisions
        self._replaying = decisions is not None
        self._redo_when_reviewed = decisions is not None
        if self._review is not None:
            self._show_review(self._review)
        self.state_changed.emit()

    def result(self) -> CleanedExport | None:
        """The export with the identifiers removed, once every column is decided and the removal has run."""
        return self._cleaned if self.state() is StepState.DONE else None

    def receive_input(self, value: object | None) -> None:
        if value is not None and not isinstance(value, CaseExport):
            raise TypeError("the Identifiers page works on a CaseExport")
        if value is self._export:
            return
        if self._review is not None:
            self._saved = self.decisions()  # carried over to the new export, column by column
        self._export = value
        self._review = None
        self._cleaned = None
        self._preview = None
        self._preview_timer.stop()
        self._preview_worker.cancel()
        self.model.set_rows([])
        self.detail.show_row(None, [])
        self.message.clear()
        self.saved_note.setVisible(False)
        self._finish_worker.cancel()
        self._show_previews()
        if value is None:
            self._review_worker.cancel()
        else:
            self._start_review()
        self._update_widgets()
        self.state_changed.emit()

    def is_busy(self) -> bool:
        return self._review_worker.is_busy() or self._finish_worker.is_busy()

    @Slot()
    def shutdown(self) -> None:
        """Stop and wait for the background work; call before the window closes."""
        self._preview_timer.stop()
        self._review_worker.shutdown()
        self._finish_worker.shutdown()
        self._preview_worker.shutdown()

    # --- looking for identifiers --------------------------------------------------------------------------------
    def _start_review(self) -> None:
        export = self._export
        if export is None:
            return
        self.retry_button.setVisible(False)
        self.found_label.clear()
        self.progress.start(self.tr("Looking for names, contacts and other identifiers…"))
        self._review_worker.start(lambda progress: review_export(export, progress))
        self._update_widgets()

    @Slot(object)
    def _on_reviewed(self, review: ExportReview) -> None:
        self._show_review(review)
        self.state_changed.emit()

    @Slot(str)
    def _on_review_failed(self, message: str) -> None:
        self.found_label.setText(message)
        self.retry_button.setVisible(True)
        self.state_changed.emit()

    @Slot()
    def _on_review_cancelled(self) -> None:
        if self._export is not None and self._review is None:
            self.found_label.setText(self.tr("Stopped before every column was checked. Nothing was changed."))
            self.retry_button.setVisible(True)
        self.state_changed.emit()

    def receive_project(self, project: Project, path: Path | None) -> None:
        """The project's recipe (if any): a replay's note proposes a renamed column by the values it places."""
        recode = project.steps.get("recode")
        self._project_recipe = recode.recipe if isinstance(recode, RecodeDecisions) else None

    def _show_review(self, review: ExportReview) -> None:
        """List every column with the saved decisions (if any) applied; what they do not cover needs a decision."""
        self._review = review
        self._cleaned = None
        self._finish_worker.cancel()  # a removal still running applies decisions that are being replaced
        saved, self._saved = self._saved, None
        replaying = saved is not None and self._replaying
        self._saved_replayed = saved if replaying else None
        # The same matching of saved decisions to the export's columns as `run --project` (core/identifiers).
        columns = review.columns(saved, replaying)
        rows = [ColumnRow(c.table, c.review, c.decision, new=c.new) for c in columns]
        applied, new = sum(c.saved for c in columns), sum(c.new for c in columns)
        self.model.set_rows(rows)
        for section in (TABLE, FOUND, PROPOSED):
            # Sized to their words in the chosen language (French and Spanish run longer than English).
            self.columns.resizeColumnToContents(section)
            self.columns.setColumnWidth(section, min(self.columns.columnWidth(section), WIDEST_LIST_COLUMN))
        self._show_found(review)
        if replaying and saved is not None and self._export is not None:
            # The same differences `run --project` names when it stops (core/pipeline/replay_differences.py): the
            # missing columns and the pairing their values propose, beside the new ones.
            self._show_saved_note(applied, new, column_differences(self._export, saved, self._project_recipe))
        self._show_previews()
        first = next((i for i, r in enumerate(rows) if r.undecided), 0 if rows else -1)
        if first >= 0:
            self.select_row(first)
        self._after_change()
        redo, self._redo_when_reviewed = self._redo_when_reviewed and replaying, False
        if redo and not self.undecided_rows():
            # Nothing changed since the project was saved: done again, with its progress shown (once the review's
            # worker has let go).
            QTimer.singleShot(0, lambda review=review: self._redo_removal(review))

    def _redo_removal(self, review: ExportReview) -> None:
        if self._review is not review or self._cleaned is not None or self.undecided_rows():
            return  # the export or a decision changed meanwhile: the caseworker is in charge again
        if self.is_busy():
            QTimer.singleShot(20, lambda: self._redo_removal(review))
            return
        self.finish()

    def _show_found(self, review: ExportReview) -> None:
        parts = []
        for table, report in review.reports():
            if table == VICTIMS:
                part = self.tr("{flagged} of {columns} victim columns flagged")
            else:
                part = self.tr("{flagged} of {columns} perpetrator columns flagged")
            parts.append(part.format(flagged=count_text(len(report.flagged)), columns=count_text(len(report.columns))))
        self.found_label.setText(self.tr("Stage one found: {found}.").format(found="; ".join(parts)))
        self.found_label.setToolTip(
            self.tr(
                "A flagged column holds something that can point to a person (a name, a contact, a birth date, an "
                "ID number, a place, or notes that mention them). The other columns are categories such as gender, "
                "country or year.",
            )
        )

    def _show_saved_note(self, applied: int, new: int, differences: ColumnDifferences) -> None:
        text = self.tr("Your saved decisions were applied to %n columns.", "", applied)
        if new:
            text += " " + self.tr("%n columns were not seen before: each needs your decision.", "", new)
        lines = [text]
        if differences.missing:
            lines.append(
                self.tr(
                    "%n columns that the saved decisions or the recipe read are missing:", "", len(differences.missing)
                )
            )
            lines += [f"• {missing_column_text(differences, m)}" for m in differences.missing[:NOTE_LISTED]]
            if len(differences.missing) > NOTE_LISTED:
                lines.append(self.tr("…and %n more.", "", len(differences.missing) - NOTE_LISTED))
        if differences.renamed:
            lines.append(self.tr("Proposed from their values and names (check each):"))
            lines += [
                f"• {rename_text(differences, r, self._saved_replayed)}" for r in differences.renamed[:NOTE_LISTED]
            ]
            if len(differences.renamed) > NOTE_LISTED:
                lines.append(self.tr("…and %n more.", "", len(differences.renamed) - NOTE_LISTED))
        self.saved_note.setText("\n".join(lines))
        self.saved_note.setToolTip(
            self.tr(
                "Decisions saved in the project are matched to this export by column name. A column that was not "
                "there when they were saved is marked “New column: not decided yet”.",
            )
        )
        self.saved_note.setVisible(True)

    # --- deciding -----------------------------------------------------------------------------------------------
    def select_row(self, row: int) -> None:
        index = self.model.index(row, COLUMN)
        self.columns.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.columns.scrollTo(index)

    def current_row(self) -> ColumnRow | None:
        return self.detail.row()

    @Slot()
    def _on_row_chosen(self) -> None:
        index = self.columns.selectionModel().currentIndex()
        rows = self.model.rows()
        row = rows[index.row()] if index.isValid() and index.row() < len(rows) else None
        self._show_detail(row)

    def _show_detail(self, row: ColumnRow | None) -> None:
        columns = [] if row is None else [r.name for r in self.model.rows() if r.table == row.table]
        self.detail.show_row(row, columns)

    @Slot(str)
    def _on_choice(self, key: str) -> None:
        row = self.detail.row()
        if row is None:
            return
        action_value, _, transform_value = key.partition(":")
        action = Action(action_value)
        transform = Transform(transform_value) if transform_value else None
        reason = ""
        if action is Action.KEEP and row.review.flagged:
            asked = ask_keep_reason(self, row)
            if asked is None:
                self._show_detail(row)  # not confirmed: the decision stays what it was
                return
            reason = asked
        reference = None
        if row.decision is not None and row.decision.transform is transform:
            reference = row.decision.reference_column
        self._set_decision(row, ColumnDecision(row.name, action, transform, reason, reference))

    @Slot(str)
    def _on_reference(self, column: str) -> None:
        row = self.detail.row()
        if row is None or row.decision is None:
            return
        decision = row.decision
        self._set_decision(
            row, ColumnDecision(decision.column, decision.action, decision.transform, decision.reason, column or None)
        )

    def _set_decision(self, row: ColumnRow, decision: ColumnDecision) -> None:
        if decision == row.decision:
            return  # the same choice again: the records already removed still fit it
        row.decision = decision
        row.new = False
        position = self.model.rows().index(row)
        self.model.row_changed(position)
        self._show_detail(row)
        self._cleaned = None
        self.message.clear()
        self._after_change()

    def undecided_rows(self) -> list[ColumnRow]:
        return [r for r in self.model.rows() if r.undecided]

    def _proposals_to_accept(self) -> list[ColumnRow]:
        # Flagged columns proposed for removal or a transform, and columns a replayed project has not seen before
        # (Stage one's proposal for them, as `run --drop-flagged` takes it). Keeping a flagged column needs a reason.
        rows = self.undecided_rows()
        return [
            r
            for r in rows
            if (r.review.flagged and r.review.action is not Action.KEEP) or (r.new and not r.review.flagged)
        ]

    @Slot()
    def _accept_proposals(self) -> None:
        rows = self.model.rows()
        for row in self._proposals_to_accept():
            row.decision = ColumnDecision(row.name, row.review.action, row.review.transform)
            row.new = False
            self.model.row_changed(rows.index(row))
        self._show_detail(self.detail.row())
        self._cleaned = None
        self.message.clear()
        self._after_change()

    # --- finishing ----------------------------------------------------------------------------------------------
    @Slot()
    def finish(self) -> bool:
        """Apply the decisions in the background; refused, with a message, while a column is undecided."""
        export = self._export
        if export is None or self._review is None or self.is_busy():
            return False
        undecided = self.undecided_rows()
        if undecided:
            self._refuse(undecided)
            return False
        decisions = self.decisions()
        assert decisions is not None  # the review is in
        self.message.clear()
        if self._cleaned is not None:
            self._cleaned = None
            self.state_changed.emit()
        self.progress.start(self.tr("Removing the identifiers…"))
        review = self._review
        self._finish_worker.start(lambda progress: remove_identifiers(export, decisions, progress, review))
        self._update_widgets()
        return True

    def _refuse(self, undecided: list[ColumnRow]) -> None:
        names = [f"“{' '.join(r.name.split())[:60]}” ({table_text(r.table).lower()})" for r in undecided[:LISTED]]
        more = len(undecided) - LISTED
        listed = ", ".join(names)
        if more > 0:
            listed = self.tr("{listed} and %n more", "", more).format(listed=listed)
        self.message.setText(
            self.tr(
                "Not yet: %n columns still need your decision ({listed}). Choose Remove, Transform or Keep for each; "
                "the first is selected.",
                "",
                len(undecided),
            ).format(listed=listed)
        )
        self.message.setStyleSheet("#refusal { color: #9a3412; font-weight: bold; }")
        self.message.setToolTip(
            self.tr(
                "The number of flagged or new columns without a decision. Nothing leaves this step until each has one.",
            )
        )
        self.select_row(self.model.rows().index(undecided[0]))

    @Slot(object)
    def _on_finished(self, cleaned: CleanedExport) -> None:
        self._cleaned = cleaned
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Done. The next step works on the records shown under “after”."))
        self._show_previews()
        self.previews.setCurrentWidget(self.victims_after)
        self._after_change()

    @Slot(str)
    def _on_finish_failed(self, message: str) -> None:
        self.message.setStyleSheet("#refusal { color: #9a3412; font-weight: bold; }")
        self.message.setText(message)
        self.state_changed.emit()

    @Slot()
    def _on_finish_cancelled(self) -> None:
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Stopped. Nothing was removed yet; press the button again when you are ready."))
        self.state_changed.emit()

    # --- keeping the page in step -------------------------------------------------------------------------------
    def _after_change(self) -> None:
        self._show_summary()
        self._update_widgets()
        if self._cleaned is None:
            self._preview = None
            self._preview_worker.cancel()
            self._show_previews()
            self._preview_timer.start()
        self.state_changed.emit()

    # --- the "after" preview --------------------------------------------------------------------------------------
    def _preview_decisions(self) -> IdentifierDecisions:
        """Every column as decided, or else as proposed. Kept columns get a stand-in reason: on a few rows a column
        can look flagged that is not on all of them, and the preview must not refuse for that."""

        def of(table: str) -> tuple[ColumnDecision, ...]:
            out = []
            for row in self.model.rows():
                if row.table != table:
                    continue
                decision = row.decision or ColumnDecision(row.name, row.review.action, row.review.transform)
                if decision.action is Action.KEEP and not decision.reason:
                    decision = replace(decision, reason="preview")
                out.append(decision)
            return tuple(out)

        return IdentifierDecisions(victims=of(VICTIMS), perpetrators=of(PERPETRATORS))

    @Slot()
    def _start_preview(self) -> None:
        export = self._export
        if export is None or self._review is None or self._cleaned is not None:
            return
        decisions, review = self._preview_decisions(), self._review
        self._preview_worker.start(lambda progress: preview_removal(export, review, decisions, progress))

    @Slot(object)
    def _on_previewed(self, preview: CleanedExport) -> None:
        if self._cleaned is None:
            self._preview = preview
            self._show_previews()

    @Slot(str)
    def _on_preview_failed(self, message: str) -> None:
        self._preview = None
        self._show_previews()

    def _show_summary(self) -> None:
        rows = self.model.rows()
        if not rows:
            self.summary_label.clear()
            return
        cleaned = self._cleaned
        if cleaned is not None:
            self.summary_label.setText(
                self.tr("<b>{removed} removed, {transformed} transformed, {kept} kept.</b>").format(
                    removed=count_text(cleaned.removed),
                    transformed=count_text(cleaned.transformed),
                    kept=count_text(cleaned.kept),
                )
            )
            self.summary_label.setToolTip(
                self.tr(
                    "Columns of the victim and perpetrator records together: removed ones are gone, transformed ones "
                    "keep only something safe (an age, a year, a link number, notes with names blacked out), kept "
                    "ones go on unchanged.",
                )
            )
            return
        decided = [r.decision for r in rows if r.decision is not None]
        counts = {a: sum(1 for d in decided if d.action is a) for a in Action}
        undecided = len(rows) - len(decided)
        if undecided:
            text = self.tr(
                "So far: {remove} to remove, {transform} to transform, {keep} to keep; {undecided} not decided yet."
            )
        else:
            text = self.tr("So far: {remove} to remove, {transform} to transform, {keep} to keep.")
        self.summary_label.setText(
            text.format(
                remove=count_text(counts[Action.REMOVE]),
                transform=count_text(counts[Action.TRANSFORM]),
                keep=count_text(counts[Action.KEEP]),
                undecided=count_text(undecided),
            )
        )
        self.summary_label.setToolTip(
            self.tr(
                "How many columns (victims and perpetrators together) will be removed, changed into something safe, "
                "or kept as they are; “not decided yet” counts the columns still waiting for your decision.",
            )
        )

    def _show_previews(self) -> None:
        export = self._export
        self.victims_before.set_frame(None if export is None else export.victim_frame)
        self.perpetrators_before.set_frame(None if export is None else export.perpetrator_frame)
        final = self._cleaned is not None
        shown = self._cleaned or self._preview
        cleaned = None if shown is None else shown.export
        self.victims_after.set_frame(None if cleaned is None else cleaned.victim_frame)
        self.perpetrators_after.set_frame(None if cleaned is None else cleaned.perpetrator_frame)
        has_perpetrators = export is not None and export.perpetrators is not None
        self.previews.setTabVisible(1, cleaned is not None)
        self.previews.setTabVisible(2, has_perpetrators)
        self.previews.setTabVisible(3, has_perpetrators and cleaned is not None)
        if final:
            self.previews.setTabText(1, self.tr("Victims after"))
            self.previews.setTabText(3, self.tr("Perpetrators after"))
            self.previews.setTabToolTip(
                1,
                self.tr(
                    "The victim records after your decisions were applied: what the next step works on.",
                ),
            )
            self.previews.setTabToolTip(3, self.tr("The perpetrator records after your decisions were applied."))
        else:
            rows = count_text(PREVIEW_ROWS)
            self.previews.setTabText(1, self.tr("Victims after (preview)"))
            self.previews.setTabText(3, self.tr("Perpetrators after (preview)"))
            tip = self.tr(
                "A preview on the first {rows} records, with your decisions so far and the proposals for the columns "
                "not decided yet. “Remove the identifiers” applies them to every record.",
            ).format(rows=rows)
            self.previews.setTabToolTip(1, tip)
            self.previews.setTabToolTip(3, tip)

    @Slot()
    def _update_widgets(self) -> None:
        busy = self.is_busy()
        has_export = self._export is not None
        reviewed = self._review is not None
        self.waiting.setVisible(not has_export)
        self.body.setVisible(has_export)
        self.review_splitter.setEnabled(reviewed and not busy)
        to_accept = len(self._proposals_to_accept()) if reviewed else 0
        self.accept_button.setText(
            self.tr("&Accept %n proposals", "", to_accept) if to_accept else self.tr("No proposals to accept")
        )
        self.accept_button.setEnabled(to_accept > 0 and not busy)
        self.finish_button.setEnabled(reviewed and not busy)


class ColumnsToDecide(QWidget):
    """The list of columns to decide (one row per column of both tables), with the button under it that accepts
    Stage one's proposals. `row_chosen`: another row became the current one; `accept_requested`: the button was
    pressed. Its text is the Identifiers page's (translation context "IdentifiersPage")."""

    row_chosen = Signal()
    accept_requested = Signal()

    def __init__(self, model: IdentifierColumnsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns = QTableView()
        self.columns.setModel(model)
        self.columns.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.columns.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.columns.setWordWrap(False)
        # Tab leaves the list for the decision (the arrow keys move between rows); cell by cell it would take a
        # keyboard user dozens of presses to get out.
        self.columns.setTabKeyNavigation(False)
        self.columns.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.columns.verticalHeader().setVisible(False)
        self.columns.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.columns.horizontalHeader()
        for section, width in ((TABLE, 95), (COLUMN, 160), (FOUND, 125), (PROPOSED, 95)):
            header.resizeSection(section, width)
        header.setSectionResizeMode(DECISION, QHeaderView.ResizeMode.Stretch)
        self.columns.selectionModel().currentRowChanged.connect(self.row_chosen)
        self.columns.setAccessibleName(translate("IdentifiersPage", "Columns to decide"))
        self.columns.setAccessibleDescription(
            translate(
                "IdentifiersPage",
                "One row per column of the victim and perpetrator records. Move with the arrow keys; the decision "
                "for the chosen row is beside the list.",
            )
        )
        # A table cannot be squeezed below a few rows, or the page would not fit a small screen at 200 %.
        self.columns.setMinimumSize(200, 4 * (self.fontMetrics().height() + 8))

        self.accept_button = QPushButton()
        self.accept_button.clicked.connect(self.accept_requested)
        self.accept_button.setToolTip(
            translate(
                "IdentifiersPage",
                "Remove or transform, as proposed, every flagged column you have not decided yet, and keep the "
                "new columns in which Stage one found nothing (the number on the button). Keeping a flagged column "
                "is never done for you.",
            )
        )
        list_layout = QVBoxLayout(self)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(self.columns, 1)
        accept_row = QHBoxLayout()
        accept_row.addWidget(self.accept_button)
        accept_row.addStretch(1)
        list_layout.addLayout(accept_row)


class RemovalPreviews(QTabWidget):
    """The victim and perpetrator records before and after the removal, a tab each (the page fills them, and says
    in the "after" tabs' names whether they are a preview). Its text is the Identifiers page's.

    `metrics`: the page's font, which the tables' least height is measured in.
    """

    def __init__(self, metrics: QFontMetrics, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.victims_before, self.victims_after = PreviewTable(), PreviewTable()
        self.perpetrators_before, self.perpetrators_after = PreviewTable(), PreviewTable()
        for table, name in (
            (self.victims_before, translate("IdentifiersPage", "Victim records before")),
            (self.victims_after, translate("IdentifiersPage", "Victim records after")),
            (self.perpetrators_before, translate("IdentifiersPage", "Perpetrator records before")),
            (self.perpetrators_after, translate("IdentifiersPage", "Perpetrator records after")),
        ):
            table.setAccessibleName(name)
            table.setTabKeyNavigation(False)
            table.setMinimumHeight(4 * (metrics.height() + 8))
        self.addTab(self.victims_before, translate("IdentifiersPage", "Victims before"))
        self.addTab(self.victims_after, translate("IdentifiersPage", "Victims after"))
        self.addTab(self.perpetrators_before, translate("IdentifiersPage", "Perpetrators before"))
        self.addTab(self.perpetrators_after, translate("IdentifiersPage", "Perpetrators after"))
        for index, tip in enumerate(
            (
                translate("IdentifiersPage", "The victim records as loaded, before anything is removed."),
                translate(
                    "IdentifiersPage",
                    "The victim records after your decisions were applied: what the next step works on.",
                ),
                translate("IdentifiersPage", "The perpetrator records as loaded, before anything is removed."),
                translate("IdentifiersPage", "The perpetrator records after your decisions were applied."),
            )
        ):
            self.setTabToolTip(index, tip)
