"""The whole Identifiers review without a mouse: choose a row with the arrow keys, Tab to the decision, choose one
with the keys, type the reason for keeping a flagged column, accept the proposals and remove the identifiers with
their Alt shortcuts. On the sample export (resources/sample, invented people)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QThreadPool, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit
from pytestqt.qtbot import QtBot

from ctdc_desktop.core.identifiers import Action
from ctdc_desktop.gui.identifiers_page import IdentifiersPage
from ctdc_desktop.gui.step_page import StepState
from tests.gui.test_identifiers_page import TIMEOUT_MS, _page, detection_once_per_export, reviewed, sample

__all__ = ["detection_once_per_export", "sample"]  # fixtures shared with the page's own tests


@pytest.fixture
def page(qtbot: QtBot) -> Iterator[IdentifiersPage]:
    page = _page(qtbot)
    page.activateWindow()
    qtbot.waitActive(page)
    yield page
    page.shutdown()
    QThreadPool.globalInstance().waitForDone()


def _type_into_dialog(text: str, seen: list[bool]) -> None:
    """Type `text` into the keep question as a user does, then press Enter; `seen` gets whether the answer box had
    the focus as the question opened (asserted by the test: an assert here would leave the dialog open)."""
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QInputDialog) and w.isVisible()]
    if not dialogs:
        QTimer.singleShot(20, lambda: _type_into_dialog(text, seen))
        return
    edit = dialogs[0].findChild(QLineEdit)
    if edit is None:
        dialogs[0].reject()
        return
    seen.append(dialogs[0].focusWidget() is edit)
    QTest.keyClicks(edit, text)
    QTest.keyClick(edit, Qt.Key.Key_Return)


def test_the_whole_review_works_from_the_keyboard(page: IdentifiersPage, qtbot: QtBot, sample: object) -> None:
    reviewed(page, qtbot, sample)  # type: ignore[arg-type]
    columns = page.columns
    columns.setFocus(Qt.FocusReason.TabFocusReason)

    # Choosing a row: the arrow keys move the current row, and the detail follows.
    qtbot.keyClick(columns, Qt.Key.Key_Home)
    first = page.current_row()
    qtbot.keyClick(columns, Qt.Key.Key_Down)
    second = page.current_row()
    assert first is not None and second is not None and second is not first
    assert page.model.rows().index(second) == 1

    # Go down to the salutation, a flagged column; Tab reaches its decision next.
    while (row := page.current_row()) is not None and row.name != "prs_Salutation":
        qtbot.keyClick(columns, Qt.Key.Key_Down)
    assert row is not None and row.review.flagged and row.undecided
    columns.focusNextChild()
    assert QApplication.focusWidget() is page.detail.choice

    # Choosing a decision with the keys: the first option after "Not decided yet" is Remove.
    qtbot.keyClick(page.detail.choice, Qt.Key.Key_Down)
    assert row.decision is not None and row.decision.action is Action.REMOVE

    # Keeping it asks why; the reason is typed and confirmed with Enter.
    focused: list[bool] = []
    QTimer.singleShot(20, lambda: _type_into_dialog("Only Mr or Ms", focused))
    qtbot.keyClick(page.detail.choice, Qt.Key.Key_End)
    assert focused == [True]
    assert row.decision is not None and row.decision.action is Action.KEEP
    assert row.decision.reason == "Only Mr or Ms"

    # Accepting the proposals and removing the identifiers by their Alt shortcuts.
    assert page.accept_button.isEnabled()
    # The page's window is active again once the question closes (the offscreen platform needs telling).
    page.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    page.detail.choice.setFocus()
    qtbot.keyClick(page.detail.choice, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: not page.accept_button.isEnabled())  # a shortcut "clicks" after a short animation
    assert page.undecided_rows() == []
    qtbot.keyClick(page.detail.choice, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: page.state() is StepState.DONE and not page.is_busy(), timeout=TIMEOUT_MS)
    result = page.result()
    assert result is not None and result.kept >= 1


def test_the_labels_name_their_boxes_and_take_alt_shortcuts(
    page: IdentifiersPage, qtbot: QtBot, sample: object
) -> None:
    reviewed(page, qtbot, sample)  # type: ignore[arg-type]
    assert page.detail.choice_label.buddy() is page.detail.choice
    page.columns.setFocus()
    qtbot.keyClick(page.columns, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is page.detail.choice
    assert page.columns.accessibleName() and page.victims_before.accessibleName()
