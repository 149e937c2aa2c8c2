"""Every page works from the keyboard, tells a screen reader what each control is, and fits a field laptop's screen.

Walked with the sample export (tests/gui/sample_walk.py), each page is checked as it is shown with its work done:
- every control Tab can reach has an accessible name (its own text, a label's buddy, or `setAccessibleName`);
- pressing Tab from the step list visits every such control of the page, in reading order (down the page, or on to
  a column to the right), without leaving the page first;
- the window fits 1366×768 (less a taskbar) and also 683×384, which is what 1366×768 at 200 % scaling leaves.
"""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QRadioButton, QScrollArea, QWidget

from ctdc_desktop.gui.main_window import MainWindow
from tests.gui.sample_walk import walk_sample_to_export

PAGES = ("Load", "Identifiers", "Recode", "Synthesize", "Export")
TASKBAR = 40
SCREENS = {"1366×768": (1366, 768 - TASKBAR), "1366×768 at 200 %": (683, 384 - TASKBAR // 2)}
MAX_TABS = 400


def tab_stops(page: QWidget) -> list[QWidget]:
    """The controls of `page` a user can Tab to now: shown, enabled, taking focus by Tab."""
    found = []
    for widget in page.findChildren(QWidget):
        if not widget.isVisibleTo(page) or not widget.isEnabled() or not widget.isVisible():
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus or widget.focusProxy() is not None:
            continue  # (a spin box's own line edit, for one, hands its focus to the spin box)
        if isinstance(widget.parentWidget(), QAbstractScrollArea) and widget is not widget.parentWidget().viewport():
            continue  # a scroll area's own scroll bars are moved with the keys of the view, not by Tab
        found.append(widget)
    return found


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def _where(widget: QWidget) -> str:
    text = getattr(widget, "text", None)
    shown = text() if callable(text) else ""
    return f"{type(widget).__name__} {widget.objectName() or shown or widget.toolTip()[:60]!r}"


def tab_order(window: MainWindow, page: QWidget) -> list[QWidget]:
    """The page's controls in the order Tab visits them, starting from the step list."""
    window.step_list.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    visited: list[QWidget] = []
    for _ in range(MAX_TABS):
        window.focusNextChild()
        QApplication.processEvents()
        focused = QApplication.focusWidget()
        if focused is None or focused in visited or focused is window.step_list:
            break
        if page.isAncestorOf(focused):
            visited.append(focused)
    return visited


def _top_left(widget: QWidget, page: QWidget) -> QPoint:
    # Inside a scroll area the position on the page, not on the screen, is the reading position.
    return widget.mapTo(page, QPoint(0, 0))


def reading_order_breaks(order: list[QWidget], page: QWidget) -> list[str]:
    """Steps of the Tab order that go back up the page without moving on to a column further right."""
    breaks = []
    for before, after in itertools.pairwise(order):
        a, b = _top_left(before, page), _top_left(after, page)
        going_up = b.y() < a.y() - 8
        next_column = b.x() >= a.x() + before.width() - 8
        if going_up and not next_column:
            breaks.append(f"{_where(before)} → {_where(after)}")
    return breaks


def invisible_stops(window: MainWindow) -> list[QWidget]:
    """Widgets Tab or Shift+Tab give the focus to while they cannot be seen: the user loses the focus there."""
    hidden: list[QWidget] = []
    for forward in (True, False):
        window.step_list.setFocus(Qt.FocusReason.TabFocusReason)
        QApplication.processEvents()
        seen: list[QWidget] = []
        for _ in range(MAX_TABS):
            window.focusNextChild() if forward else window.focusPreviousChild()
            QApplication.processEvents()
            focused = QApplication.focusWidget()
            if focused is None or focused in seen or focused is window.step_list:
                break
            seen.append(focused)
            if not focused.isVisible() or focused.width() <= 1 or focused.height() <= 1:
                hidden.append(focused)
    return hidden


def page_problems(window: MainWindow, step: int) -> list[str]:
    page = window.pages[step]
    problems = [f"Tab stops on something unseen: {_where(w)}" for w in invisible_stops(window)]
    stops = tab_stops(page)
    problems += [f"no accessible name: {_where(w)}" for w in stops if not accessible_name(w)]
    order = tab_order(window, page)
    problems += [f"Tab never reaches: {_where(w)}" for w in stops if not _reached(w, order)]
    problems += [f"Tab goes back up: {text}" for text in reading_order_breaks(order, page)]
    return problems


def _reached(widget: QWidget, order: list[QWidget]) -> bool:
    if widget in order or _scrolled_inside(widget):
        return True
    if isinstance(widget, QRadioButton) and widget.autoExclusive():
        # Tab stops at one button of a group; the arrow keys move between its buttons.
        siblings = widget.parentWidget().findChildren(QRadioButton) if widget.parentWidget() else []
        return any(other in order for other in siblings)
    return False


def _scrolled_inside(widget: QWidget) -> bool:
    """A control inside a table's viewport (an editor) is reached through the table."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and not isinstance(parent, QScrollArea):
            return True
        parent = parent.parentWidget()
    return False


@pytest.mark.slow
def test_every_page_works_from_the_keyboard_and_names_its_controls(qtbot: Any, tmp_path: Path) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1366, 768 - TASKBAR)
    window.show()
    qtbot.waitExposed(window)
    found: dict[str, list[str]] = {}

    def look(step: int) -> None:
        qtbot.wait(50)
        found[PAGES[step]] = page_problems(window, step)

    walk_sample_to_export(qtbot, window, tmp_path, on_page=look)
    assert set(found) == set(PAGES)
    left = [f"{page} | {problem}" for page, problems in found.items() for problem in problems]
    assert left == [], f"{len(left)} keyboard or screen-reader problems:\n" + "\n".join(left)


@pytest.mark.slow
def test_every_page_fits_a_field_laptop_screen_also_at_200_percent(qtbot: Any, tmp_path: Path) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    found: list[str] = []

    def look(step: int) -> None:
        hint = window.minimumSizeHint().expandedTo(window.minimumSize())
        for screen, (width, height) in SCREENS.items():
            if hint.width() > width or hint.height() > height:
                found.append(
                    f"{PAGES[step]}: needs at least {hint.width()}×{hint.height()}, {screen} leaves {width}×{height}"
                )

    walk_sample_to_export(qtbot, window, tmp_path, on_page=look)
    assert found == []


def test_a_nameless_control_and_a_backward_tab_are_caught(qtbot: Any) -> None:
    from PySide6.QtWidgets import QLineEdit, QPushButton, QVBoxLayout

    page = QWidget()
    layout = QVBoxLayout(page)
    first, second = QPushButton("First"), QLineEdit()
    layout.addWidget(first)
    layout.addWidget(second)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    assert accessible_name(first) == "First"
    assert accessible_name(second) == ""
    assert reading_order_breaks([second, first], page) != []
    assert reading_order_breaks([first, second], page) == []
