"""The list of steps on the left of the window: where the caseworker is, and what is done or still to do."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics, QIcon
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from ctdc_desktop.gui.step_page import StepState
from ctdc_desktop.resources import resource_path

_ICON_FILES = {
    StepState.DONE: "step-done.svg",
    StepState.NEEDS_ATTENTION: "step-attention.svg",
    StepState.NOT_AVAILABLE: "step-locked.svg",
    StepState.LATER_VERSION: "step-later.svg",
}

# The list is narrow so that the window fits 1366×768 at 200 % scaling (683 logical pixels wide); titles and state
# words wrap onto more lines instead ("Nécessite votre attention" is twice as wide as "Done").
WIDTH = 160
ICON = 22
# Room the style takes around the text of a row: the icon's gap, the item's padding, the frame, a scroll bar's edge.
TEXT_MARGIN = 44


def _state_icon(file_name: str) -> QIcon:
    icon = QIcon()
    path = str(resource_path("icons", file_name))
    # The same colours on the highlighted row: the style's tinted "selected" icon made the marks hard to tell apart.
    for mode in (QIcon.Mode.Normal, QIcon.Mode.Selected, QIcon.Mode.Active):
        icon.addFile(path, QSize(), mode)
    return icon


def gated_states(own_states: Sequence[StepState]) -> list[StepState]:
    """What each step shows: its own state once every step before it is done, otherwise not yet available.

    A step of a later version always says so (it can be opened to read what it will do), never "not available".
    """
    shown = []
    earlier_done = True
    for state in own_states:
        later = state is StepState.LATER_VERSION
        shown.append(state if earlier_done or later else StepState.NOT_AVAILABLE)
        earlier_done = earlier_done and state is StepState.DONE
    return shown


class StepList(QListWidget):
    """One row per step with an icon and a word for its state; steps that cannot open yet are greyed out."""

    step_chosen = Signal(int)

    def __init__(self, titles: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._titles = list(titles)
        self._labels: list[str] = []
        self._icons = {state: _state_icon(name) for state, name in _ICON_FILES.items()}
        self.setIconSize(QSize(ICON, ICON))
        self.setSpacing(2)
        self.setAccessibleName(self.tr("Steps"))
        self.setFixedWidth(WIDTH)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)  # rows are wrapped to fit (see `_wrapped`), never cut
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for _ in self._titles:
            QListWidgetItem(self)
        self.show_states([StepState.NOT_AVAILABLE] * len(self._titles))
        self.currentRowChanged.connect(self._row_changed)

    def state_label(self, state: StepState) -> str:
        return {
            StepState.DONE: self.tr("Done"),
            StepState.NEEDS_ATTENTION: self.tr("Needs attention"),
            StepState.NOT_AVAILABLE: self.tr("Not yet available"),
            StepState.LATER_VERSION: self.tr("In a later version"),
        }[state]

    def show_states(self, shown: Sequence[StepState]) -> None:
        """Display the given (already gated) states; a step is enabled unless it is not yet available."""
        self._labels = []
        for row, (title, state) in enumerate(zip(self._titles, shown, strict=True)):
            item = self.item(row)
            label = self.state_label(state)
            self._labels.append(label)
            text = self._wrapped(f"{row + 1}. {title}") + "\n" + self._wrapped(label)
            item.setText(text)
            lines = text.count("\n") + 1
            item.setSizeHint(QSize(WIDTH - 20, max(ICON, lines * self.fontMetrics().lineSpacing()) + 14))
            item.setIcon(self._icons[state])
            item.setData(
                Qt.ItemDataRole.AccessibleTextRole, self.tr("Step {0}, {1}: {2}").format(row + 1, title, label)
            )
            if state is StepState.NOT_AVAILABLE:
                item.setFlags(Qt.ItemFlag.NoItemFlags)
                blocker = self._first_unfinished(shown, before=row)
                tip = (
                    self.tr("Opens when “{0}” is done.").format(self._titles[blocker])
                    if blocker is not None
                    else self.tr("Not available yet.")
                )
            elif state is StepState.LATER_VERSION:
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                tip = self.tr(
                    "“{0}” arrives in a later version of CTDC Desktop; open it to read what it will do."
                ).format(title)
            else:
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                tip = self.tr("{0}: {1}").format(title, label.lower())
            item.setToolTip(tip)
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, tip)

    def shown_state(self, row: int) -> str:
        """The state word the user sees on a row (for tests and screen readers alike)."""
        return self._labels[row]

    def is_open(self, row: int) -> bool:
        return bool(self.item(row).flags() & Qt.ItemFlag.ItemIsEnabled)

    def select(self, row: int) -> None:
        """Highlight `row` without announcing it as the user's choice."""
        self.blockSignals(True)
        try:
            self.setCurrentRow(row)
        finally:
            self.blockSignals(False)

    def _wrapped(self, text: str) -> str:
        """`text` with line breaks where it must wrap beside the icon (a word too long for a line stays whole)."""
        metrics = QFontMetrics(self.font())
        room = WIDTH - ICON - TEXT_MARGIN
        lines: list[str] = []
        for word in text.split():
            if lines and metrics.horizontalAdvance(f"{lines[-1]} {word}") <= room:
                lines[-1] = f"{lines[-1]} {word}"
            else:
                lines.append(word)
        return "\n".join(lines)

    def _first_unfinished(self, shown: Sequence[StepState], before: int) -> int | None:
        return next((row for row in range(before) if shown[row] is not StepState.DONE), None)

    def _row_changed(self, row: int) -> None:
        if row >= 0 and self.is_open(row):
            self.step_chosen.emit(row)
