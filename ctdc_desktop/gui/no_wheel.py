"""Spin boxes and a choice list that the mouse wheel changes only once the user has clicked or tabbed into them.

A page that scrolls is full of fields that set how strongly people are protected (k, ε, which combinations are
kept). Qt's own fields take every wheel turn that passes over them, so scrolling down a page could change k or the
fabrication control under the pointer without the user noticing. These fields take the wheel only while they have
focus; otherwise the turn goes on to the page, which scrolls. Use them wherever a number or a choice sets privacy.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QSpinBox, QWidget


def _focus_before_wheel(widget: QWidget) -> None:
    # StrongFocus: Tab and a click give focus, a wheel turn never does (Qt's default for these is WheelFocus).
    widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)


class NoWheelSpinBox(QSpinBox):
    """A whole-number field the wheel changes only while it has focus."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        _focus_before_wheel(self)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()  # the scroll area around the page gets it and scrolls


class NoWheelDoubleSpinBox(QDoubleSpinBox):
    """A decimal field the wheel changes only while it has focus."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        _focus_before_wheel(self)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()


class NoWheelComboBox(QComboBox):
    """A choice list the wheel changes only while it has focus."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        _focus_before_wheel(self)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()
