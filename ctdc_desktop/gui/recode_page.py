"""The Recode step: turn the cleaned export into the CTDC codebook's categories with a recipe, and fix what the recipe
cannot place.

The page shows and edits; the recode itself, the value counts and the recipe edits are in `ctdc_desktop.core.recode`.
Every change re-runs the recode in the background (a sample-sized export takes a fraction of a second), so the counts,
the charts and the rows always show the recipe as it now is.

When a recipe is chosen for an export, the same background run first proposes each variable's source from the export
itself (`core.recode.propose`): the page starts from the confident proposals, and marks each variable as proposed
(confident), proposed but to be confirmed (with its reason and one click to use it), or without a column found. An
uncertain proposal is never applied until the user confirms it. A variable whose own columns (as the recipe names
them) are all in the export is kept as the recipe says: the recipe was written for exports shaped like this one (the
shipped ones for HTCDS/MiMOSA exports such as the sample, a mission's saved file for its own), and the proposal is
shown beside it. A project's saved recipe is restored as saved.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ctdc_desktop.core.case_export import CaseExport
from ctdc_desktop.core.identifiers.remove_identifiers import CleanedExport
from ctdc_desktop.core.progress import Progress, stages
from ctdc_desktop.core.recode import coverage as states
from ctdc_desktop.core.recode.after_stage_one import recipe_for_cleaned_export
from ctdc_desktop.core.recode.aggregate_perpetrators import aggregation_rule
from ctdc_desktop.core.recode.describe_recipe import describe_variable
from ctdc_desktop.core.recode.edit_recipe import (
    NOT_TICKED,
    assign_values,
    assignable_labels,
    keep_sources_found,
    not_recorded,
    set_values_missing,
)
from ctdc_desktop.core.recode.propose import RecipeProposal, VariableProposal, propose_recipe
from ctdc_desktop.core.recode.recipe import (
    SHIPPED_RECIPES,
    Recipe,
    RecipeError,
    RecodeDecisions,
    VariableRecipe,
    load_recipe,
)
from ctdc_desktop.core.recode.recode_countries import country_table
from ctdc_desktop.core.recode.recoded_data import RecodedData, recoded_data_from
from ctdc_desktop.core.recode.review_recode import EMPTY_LABEL, RecodeReview, review_recode, rows_before_after
from ctdc_desktop.core.recode.save_recipe import recipe_as_used, save_recipe
from ctdc_desktop.core.translation import QT_TRANSLATE_NOOP, translate
from ctdc_desktop.gui import settings
from ctdc_desktop.gui.bands_editor import BandsEditor
from ctdc_desktop.gui.frequency_chart import FrequencyChart
from ctdc_desktop.gui.mapping_table import MappingPanel
from ctdc_desktop.gui.no_wheel import NoWheelComboBox
from ctdc_desktop.gui.preview_table import PreviewTable
from ctdc_desktop.gui.progress_panel import ProgressPanel
from ctdc_desktop.gui.scroll_page import fill_with_scrolling
from ctdc_desktop.gui.source_editor import SourceEditor
from ctdc_desktop.gui.step_page import StepPage, StepState
from ctdc_desktop.gui.text_format import count_text, escape_html, shorten
from ctdc_desktop.gui.worker import StepWorker

MIN_WORK_HEIGHT = 340  # the variable list and the detail, at least (px)
MIN_TABS_HEIGHT = 220  # the mapping table, bands, charts and rows, at least (px)
BEFORE_BARS = 14  # the most frequent raw values charted; the rest are one "other values" bar
RECIPE_FILTER = "Recipes (*.toml)"
NAME, LABEL, STATE, RECODED, OPEN = range(5)
LABEL_WIDTH = 150  # px: the plain words beside the codes, elided (the whole text is in the tooltip and the detail)
_STATE_COLOURS = {states.UNMAPPED: "#ffe7b3", states.ERROR: "#f8c9c4"}
CONFIRM_COLOUR = "#cfe3fb"  # a proposal waiting for the user's word

# What the page knows of a variable's proposal (see `RecodePage.proposal_state`).
CONFIDENT, CONFIRMED, TO_CONFIRM, NONE_FOUND, CHOSEN, KEPT = (
    "confident",
    "confirmed",
    "to confirm",
    "none found",
    "chosen",
    "kept",
)


@dataclass(frozen=True)
class _Run:
    """What one background run hands back: the review, and the proposal it started from when it made one."""

    export: CaseExport
    review: RecodeReview
    proposal: RecipeProposal | None = None
    start: Recipe | None = None  # the recipe the page starts from: the confident proposals applied
    kept: tuple[str, ...] = ()  # variables the recipe makes from columns the export has: kept as the recipe says


# Marked here, translated where shown (the language is installed after this module is imported).
_RECODERS = {
    "value_map": QT_TRANSLATE_NOOP("RecodePage", "Value map: each spelling becomes one category"),
    "flag": QT_TRANSLATE_NOOP("RecodePage", "Flag: 1 when the answer is yes, empty otherwise"),
    "other_flag": QT_TRANSLATE_NOOP("RecodePage", "Other: 1 when the value has no variable of its own"),
    "age_bands": QT_TRANSLATE_NOOP("RecodePage", "Age bands: an age in years falls in one band"),
    "majority": QT_TRANSLATE_NOOP("RecodePage", "Majority: Minor under 18, Adult from 18"),
    "bands": QT_TRANSLATE_NOOP("RecodePage", "Bands: a whole number (a year, months) falls in one band"),
    "number": QT_TRANSLATE_NOOP("RecodePage", "Number: kept as it is, within the codebook's range"),
    "country": QT_TRANSLATE_NOOP("RecodePage", "Country: ISO code or name becomes a region"),
    "not_recorded": QT_TRANSLATE_NOOP("RecodePage", "Not recorded: the export does not hold it"),
}
_SHIPPED_TITLES = {
    "victim_perpetrator_2022": QT_TRANSLATE_NOOP(
        "RecodePage", "CTDC victim-perpetrator data, December 2022 (16 variables)"
    ),
    "global_synthetic_2021": QT_TRANSLATE_NOOP("RecodePage", "CTDC global synthetic data, 2021 (37 variables)"),
}


class RecodePage(StepPage):
    step_key = "recode"
    step_title = "Recode"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._export: CaseExport | None = None
        self._cleaned: CleanedExport | None = None  # what Stage one did, when the input came from it
        self._handed_on: RecodedData | None = None
        self._original: Recipe | None = None  # the recipe as its file holds it (edits are compared with it)
        self._decisions: RecodeDecisions | None = None  # the recipe with the user's edits
        self._review: RecodeReview | None = None  # the latest finished run
        self._reviewed_export: CaseExport | None = None
        self._shown: str | None = None  # the variable shown on the right
        self._fitted_for: str | None = None  # the recipe the variable list was last sized for
        self._to_first_open = False  # once the first run of a new recipe is in, show the first variable to fix
        # Proposals: made when a recipe is chosen in the window (never for a project's saved recipe).
        self._chosen_base: Recipe | None = None  # the recipe as chosen, which the proposals start from
        self._wants_proposal = False  # the next run proposes first
        self._proposed_for: tuple[object, ...] | None = None  # the export (its files and sheets) proposed for
        self._proposal: RecipeProposal | None = None
        self._start: Recipe | None = None  # the recipe as proposed, before the user's own changes
        self._kept: set[str] = set()

        self._make_recipe_choice()
        self.variables = CodebookVariables(self.fontMetrics())
        self.variables.itemSelectionChanged.connect(self._variable_chosen)
        self.detail = self._build_detail()
        self._lay_out()

        self._worker: StepWorker[_Run] = StepWorker(self, name="recoding")
        self._worker.succeeded.connect(self._on_reviewed)
        self._worker.failed.connect(self._on_failed)
        self._worker.cancelled.connect(self._on_cancelled)
        self._worker.busy_changed.connect(lambda busy: self.state_changed.emit())
        self.progress.follow(self._worker)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)
        self._refresh()

    def _make_recipe_choice(self) -> None:
        """What there is to recode, the choice of recipe with its buttons, and what the recipe makes of the export."""
        self.input_label = QLabel()
        self.input_label.setWordWrap(True)
        self.recipe_box = NoWheelComboBox()
        # Sized by the window, not by the longest recipe title, so the page fits a small laptop screen.
        self.recipe_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.recipe_box.setMinimumContentsLength(12)
        self.recipe_box.setPlaceholderText(self.tr("Choose a recipe…"))
        self.recipe_box.setToolTip(self.tr("A recipe says how each CTDC variable is made from the export's columns."))
        self.recipe_box.setAccessibleName(self.tr("Recipe"))
        for name in SHIPPED_RECIPES:
            title = translate("RecodePage", _SHIPPED_TITLES[name]) if name in _SHIPPED_TITLES else name
            self.recipe_box.addItem(title, name)
        self.recipe_box.setCurrentIndex(-1)
        self.recipe_box.activated.connect(lambda index: self.choose_recipe(str(self.recipe_box.itemData(index))))
        self.open_button = QPushButton(self.tr("&Open recipe file…"))
        self.open_button.setToolTip(self.tr("Use a recipe saved earlier or made for your mission (.toml)."))
        self.open_button.clicked.connect(self._ask_for_recipe)
        self.save_button = QPushButton(self.tr("&Save recipe as…"))
        self.save_button.setToolTip(
            self.tr(
                "Save the recipe with your changes as a new file, to use again next quarter. "
                "It holds no records, only the spellings you mapped."
            )
        )
        self.save_button.clicked.connect(self._ask_where_to_save)
        self.recipe_note = QLabel()
        self.recipe_note.setWordWrap(True)
        self.recipe_note.setVisible(False)
        self.overall = QLabel()
        self.overall.setWordWrap(True)
        self.progress = ProgressPanel(self.tr("Stop recoding. The recipe and your changes are kept."))

    def _lay_out(self) -> None:
        """The recipe choice above the variable list and the chosen variable's detail, side by side; the page scrolls
        up and down and is never narrower than what it holds."""
        # The variable's explanations grow with the language and shrink the tabs below them: on a small screen they
        # scroll, inside the detail, instead of being drawn over each other.
        detail_scroll = QScrollArea()
        detail_scroll.setWidgetResizable(True)
        detail_scroll.setWidget(self.detail)
        detail_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        detail_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        detail_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        splitter = QSplitter()
        splitter.addWidget(self.variables)
        splitter.addWidget(detail_scroll)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([390, 650])
        # Tall enough to work in; on a short screen (1366×768 at 200 %) the page scrolls to it.
        splitter.setMinimumHeight(MIN_WORK_HEIGHT)

        # The buttons go under the recipe choice: side by side they would not fit a small screen in French.
        recipe_row = QHBoxLayout()
        recipe_row.addWidget(self.open_button)
        recipe_row.addWidget(self.save_button)
        recipe_row.addStretch(1)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(self.input_label)
        layout.addWidget(self.recipe_box)
        layout.addLayout(recipe_row)
        layout.addWidget(self.recipe_note)
        layout.addWidget(self.overall)
        layout.addWidget(self.progress)
        layout.addWidget(splitter, 1)
        self.empty_hint = QLabel()
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setEnabled(False)  # drawn greyed: a hint, not content
        layout.addWidget(self.empty_hint, 1)
        scroll = fill_with_scrolling(self, content)
        # The areas scroll up and down, never sideways: each is as wide as what it holds needs at least, so that a
        # narrow window squeezes nothing out of sight (a page no wider than about 480 px fits 683 px at 200 %).
        bar = scroll.verticalScrollBar().sizeHint().width()
        detail_scroll.setMinimumWidth(self.detail.minimumSizeHint().width() + bar)
        margins = layout.contentsMargins().left() + layout.contentsMargins().right()
        # (the splitter counts while it is hidden too: it shows once a recipe is chosen)
        needed = max(content.minimumSizeHint().width(), splitter.minimumSizeHint().width() + margins)
        self.setMinimumWidth(needed + bar)
        self.splitter = splitter

    def _build_detail(self) -> QWidget:
        """The chosen variable: what it is, where the export holds it, and (in tabs) what its values become."""
        self._make_variable_words()
        self._make_variable_buttons()
        self.sources = SourceEditor()
        self.sources.edited.connect(self._edit)
        self.source_box = self.sources.column_box  # the one-column choice
        self.tabs = VariableTabs()
        self.tabs.values_assigned.connect(self.map_values)
        self.tabs.values_missing.connect(self.set_missing)
        self.tabs.bands_edited.connect(self._edit)
        self.mapping, self.bands, self.preview = self.tabs.mapping, self.tabs.bands, self.tabs.preview
        self.before_chart, self.after_chart = self.tabs.before_chart, self.tabs.after_chart
        self.rule_label = self.tabs.rule_label

        detail = QWidget()
        layout = QVBoxLayout(detail)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.addWidget(self.variable_title)
        layout.addWidget(self.variable_label)
        layout.addWidget(self.definition)
        layout.addWidget(self.proposal_label)
        layout.addWidget(self.use_proposal_button)
        layout.addWidget(self.not_held_button)  # one of the two shows at a time
        layout.addWidget(self.held_again_button)
        layout.addWidget(self.sources)
        layout.addWidget(self.recoder_label)
        layout.addWidget(self.description)
        layout.addWidget(self.coverage_label)
        layout.addWidget(self.tabs, 1)
        return detail

    def _make_variable_words(self) -> None:
        """The variable's name and words, its definition, the proposal for it, its rule and how much is mapped."""
        self.variable_title = QLabel()
        self.variable_title.setTextFormat(Qt.TextFormat.RichText)
        self.variable_label = QLabel()
        self.variable_label.setWordWrap(True)
        self.variable_label.setToolTip(self.tr("The variable in the codebook's own words."))
        self.proposal_label = QLabel()
        self.proposal_label.setWordWrap(True)
        self.proposal_label.setTextFormat(Qt.TextFormat.RichText)
        self.proposal_label.setVisible(False)
        self.recoder_label = QLabel()
        self.recoder_label.setWordWrap(True)
        self.recoder_label.setToolTip(self.tr("The rule the recipe uses for this variable."))
        self.definition = QLabel()
        self.definition.setWordWrap(True)
        self.definition.setToolTip(self.tr("What the variable means, as its codebook defines it."))
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.coverage_label = QLabel()
        self.coverage_label.setWordWrap(True)

    def _make_variable_buttons(self) -> None:
        """Use the proposal; say the export does not hold the variable, or make it from a column again."""
        self.use_proposal_button = QPushButton(self.tr("&Use this proposal"))
        self.use_proposal_button.setToolTip(
            self.tr("Make this variable from the proposed column(s), with the proposed settings and values.")
        )
        self.use_proposal_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.use_proposal_button.clicked.connect(self._use_shown_proposal)
        self.use_proposal_button.setVisible(False)
        # An export that does not hold a codebook variable at all (no means of control, no sectors): the caseworker
        # says so, and the variable's column is left empty. Never done by the program on its own.
        self.not_held_button = QPushButton(self.tr("The export does not &hold this variable"))
        self.not_held_button.setToolTip(
            self.tr("Leave this variable's column empty in the release: your export does not record it.")
        )
        self.not_held_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.not_held_button.clicked.connect(self._shown_not_held)
        self.held_again_button = QPushButton(self.tr("Make it from a column &again"))
        self.held_again_button.setToolTip(self.tr("Go back to the recipe's way of making this variable."))
        self.held_again_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.held_again_button.clicked.connect(self._shown_held_again)

    # --- the contract with the window ---------------------------------------------------------------------------
    def receive_input(self, value: object | None) -> None:
        """The Identifiers step's `CleanedExport`; a plain `CaseExport` is taken too (tests, Load handing on)."""
        export = value.export if isinstance(value, CleanedExport) else value if isinstance(value, CaseExport) else None
        if export is self._export:
            return
        self._export = export
        self._cleaned = value if isinstance(value, CleanedExport) else None
        # A recipe chosen in the window, now given other files: propose again for them. The same files cleaned
        # otherwise (a Stage one decision changed) keep the user's work.
        if export is not None and self._chosen_base is not None and _files_of(export) != self._proposed_for:
            self._wants_proposal = True
        self._run()

    def state(self) -> StepState:
        if self._export is None:
            return StepState.NOT_AVAILABLE
        return StepState.DONE if self.result() is not None else StepState.NEEDS_ATTENTION

    def result(self) -> RecodedData | None:
        """The recoded table with its recipe and what Stage one did, once every value is mapped or set to missing
        and nothing is wrong (the same object until something changes: the window hands it on by identity)."""
        review = self._current_review()
        if review is None or self._worker.is_busy() or not review.result.complete or self._decisions is None:
            return None
        if self._handed_on is None or self._handed_on.recode is not review.result:
            self._handed_on = recoded_data_from(self._cleaned, self._decisions, self._recipe_used(), review.result)
        return self._handed_on

    def _recipe_used(self) -> Recipe:
        """The recipe as run: a birth date Stage one turned into an age is read as that age column."""
        assert self._decisions is not None
        recipe = self._decisions.recipe
        return recipe if self._cleaned is None else recipe_for_cleaned_export(recipe, self._cleaned)

    def decisions(self) -> RecodeDecisions | None:
        return self._decisions

    def restore_decisions(self, decisions: object | None) -> None:
        if decisions is not None and not isinstance(decisions, RecodeDecisions):
            raise TypeError("the Recode page restores RecodeDecisions")
        self._decisions = decisions
        self._original = None
        self._forget_proposal()  # a saved recipe is restored as saved, not proposed again
        self._note("")
        if decisions is not None:
            try:
                original, from_file = load_recipe(decisions.recipe_file)
            except RecipeError:
                self._note(
                    self.tr(
                        "The recipe file {file} is not there any more; the copy saved in the project is used."
                    ).format(file=decisions.recipe_file)
                )
            else:
                self._original = original
                if from_file.recipe_sha256 != decisions.recipe_sha256:
                    self._note(
                        self.tr(
                            "The recipe file {file} changed since the project was saved; the project's copy is used."
                        ).format(file=decisions.recipe_file)
                    )
        self._to_first_open = True
        self._show_recipe_in_box()
        self.state_changed.emit()
        self._run()

    @Slot()
    def shutdown(self) -> None:
        self._worker.shutdown()

    def is_busy(self) -> bool:
        return self._worker.is_busy()

    def review(self) -> RecodeReview | None:
        """The latest run for the recipe and export as they now are (None while it runs)."""
        return self._current_review()

    # --- the recipe ---------------------------------------------------------------------------------------------
    def choose_recipe(self, name_or_path: str | Path) -> bool:
        """Use a shipped recipe (by name) or a recipe file; False (and the reason shown) when it cannot be read."""
        try:
            recipe, decisions = load_recipe(name_or_path)
        except RecipeError as error:
            self._note(str(error))
            self._show_recipe_in_box()
            return False
        self._original, self._decisions = recipe, decisions
        self._forget_proposal()
        self._chosen_base = recipe
        self._wants_proposal = True
        self._note("")
        self._shown = None
        self._to_first_open = True
        self._show_recipe_in_box()
        self.state_changed.emit()
        self._run()
        return True

    def save_recipe_as(self, path: Path | str) -> bool:
        """Write the recipe with the edits to a new file, which the project then names."""
        if self._decisions is None:
            return False
        try:
            # Everything the window used: the link the perpetrators were actually linked by, too.
            saved = save_recipe(recipe_as_used(self._decisions.recipe, self._export), Path(path))
        except RecipeError as error:
            self._note(str(error))
            return False
        self._original, self._decisions = saved.recipe, saved
        self._start = None  # changes are now counted from the saved file
        if self._chosen_base is not None:
            self._chosen_base = saved.recipe
        self._note(self.tr("Recipe saved as {file}.").format(file=saved.recipe_file))
        self._show_recipe_in_box()
        self.state_changed.emit()
        self._refresh()
        return True

    def _ask_for_recipe(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Open a recipe"), settings.last_folder(), RECIPE_FILTER)
        if name:
            settings.remember_folder_of(Path(name))
            self.choose_recipe(name)

    def _ask_where_to_save(self) -> None:
        if self._decisions is None:
            return
        start = str(Path(settings.last_folder()) / f"{self._decisions.recipe.name}_edited.toml")
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the recipe as"), start, RECIPE_FILTER)
        if name:
            settings.remember_folder_of(Path(name))
            self.save_recipe_as(name if name.endswith(".toml") else name + ".toml")

    def _show_recipe_in_box(self) -> None:
        box = self.recipe_box
        if self._decisions is None:
            box.setCurrentIndex(-1)
            return
        key = self._decisions.recipe_file
        if box.findData(key) < 0:
            box.addItem(shorten(Path(key).name, 60), key)
            box.setItemData(box.count() - 1, key, Qt.ItemDataRole.ToolTipRole)
        box.setCurrentIndex(box.findData(key))
        recipe = self._decisions.recipe
        about = [translate("Recipe", text) for text in (recipe.title, recipe.description) if text]
        box.setToolTip(
            "\n".join(about) or self.tr("A recipe says how each CTDC variable is made from the export's columns.")
        )

    def _note(self, text: str) -> None:
        """A word about the recipe (could not be read, saved, changed since): shown only when there is one."""
        self.recipe_note.setText(text)
        self.recipe_note.setVisible(bool(text))

    # --- edits --------------------------------------------------------------------------------------------------
    def shown_variable(self) -> VariableRecipe | None:
        if self._decisions is None or self._shown is None:
            return None
        return self._decisions.recipe.variable(self._shown)

    def show_variable(self, name: str) -> None:
        for row in range(self.variables.rowCount()):
            item = self.variables.item(row, NAME)
            if item is not None and item.text() == name:
                self.variables.selectRow(row)

    @Slot(list, str)
    def map_values(self, values: list[str], label: str) -> None:
        variable = self.shown_variable()
        if variable is not None and values:
            self._edit(assign_values(variable, values, label))

    @Slot(list)
    def set_missing(self, values: list[str]) -> None:
        variable = self.shown_variable()
        if variable is not None and values:
            self._edit(set_values_missing(variable, values))

    def use_proposal(self, name: str) -> None:
        """Make `name` as proposed (the user's confirmation of an uncertain proposal, or going back to one)."""
        proposal = self.proposal_for(name)
        if proposal is not None and proposal.found:
            self._edit(proposal.variable)

    def _use_shown_proposal(self) -> None:
        if self._shown is not None:
            self.use_proposal(self._shown)

    def set_not_held(self, name: str) -> None:
        """The caseworker's word that the export does not record `name`: its column is left empty."""
        if self._decisions is not None:
            self._edit(not_recorded(self._decisions.recipe.variable(name)))

    def _shown_not_held(self) -> None:
        if self._shown is not None:
            self.set_not_held(self._shown)

    def _shown_held_again(self) -> None:
        """Back to the loaded recipe's way of making the shown variable (or the proposal, when there is one)."""
        if self._shown is None or self._original is None:
            return
        proposal = self.proposal_for(self._shown)
        if proposal is not None and proposal.found:
            self._edit(proposal.variable)
        elif self._shown in self._original.columns and self._original.variable(self._shown).recoder != "not_recorded":
            self._edit(self._original.variable(self._shown))

    def _edit(self, variable: VariableRecipe) -> None:
        if self._decisions is None or self._wants_proposal:
            return
        self._decisions = replace(self._decisions, recipe=self._decisions.recipe.with_variable(variable))
        self.state_changed.emit()
        self._run()

    # --- running ------------------------------------------------------------------------------------------------
    def _current_review(self) -> RecodeReview | None:
        review = self._review
        if review is None or self._decisions is None or self._export is None:
            return None
        if review.recipe != self._recipe_used() or self._reviewed_export is not self._export:
            return None
        return review

    def _run(self) -> None:
        if self._export is None or self._decisions is None:
            self._worker.cancel()
            self._refresh()
            self.state_changed.emit()
            return
        if self._wants_proposal and self._chosen_base is not None:
            base = self._chosen_base
            self.progress.start(self.tr("Proposing the source of each variable from your export…"))
            self._worker.start(partial(self._propose_and_review, self._export, base, self._cleaned))
            self._refresh()
            return
        if self._current_review() is not None:
            self._refresh()
            return
        export, recipe = self._export, self._recipe_used()
        self.progress.start(self.tr("Recoding with the recipe…"))
        self._worker.start(partial(self._review_for, export, recipe))
        self._refresh()

    @staticmethod
    def _review_for(export: CaseExport, recipe: Recipe, progress: Progress) -> _Run:
        return _Run(export, review_recode(export, recipe, progress))

    @staticmethod
    def _propose_and_review(
        export: CaseExport, base: Recipe, cleaned: CleanedExport | None, progress: Progress
    ) -> _Run:
        parts = stages(progress, {"propose": 1, "recode": 1})
        proposal = propose_recipe(export, base, parts["propose"])
        as_read = base if cleaned is None else recipe_for_cleaned_export(base, cleaned)
        start, kept = keep_sources_found(proposal.confident_recipe, base, export, as_read)
        used = start if cleaned is None else recipe_for_cleaned_export(start, cleaned)
        return _Run(export, review_recode(export, used, parts["recode"]), proposal, start, kept)

    @Slot(object)
    def _on_reviewed(self, outcome: _Run) -> None:
        if outcome.proposal is not None and outcome.start is not None and self._decisions is not None:
            self._wants_proposal = False
            self._proposal, self._start, self._kept = outcome.proposal, outcome.start, set(outcome.kept)
            self._proposed_for = _files_of(outcome.export)
            self._decisions = replace(self._decisions, recipe=outcome.start)
        self._reviewed_export, self._review = outcome.export, outcome.review
        if self._to_first_open and self._current_review() is not None:
            self._to_first_open = False
            coverage = outcome.review.result.coverage.variables
            self._shown = next((v.name for v in coverage if self._needs_the_user(v.name, v.state)), self._shown)
        self.progress.stop()
        self._refresh()
        self.state_changed.emit()

    def _needs_the_user(self, name: str, state: str) -> bool:
        return state != states.COMPLETE or self._proposal_state_of(name) == TO_CONFIRM

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self._stop_proposing()
        self.overall.setText(message)
        self.state_changed.emit()

    @Slot()
    def _on_cancelled(self) -> None:
        stopped_proposing = self._stop_proposing()
        self.overall.setText(
            self.tr(
                "Proposing was stopped: the recipe is as written, nothing proposed. Choose it again to propose again."
            )
            if stopped_proposing
            else self.tr("Recoding was stopped. Change the recipe or choose it again to run it again.")
        )
        self.state_changed.emit()

    def _stop_proposing(self) -> bool:
        """A proposal that did not finish: the recipe stays as chosen and can be edited. True when one was wanted."""
        wanted, self._wants_proposal = self._wants_proposal, False
        if wanted:
            self._refresh()
        return wanted

    def _forget_proposal(self) -> None:
        self._chosen_base, self._wants_proposal = None, False
        self._proposed_for, self._proposal, self._start, self._kept = None, None, None, set()

    # --- proposals ----------------------------------------------------------------------------------------------
    def proposal(self) -> RecipeProposal | None:
        """The proposal the recipe started from (None for a project's recipe, or before it is in)."""
        return self._proposal

    def proposal_for(self, name: str) -> VariableProposal | None:
        if self._proposal is None:
            return None
        try:
            return self._proposal.variable(name)
        except KeyError:
            return None

    def proposal_state(self, name: str) -> str:
        """CONFIDENT (applied as proposed), CONFIRMED (the user used an uncertain proposal), TO_CONFIRM (proposed,
        not applied until the user says so), NONE_FOUND, CHOSEN (the user made it otherwise), KEPT (a recipe
        file's own columns, found in the export), or "" (no proposal: a project's recipe, or none made yet)."""
        return self._proposal_state_of(name)

    def _proposal_state_of(self, name: str) -> str:
        proposal = self.proposal_for(name)
        if proposal is None or self._decisions is None:
            return ""
        variable = self._decisions.recipe.variable(name)
        started = self._start.variable(name) if self._start is not None else None
        if name in self._kept:
            return KEPT if variable == started else CHOSEN
        if not proposal.found:
            return NONE_FOUND if variable == started else CHOSEN
        if variable == proposal.variable:
            return CONFIDENT if proposal.confident else CONFIRMED
        if variable == started and not proposal.confident:
            return TO_CONFIRM
        return CHOSEN

    # --- showing ------------------------------------------------------------------------------------------------
    def _refresh(self) -> None:
        has_input, has_recipe = self._export is not None, self._decisions is not None
        if not has_input:
            self.input_label.setText(
                self.tr(
                    "<b>Nothing to recode yet.</b> First load the export (step 1) and remove the identifiers "
                    "(step 2); this step then recodes the cleaned records."
                )
            )
        else:
            victims = len(self._export.victim_frame) if self._export is not None else 0
            self.input_label.setText(
                self.tr(
                    "Turn the cleaned records ({n} victims) into the categories CTDC publishes. A ready-made recipe "
                    "does most of the work; you check the values it could not place."
                ).format(n=count_text(victims))
            )
            self.input_label.setToolTip(self.tr("How many victim rows the cleaned export holds."))
        self.recipe_box.setEnabled(has_input)
        self.open_button.setEnabled(has_input)
        self.save_button.setEnabled(has_recipe)
        self.splitter.setVisible(has_input and has_recipe)
        self.splitter.setEnabled(not self._wants_proposal)  # the proposal replaces the recipe: no edits meanwhile
        self.empty_hint.setVisible(not (has_input and has_recipe))
        self.empty_hint.setText(
            ""
            if not has_input
            else self.tr(
                "Choose a recipe above. The variables of its codebook are then listed here, each with the values of "
                "your export it could not place."
            )
        )
        self._show_overall()
        self._fill_variables()
        self._show_detail()

    def _show_overall(self) -> None:
        review = self._current_review()
        if self._decisions is None or self._export is None:
            self.overall.clear()
            return
        if self._wants_proposal:
            self.overall.setText(self.tr("Proposing the source of each variable from your export…"))
            return
        since = self._start or self._original
        edited = self._decisions.edited_variables(since) if since is not None else ()
        edited = tuple(name for name in edited if self._proposal_state_of(name) != CONFIRMED)  # a click, not a change
        changes = self.tr("You changed: {names}.").format(names=", ".join(edited)) if edited else ""
        proposed = self._proposal_summary()
        if review is None:
            self.overall.setText(" ".join(t for t in (self.tr("Recoding…"), proposed, changes) if t))
            return
        coverage = review.result.coverage
        open_count = sum(1 for v in coverage.variables if v.state != states.COMPLETE)
        if open_count == 0:
            text = self.tr("<b>Every variable is complete.</b> {n} victims recoded; Synthesize can start.").format(
                n=count_text(review.result.victims)
            )
        else:
            text = self.tr(
                "<b>%n of {n} variables need attention</b>: map their values to a category or set them to missing.",
                "",
                open_count,
            ).format(n=len(coverage.variables))
        self.overall.setText(" ".join(t for t in (text, proposed, changes, *review.result.notes) if t))
        self.overall.setToolTip(
            self.tr("A variable is complete when every value of its column is mapped or set to missing.")
        )

    def _proposal_summary(self) -> str:
        if self._proposal is None or self._decisions is None:
            return ""
        names = [v.name for v in self._decisions.recipe.variables]
        kinds = [self._proposal_state_of(name) for name in names]
        confident = sum(kind in (CONFIDENT, CONFIRMED) for kind in kinds)
        text = self.tr("Proposed from your export: {k} of {n} variables.").format(k=confident, n=len(names))
        waiting = kinds.count(TO_CONFIRM)
        if waiting:
            text += " " + self.tr("%n proposals wait for your confirmation (marked “please confirm”).", "", waiting)
        missing = kinds.count(NONE_FOUND)
        if missing:
            text += " " + self.tr("For %n variables no column was found: choose it.", "", missing)
        return text

    def _fill_variables(self) -> None:
        table = self.variables
        table.blockSignals(True)
        recipe = self._decisions.recipe if self._decisions is not None else None
        review = self._current_review()
        rows = recipe.variables if recipe is not None else ()
        table.setRowCount(len(rows))
        for row, variable in enumerate(rows):
            coverage = review.result.coverage.variable(variable.name) if review is not None else None
            unit = _unit(variable)
            cells = [variable.name, _quoted(variable.label), states.state_text(coverage.state) if coverage else "…"]
            cells += ["", ""]
            described = describe_variable(variable, recipe) if recipe is not None else ""
            tips = [described, variable.label, coverage.summary() if coverage else "", "", ""]
            proposal_state, proposal = self._proposal_state_of(variable.name), self.proposal_for(variable.name)
            asks = proposal_state == TO_CONFIRM
            if asks and proposal is not None:
                cells[STATE] = self.tr("please confirm")
                tips[STATE] = self.tr("Proposed: {reason}. Not used until you confirm it.").format(
                    reason=proposal.reason
                )
            elif proposal_state == NONE_FOUND and proposal is not None and (coverage is None or coverage.problem):
                cells[STATE] = self.tr("no column found")
                tips[STATE] = self.tr("No column of the export was found for it ({reason}). Choose it.").format(
                    reason=proposal.reason
                )
            if coverage is not None:
                cells[RECODED] = count_text(coverage.mapped)
                tips[RECODED] = self.tr("{n} of {rows} {unit} got a category from the recipe.").format(
                    n=count_text(coverage.mapped), rows=count_text(coverage.rows), unit=unit
                )
                wrong = coverage.unmapped_rows + sum(e.count for e in coverage.errors)
                cells[OPEN] = count_text(wrong) if wrong else ""
                tips[OPEN] = (
                    self.tr("{n} {unit} hold a value that is not mapped or is wrong.").format(
                        n=count_text(wrong), unit=unit
                    )
                    if wrong
                    else ""
                )
            for column, (text, tip) in enumerate(zip(cells, tips, strict=True)):
                item = QTableWidgetItem(text)
                item.setToolTip(tip)
                colour = CONFIRM_COLOUR if asks else _STATE_COLOURS.get(coverage.state) if coverage else None
                if colour is not None:
                    item.setBackground(QBrush(QColor(colour)))
                    item.setForeground(QBrush(QColor("#202020")))
                if column in (RECODED, OPEN):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(row, column, item)
        table.blockSignals(False)
        self._fit_variable_list()
        names = [v.name for v in rows]
        if names and self._shown not in names:
            self._shown = names[0]
        if self._shown in names:
            table.blockSignals(True)
            table.selectRow(names.index(self._shown))
            table.blockSignals(False)

    def _fit_variable_list(self) -> None:
        """Wide enough for every name and state (the 2021 codebook's names are long), up to 45% of the page."""
        table = self.variables
        header = table.horizontalHeader()
        # What the columns will take once laid out (their width now may still be the default).
        needed = sum(
            header.sectionSize(c) if c == LABEL else max(header.sectionSizeHint(c), table.sizeHintForColumn(c))
            for c in range(table.columnCount())
        )
        needed += table.verticalScrollBar().sizeHint().width() + 2 * table.frameWidth() + 4
        wanted = min(needed, int(self.width() * 0.45))
        sizes = self.splitter.sizes()
        recipe = self._decisions.recipe.name if self._decisions is not None else None
        # Once per recipe (and whenever names would be cut), so a divider the user dragged stays where it is.
        if len(sizes) == 2 and sum(sizes) > 0 and (sizes[0] < wanted or recipe != self._fitted_for):
            self._fitted_for = recipe
            self.splitter.setSizes([wanted, sum(sizes) - wanted])

    def _variable_chosen(self) -> None:
        rows = self.variables.selectionModel().selectedRows()
        if rows and self._decisions is not None:
            self._shown = self._decisions.recipe.variables[rows[0].row()].name
            self._show_detail()

    def _show_detail(self) -> None:
        variable = self.shown_variable()
        if variable is None or self._decisions is None:
            return
        recipe = self._decisions.recipe
        review = self._current_review()
        self.variable_title.setText(f"<h3>{escape_html(variable.name)}</h3>")
        self.variable_label.setText(_quoted(variable.label))
        self.variable_label.setVisible(bool(variable.label))
        self._show_proposal(variable)
        self.definition.setText(translate("Recipe", variable.definition) if variable.definition else "")
        self.definition.setVisible(bool(variable.definition))
        recoder = _RECODERS.get(variable.recoder)
        self.recoder_label.setText(translate("RecodePage", recoder) if recoder is not None else variable.recoder)
        self.description.setText(describe_variable(variable, recipe))
        frame = None
        if self._export is not None:
            frame = self._export.victim_frame if variable.table == "victims" else self._export.perpetrator_frame
        self.sources.set_variable(variable, frame)
        stated = variable.recoder == "not_recorded"
        self.not_held_button.setVisible(not stated)
        original = self._original.variable(variable.name) if self._original is not None else None
        self.held_again_button.setVisible(stated and original is not None and original.recoder != "not_recorded")
        is_banded = variable.recoder in ("age_bands", "bands")
        self.tabs.setTabVisible(1, is_banded)
        self.bands.set_variable(variable if is_banded else None)
        unit = _unit(variable)
        if review is None:
            self.coverage_label.setText(self.tr("Recoding…"))
            return
        coverage = review.result.coverage.variable(variable.name)
        self.coverage_label.setText(coverage.counts_text())
        self.coverage_label.setToolTip(
            self.tr(
                "Recoded: rows that got a category. Set to missing: values the recipe leaves out on purpose. "
                "Empty: rows with nothing in the column. Not mapped: values the recipe says nothing about."
            )
        )
        self.mapping.set_values(review.values.get(variable.name, ()), unit, self._targets(variable))
        self._fill_charts(variable, review, unit)
        if self._export is not None:
            self.preview.set_frame(rows_before_after(self._export, review.result, recipe, variable.name))

    def _show_proposal(self, variable: VariableRecipe) -> None:
        """The proposal's word on the shown variable: what was proposed and why, and whether it waits for the user."""
        proposal, state = self.proposal_for(variable.name), self._proposal_state_of(variable.name)
        differs = proposal is not None and proposal.found and proposal.variable != variable
        self.use_proposal_button.setVisible(state in (TO_CONFIRM, CHOSEN, KEPT) and differs)
        if proposal is None or not state:
            self.proposal_label.setVisible(False)
            return
        reason = escape_html(proposal.reason)
        columns = escape_html(", ".join(_sources_of(proposal.variable))) if proposal.found else ""
        heading, text = {
            CONFIDENT: (self.tr("Proposed (confident)"), self.tr("from {columns}: {reason}.")),
            CONFIRMED: (self.tr("Proposal used"), self.tr("from {columns}: {reason}.")),
            TO_CONFIRM: (
                self.tr("Proposed: please confirm"),
                self.tr("from {columns}: {reason}. Not used until you confirm it; or choose other columns below."),
            ),
            NONE_FOUND: (self.tr("No column found"), self.tr("{reason}. Choose the column(s) below.")),
            CHOSEN: (
                self.tr("Your choice"),
                self.tr("the proposal was {columns}: {reason}.") if proposal.found else self.tr("{reason}."),
            ),
            KEPT: (
                self.tr("As the recipe says"),
                self.tr("its columns are in the export. Proposed from the export: {columns} ({reason}).")
                if proposal.found and proposal.variable != variable
                else self.tr("its columns are in the export."),
            ),
        }[state]
        parts = [f"<b>{escape_html(heading)}</b>: {escape_html(text).format(columns=columns, reason=reason)}"]
        if proposal.alternatives:
            parts.append(
                escape_html(self.tr("Other columns that could make it: {columns}.")).format(
                    columns=escape_html(", ".join(proposal.alternatives))
                )
            )
        if proposal.unplaced:
            shown = ", ".join(_quoted(v) for v in proposal.unplaced[:8]) + (", …" if len(proposal.unplaced) > 8 else "")
            parts.append(
                escape_html(self.tr("Values no word list places (map them under Values): {values}.")).format(
                    values=escape_html(shown)
                )
            )
        self.proposal_label.setText("<br>".join(parts))
        self.proposal_label.setVisible(True)

    def _targets(self, variable: VariableRecipe) -> list[tuple[str, str, str]]:
        """(label the recipe writes, text shown, what the category means) for every category a value may get."""
        labels = assignable_labels(variable)
        if variable.type == "flag":
            names = {"1": self.tr("1 (yes)"), NOT_TICKED: self.tr("no (empty)")}
            return [(label, names[label], "") for label in labels]
        if variable.recoder == "country":
            regions = country_table().regions
            return [(code, f"{code} ({regions[code]})", "") for code in labels]
        return [(label, label, _category_meaning(variable, label)) for label in labels]

    def _fill_charts(self, variable: VariableRecipe, review: RecodeReview, unit: str) -> None:
        values = review.values.get(variable.name, ())
        bars = [(v.value, v.count) for v in values[:BEFORE_BARS]]
        tips = [
            self.tr('{n} {unit} have "{value}" in {column}.').format(
                n=count_text(v.count), unit=unit, value=v.value, column=v.column
            )
            for v in values[:BEFORE_BARS]
        ]
        rest = values[BEFORE_BARS:]
        if rest:
            others = sum(v.count for v in rest)
            bars.append((self.tr("{k} other values").format(k=count_text(len(rest))), others))
            tips.append(
                self.tr("{n} {unit} hold one of {k} less frequent values.").format(
                    n=count_text(others), unit=unit, k=count_text(len(rest))
                )
            )
        self.before_chart.set_bars(self.tr("Before ({unit})").format(unit=unit), bars, tips)
        after = [
            (self.tr("(empty)") if label == EMPTY_LABEL else label, n)
            for label, n in review.after.get(variable.name, ())
        ]
        after_tips = [
            " ".join(
                t
                for t in (
                    self.tr('{n} victims get "{label}" in {name}.').format(
                        n=count_text(n), label=label, name=variable.name
                    ),
                    _category_meaning(variable, label),
                )
                if t
            )
            for label, n in after
        ]
        self.after_chart.set_bars(self.tr("After (victims)"), after, after_tips)


def _category_meaning(variable: VariableRecipe, label: str) -> str:
    """The codebook's definition of a category, in the user's language when it is a shipped recipe's."""
    for category in variable.categories:
        if category.label == label and category.definition:
            return translate("Recipe", category.definition)
    return ""


def _quoted(text: str) -> str:
    """The codebook's own words (English in every language) shown as a quotation, or nothing."""
    return f"“{text}”" if text else ""


def _sources_of(variable: VariableRecipe) -> tuple[str, ...]:
    dates = (variable.birth_date, variable.registration_date) if variable.birth_date else ()
    return (*variable.source, *(d for d in dates if d))


def _files_of(export: CaseExport) -> tuple[object, ...]:
    """The files and sheets an export was read from: a proposal holds for them, whatever Stage one did since."""
    perpetrators = export.perpetrators
    return (
        export.victims.source,
        export.victims.sheet,
        None if perpetrators is None else perpetrators.source,
        None if perpetrators is None else perpetrators.sheet,
    )


def _unit(variable: VariableRecipe) -> str:
    return (
        translate("RecodePage", "perpetrator rows")
        if variable.table == "perpetrators"
        else translate("RecodePage", "victims")
    )


class CodebookVariables(QTableWidget):
    """The variables of the codebook, one row each: name, plain words, state, recoded share and rows still open
    (the page fills the rows; choosing one is `itemSelectionChanged`). Its text is the Recode page's.

    `metrics`: the page's font, which the list is sized by (a list may have a font of its own on some systems).
    """

    def __init__(self, metrics: QFontMetrics, parent: QWidget | None = None) -> None:
        super().__init__(0, 5, parent)
        self.setAccessibleName(translate("RecodePage", "Variables of the codebook"))
        self.setAccessibleDescription(
            translate(
                "RecodePage", "Choose a variable with the arrow keys; its values and bands are shown beside the list."
            )
        )
        self.setTabKeyNavigation(False)  # Tab moves on to the variable's detail, the arrows move in the list
        self.setMinimumWidth(metrics.horizontalAdvance("x" * 12))
        self.setHorizontalHeaderLabels(
            [
                translate("RecodePage", "Variable"),
                translate("RecodePage", "In words"),
                translate("RecodePage", "State"),
                translate("RecodePage", "Recoded"),
                "!",
            ]
        )
        open_header = QTableWidgetItem("!")
        open_header.setToolTip(translate("RecodePage", "Rows whose value is not mapped or is wrong."))
        self.setHorizontalHeaderItem(OPEN, open_header)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(metrics.height() + 8)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.horizontalHeader()
        for column in (NAME, STATE, RECODED, OPEN):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(LABEL, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(LABEL, LABEL_WIDTH)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)


class VariableTabs(QTabWidget):
    """What the chosen variable's values become, a tab each: the values and their categories, the bands, the
    counts before and after, the recoded rows, and how perpetrators are counted per victim (the page fills them).

    `values_assigned` (values, category) and `values_missing` (values) come from the Values tab, `bands_edited`
    (the variable with its new bands) from the Bands tab. Its text is the Recode page's.
    """

    values_assigned = Signal(list, str)
    values_missing = Signal(list)
    bands_edited = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mapping = MappingPanel()
        self.mapping.assign.connect(self.values_assigned)
        self.mapping.set_missing.connect(self.values_missing)
        self.bands = BandsEditor()
        self.bands.edited.connect(self.bands_edited)
        self.bands.setAccessibleName(translate("RecodePage", "Bands"))
        self.before_chart = FrequencyChart("#8a8a8a")
        self.after_chart = FrequencyChart("#4a7ebb")
        charts = QWidget()
        charts_layout = QHBoxLayout(charts)
        charts_layout.addWidget(self.before_chart, 1, Qt.AlignmentFlag.AlignTop)
        charts_layout.addWidget(self.after_chart, 1, Qt.AlignmentFlag.AlignTop)
        chart_scroll = QScrollArea()
        chart_scroll.setWidgetResizable(True)
        chart_scroll.setWidget(charts)
        self.preview = PreviewTable()
        self.preview.setAccessibleName(translate("RecodePage", "Recoded rows"))
        self.preview.setAccessibleDescription(
            translate("RecodePage", "The export's column beside the recoded column, row by row.")
        )
        self.rule_label = self._make_rule()
        rule_scroll = QScrollArea()
        rule_scroll.setWidgetResizable(True)
        rule_scroll.setWidget(self.rule_label)
        self.addTab(self.mapping, translate("RecodePage", "Values"))
        self.addTab(self.bands, translate("RecodePage", "Bands"))
        self.addTab(chart_scroll, translate("RecodePage", "Before and after"))
        self.addTab(self.preview, translate("RecodePage", "Recoded rows"))
        self.addTab(rule_scroll, translate("RecodePage", "Perpetrators per victim"))
        self.setMinimumHeight(MIN_TABS_HEIGHT)

    @staticmethod
    def _make_rule() -> QLabel:
        """How the perpetrators of a victim become one row, and what is lost doing so."""
        summary, loss_heading, loss = (escape_html(text) for text in aggregation_rule())
        rule = QLabel(f"<p>{summary}</p><p><b>{loss_heading}</b> {loss}</p>")
        rule.setWordWrap(True)
        rule.setTextFormat(Qt.TextFormat.RichText)
        rule.setAlignment(Qt.AlignmentFlag.AlignTop)
        rule.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # a screen reader reaches the rule from the keyboard
        rule.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        return rule
