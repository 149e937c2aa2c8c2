"""The in-app user guide: it opens in the window's language (English when that language has no guide), and its link
to privacy.md opens that page, in the same language, in the same window."""

from __future__ import annotations

import re
import shutil
import sys
import tomllib
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ctdc_desktop.gui import dialogs, language
from ctdc_desktop.gui.dialogs import UserGuideDialog
from ctdc_desktop.gui.main_window import MainWindow
from tests.unit.test_installer_spec import spec_list

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


@pytest.mark.parametrize("folder", ["", "fr", "es"])
def test_every_page_the_guide_links_to_is_in_the_wheel(folder: str) -> None:
    guide = (REPO / "docs" / folder / "user_guide.md").read_text(encoding="utf-8")
    linked = set(re.findall(r"\]\(([\w.-]+\.md)\)", guide))
    assert "privacy.md" in linked
    shipped = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["hatch"]["build"]["targets"][
        "wheel"
    ]["force-include"]
    for page in linked | {"user_guide.md"}:
        source = "/".join(filter(None, ["docs", folder, page]))
        assert shipped.get(source) == source.replace("docs/", "ctdc_desktop/_docs/", 1), source


@pytest.fixture
def speaking(qapp: QApplication) -> Iterator[Callable[[str], bool]]:
    """Install a language for one test; English again afterwards, whatever happens."""
    yield language.install_language
    language.install_language(language.ENGLISH)
    assert language.current_language() == language.ENGLISH


@pytest.fixture
def french(speaking: Callable[[str], bool]) -> None:
    assert speaking("fr"), "the fr catalogue did not load: run scripts/build_translations.py release"
    assert language.current_language() == "fr"


def test_f1_opens_the_guide_in_french_and_its_link_the_french_privacy_page(qtbot: QtBot, french: None) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.user_guide_action.shortcut().toString() == "F1"
    window.user_guide_action.trigger()
    guide = window.findChild(UserGuideDialog)
    assert guide is not None
    qtbot.waitExposed(guide)
    shown = Path(guide.browser.source().toLocalFile())
    assert shown == REPO / "docs" / "fr" / "user_guide.md"
    assert "Guide d'utilisation de CTDC Desktop" in guide.browser.toPlainText()
    _click_link(qtbot, guide, "privacy.md")
    qtbot.waitUntil(lambda: guide.browser.source().fileName() == "privacy.md", timeout=3000)
    assert Path(guide.browser.source().toLocalFile()) == REPO / "docs" / "fr" / "privacy.md"
    assert "Pourquoi les données publiées protègent" in guide.browser.toPlainText()


def test_the_guide_in_spanish_is_found_by_its_language_code() -> None:
    assert dialogs.user_guide_path("es") == REPO / "docs" / "es" / "user_guide.md"
    assert dialogs.user_guide_path("en") == REPO / "docs" / "user_guide.md"


def _installation_with(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pages: list[str]) -> Path:
    """An installed copy of the docs holding only `pages` (paths under docs/), the code looking there alone."""
    docs = tmp_path / "ctdc_desktop" / "_docs"
    for page in pages:
        (docs / page).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(REPO / "docs" / page, docs / page)
    monkeypatch.setattr(dialogs, "__file__", str(tmp_path / "ctdc_desktop" / "gui" / "dialogs.py"))
    return docs


def test_a_language_without_a_guide_gets_the_english_one(
    qtbot: QtBot, french: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    docs = _installation_with(tmp_path, monkeypatch, ["user_guide.md", "privacy.md", "es/user_guide.md"])
    dialog = UserGuideDialog()
    qtbot.addWidget(dialog)
    assert Path(dialog.browser.source().toLocalFile()) == docs / "user_guide.md"
    assert "CTDC Desktop user guide" in dialog.browser.toPlainText()


def test_a_page_missing_in_the_guides_language_opens_in_english(
    qtbot: QtBot, french: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    docs = _installation_with(tmp_path, monkeypatch, ["user_guide.md", "privacy.md", "fr/user_guide.md"])
    dialog = UserGuideDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert Path(dialog.browser.source().toLocalFile()) == docs / "fr" / "user_guide.md"
    _click_link(qtbot, dialog, "privacy.md")
    qtbot.waitUntil(lambda: dialog.browser.source().fileName() == "privacy.md", timeout=3000)
    assert Path(dialog.browser.source().toLocalFile()) == docs / "privacy.md"
    assert "Why the released data protects" in dialog.browser.toPlainText()


def test_a_web_address_in_the_guide_is_not_followed(qtbot: QtBot) -> None:
    dialog = UserGuideDialog()
    qtbot.addWidget(dialog)
    dialog.browser.anchorClicked.emit(QUrl("privacy.md"))
    privacy = dialog.browser.source()
    assert privacy.fileName() == "privacy.md"
    dialog.browser.anchorClicked.emit(QUrl("https://opendp.org"))
    assert dialog.browser.source() == privacy
    assert "Why the released data protects" in dialog.browser.toPlainText()


def _heading_top(dialog: UserGuideDialog, title: str) -> float:
    document = dialog.browser.document()
    heading = next(
        block
        for block in (document.findBlockByNumber(n) for n in range(document.blockCount()))
        if block.blockFormat().headingLevel() and block.text() == title
    )
    return document.documentLayout().blockBoundingRect(heading).top()


def _assert_heading_at_the_top(qtbot: QtBot, dialog: UserGuideDialog, title: str) -> None:
    """The heading's first line is the view's first line, and stays there once Qt has finished laying the page out
    (the scroll range and the scroll bars follow the layout from the event loop)."""
    scrollbar = dialog.browser.verticalScrollBar()
    qtbot.waitUntil(lambda: _heading_top(dialog, title) == scrollbar.value(), timeout=3000)
    QApplication.processEvents()
    assert _heading_top(dialog, title) == scrollbar.value()


@pytest.mark.parametrize("code", ["en", "fr", "es"])
def test_a_link_to_a_heading_shows_that_heading(qtbot: QtBot, speaking: Callable[[str], bool], code: str) -> None:
    # Qt's Markdown reader gives headings no anchors: "see The release bundle" used to leave the page where it was.
    # Then, with some fonts, the heading stopped short of the top: the position was cut to a scroll range measured on
    # part of the page, or the page ended less than a view's height below the heading.
    assert speaking(code)
    dialog = UserGuideDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    guide = Path(dialog.browser.source().toLocalFile()).read_text(encoding="utf-8")
    title, anchor = re.findall(r"\[([^\]]+)\]\(#([^)]+)\)", guide)[0]
    assert dialog.browser.verticalScrollBar().value() == 0
    _click_link(qtbot, dialog, f"#{anchor}")
    _assert_heading_at_the_top(qtbot, dialog, title)


@pytest.mark.parametrize("size", [(720, 1400), (1200, 1000)])
def test_the_last_heading_reaches_the_top_of_a_view_taller_than_its_section(
    qtbot: QtBot, size: tuple[int, int]
) -> None:
    # "The release bundle" is the guide's last section: in a tall or wide window less than a view's height of page
    # follows it, whatever the fonts, and the page used to stop scrolling with the heading halfway down.
    dialog = UserGuideDialog()
    qtbot.addWidget(dialog)
    dialog.resize(*size)
    dialog.show()
    qtbot.waitExposed(dialog)
    document = dialog.browser.document()
    title = "The release bundle"
    section = document.documentLayout().documentSize().height() - _heading_top(dialog, title)
    assert section < dialog.browser.viewport().height(), "the view is not taller than the section: make it taller"
    _click_link(qtbot, dialog, "#the-release-bundle")
    _assert_heading_at_the_top(qtbot, dialog, title)
    # The room added below the last section goes with the page: the next page has none.
    dialog.browser.anchorClicked.emit(QUrl("privacy.md"))
    assert document.rootFrame().frameFormat().bottomMargin() == document.documentMargin()


def test_every_heading_has_the_anchor_its_links_use(qtbot: QtBot) -> None:
    dialog = UserGuideDialog()
    qtbot.addWidget(dialog)
    document = dialog.browser.document()
    names = [
        name
        for block in (document.findBlockByNumber(n) for n in range(document.blockCount()))
        for name in block.charFormat().anchorNames()
    ]
    assert names[:3] == ["ctdc-desktop-user-guide", "the-steps", "load-opening-your-export"]
    assert "looking-at-an-export-ctdc-desktop-scan" in names
    guide = (REPO / "docs" / "user_guide.md").read_text(encoding="utf-8")
    assert set(re.findall(r"\]\(#([^)]+)\)", guide)) <= set(names)
    assert dialogs.heading_anchor("Load: opening your export") == "load-opening-your-export"


@pytest.mark.parametrize("code", ["fr", "es"])
def test_a_frozen_build_finds_the_guide_of_its_language(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: str
) -> None:
    # Laid out as installer/ctdc-desktop.spec bundles DOCS: each document under docs/ keeps its language folder.
    bundle = tmp_path / "bundle"
    for name in spec_list("DOCS"):
        (bundle / "docs" / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(REPO / "docs" / name, bundle / "docs" / name)
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    monkeypatch.setattr(dialogs, "__file__", str(tmp_path / "elsewhere" / "ctdc_desktop" / "gui" / "dialogs.py"))
    assert dialogs.user_guide_path(code) == bundle / "docs" / code / "user_guide.md"
    assert (bundle / "docs" / code / "privacy.md").is_file()


@pytest.mark.parametrize("pixels", [10, 11, 12, 13, 14, 16, 20])
def test_a_link_to_a_heading_shows_it_whatever_the_font_size(qtbot: QtBot, pixels: int) -> None:
    # How far the page is laid out when the link is followed, and how much page follows the heading, depend on the
    # fonts: a few sizes stand for the fonts users have.
    dialog = UserGuideDialog()
    qtbot.addWidget(dialog)
    font = dialog.font()
    font.setPixelSize(pixels)
    dialog.setFont(font)
    dialog.show()
    qtbot.waitExposed(dialog)
    _click_link(qtbot, dialog, "#the-release-bundle")
    _assert_heading_at_the_top(qtbot, dialog, "The release bundle")
