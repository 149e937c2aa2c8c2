"""The shared progress panel: when a step starts, the bar and Cancel scroll into view on every page that has them,
on a 1366×768 screen and at 200 % scaling (issue 20: at 1366×768 they sat below the visible page)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget

from ctdc_desktop.gui.main_window import MainWindow
from ctdc_desktop.gui.progress_panel import ProgressPanel

TASKBAR = 40
SCREENS = {"1366×768": (1366, 768 - TASKBAR), "1366×768 at 200 %": (683, 384 - TASKBAR // 2)}


def _seen(panel: ProgressPanel) -> bool:
    """Whether the bar and Cancel are inside what every scroll area around them shows."""
    parent = panel.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            viewport = parent.viewport()
            for part in (panel.progress_bar, panel.cancel_button):
                place = QRect(part.mapTo(viewport, QPoint(0, 0)), part.size())
                if not viewport.rect().contains(place):
                    return False
        parent = parent.parentWidget()
    return True


def _scroll_to_top(widget: QWidget) -> None:
    for area in widget.findChildren(QScrollArea):
        area.verticalScrollBar().setValue(0)


@pytest.mark.parametrize("screen", SCREENS)
def test_every_page_brings_its_progress_and_cancel_into_view_when_a_step_starts(qtbot: Any, screen: str) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(*SCREENS[screen])
    window.show()
    qtbot.waitExposed(window)
    pages_with_a_panel = 0
    for row, page in enumerate(window.pages):
        window.show_step(row, even_if_closed=True)
        for panel in page.findChildren(ProgressPanel):
            pages_with_a_panel += 1
            _scroll_to_top(page)
            panel.start("Working…")
            qtbot.wait(200)  # the page makes room for the panel, and may grow as its first message wraps
            assert _seen(panel), f"{type(page).__name__}: the progress bar or Cancel is out of sight"
            panel.stop()
    assert pages_with_a_panel >= 4  # Load, Identifiers, Recode, Synthesize, Export each have one


def test_a_panel_below_a_long_page_is_scrolled_to(qtbot: Any) -> None:
    content = QWidget()
    layout = QVBoxLayout(content)
    tall = QWidget()
    tall.setMinimumHeight(2000)
    layout.addWidget(tall)
    panel = ProgressPanel()
    layout.addWidget(panel)
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(content)
    area.resize(400, 300)
    qtbot.addWidget(area)
    area.show()
    qtbot.waitExposed(area)
    panel.start("Working…")
    qtbot.waitUntil(lambda: _seen(panel), timeout=2_000)
