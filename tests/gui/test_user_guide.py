"""The in-app user guide: it opens, and its link to privacy.md opens that page in the same window."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from ctdc_desktop.gui.dialogs import UserGuideDialog

REPO = Path(__file__).resolve().parents[2]


def _click_link(qtbot: QtBot, dialog: UserGuideDialog, target: str) -> None:
    """Click the first link to `target` as a user would: scroll it into view and press the mouse on it."""
    browser = dialog.browser
    document = browser.document()
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            if fragment.charFormat().anchorHref() == target:
                cursor = QTextCursor(document)
                cursor.setPosition(fragment.position() + max(fragment.length() // 2, 0))
                browser.setTextCursor(cursor)
                browser.ensureCursorVisible()
                rect = browser.cursorRect(cursor)
                spot = QPoint(rect.center().x(), rect.center().y())
                qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=spot)
                return
            iterator += 1
        block = block.next()
    raise AssertionError(f"no link to {target} in the guide")


def test_link_to_privacy_opens_the_privacy_page(qtbot: QtBot) -> None:
    # The guide used to be set as text: its link found nothing and showed a blank page ("No document for privacy.md").
    dialog = UserGuideDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert "CTDC Desktop user guide" in dialog.browser.toPlainText()
    _click_link(qtbot, dialog, "privacy.md")
    qtbot.waitUntil(lambda: "Why the released data protects" in dialog.browser.toPlainText(), timeout=3000)
    assert dialog.browser.source().fileName() == "privacy.md"


def test_every_page_the_guide_links_to_is_in_the_wheel() -> None:
    guide = (REPO / "docs" / "user_guide.md").read_text(encoding="utf-8")
    linked = set(re.findall(r"\]\(([\w.-]+\.md)\)", guide))
    assert "privacy.md" in linked
    shipped = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["hatch"]["build"]["targets"][
        "wheel"
    ]["force-include"]
    for page in linked | {"user_guide.md"}:
        assert shipped.get(f"docs/{page}") == f"ctdc_desktop/_docs/{page}", page
