"""The Export step: write the release bundle, the folder headquarters can publish.

The page shows the dataset's name (given on the Synthesize step), asks for the folder to write into (a mapped drive or
a network path such as \\\\server\\share works), shows what will be written and anything that stops it, and writes
the bundle in the background. Checking and writing happen in `core.release.bundle.write_release_bundle`: the folder
appears whole or not at all, and an existing bundle is never replaced without the user saying so. The page looks at
the folder off the GUI thread (`gui.folder_check`): a look at a network share that is gone can take most of a minute.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ctdc_desktop import app_folders
from ctdc_desktop.core.number_format import localized
from ctdc_desktop.core.release.bundle import (
    FolderLook,
    ReleaseDecisions,
    ReleaseResult,
    bundle_name,
    release_problems,
)
from ctdc_desktop.core.release.check_bundle import (
    AGGREGATES_CSV,
    AUDIT_LOG,
    BUNDLE_FILES,
    CODEBOOK_MD,
    CODEBOOK_XLSX,
    MANIFEST,
    REPORT_HTML,
    SYNTHETIC_CSV,
    SYNTHETIC_XLSX,
)
from ctdc_desktop.core.release.release_inputs import ExportInput, export_release, release_inputs
from ctdc_desktop.core.translation import QT_TRANSLATE_NOOP, translate
from ctdc_desktop.core.user_error import UserError
from ctdc_desktop.gui import settings
from ctdc_desktop.gui.folder_check import FolderCheck
from ctdc_desktop.gui.progress_panel import ProgressPanel
from ctdc_desktop.gui.scroll_page import fill_with_scrolling
from ctdc_desktop.gui.step_page import StepPage, StepState
from ctdc_desktop.gui.text_format import count_text, escape_html
from ctdc_desktop.gui.worker import StepWorker

REFUSAL_STYLE = "color: #b3261e;"


# What each file of the bundle is for; translated where shown (the language is installed after import).
FILE_PURPOSE = {
    SYNTHETIC_CSV: QT_TRANSLATE_NOOP("ExportPage", "the synthetic records, codebook columns and labels"),
    SYNTHETIC_XLSX: QT_TRANSLATE_NOOP("ExportPage", "the same records as an Excel workbook"),
    AGGREGATES_CSV: QT_TRANSLATE_NOOP("ExportPage", "the protected counts"),
    CODEBOOK_XLSX: QT_TRANSLATE_NOOP("ExportPage", "variables, categories, definitions and the protection used"),
    CODEBOOK_MD: QT_TRANSLATE_NOOP("ExportPage", "the same codebook as text"),
    REPORT_HTML: QT_TRANSLATE_NOOP("ExportPage", "the evaluation, explained in words (opens in any browser, prints)"),
    AUDIT_LOG: QT_TRANSLATE_NOOP("ExportPage", "each step taken, never a value from the data"),
    MANIFEST: QT_TRANSLATE_NOOP(
        "ExportPage", "version, recipe, parameters, record counts and a fingerprint of every file"
    ),
}
# What the protected counts are, by method (never "accurate" or "exact": they are not the real numbers).
AGGREGATES_PURPOSE = {
    "dp": QT_TRANSLATE_NOOP(
        "ExportPage",
        "the protected counts: noisy counts (each real count with random noise added), not the real numbers",
    ),
    "kanon": QT_TRANSLATE_NOOP(
        "ExportPage",
        "the protected counts: real counts rounded down to a multiple of k = {0}; rarer combinations are left out",
    ),
}
# How often the page looks at the folder again (it may be created, or a share disconnected, after it was typed).
FOLDER_CHECK_MS = 1000


class ExportPage(StepPage):
    """Step 5. Receives an `ExportInput` (the Recode and Synthesize steps' results, the dataset's name and cap); its
    result is the `ReleaseResult`."""

    step_key = "export"
    step_title = "Export"

    def __init__(self, ledger_folder: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ledger_folder = ledger_folder
        self._input: ExportInput | None = None
        self._result: ReleaseResult | None = None

        self.where_to_save = WhereToSave()
        self.dataset_edit = self.where_to_save.dataset_edit
        self.location_edit = self.where_to_save.location_edit
        self.browse_button = self.where_to_save.browse_button
        self.replace_box = self.where_to_save.replace_box
        self.where_to_save.choose_requested.connect(self._choose_location)
        fill_with_scrolling(self, self._page_content())

        self._worker: StepWorker[ReleaseResult] = StepWorker(self, name="writing the release")
        self._worker.succeeded.connect(self._on_written)
        self._worker.failed.connect(self._on_failed)
        self._worker.cancelled.connect(self._on_cancelled)
        self._worker.busy_changed.connect(self._on_busy_changed)
        self.progress_panel.follow(self._worker)

        self.where_to_save.changed.connect(self._choices_changed)
        # The folder's state is looked at again while the page is shown: "cannot be found" goes once the folder is
        # made, and a folder that disappears (a share disconnected) stops the write. Writing checks it again itself.
        # Each look runs off the GUI thread, one at a time; the page keeps the last answer and what it showed of it.
        self._folder_check = FolderCheck(self)
        self._folder_check.looked.connect(self._on_folder_looked)
        self._folder_check.slow.connect(self._refresh)
        self._looked: FolderLook | None = None
        self._shown_folder: tuple[FolderLook | None, bool] | None = None
        self._looks_started = 0
        # Write clicked: the number of the first look begun since, whose answer starts the write if all is well.
        self._write_after_look: int | None = None
        self.folder_timer = QTimer(self)
        self.folder_timer.setInterval(FOLDER_CHECK_MS)
        self.folder_timer.timeout.connect(self.check_folder)
        self._refresh()

        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    def _page_content(self) -> QWidget:
        """From top to bottom: what the step does, where to save, what will be written and anything that stops it,
        then the button that writes the release and what came of it."""
        heading = QLabel("<h2>" + self.tr("Export") + "</h2>")
        intro = QLabel(
            self.tr(
                "Save the release: a new folder with the synthetic data, the protected counts, a codebook, a report "
                "and a log of what was done. Your original export is never changed, and nothing is replaced without "
                "your say.",
            )
        )
        intro.setWordWrap(True)
        self.input_label = QLabel()
        self.input_label.setWordWrap(True)

        self.plan_label = QLabel()
        self.plan_label.setWordWrap(True)
        self.plan_label.setTextFormat(Qt.TextFormat.RichText)
        self.plan_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        plan_box = QGroupBox(self.tr("What will be written"))
        QVBoxLayout(plan_box).addWidget(self.plan_label)

        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet(REFUSAL_STYLE)
        self.problem_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Shown only while a look at the folder is slow (a share that does not answer); Write waits for it.
        self.checking_label = QLabel(self.tr("Checking the folder…"))
        self.checking_label.setVisible(False)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(24, 12, 24, 12)
        for widget in (heading, intro, self.input_label, self.where_to_save, plan_box):
            layout.addWidget(widget)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.checking_label)
        layout.addLayout(self._make_write_row())
        layout.addWidget(self.progress_panel)
        layout.addWidget(self.done_label)
        layout.addStretch(1)
        content.setMaximumWidth(980)  # long lines are hard to follow on a wide screen
        return content

    def _make_write_row(self) -> QHBoxLayout:
        """The button that writes the release and the one that opens its folder; under them the progress and what
        came of the write."""
        self.write_button = QPushButton(self.tr("&Write the release"))
        self.write_button.setDefault(True)
        self.write_button.clicked.connect(self.start)
        self.progress_panel = ProgressPanel(self.tr("Stop writing. Nothing is left behind."))
        self.done_label = QLabel()
        self.done_label.setWordWrap(True)
        self.done_label.setTextFormat(Qt.TextFormat.RichText)
        self.done_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton(self.tr("&Open the folder"))
        self.open_button.clicked.connect(self._open_folder)
        self.open_button.setVisible(False)
        write_row = QHBoxLayout()
        write_row.addWidget(self.write_button)
        write_row.addWidget(self.open_button)
        write_row.addStretch(1)
        return write_row

    # --- the contract with the window ---------------------------------------------------------------------------
    def state(self) -> StepState:
        if self._input is None:
            return StepState.NOT_AVAILABLE
        return StepState.DONE if self._result is not None else StepState.NEEDS_ATTENTION

    def decisions(self) -> ReleaseDecisions | None:
        """Where to write. Replacing a bundle is confirmed each time and never saved."""
        location = self.location_edit.text().strip()
        if not location:
            return None
        return ReleaseDecisions(location=Path(location), replace_existing=False)

    def restore_decisions(self, decisions: object | None) -> None:
        if decisions is None:
            self.location_edit.clear()
            return
        if not isinstance(decisions, ReleaseDecisions):
            raise TypeError("the Export page restores ReleaseDecisions")
        self.location_edit.setText(str(decisions.location))

    def result(self) -> ReleaseResult | None:
        return self._result

    def receive_input(self, value: object | None) -> None:
        data = value if isinstance(value, ExportInput) else None
        if data is self._input or (data is not None and data.same_as(self._input)):
            return  # nothing new: the window hands every page its input again whenever anything changes
        self._worker.cancel()
        self._input = data
        self._result = None
        self._write_after_look = None
        self.done_label.clear()
        self.open_button.setVisible(False)
        if data is not None:
            self.dataset_edit.setText(data.dataset_name)
        self._refresh()
        self._look_at_folder()  # the bundle's name may have changed with the input
        self.state_changed.emit()

    @Slot()
    def shutdown(self) -> None:
        self.folder_timer.stop()
        self._folder_check.shutdown()
        self._worker.shutdown()

    def ledger_folder(self) -> Path:
        if self._ledger_folder is None:
            self._ledger_folder = app_folders.app_data_folder()
        return self._ledger_folder

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.check_folder()
        self.folder_timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        self.folder_timer.stop()
        super().hideEvent(event)

    @Slot()
    def check_folder(self) -> None:
        """Look at the folder again (the timer's tick): the page is refreshed when the answer comes, if the folder or
        the release folder in it has appeared or gone since last looked. A tick while a look is still running (a share
        that does not answer) is skipped, never stacked."""
        if self._worker.is_busy():
            return
        self._look_at_folder()

    def _folder_question(self) -> tuple[Path, str | None] | None:
        """What to look at now: the folder chosen and the name of the release folder to be made in it; None while
        no folder is chosen."""
        location = self.location_edit.text().strip()
        if not location:
            return None
        target = self.target()
        return Path(location), None if target is None else target.name

    def _look_at_folder(self) -> None:
        """Start a look at the folder chosen now, unless one is running: its answer starts the next look if needed."""
        question = self._folder_question()
        if question is not None and self._folder_check.start(*question):
            self._looks_started += 1

    def has_looked_at_folder(self) -> bool:
        """True once the folder chosen now has been looked at (and no look at it is slow): what the page says of the
        folder, and the Write button, follow the folder as it is."""
        return self._current_look() is not None

    def _current_look(self) -> FolderLook | None:
        """The last answer, if it is about the folder chosen now and no look has been slow since (a folder that was
        there may have gone: Write waits for the look)."""
        look, question = self._looked, self._folder_question()
        if look is None or question is None or self._folder_check.is_slow() or not look.is_about(*question):
            return None
        return look

    @Slot(object)
    def _on_folder_looked(self, look: FolderLook) -> None:
        """An answer, on the GUI thread. One about a folder no longer chosen only starts a look at the one chosen
        now. When Write was clicked before this look began, the answer decides whether to write."""
        self._looked = look
        current = self._current_look()  # None: the answer is about a folder no longer chosen
        # One look at a time, so this answers the latest look started, number `_looks_started`.
        pending = self._write_after_look
        write = pending is not None and self._looks_started >= pending and current is not None
        if write:
            self._write_after_look = None
        if current is None or self._write_after_look is not None:
            self._look_at_folder()
        if write or (current, self._folder_check.is_slow()) != self._shown_folder:
            self._refresh()
        if write:
            self._write()

    @Slot(bool)
    def _on_busy_changed(self, busy: bool) -> None:
        self._refresh()
        if not busy:
            self._look_at_folder()  # the write made the release folder, or left none

    # --- what will be written, and what stops it ----------------------------------------------------------------
    def target(self) -> Path | None:
        """The bundle folder the choices name (None while a choice is missing)."""
        data, location = self._input, self.location_edit.text().strip()
        if data is None or not location or not self._dataset().strip():
            return None
        released_on = data.released_on or date.today()  # as the writer names it
        try:
            return Path(location) / bundle_name(self._dataset(), data.synthesis.method, released_on)
        except UserError:
            return None

    def problems(self) -> list[str]:
        """Everything that stops the export now, in plain words: what the writer refuses on
        (`core.release.bundle.release_problems`; the k guarantee is checked while writing), and a folder not chosen.
        What the folder holds is the last look's answer; while the folder chosen has not been looked at yet, nothing
        is said of it (and Write waits)."""
        data = self._input
        if data is None:
            return [self.tr("Finish the Synthesize step first: this step writes the synthetic records it makes.")]
        location = self.location_edit.text().strip()
        # The folder there is the one just written: nothing stops the step (writing again would replace it).
        replacing = self.replace_box.isChecked() or self._just_written(self.target())
        look = self._current_look()
        decisions = ReleaseDecisions(Path(location), replacing) if location and look is not None else None
        found = release_problems(release_inputs(data), decisions, look)
        if not location:
            found.append(self.tr("Choose the folder to save the release in."))
        return found

    def _refresh(self) -> None:
        data = self._input
        busy = self._worker.is_busy()
        look = self._current_look()
        self._shown_folder = (look, self._folder_check.is_slow())
        if data is None:
            self.input_label.setText(self.problems()[0])
            self.plan_label.setText(self.tr("Shown once the synthetic records are made."))
        else:
            synthesis = data.synthesis
            method = self.tr("k-anonymous (k = {0})").format(synthesis.parameters.get("k"))
            if synthesis.privacy is not None:
                method = localized(self.tr("differentially private (ε = {0:.4g})")).format(synthesis.privacy.epsilon)
            self.input_label.setText(
                self.tr("{0} synthetic records, {1}.").format(count_text(len(synthesis.records)), method)
            )
            self.plan_label.setText(self._plan_html())
        target = self.target()
        bundle_there = look is not None and look.bundle_exists
        self.replace_box.setVisible(target is not None and bundle_there and not self._just_written(target))
        problems = self.problems() if data is not None else []
        self.problem_label.setText("\n".join(f"• {p}" for p in problems))
        self.problem_label.setVisible(bool(problems))
        self.checking_label.setVisible(self._folder_check.is_slow() and self._folder_question() is not None)
        done = self._just_written(target)
        # Write waits for a look at the folder chosen now that says it is there (and, once clicked, for a new one).
        looked = look is not None and self._write_after_look is None
        self.write_button.setEnabled(data is not None and not problems and looked and not busy and not done)
        for widget in (self.dataset_edit, self.location_edit, self.browse_button, self.replace_box):
            widget.setEnabled(not busy)

    def _just_written(self, target: Path | None) -> bool:
        return self._result is not None and target == self._result.folder

    def _plan_html(self) -> str:
        target = self.target()
        where = (
            self.tr("A new folder <b>{0}</b> in {1}, holding:").format(
                escape_html(target.name), escape_html(str(target.parent))
            )
            if target is not None
            else self.tr("A new folder named <i>dataset_method_date</i>, holding:")
        )
        rows = "".join(
            "<li>" + self.tr("<b>“{0}”</b>: {1}").format(escape_html(name), escape_html(self._purpose(name))) + "</li>"
            for name in BUNDLE_FILES
        )
        note = self.tr(
            "The comparison with the real records shown on the Synthesize page is not written: the report only "
            "holds figures computed from what is released.",
        )
        return f"<p>{where}</p><ul>{rows}</ul><p>{escape_html(note)}</p>"

    def _purpose(self, name: str) -> str:
        synthesis = None if self._input is None else self._input.synthesis
        if name == AGGREGATES_CSV and synthesis is not None and synthesis.method in AGGREGATES_PURPOSE:
            return translate("ExportPage", AGGREGATES_PURPOSE[synthesis.method]).format(synthesis.parameters.get("k"))
        return translate("ExportPage", FILE_PURPOSE[name])

    def _choices_changed(self) -> None:
        if self._result is not None:
            self._result = None
            self.done_label.clear()
            self.open_button.setVisible(False)
        self._write_after_look = None  # a Write clicked for other choices is not carried out
        self._refresh()
        self._look_at_folder()
        self.state_changed.emit()

    def _choose_location(self) -> None:
        start = self.location_edit.text().strip() or settings.last_folder()
        folder = QFileDialog.getExistingDirectory(self, self.tr("Save the release in"), start)
        if folder:
            self.location_edit.setText(folder)

    def _dataset(self) -> str:
        """The dataset the release counts against: the project's, named on the Synthesize step."""
        return self._input.dataset_name if self._input is not None else ""

    # --- writing ------------------------------------------------------------------------------------------------
    @Slot()
    def start(self) -> None:
        """Write the release once the folder has been looked at again: it may have gone since the last look (a share
        disconnected), and the look may take long, so it is not made here on the GUI thread."""
        self._refresh()
        if self._input is None or self.decisions() is None or not self.write_button.isEnabled():
            return
        self._write_after_look = self._looks_started + 1
        self._look_at_folder()  # if one is running, its answer starts the look Write waits for
        self._refresh()

    def _write(self) -> None:
        """Write the release in the background, if the folder as just looked at lets it."""
        data, decisions = self._input, self.decisions()
        if data is None or decisions is None or not self.write_button.isEnabled():
            return
        decisions = ReleaseDecisions(decisions.location, self.replace_box.isChecked())
        ledger_folder = self.ledger_folder() if data.synthesis.privacy is not None else None
        to_write = replace(data, ledger_folder=ledger_folder)
        self.done_label.clear()
        self.progress_panel.start(self.tr("Writing the release…"))
        self._worker.start(lambda progress: export_release(to_write, decisions, progress))

    @Slot(object)
    def _on_written(self, result: ReleaseResult) -> None:
        self._result = result
        self.replace_box.setChecked(False)
        file_line = self.tr("“{0}” ({1})")  # a file name (data: quoted) and its size
        files = "".join(
            f"<li>{file_line.format(escape_html(name), _size_text(result.folder / name))}</li>" for name in result.files
        )
        lines = [self.tr("<b>The release was written</b> to {0}:").format(escape_html(str(result.folder)))]
        budget = ""
        if result.privacy_total_after is not None and self._input is not None:
            # The cap the release was counted against: the Synthesize step's, which the input carries.
            budget = localized(self.tr("<p>This dataset has now spent ε = {0:.4g} of its cap of {1:.4g}.</p>")).format(
                result.privacy_total_after, self._input.privacy_cap
            )
        warnings = "".join(f"<p>{escape_html(w)}</p>" for w in result.warnings)
        self.done_label.setText(f"<p>{lines[0]}</p><ul>{files}</ul>{budget}{warnings}")
        self.done_label.setStyleSheet("")
        self.open_button.setVisible(True)
        self._refresh()
        self.state_changed.emit()

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self.done_label.setText(f"<p>{escape_html(message)}</p>".replace("\n", "<br>"))
        self.done_label.setStyleSheet(REFUSAL_STYLE)
        self._refresh()

    @Slot()
    def _on_cancelled(self) -> None:
        self.done_label.setStyleSheet("")
        self.done_label.setText(self.tr("Stopped. Nothing was written."))
        self._refresh()

    def _open_folder(self) -> None:
        if self._result is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._result.folder)))


class WhereToSave(QGroupBox):
    """Where to save: the dataset's name (shown only: it is named on the Synthesize step), the folder the release
    folder is made in (typed, pasted or chosen), and whether to replace a release folder of the same name (shown by
    the page only when there is one). `choose_requested`: the user asked to choose the folder; `changed`: any of the
    three changed. Its text is the Export page's (translation context "ExportPage")."""

    choose_requested = Signal()
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("ExportPage", "Where to save"), parent)
        # The project's name, given on the Synthesize step, is the one every release of these data counts against:
        # it is only shown here, where a second name would start a second budget.
        self.dataset_edit = QLineEdit()
        self.dataset_edit.setReadOnly(True)
        self.dataset_edit.setToolTip(
            translate(
                "ExportPage",
                "Named on the Synthesize step, once per project: every release of these data counts against its "
                "privacy budget. Change it there.",
            )
        )
        self.location_edit = QLineEdit()
        self.location_edit.setPlaceholderText(
            translate("ExportPage", "a folder, a mapped drive (S:\\releases) or \\\\server\\share")
        )
        self.location_edit.setToolTip(
            translate("ExportPage", "The folder the release folder is made in. Type or paste a network path.")
        )
        self.browse_button = QPushButton(translate("ExportPage", "&Choose…"))
        self.browse_button.clicked.connect(self.choose_requested)
        location_row = QHBoxLayout()
        location_row.addWidget(self.location_edit, 1)
        location_row.addWidget(self.browse_button)
        self.replace_box = QCheckBox(translate("ExportPage", "Replace the existing release folder of the same name"))
        self.replace_box.setVisible(False)
        form = QFormLayout(self)
        # On a narrow window (a small screen, or 200 % scaling) each label goes above its control.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(translate("ExportPage", "&Dataset name:"), self.dataset_edit)
        location_label = QLabel(translate("ExportPage", "&Save in folder:"))
        location_label.setBuddy(self.location_edit)  # names the field for a screen reader; Alt+S goes to it
        form.addRow(location_label, location_row)
        form.addRow(self.replace_box)
        self.dataset_edit.textChanged.connect(self.changed)
        self.location_edit.textChanged.connect(self.changed)
        self.replace_box.toggled.connect(self.changed)


def _size_text(path: Path) -> str:
    try:
        size = path.stat().st_size
    except OSError:
        return "?"
    if size < 10_000:
        return translate("ExportPage", "{0} bytes").format(count_text(size))
    return translate("ExportPage", "{0} KB").format(count_text(round(size / 1024)))
