"""What a user can read on a page, and which of it is still English while another language is chosen.

A text counts as English when it equals a source text of the catalogues whose translation differs, when it holds
a number written the English way ("2,000", "81.4%": in French the first reads as two), or words that only English
uses ("the", "your", "records", ...). Data (column names, cell values, codebook labels, file names) may be English
in any language: its words are allowed, and quoted parts (“…”) are the data's own.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Iterator

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QTabWidget,
    QWidget,
)

# Words French and Spanish never use, and English text can hardly do without.
_ENGLISH_WORDS = (
    "the and of with this that from your you which what be each will are is its these those when how only into by "
    "records record columns column step steps file files before after here there were was has have been than "
    "then who why yet not more less shown choose make kept keep remove removed found values value synthetic "
    "release"
)
ENGLISH_ONLY = frozenset(_ENGLISH_WORDS.split())
_TAG = re.compile(r"<[^>]+>")
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"|«[^»]*»")
_WORD = re.compile(r"[A-Za-z]+")
# "2,000" or "81.4%": in French and Spanish the first reads as two, the second is written "81,4 %".
# English thousands start with a digit other than 0 ("0,142" is a French or Spanish decimal).
_ENGLISH_NUMBER = re.compile(r"(?<![\d,.])[1-9]\d{0,2}(?:,\d{3})+(?![\d,])|\d\.\d+\s?%")


def _plain(text: str) -> str:
    return html.unescape(_TAG.sub(" ", text)).replace("&", "")


def visible_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every text a user can see or hover under `root`: labels, buttons, titles, tabs, tips,
    placeholders, choices, table headers, and the menu bar of a main window."""
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        name = f"{type(widget).__name__} {widget.objectName()}".strip()
        if widget.toolTip():
            yield f"{name} tooltip", widget.toolTip()
        if widget.accessibleName():
            yield f"{name} accessible name", widget.accessibleName()
        if isinstance(widget, QLabel | QAbstractButton):
            yield name, widget.text()
        elif isinstance(widget, QGroupBox):
            yield name, widget.title()
        elif isinstance(widget, QLineEdit):
            yield f"{name} placeholder", widget.placeholderText()
        elif isinstance(widget, QComboBox):
            for row in range(widget.count()):
                yield f"{name} item {row}", widget.itemText(row)
                tip = widget.itemData(row, Qt.ItemDataRole.ToolTipRole)
                if isinstance(tip, str):
                    yield f"{name} item {row} tooltip", tip
        elif isinstance(widget, QTabWidget):
            for tab in range(widget.count()):
                yield f"{name} tab {tab}", widget.tabText(tab)
                yield f"{name} tab {tab} tooltip", widget.tabToolTip(tab)
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            columns = model.columnCount(QModelIndex()) if not isinstance(widget, QListView) else 0
            for column in range(columns):
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = model.headerData(column, Qt.Orientation.Horizontal, role)
                    if isinstance(value, str):
                        yield f"{name} header {column}", value
        if isinstance(widget, QMainWindow):
            for menu_action in widget.menuBar().actions():
                yield f"menu {menu_action.text()}", menu_action.text()
                menu = menu_action.menu()
                for action in menu.actions() if menu is not None else []:
                    yield f"menu item {action.text()}", action.text()


def english_leftovers(
    texts: Iterable[tuple[str, str]], english_sources: set[str], data_words: set[str]
) -> list[tuple[str, str]]:
    """The texts that are still English: a catalogue source shown as is, or holding English-only words that are not
    the data's own."""
    found = []
    for where, text in texts:
        if not text.strip():
            continue
        if text in english_sources:
            found.append((where, text))
            continue
        plain = _QUOTED.sub(" ", _plain(text))
        words = {w.lower() for w in _WORD.findall(plain)} - data_words
        english = sorted(words & ENGLISH_ONLY)
        if len(english) >= 1:
            found.append((where, f"{text}  [English words: {', '.join(english)}]"))
        elif _ENGLISH_NUMBER.search(plain):
            found.append((where, f"{text}  [a number written the English way]"))
    return found
