"""A focus ring a keyboard user can see: Fusion marks the control with focus so faintly that it is easily lost.

The app's style draws what the platform's style draws, then a two-pixel ring in the palette's highlight colour
around the control that has the keyboard focus (buttons, boxes, fields, lists and tables, tabs). Drawn by a proxy
style rather than a style sheet: a style sheet on a button replaces the whole of its look, not only its focus.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import QAbstractItemView, QProxyStyle, QStyle, QStyleOption, QStyleOptionComplex, QWidget

RING_WIDTH = 2

# What Fusion draws for each kind of control, and whether the ring goes around it.
_CONTROLS = {QStyle.ControlElement.CE_PushButton, QStyle.ControlElement.CE_TabBarTab}
_COMPLEX = {QStyle.ComplexControl.CC_ComboBox, QStyle.ComplexControl.CC_SpinBox, QStyle.ComplexControl.CC_ToolButton}
_PRIMITIVES = {QStyle.PrimitiveElement.PE_FrameLineEdit, QStyle.PrimitiveElement.PE_FrameFocusRect}


class FocusRingStyle(QProxyStyle):
    """The platform's own style (Fusion where there is none), with the ring added."""

    def drawControl(
        self, element: QStyle.ControlElement, option: QStyleOption, painter: QPainter, widget: QWidget | None = None
    ) -> None:
        super().drawControl(element, option, painter, widget)
        if element in _CONTROLS and _has_focus(option):
            _ring(painter, option, option.rect)
        elif (
            element is QStyle.ControlElement.CE_ShapedFrame
            and isinstance(widget, QAbstractItemView)
            and widget.hasFocus()
        ):
            # A list or table (the step list, the Identifiers columns) with the focus: the ring goes round it,
            # as the current row alone is easily missed.
            _ring(painter, option, option.rect)

    def drawComplexControl(
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawComplexControl(control, option, painter, widget)
        if control in _COMPLEX and _has_focus(option):
            _ring(painter, option, option.rect)

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element is QStyle.PrimitiveElement.PE_FrameFocusRect:
            # Check boxes, radio buttons and the current cell of a table: the ring replaces Fusion's faint dots.
            _ring(painter, option, option.rect)
            return
        super().drawPrimitive(element, option, painter, widget)
        if element in _PRIMITIVES and _has_focus(option):
            _ring(painter, option, option.rect)


def _has_focus(option: QStyleOption) -> bool:
    return bool(option.state & QStyle.StateFlag.State_HasFocus)


def _ring(painter: QPainter, option: QStyleOption, rect: QRect) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    pen = QPen(option.palette.color(QPalette.ColorRole.Highlight), RING_WIDTH)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    half = RING_WIDTH // 2
    painter.drawRect(rect.adjusted(half, half, -half, -half))
    painter.restore()
