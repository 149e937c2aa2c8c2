"""Moving between steps from the keyboard: Ctrl+PgDown / Ctrl+PgUp and the "Next step" button (issue 20,
"Keyboard")."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ctdc_desktop.gui.main_window import MainWindow
from ctdc_desktop.gui.step_page import StepState
from tests.gui.test_main_window import FakeLaterPage, FakeLoadPage


def window_with_load_done(qtbot: QtBot) -> MainWindow:
    window = MainWindow(
        load_page=FakeLoadPage(), later=[FakeLaterPage(t) for t in ("Identifiers", "Recode", "Synth", "Ex")]
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    load = window.load_page
    assert isinstance(load, FakeLoadPage)
    load.set_state(StepState.DONE)
    return window


def test_ctrl_page_down_and_up_move_between_open_steps(qtbot: QtBot) -> None:
    window = window_with_load_done(qtbot)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.stack.currentWidget().setFocus()
    qtbot.keyClick(window.stack.currentWidget(), Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentIndex() == 1
    # Recode is not open (Identifiers needs attention): the key says why and stays.
    qtbot.keyClick(window.stack.currentWidget(), Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentIndex() == 1
    assert "Identifiers" in window.statusBar().currentMessage()
    qtbot.keyClick(window.stack.currentWidget(), Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentIndex() == 0


def test_the_next_step_button_is_there_when_the_next_step_is_open(qtbot: QtBot) -> None:
    window = window_with_load_done(qtbot)
    button = window.next_step_button
    assert button.isVisible() and button.isEnabled() and button.accessibleName() + button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.stack.currentIndex() == 1
    assert not button.isEnabled()  # Recode waits for Identifiers
