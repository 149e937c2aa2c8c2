"""Spin boxes and a choice list that the mouse wheel changes only once the user has clicked or tabbed into them.

A page that scrolls is full of fields that set how strongly people are protected (k, ε, which combinations are
kept). Qt's own fields take every wheel turn that passes over them, so scrolling down a page could change k or the
fabrication control under the pointer without the user noticing. These fields take the wheel only while they have
focus; otherwise the turn goes on to the page, which scrolls. Use them wherever a number or a choice sets privacy.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QSpinBox, QWidget


class _WheelOnlyWithFocus:
    """What the three fields share: focus by Tab or click only, and the wheel passed on to the page until then.
    A plain mixin listed before the Qt class in each field's bases (PySide6 allows one Qt base per class), so its
    `wheelEvent` is the one Qt calls."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)  # type: ignore[call-arg]  # the Qt field after this mixin takes the parent
        # StrongFocus: Tab and a click give focus, a wheel turn never does (Qt's default for these is WheelFocus).
        cast(QWidget, self).setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if cast(QWidget, self).hasFocus():
            super().wheelEvent(event)  # type: ignore[misc]  # the Qt field's own handler
        else:
            event.ignore()  # the scroll area around the page gets it and scrolls


class NoWheelSpinBox(_WheelOnlyWithFocus, QSpinBox):
    """A whole-number field the wheel changes only while it has focus."""


class NoWheelDoubleSpinBox(_WheelOnlyWithFocus, QDoubleSpinBox):
    """A decimal field the wheel changes only while it has focus."""


class NoWheelComboBox(_WheelOnlyWithFocus, QComboBox):
    """A choice list the wheel changes only while it has focus."""
