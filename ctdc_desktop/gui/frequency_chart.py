"""A small horizontal bar chart of counts (values before recoding, categories after), drawn with QPainter.

No chart library: a few dozen bars need none, and field laptops get a smaller download. Each bar's tooltip says its
number in words.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from ctdc_desktop.gui.text_format import count_text

LABEL_SHARE = (0.3, 0.6)  # of the width, for the value or category names: at least, at most


class FrequencyChart(QWidget):
    """`set_bars(title, [(label, count), ...], tips)`: one bar per label, longest bar = largest count."""

    def __init__(self, colour: str = "#4a7ebb", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = ""
        self._bars: list[tuple[str, int]] = []
        self._tips: list[str] = []
        self._colour = QColor(colour)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

    def set_bars(self, title: str, bars: list[tuple[str, int]], tips: list[str]) -> None:
        self._title, self._bars, self._tips = title, list(bars), list(tips)
        # A screen reader gets the chart as words: its title, then each bar's sentence.
        self.setAccessibleName(title)
        self.setAccessibleDescription(" ".join(tips) or "; ".join(f"{label}: {count_text(n)}" for label, n in bars))
        self.updateGeometry()
        self.update()

    def bars(self) -> list[tuple[str, int]]:
        return list(self._bars)

    def _row_height(self) -> int:
        return self.fontMetrics().height() + 6

    def sizeHint(self) -> QSize:
        return QSize(240, self._row_height() * (len(self._bars) + 1) + 8)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def _row_at(self, y: int) -> int | None:
        row = (y - 4) // self._row_height() - 1
        return row if 0 <= row < len(self._bars) else None

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            row = self._row_at(event.pos().y())
            if row is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self._tips[row], self)
            return True
        return super().event(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        metrics = self.fontMetrics()
        height = self._row_height()
        text_colour = self.palette().color(QPalette.ColorRole.WindowText)
        painter.setPen(text_colour)
        bold = painter.font()
        bold.setBold(True)
        painter.setFont(bold)
        painter.drawText(QRect(0, 4, self.width(), height), Qt.AlignmentFlag.AlignVCenter, self._title)
        painter.setFont(self.font())
        widest = max((metrics.horizontalAdvance(label) for label, _ in self._bars), default=0) + 8
        label_width = max(int(self.width() * LABEL_SHARE[0]), min(widest, int(self.width() * LABEL_SHARE[1])))
        count_width = metrics.horizontalAdvance("0,000,000") + 8
        bar_room = max(10, self.width() - label_width - count_width - 8)
        largest = max((count for _, count in self._bars), default=0) or 1
        for row, (label, count) in enumerate(self._bars):
            top = 4 + (row + 1) * height
            shown = metrics.elidedText(label, Qt.TextElideMode.ElideRight, label_width - 6)
            painter.setPen(text_colour)
            painter.drawText(QRect(0, top, label_width - 6, height), Qt.AlignmentFlag.AlignVCenter, shown)
            length = max(1, round(bar_room * count / largest)) if count else 0
            painter.fillRect(QRect(label_width, top + 3, length, height - 6), self._colour)
            painter.drawText(
                QRect(label_width + length + 4, top, count_width, height),
                Qt.AlignmentFlag.AlignVCenter,
                count_text(count),
            )
        painter.end()
