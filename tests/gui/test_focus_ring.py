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


def _edge_highlight_pixels(widget: QWidget) -> int:
    """Highlight-coloured pixels on the widget's outer two-pixel edge (a selected row inside is not counted)."""
    image = widget.grab().toImage()
    highlight = widget.palette().color(QPalette.ColorRole.Highlight)
    width, height = image.width(), image.height()
    edge = [(x, y) for x in range(width) for y in (0, 1, height - 2, height - 1)]
    edge += [(x, y) for y in range(height) for x in (0, 1, width - 2, width - 1)]
    return sum(1 for x, y in edge if QColor(image.pixel(x, y)) == highlight)


@pytest.mark.parametrize("kind", ["list", "table"])
def test_a_focused_list_or_table_is_ringed(qtbot: Any, kind: str) -> None:
    """The step list and the Identifiers column table (issue 20, "Keyboard")."""
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QListWidget, QTableView

    style = FocusRingStyle()
    window = QWidget()
    layout = QVBoxLayout(window)
    if kind == "list":
        view: Any = QListWidget()
        view.addItems(["1. Load", "2. Identifiers"])
        view.setCurrentRow(0)
    else:
        view = QTableView()
        model = QStandardItemModel(3, 2, view)
        view.setModel(model)
    other = QPushButton("Other")
    for widget in (view, other):
        widget.setStyle(style)
        layout.addWidget(widget)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    other.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(other.hasFocus)
    before = _edge_highlight_pixels(view)
    view.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(view.hasFocus)
    assert _edge_highlight_pixels(view) > before + 100
