"""The control with the keyboard focus is ringed in the highlight colour, so a keyboard user can see where they are."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ctdc_desktop.gui.focus_ring import FocusRingStyle


def _highlight_pixels(widget: QWidget) -> int:
    image = widget.grab().toImage()
    highlight = widget.palette().color(QPalette.ColorRole.Highlight)
    return sum(1 for y in range(image.height()) for x in range(image.width()) if QColor(image.pixel(x, y)) == highlight)


@pytest.mark.parametrize("make", [lambda: QPushButton("Write"), lambda: QCheckBox("Replace"), QLineEdit, QComboBox])
def test_the_focused_control_shows_a_ring_the_others_do_not(qtbot: Any, make: Any) -> None:
    style = FocusRingStyle()
    window = QWidget()
    layout = QVBoxLayout(window)
    focused, other = make(), QPushButton("Other")
    for widget in (focused, other):
        widget.setStyle(style)
        layout.addWidget(widget)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    before = _highlight_pixels(focused)
    focused.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(focused.hasFocus)
    assert _highlight_pixels(focused) > before + 20
    assert _highlight_pixels(other) == 0
