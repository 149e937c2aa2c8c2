"""The window's small dialogs: About, the user guide, and the questions asked when opening files.

Each question is a plain function returning the answer (or None when the user cancels), so the window reads
as a sequence of decisions and tests can answer a question by replacing one function.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QIcon, QTextBlock, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ctdc_desktop import __version__
from ctdc_desktop.core.load.decisions import SourceFile, SourceRole
from ctdc_desktop.core.project import PROJECT_SUFFIX
from ctdc_desktop.core.translation import translate
from ctdc_desktop.crash_report import write_crash_report
from ctdc_desktop.gui.language import ENGLISH, current_language
from ctdc_desktop.resources import resource_path

# .xls too: older case systems still write it, and the reader (and the Load page's own dialog) accept it.
EXPORT_SUFFIXES = (".csv", ".tsv", ".txt", ".xlsx", ".xlsm", ".xls")


def app_icon() -> QIcon:
    return QIcon(str(resource_path("icons", "app.svg")))


def is_export(path: Path) -> bool:
    return path.suffix.lower() in EXPORT_SUFFIXES


def is_project(path: Path) -> bool:
    return path.suffix.lower() == PROJECT_SUFFIX


def export_filter() -> str:
    patterns = " ".join(f"*{suffix}" for suffix in EXPORT_SUFFIXES)
    return translate("Dialogs", "Case exports ({0});;All files (*)").format(patterns)


def _project_filter() -> str:
    return translate("Dialogs", "CTDC projects (*{0})").format(PROJECT_SUFFIX)


def choose_export(parent: QWidget, folder: str) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, translate("Dialogs", "Open a case export"), folder, export_filter())
    return Path(name) if name else None


def choose_project_to_open(parent: QWidget, folder: str) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, translate("Dialogs", "Open a project"), folder, _project_filter())
    return Path(name) if name else None


def choose_project_to_save(parent: QWidget, suggestion: str) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(
        parent, translate("Dialogs", "Save the project"), suggestion, _project_filter()
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == PROJECT_SUFFIX else path.with_name(path.name + PROJECT_SUFFIX)


def locate_moved_source(parent: QWidget, source: SourceFile, folder: str) -> Path | None:
    """Ask where a project's source file is now; any export with the same columns will do."""
    what = (
        translate("Dialogs", "victims") if source.role is SourceRole.VICTIMS else translate("Dialogs", "perpetrators")
    )
    QMessageBox.information(
        parent,
        translate("Dialogs", "Source file not found"),
        translate(
            "Dialogs",
            "The {0} file of this project is not where it was:\n{1}\n\n"
            "Please show where it is now. You can also pick a newer export with the same columns: "
            "every choice saved in the project is applied to it.",
        ).format(what, source.path),
    )
    caption = translate("Dialogs", "Where is “{0}” ({1}) now?").format(source.path.name, what)
    name, _ = QFileDialog.getOpenFileName(parent, caption, folder, export_filter())
    return Path(name) if name else None


def ask_role_of_second_file(parent: QWidget, path: Path, victims: Path) -> SourceRole | None:
    """Victims are loaded already: does the new file hold their perpetrators, or replace the victims?"""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("Dialogs", "Open export"))
    box.setText(
        translate("Dialogs", "Victims are already loaded from “{0}”. What is in “{1}”?").format(victims.name, path.name)
    )
    box.setInformativeText(
        translate(
            "Dialogs",
            "Perpetrators: one row per perpetrator, with the case ID of their victim. Victims: replaces the file.",
        )
    )
    perpetrators = box.addButton(
        translate("Dialogs", "Perpetrators of these victims"), QMessageBox.ButtonRole.AcceptRole
    )
    victims_button = box.addButton(translate("Dialogs", "Victims (replace)"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(perpetrators)
    box.exec()
    if box.clickedButton() is perpetrators:
        return SourceRole.PERPETRATORS
    if box.clickedButton() is victims_button:
        return SourceRole.VICTIMS
    return None


def ask_to_save_changes(parent: QWidget, project: Path | None) -> bool | None:
    """Before closing or opening another project: True to save the choices, False to let them go, None to stay."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("Dialogs", "Save your choices?"))
    if project is None:
        box.setText(translate("Dialogs", "Save the files you opened and the choices you made as a project first?"))
    else:
        box.setText(translate("Dialogs", "Save the changes to the project “{0}” first?").format(project.name))
    box.setInformativeText(
        translate("Dialogs", "A project holds your choices, never the data. Without it you choose again next time.")
    )
    box.setStandardButtons(
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel
    )
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    answer = box.exec()
    if answer == QMessageBox.StandardButton.Save:
        return True
    if answer == QMessageBox.StandardButton.Discard:
        return False
    return None


def show_error(parent: QWidget, title: str, message: str) -> None:
    QMessageBox.warning(parent, title, message)


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About CTDC Desktop"))
        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(64, 64))
        text = QLabel(
            self.tr(
                "<h3>CTDC Desktop {0}</h3>"
                "<p>Turns a counter-trafficking case export into de-identified, CTDC-style release data: "
                "identifiers removed, categories recoded, and synthetic records that belong to no real person.</p>"
                "<p>It works entirely offline. It never sends anything over a network, never changes your "
                "export, and its project files hold your choices, never the data.</p>"
                "<p>Release formats follow the Counter Trafficking Data Collaborative codebooks "
                "(Global Synthetic Data, 2021; Global Victim-Perpetrator Synthetic Data, 2022).</p>"
            ).format(__version__)
        )
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(icon)
        layout.addWidget(text)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)


def user_guide_path(language: str | None = None) -> Path | None:
    """docs/user_guide.md in `language` (the window's, by default) from a source checkout, an installed wheel or a
    frozen bundle; the English guide when that language has none; None when no guide was shipped at all.

    A translation lives beside the English guide in a folder named by its language code (docs/fr/user_guide.md),
    with its own privacy.md, so the guide's relative links open pages of the same language.
    """
    code = language if language is not None else current_language()
    roots = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        roots.append(Path(frozen_root) / "docs")
    package_dir = Path(__file__).resolve().parents[1]
    roots += [package_dir.parent / "docs", package_dir / "_docs"]
    folders = [code, ""] if code != ENGLISH else [""]
    candidates = [root / folder / "user_guide.md" for folder in folders for root in roots]
    return next((path for path in candidates if path.is_file()), None)


def heading_anchor(heading: str) -> str:
    """The anchor Markdown viewers (GitHub's rule) give a heading: lower case, no punctuation, '-' for spaces. The
    guides' `#anchor` links are written that way, the translated ones from their translated headings."""
    text = heading.strip().lower()
    return "".join(c for c in text if c in " -_" or c.isalnum()).replace(" ", "-")


class UserGuideDialog(QDialog):
    """The user guide beside the window (not modal), so a caseworker can read it while working."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("CTDC Desktop user guide"))
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)  # offline: a link must not start a browser towards the internet
        # Links are followed here, not by the browser: a page missing in this language opens in English, and a web
        # address (the references of privacy.md) is not opened at all rather than showing a blank page.
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._follow_link)
        # The anchors given to the headings are edits of a read-only page: nothing to undo.
        self.browser.document().setUndoRedoEnabled(False)
        self.browser.sourceChanged.connect(self._name_headings)
        path = user_guide_path()
        self._english_folder = None if path is None else (user_guide_path(ENGLISH) or path).parent
        if path is None:
            self.browser.setPlainText(
                self.tr(
                    "The user guide (docs/user_guide.md) is missing from this installation. Reinstall CTDC Desktop."
                )
            )
        else:
            # Loaded as a source (not as text) so that its links to other pages beside it (privacy.md) open here too.
            self.browser.setSearchPaths([str(path.parent)])
            self.browser.setSource(QUrl.fromLocalFile(str(path)), QTextDocument.ResourceType.MarkdownResource)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(720, 640)

    def _follow_link(self, link: QUrl) -> None:
        target = self.browser.source().resolved(link)
        if not target.isLocalFile():
            return
        page = Path(target.toLocalFile())
        if not page.is_file() and self._english_folder is not None:
            page = self._english_folder / page.name  # this page is not translated yet
        if page != Path(self.browser.source().toLocalFile()):
            self.browser.setSource(QUrl.fromLocalFile(str(page)), QTextDocument.ResourceType.MarkdownResource)
        if target.hasFragment():
            self._scroll_to_heading(target.fragment(QUrl.ComponentFormattingOption.FullyDecoded))

    def _name_headings(self) -> None:
        """Give each heading of the page just loaded the anchor its `#links` use: Qt's Markdown reader gives headings
        none. A repeated heading gets -1, -2, ... after its anchor, as on GitHub."""
        document = self.browser.document()
        seen: dict[str, int] = {}
        block = document.begin()
        while block.isValid():
            if block.blockFormat().headingLevel():
                name = heading_anchor(block.text())
                repeats = seen.get(name, 0)
                seen[name] = repeats + 1
                anchor = QTextCharFormat()
                anchor.setAnchor(True)
                anchor.setAnchorNames([f"{name}-{repeats}" if repeats else name])
                QTextCursor(block).mergeBlockCharFormat(anchor)
            block = block.next()

    def _scroll_to_heading(self, anchor: str) -> None:
        """Put the heading `anchor` names at the top of the view."""
        document = self.browser.document()
        layout = document.documentLayout()
        heading = self._heading_named(anchor.lower())
        if heading is None:
            return
        # The page is laid out a piece at a time and the scroll range follows later, from the event loop: a position
        # set now is cut to a range measured on part of the page. documentSize() lays out all of it, and
        # scrollToAnchor() brings the range up to date before it scrolls.
        below_heading = layout.documentSize().height() - layout.blockBoundingRect(heading).top()
        # A heading near the end (the guide's last section) can only reach the top if at least a view's height of page
        # follows it; how much does depends on the fonts and the window's width. The missing room is added as a blank
        # margin at the end of the page (until the next page is loaded).
        view = self.browser.maximumViewportSize().height()
        if below_heading < view:
            root = document.rootFrame()
            margins = root.frameFormat()
            margins.setBottomMargin(margins.bottomMargin() + view - below_heading)
            root.setFrameFormat(margins)
            layout.documentSize()
        self.browser.scrollToAnchor(anchor.lower())

    def _heading_named(self, anchor: str) -> QTextBlock | None:
        block = self.browser.document().begin()
        while block.isValid():
            if anchor in block.charFormat().anchorNames():
                return block
            block = block.next()
        return None


def show_unexpected_error(parent: QWidget | None, error: BaseException) -> str:
    """Tell the user a bug stopped something, in plain words, and where the (data-free) report for support is."""
    report = write_crash_report(error)
    QMessageBox.critical(
        parent,
        translate("Dialogs", "Something went wrong"),
        translate(
            "Dialogs",
            "CTDC Desktop met an unexpected error ({0}) and stopped what it was doing. Your files were not changed.\n\n"
            "Please send this report to the support team: {1}\n"
            "It says where in the program the error happened and holds none of your data.",
        ).format(type(error).__name__, report),
    )
    return report


def report_unexpected_errors_to(parent: QWidget) -> None:
    """Route errors nobody caught (in slots and event handlers) to `show_unexpected_error`, not to a console."""

    def hook(kind: type[BaseException], error: BaseException, traceback: object) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, error.__traceback__)
            return
        show_unexpected_error(parent, error)

    sys.excepthook = hook
