"""A page whose content scrolls up and down, never sideways: small laptop screens (1366×768) see every part."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget


class _AsWideAsItsContent(QScrollArea):
    """A vertical-only scroll area that asks for its content's minimum width.

    A plain QScrollArea asks for almost nothing, and with no horizontal scroll bar a content squeezed below its
    minimum is cut off at the right without a sign; asking for the width instead lets the window's minimum size
    (and the test that it fits a 200 % screen) see it.
    """

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        content = self.widget()
        if content is None:
            return hint
        frame = 2 * self.frameWidth()
        width = content.minimumSizeHint().width() + self.verticalScrollBar().sizeHint().width() + frame
        return QSize(max(hint.width(), width), hint.height())

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # the content's minimum width may have changed (a file was loaded)
        return super().viewportEvent(event)


def fill_with_scrolling(page: QWidget, content: QWidget, keep_content_width: bool = False) -> QScrollArea:
    """Make `content` the whole of `page`, inside a frameless area that scrolls vertically only.

    `keep_content_width`: the page's minimum width is the content's, so nothing is ever cut off at the right.
    """
    scroll = _AsWideAsItsContent() if keep_content_width else QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setWidget(content)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    # Not a Tab stop of its own: Tab goes to the controls inside, and the area scrolls to show the one with focus.
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)
    return scroll
