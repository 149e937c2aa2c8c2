"""The mouse wheel changes a privacy setting only once the user has clicked or tabbed into it; otherwise the page
scrolls (issue 19: scrolling down Synthesize changed "Invented combinations" under the pointer)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QScrollArea, QVBoxLayout, QWidget

from ctdc_desktop.gui.no_wheel import NoWheelComboBox, NoWheelDoubleSpinBox, NoWheelSpinBox


def turn_wheel_over(widget: QWidget, notches: int = -1) -> None:
    """One wheel turn with the pointer over `widget` (negative: towards the user, i.e. scroll down).

    Delivered as Qt delivers a real turn: to the widget under the pointer, then to each parent in turn while the
    event is ignored (an event sent from a test is not "spontaneous", so Qt itself would stop at the first widget).
    """
    target: QWidget | None = widget
    position = QPointF(widget.rect().center())
    while target is not None:
        event = QWheelEvent(
            position,
            QPointF(target.mapToGlobal(position.toPoint())),
            QPoint(0, 0),
            QPoint(0, 120 * notches),
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        event.setAccepted(True)  # as Qt does before each delivery; a widget that does not want it ignores it
        QApplication.sendEvent(target, event)
        if event.isAccepted() or target.isWindow():
            return
        position = QPointF(target.mapToParent(position.toPoint()))
        target = target.parentWidget()


def _page_with(qtbot: Any, field: QWidget) -> QScrollArea:
    content = QWidget()
    layout = QVBoxLayout(content)
    spacer = QWidget()
    spacer.setMinimumHeight(600)
    layout.addWidget(spacer)
    layout.addWidget(field)
    spacer2 = QWidget()
    spacer2.setMinimumHeight(600)
    layout.addWidget(spacer2)
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(content)
    area.resize(300, 400)
    qtbot.addWidget(area)
    area.show()
    qtbot.waitExposed(area)
    area.ensureWidgetVisible(field)
    return area


def test_the_wheel_over_an_unfocused_field_scrolls_the_page_and_changes_nothing(qtbot: Any) -> None:
    spin, decimal, choice = NoWheelSpinBox(), NoWheelDoubleSpinBox(), NoWheelComboBox()
    spin.setRange(0, 100)
    spin.setValue(50)
    decimal.setRange(0, 100)
    decimal.setValue(50)
    choice.addItems(["one", "two", "three"])
    choice.setCurrentIndex(1)
    for field, value in ((spin, spin.value), (decimal, decimal.value), (choice, choice.currentIndex)):
        area = _page_with(qtbot, field)
        assert field.focusPolicy() == Qt.FocusPolicy.StrongFocus
        before, scrolled = value(), area.verticalScrollBar().value()
        turn_wheel_over(field)
        assert value() == before, type(field).__name__
        assert not field.hasFocus()  # the wheel never gives focus
        assert area.verticalScrollBar().value() > scrolled, "the page should scroll instead"


def test_the_wheel_changes_a_field_the_user_clicked_into(qtbot: Any) -> None:
    spin = NoWheelSpinBox()
    spin.setRange(0, 100)
    spin.setValue(50)
    area = _page_with(qtbot, spin)
    qtbot.mouseClick(spin, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(spin.hasFocus)
    scrolled = area.verticalScrollBar().value()
    turn_wheel_over(spin, notches=1)
    assert spin.value() == 51
    assert area.verticalScrollBar().value() == scrolled


def test_choices_that_set_what_is_released_elsewhere_ignore_the_wheel_too(qtbot: Any) -> None:
    # The Recode page's recipe and value-target choices, Stage one's remove/transform/keep choice: each decides what
    # reaches a release, so a wheel turn while scrolling past them must not change them.
    from ctdc_desktop.gui.identifier_detail import ColumnDetail
    from ctdc_desktop.gui.mapping_table import MappingPanel
    from ctdc_desktop.gui.recode_page import RecodePage

    recode = RecodePage()
    qtbot.addWidget(recode)
    boxes = [recode.recipe_box]
    for make in (MappingPanel, ColumnDetail):
        widget = make()
        qtbot.addWidget(widget)
        boxes += [box for box in widget.findChildren(QWidget) if isinstance(box, NoWheelComboBox)]
    assert len(boxes) >= 4 and all(isinstance(box, NoWheelComboBox) for box in boxes)
    for box in boxes:  # and each really ignores a wheel turn while it has no focus
        if box.count() < 2:
            box.addItems(["first", "second"])
        box.setCurrentIndex(0)
        before = box.currentIndex()
        turn_wheel_over(box)
        assert box.currentIndex() == before
    recode.shutdown()
