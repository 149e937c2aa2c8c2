"""A small horizontal bar chart drawn with QPainter: a title, one bar per label, the value written beside it.

Enough for the Synthesize page's few figures without a charting dependency. The numbers are also in the chart's
tooltip and accessible description, so a screen reader (or someone who cannot tell the colours apart) gets them too.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from ctdc_desktop.core.number_format import format_number

BAR_COLOUR = QColor("#3b6ea5")
TRACK_COLOUR = QColor("#e4e9ef")
ROW_HEIGHT = 22
PADDING = 6


def share_text(value: float) -> str:
    return format_number(value, ".0%")


def number_text(value: float) -> str:
    return format_number(value, ",.1f" if value < 100 else ",.0f")


class BarChart(QWidget):
    def __init__(self, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = title
        self._bars: list[tuple[str, float]] = []
        self._maximum: float | None = None
        self._format: Callable[[float], str] = number_text
        self._colours: list[QColor] = []
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        # The title wraps rather than being cut off (a French title is half as long again): its height follows the
        # width the chart is given.
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def set_bars(
        self,
        bars: Sequence[tuple[str, float]],
        maximum: float | None = None,
        value_text: Callable[[float], str] = number_text,
        colours: Sequence[QColor] = (),
    ) -> None:
        """Show `bars` (label, value ≥ 0); `maximum` is the full width (default: the largest value)."""
        self._bars = [(label, max(0.0, float(value))) for label, value in bars]
        self._maximum = maximum
        self._format = value_text
        self._colours = list(colours)
        described = "; ".join(f"{label}: {value_text(value)}" for label, value in self._bars)
        self.setToolTip(f"{self._title}\n{described}" if self._title else described)
        self.setAccessibleName(self._title)
        self.setAccessibleDescription(described)
        self.updateGeometry()
        self.update()

    def bars(self) -> list[tuple[str, float]]:
        return list(self._bars)

    def title(self) -> str:
        return self._title

    def _title_height(self, width: int) -> int:
        if not self._title:
            return 0
        bold = QFont(self.font())
        bold.setBold(True)
        wrapped = QFontMetrics(bold).boundingRect(
            QRect(0, 0, max(width, 1), 10_000), Qt.TextFlag.TextWordWrap, self._title
        )
        return max(ROW_HEIGHT, wrapped.height() + PADDING)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._title_height(width) + ROW_HEIGHT * max(1, len(self._bars)) + PADDING

    def resizeEvent(self, event: QResizeEvent) -> None:
        # Not every layout asks heightForWidth (a grid keeps a row's height): ask again when the title rewraps.
        if self._title_height(event.size().width()) != self._title_height(event.oldSize().width()):
            self.updateGeometry()
        super().resizeEvent(event)

    def sizeHint(self) -> QSize:
        return QSize(260, self.heightForWidth(max(self.width(), 260)))

    def minimumSizeHint(self) -> QSize:
        return QSize(160, self.heightForWidth(max(self.width(), 160)))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        metrics = QFontMetrics(self.font())
        y = 0.0
        if self._title:
            bold = self.font()
            bold.setBold(True)
            painter.setFont(bold)
            painter.setPen(palette.windowText().color())
            title_height = self._title_height(self.width())
            painter.drawText(
                QRectF(0, 0, self.width(), title_height),
                Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap,
                self._title,
            )
            painter.setFont(self.font())
            y = float(title_height)
        if not self._bars:
            painter.setPen(palette.placeholderText().color())
            painter.drawText(QRectF(0, y, self.width(), ROW_HEIGHT), Qt.AlignmentFlag.AlignVCenter, "—")
            return
        label_width = min(self.width() * 0.5, max(metrics.horizontalAdvance(label) for label, _ in self._bars) + 16)
        value_width = max(metrics.horizontalAdvance(self._format(value)) for _, value in self._bars) + 8
        track = max(10.0, self.width() - label_width - value_width)
        top = self._maximum if self._maximum is not None else max(value for _, value in self._bars)
        for index, (label, value) in enumerate(self._bars):
            row = QRectF(0, y + index * ROW_HEIGHT, self.width(), ROW_HEIGHT)
            painter.setPen(palette.windowText().color())
            shown = metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(label_width) - 6)
            painter.drawText(row.adjusted(0, 0, -(self.width() - label_width), 0), Qt.AlignmentFlag.AlignVCenter, shown)
            bar = QRectF(label_width, row.top() + 4, track, ROW_HEIGHT - 8)
            painter.fillRect(bar, TRACK_COLOUR)
            share = min(1.0, value / top) if top > 0 else 0.0
            colour = self._colours[index % len(self._colours)] if self._colours else BAR_COLOUR
            painter.fillRect(QRectF(bar.left(), bar.top(), bar.width() * share, bar.height()), colour)
            painter.drawText(
                QRectF(label_width + track + 6, row.top(), value_width, ROW_HEIGHT),
                Qt.AlignmentFlag.AlignVCenter,
                self._format(value),
            )
