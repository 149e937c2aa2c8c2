"""The one progress-and-cancel widget: a bar, a line saying what is happening, and a Cancel button.

Any page that runs a `StepWorker` shows its progress here: `follow(worker)` connects the two, and the panel shows
itself while the worker is busy. Cancel asks the worker to stop; the step stops at its next check. When a step starts,
a page that scrolls (a 1366×768 screen, or 200 % scaling) is scrolled to show the bar and Cancel: a user who cannot
see them cannot tell the program is working, nor stop it.
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ctdc_desktop.gui.worker import StepWorker

KEEP_IN_VIEW_SECONDS = 1.0  # after a step starts, how long the page keeps scrolling to the panel as it grows


class ProgressPanel(QWidget):
    cancel_clicked = Signal()

    def __init__(self, cancel_tip: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._subject = ""
        self._keep_in_view_until = 0.0
        self._following_page_height = False
        self.progress_bar = QProgressBar()
        self.progress_bar.setTextVisible(False)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        # Messages can quote a column name of hundreds of characters without a space ("Victim records: <name>:
        # reading"); such a line cannot wrap, and must be cut rather than widen the whole window.
        self.status_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setToolTip(cancel_tip or self.tr("Stop this step. Nothing is changed."))
        self.cancel_button.clicked.connect(self.cancel_clicked)
        bar_row = QHBoxLayout()
        bar_row.setContentsMargins(0, 0, 0, 0)
        bar_row.addWidget(self.progress_bar, 1)
        bar_row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar_row)
        layout.addWidget(self.status_label)
        self.setVisible(False)

    def follow(self, worker: StepWorker[Any]) -> None:
        """Show `worker`'s progress while it is busy, and let Cancel stop it."""
        worker.progress_changed.connect(self.show_progress)
        worker.busy_changed.connect(self._busy_changed)
        self.cancel_clicked.connect(worker.cancel)

    def _busy_changed(self, busy: bool) -> None:
        if busy:
            self.scroll_into_view()
        else:
            self.stop()

    def scroll_into_view(self) -> None:
        """Scroll the page (if it scrolls) so that the bar, its message and Cancel are seen.

        The page makes room for the panel only after control returns to the event loop, and may grow again as the
        first messages wrap; so for a moment after the start, every change of the page's height scrolls again."""
        area = self._scroll_area()
        if area is None:
            return
        self._keep_in_view_until = time.monotonic() + KEEP_IN_VIEW_SECONDS
        if not self._following_page_height:
            area.verticalScrollBar().rangeChanged.connect(self._page_height_changed)
            self._following_page_height = True
        QTimer.singleShot(0, self, self._scroll_into_view)  # dropped if the panel is deleted first

    def _scroll_area(self) -> QScrollArea | None:
        parent = self.parentWidget()
        while parent is not None:
            if isinstance(parent, QScrollArea):
                content = parent.widget()
                if content is not None and content.isAncestorOf(self):
                    return parent
            parent = parent.parentWidget()
        return None

    def _page_height_changed(self) -> None:
        if time.monotonic() < self._keep_in_view_until:
            QTimer.singleShot(0, self, self._scroll_into_view)  # dropped if the panel is deleted first

    def _scroll_into_view(self) -> None:
        area = self._scroll_area()
        if area is not None and self.isVisible():
            area.ensureWidgetVisible(self, 0, 24)

    def start(self, text: str, subject: str = "") -> None:
        """Show a busy bar with `text`; later messages are prefixed with `subject` (a file name) when given."""
        self._subject = subject
        self.status_label.setText(text)
        self.progress_bar.setRange(0, 0)  # busy until the step says how far it is
        self.setVisible(True)
        self.scroll_into_view()

    def show_progress(self, done: int, total: int, message: str) -> None:
        if total > 0:
            self.progress_bar.setRange(0, 1000)
            self.progress_bar.setValue(min(1000, done * 1000 // total))
        else:
            self.progress_bar.setRange(0, 0)
        if message:
            self.status_label.setText(f"{self._subject}: {message}" if self._subject else message)
        self.setVisible(True)

    def stop(self, message: str = "") -> None:
        """Hide the bar; keep `message` (if any) as the last word."""
        if message:
            self.status_label.setText(f"{self._subject}: {message}" if self._subject else message)
        self.setVisible(False)
