"""The main window: step gating and display, menus, drag and drop, recent files, projects, remembered settings.

Most tests drive the window with a stand-in Load page that loads nothing, so they test the window's wiring
quickly and without threads; tests/gui/test_screenshots.py runs the real pages on the sample export.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, QSettings, Qt, QThreadPool, QUrl, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from ctdc_desktop.core.load.decisions import LinkColumns, LoadDecisions, SourceFile, SourceRole
from ctdc_desktop.core.project import load_project
from ctdc_desktop.core.synth.decisions import SynthesisDecisions
from ctdc_desktop.core.synth.model import DpParams
from ctdc_desktop.gui import dialogs, settings
from ctdc_desktop.gui.dialogs import AboutDialog, UserGuideDialog
from ctdc_desktop.gui.main_window import MainWindow
from ctdc_desktop.gui.placeholder_page import (
    PlaceholderPage,
    export_placeholder,
    identifiers_placeholder,
    recode_placeholder,
    synthesize_placeholder,
)
from ctdc_desktop.gui.step_page import StepPage, StepState


class FakeLoadPage(StepPage):
    """Speaks the Load page's interface; records what the window asked and loads nothing."""

    busy_changed = Signal(bool)
    step_title = "Load"

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[tuple[str, Path, str | None]] = []
        self.restored: list[LoadDecisions] = []
        self.busy = False
        self.own_state = StepState.NEEDS_ATTENTION
        self.saved = LoadDecisions()

    def open_victims(self, path: Path, sheet: str | None = None) -> None:
        self._open("victims", path, sheet)

    def open_perpetrators(self, path: Path, sheet: str | None = None) -> None:
        self._open("perpetrators", path, sheet)

    def _open(self, role: str, path: Path, sheet: str | None) -> None:
        self.opened.append((role, Path(path), sheet))
        self.busy = True
        self.busy_changed.emit(True)

    def finish_loading(self) -> None:
        self.busy = False
        self.busy_changed.emit(False)

    def is_busy(self) -> bool:
        return self.busy

    def source_paths(self) -> list[Path]:
        return [path for _, path, _ in self.opened]

    def set_state(self, state: StepState) -> None:
        self.own_state = state
        self.state_changed.emit()

    def state(self) -> StepState:
        return self.own_state

    def decisions(self) -> LoadDecisions:
        return self.saved

    def restore_decisions(self, decisions: object | None) -> None:
        assert isinstance(decisions, LoadDecisions)
        self.restored.append(decisions)
        self.saved = decisions
        for source in decisions.sources:  # as the real page does: open the saved files again
            self._open(source.role.value, source.path, source.sheet)


@pytest.fixture
def window(qtbot: QtBot) -> MainWindow:
    w = MainWindow(load_page=FakeLoadPage())
    qtbot.addWidget(w)
    return w


def fake(window: MainWindow) -> FakeLoadPage:
    page = window.load_page
    assert isinstance(page, FakeLoadPage)
    return page


def export_file(folder: Path, name: str = "cases.csv") -> Path:
    path = folder / name
    path.write_text("Case ID,Gender\nC1,Female\n", encoding="utf-8")
    return path


def project_whose_export_moved(window: MainWindow, folder: Path) -> Path:
    """Save a project on an export in `folder`, then delete the export, as when it was moved; return the project."""
    export = export_file(folder, "export.xlsx")
    fake(window).saved = load_decisions(export)
    target = folder / "p.ctdcproj"
    window.save_to(target)
    export.unlink()
    return target


def drop(window: MainWindow, *paths: Path) -> bool:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    enter = QDragEnterEvent(
        QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(window, enter)
    if not enter.isAccepted():
        return False
    event = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(window, event)
    return True


# --- steps ---------------------------------------------------------------------------------------------------


class FakeLaterPage(StepPage):
    """A built later step: its state is set by the test."""

    def __init__(self, title: str) -> None:
        super().__init__()
        self.step_title = title
        self.own_state = StepState.NEEDS_ATTENTION
        self.inputs: list[object | None] = []

    def state(self) -> StepState:
        return self.own_state

    def receive_input(self, value: object | None) -> None:
        self.inputs.append(value)


@pytest.fixture
def built_window(qtbot: QtBot) -> MainWindow:
    """A window whose later steps are all built (stand-ins), to test gating."""
    w = MainWindow(load_page=FakeLoadPage(), later=[FakeLaterPage(t) for t in ("Identifiers", "Recode", "Synth", "Ex")])
    qtbot.addWidget(w)
    return w


def test_later_steps_are_closed_until_load_is_done(built_window: MainWindow) -> None:
    steps = built_window.step_list
    assert steps.count() == 5
    assert steps.is_open(0) and steps.shown_state(0) == "Needs attention"
    for row in range(1, 5):
        assert not steps.is_open(row)
        assert steps.shown_state(row) == "Not yet available"
        assert steps.item(row).toolTip() == "Opens when “Load” is done."
    assert built_window.show_step(1) is False
    steps.setCurrentRow(1)  # a click on a greyed-out row
    assert built_window.stack.currentIndex() == 0


def test_finishing_load_opens_the_next_step_only(built_window: MainWindow) -> None:
    fake(built_window).set_state(StepState.DONE)
    steps = built_window.step_list
    assert steps.shown_state(0) == "Done"
    assert steps.is_open(1) and steps.shown_state(1) == "Needs attention"
    assert not steps.is_open(2)
    assert steps.item(2).toolTip() == "Opens when “Identifiers” is done."
    steps.setCurrentRow(1)
    assert built_window.stack.currentWidget() is built_window.pages[1]


def test_step_state_is_told_to_screen_readers(built_window: MainWindow) -> None:
    fake(built_window).set_state(StepState.DONE)
    item = built_window.step_list.item(0)
    assert item.data(Qt.ItemDataRole.AccessibleTextRole) == "Step 1, Load: Done"
    description = built_window.step_list.item(3).data(Qt.ItemDataRole.AccessibleDescriptionRole)
    assert description == "Opens when “Identifiers” is done."


def test_undoing_load_sends_the_user_back_to_it(built_window: MainWindow) -> None:
    fake(built_window).set_state(StepState.DONE)
    assert built_window.show_step(1)
    fake(built_window).set_state(StepState.NEEDS_ATTENTION)
    assert built_window.stack.currentIndex() == 0
    assert built_window.step_list.currentRow() == 0


@pytest.fixture
def later_window(qtbot: QtBot) -> MainWindow:
    """A window whose steps after Load are not built yet (as in the versions before they were)."""
    later = [identifiers_placeholder(), recode_placeholder(), synthesize_placeholder(), export_placeholder()]
    w = MainWindow(load_page=FakeLoadPage(), later=later)
    qtbot.addWidget(w)
    return w


def test_steps_of_a_later_version_say_so_and_never_need_attention(later_window: MainWindow) -> None:
    steps = later_window.step_list
    for row in range(1, 5):
        assert steps.shown_state(row) == "In a later version"
        assert steps.is_open(row)  # to read what the step will do
        assert "later version" in steps.item(row).toolTip()
    fake(later_window).set_state(StepState.DONE)
    assert [steps.shown_state(row) for row in range(1, 5)] == ["In a later version"] * 4


def test_recode_stays_closed_until_the_steps_before_it_are_done(window: MainWindow) -> None:
    fake(window).set_state(StepState.DONE)
    # Nothing has handed Recode its input (the Identifiers step is not done), so it cannot be opened.
    assert window.step_list.shown_state(2) == "Not yet available"
    assert not window.step_list.is_open(2)


def test_placeholder_pages_say_what_comes_later(later_window: MainWindow) -> None:
    for page in later_window.pages[1:]:
        assert isinstance(page, PlaceholderPage)
        assert page.state() is StepState.LATER_VERSION
    words = " ".join(label.text() for label in later_window.pages[1].findChildren(QLabel))
    assert "later version" in words and "phone" in words


# --- menus ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("action", "shortcut"),
    [
        ("open_export_action", "Ctrl+O"),
        ("save_project_action", "Ctrl+S"),
        ("save_project_as_action", "Ctrl+Shift+S"),
        ("quit_action", "Ctrl+Q"),
        ("user_guide_action", "F1"),
        ("open_project_action", ""),
        ("about_action", ""),
    ],
)
def test_menu_actions_have_their_shortcuts(window: MainWindow, action: str, shortcut: str) -> None:
    found = getattr(window, action)
    assert found.shortcut() == QKeySequence(shortcut)
    menus = [a.menu() for a in window.menuBar().actions()]
    assert any(found in menu.actions() for menu in menus)


def test_menus_are_file_language_and_help(window: MainWindow) -> None:
    assert [a.text() for a in window.menuBar().actions()] == ["&File", "&Language", "&Help"]


def _key(text: str) -> str:
    """The letter Alt (or the open menu) reaches an item by: the one after a single "&"."""
    at = text.replace("&&", "").find("&")
    return text.replace("&&", "")[at + 1].lower() if at >= 0 else ""


@pytest.mark.parametrize("code", ["en", "fr", "es"])
def test_every_menu_and_item_has_its_own_key_in_every_language(qtbot: QtBot, code: str) -> None:
    from ctdc_desktop.gui import language

    assert language.install_language(code)
    try:
        window = MainWindow()
        qtbot.addWidget(window)
        menus = window.menuBar().actions()
        assert all(_key(a.text()) for a in menus)
        assert len({_key(a.text()) for a in menus}) == len(menus)
        for menu_action in menus:
            items = [a for a in menu_action.menu().actions() if not a.isSeparator() and a.isEnabled()]
            keys = [_key(a.text()) for a in items]
            assert all(keys), [a.text() for a in items]
            assert len(set(keys)) == len(keys), [a.text() for a in items]
    finally:
        language.install_language(language.ENGLISH)


def test_step_names_and_states_wrap_to_fit_the_narrow_step_list(qtbot: QtBot) -> None:
    from PySide6.QtGui import QFontMetrics

    from ctdc_desktop.gui.step_list import ICON, TEXT_MARGIN, WIDTH, StepList

    steps = StepList(["Load", "A step whose name is much longer than the list is wide"])
    qtbot.addWidget(steps)
    steps.show_states([StepState.DONE, StepState.NEEDS_ATTENTION])
    metrics = QFontMetrics(steps.font())
    lines = steps.item(1).text().split("\n")
    assert len(lines) > 2  # the long name took more than one line
    assert all(metrics.horizontalAdvance(line) <= WIDTH - ICON - TEXT_MARGIN for line in lines)
    assert " ".join(lines) == "2. A step whose name is much longer than the list is wide Needs attention"
    assert steps.shown_state(1) == "Needs attention"  # what a test or a screen reader reads, unbroken
    assert steps.item(1).sizeHint().height() >= len(lines) * metrics.lineSpacing()


def test_open_export_asks_for_a_file_in_the_last_folder(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings.LAST_FOLDER.write(str(tmp_path))
    asked: list[str] = []
    path = export_file(tmp_path)

    def answer(parent: object, folder: str) -> Path:
        asked.append(folder)
        return path

    monkeypatch.setattr(dialogs, "choose_export", answer)
    window.open_export_action.trigger()
    assert asked == [str(tmp_path)]
    assert fake(window).opened == [("victims", path, None)]


def test_second_export_asks_whether_it_holds_perpetrators(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    victims, perpetrators = export_file(tmp_path, "v.csv"), export_file(tmp_path, "p.csv")
    window.open_file(victims)
    fake(window).finish_loading()
    monkeypatch.setattr(dialogs, "ask_role_of_second_file", lambda *a: SourceRole.PERPETRATORS)
    window.open_file(perpetrators)
    assert [(role, path.name) for role, path, _ in fake(window).opened] == [
        ("victims", "v.csv"),
        ("perpetrators", "p.csv"),
    ]


def test_cancelled_question_opens_nothing(window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    window.open_file(export_file(tmp_path, "v.csv"))
    fake(window).finish_loading()
    monkeypatch.setattr(dialogs, "ask_role_of_second_file", lambda *a: None)
    window.open_file(export_file(tmp_path, "other.csv"))
    assert len(fake(window).opened) == 1


def test_no_second_file_while_one_is_loading(window: MainWindow, tmp_path: Path) -> None:
    window.open_file(export_file(tmp_path, "v.csv"))
    window.open_file(export_file(tmp_path, "p.csv"))
    assert len(fake(window).opened) == 1
    assert "still loading" in window.statusBar().currentMessage()


def test_sources_load_one_after_the_other(window: MainWindow, tmp_path: Path) -> None:
    from ctdc_desktop.gui.app import sample_sources

    window.open_sources(sample_sources())
    assert [role for role, _, _ in fake(window).opened] == ["victims"]
    assert window.is_loading()
    fake(window).finish_loading()
    assert [(role, sheet) for role, _, sheet in fake(window).opened] == [
        ("victims", "Victims"),
        ("perpetrators", "Perpetrators"),
    ]
    fake(window).finish_loading()
    assert not window.is_loading()


def test_user_guide_shows_the_guide(window: MainWindow, qtbot: QtBot) -> None:
    window.user_guide_action.trigger()
    guide = window.findChild(UserGuideDialog)
    assert guide is not None and guide.isVisible()
    assert "Load" in guide.browser.toPlainText()
    assert "is missing from this installation" not in guide.browser.toPlainText()
    window.user_guide_action.trigger()
    assert window.findChildren(UserGuideDialog) == [guide]
    guide.close()


def test_about_names_the_app(window: MainWindow) -> None:
    window.about_action.trigger()
    about = window.findChild(AboutDialog)
    assert about is not None and about.isVisible()
    about.reject()


# --- drag and drop -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["cases.csv", "cases.TSV", "cases.txt", "cases.xlsx", "cases.xlsm", "old.xls"])
def test_dropping_an_export_opens_it(window: MainWindow, tmp_path: Path, name: str) -> None:
    path = export_file(tmp_path, name)
    assert drop(window, path)
    assert fake(window).opened == [("victims", path, None)]
    assert settings.recent_files() == [path.resolve()]


def test_dropping_another_kind_of_file_explains(window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(b"%PDF-1.4")
    assert drop(window, path)
    assert fake(window).opened == []
    message = window.statusBar().currentMessage()
    assert "report.pdf" in message and "not a case export" in message and "XLSX" in message


def test_dropping_a_folder_explains(window: MainWindow, tmp_path: Path) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    assert drop(window, folder)
    assert fake(window).opened == []
    assert "“exports” is a folder" in window.statusBar().currentMessage()


def test_dropping_two_files_opens_the_first_and_says_so(window: MainWindow, tmp_path: Path) -> None:
    first, second = export_file(tmp_path, "a.csv"), export_file(tmp_path, "b.csv")
    assert drop(window, first, second)
    assert [path for _, path, _ in fake(window).opened] == [first]
    assert "a.csv" in window.statusBar().currentMessage()


def test_dropping_a_web_link_is_refused(window: MainWindow) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl("https://example.org/cases.csv")])
    enter = QDragEnterEvent(
        QPoint(1, 1), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    enter.setAccepted(False)
    QApplication.sendEvent(window, enter)
    assert not enter.isAccepted()


# --- recent files --------------------------------------------------------------------------------------------


def recent_entries(window: MainWindow) -> list[str]:
    window.recent_menu.aboutToShow.emit()
    return [a.toolTip() for a in window.recent_menu.actions() if a.isEnabled() and not a.isSeparator()][:-1]


def test_recent_files_newest_first_without_repeats_at_most_eight(window: MainWindow, tmp_path: Path) -> None:
    paths = [export_file(tmp_path, f"c{n}.csv") for n in range(10)]
    for path in paths:
        window.open_file(path)
        fake(window).finish_loading()
        fake(window).opened.clear()  # each counts as a first file
    window.open_file(paths[3])
    expected = [paths[3], *reversed(paths[4:]), paths[2]]
    assert recent_entries(window) == [str(p.resolve()) for p in expected][:8]


def test_missing_recent_files_are_removed_with_a_message(window: MainWindow, tmp_path: Path) -> None:
    kept, gone = export_file(tmp_path, "kept.csv"), export_file(tmp_path, "gone.csv")
    settings.add_recent_file(kept)
    settings.add_recent_file(gone)
    gone.unlink()
    assert recent_entries(window) == [str(kept.resolve())]
    assert "gone.csv" in window.statusBar().currentMessage()
    assert settings.recent_files() == [kept.resolve()]


def test_choosing_a_recent_file_opens_it(window: MainWindow, tmp_path: Path) -> None:
    path = export_file(tmp_path)
    settings.add_recent_file(path)
    window.recent_menu.aboutToShow.emit()
    window.recent_menu.actions()[0].trigger()
    assert fake(window).opened == [("victims", path.resolve(), None)]


def test_recent_file_deleted_after_the_menu_opened(window: MainWindow, tmp_path: Path) -> None:
    path = export_file(tmp_path)
    settings.add_recent_file(path)
    window.recent_menu.aboutToShow.emit()
    path.unlink()
    window.recent_menu.actions()[0].trigger()
    assert fake(window).opened == []
    assert "no longer exists" in window.statusBar().currentMessage()
    assert settings.recent_files() == []


def test_recent_files_survive_a_one_item_ini_list(tmp_path: Path) -> None:
    QSettings().setValue(settings.RECENT_FILES.key, str(tmp_path / "a.csv"))  # what INI storage hands back for [x]
    assert settings.recent_files() == [tmp_path / "a.csv"]
    QSettings().setValue(settings.RECENT_FILES.key, 42)
    assert settings.recent_files() == []


# --- projects ------------------------------------------------------------------------------------------------


def load_decisions(victims: Path) -> LoadDecisions:
    return LoadDecisions(
        (
            SourceFile(victims, SourceRole.VICTIMS, "Victims"),
            SourceFile(victims, SourceRole.PERPETRATORS, "Perpetrators"),
        ),
        LinkColumns("Case ID", "Victim case ID"),
    )


DP_DECISIONS = SynthesisDecisions(DpParams(epsilon=2.0))


def decide_synthesis(window: MainWindow, decisions: SynthesisDecisions) -> None:
    """The user's synthesis choices, made on the Synthesize page (the window takes them from the page)."""
    page = window.pages[3]
    page.restore_decisions(decisions)
    page.state_changed.emit()


def test_project_round_trip_through_the_window(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    export = export_file(tmp_path, "export.xlsx")
    fake(window).saved = load_decisions(export)
    decide_synthesis(window, DP_DECISIONS)
    target = tmp_path / "quarter.ctdcproj"
    assert window.save_to(target)
    assert window.windowTitle().startswith("quarter.ctdcproj")

    saved = load_project(target)
    assert [(s.role, s.sheet) for s in saved.sources] == [
        (SourceRole.VICTIMS, "Victims"),
        (SourceRole.PERPETRATORS, "Perpetrators"),
    ]
    assert (saved.link_columns.victims, saved.link_columns.perpetrators) == ("Case ID", "Victim case ID")

    again = MainWindow(load_page=FakeLoadPage())
    qtbot.addWidget(again)
    assert again.open_project(target)
    assert fake(again).restored == [load_decisions(export)]
    # The dataset was named after the export when the window first had it (see test_dataset_identity.py).
    assert saved.dataset_name.startswith("export ")
    assert again.workflow.decisions("synthesize") == replace(DP_DECISIONS, dataset_name=saved.dataset_name)
    assert again.project_path == target
    assert again.current_project() == saved


def test_save_asks_for_a_name_once(window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []

    def answer(parent: object, suggestion: str) -> Path:
        asked.append(suggestion)
        return tmp_path / "mine.ctdcproj"

    monkeypatch.setattr(dialogs, "choose_project_to_save", answer)
    window.save_project_action.trigger()
    window.save_project_action.trigger()
    assert len(asked) == 1
    assert (tmp_path / "mine.ctdcproj").is_file()


def test_a_step_this_version_does_not_know_is_named_not_dropped(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: shown.append(text))
    target = tmp_path / "p.ctdcproj"
    target.write_text(
        json.dumps({"format_version": 2, "sources": [], "steps": {"audit": {"reviewer": "HQ"}}}), encoding="utf-8"
    )
    assert not window.open_project(target)
    assert len(shown) == 1 and "key 'steps.audit'" in shown[0]
    assert window.project_path is None


def test_project_with_a_moved_export_asks_where_it_is(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = project_whose_export_moved(window, tmp_path)
    newer = export_file(tmp_path, "next quarter.xlsx")
    asked: list[str] = []

    def locate(parent: object, source: Any, folder: str) -> Path:
        asked.append(source.role.value)
        return newer

    monkeypatch.setattr(dialogs, "locate_moved_source", locate)
    assert window.open_project(target)
    assert asked == ["victims"]  # the perpetrators sheet is in the same file: asked once
    restored = fake(window).restored[-1]
    assert restored.source(SourceRole.VICTIMS) == SourceFile(newer, SourceRole.VICTIMS, "Victims")
    assert restored.source(SourceRole.PERPETRATORS) == SourceFile(newer, SourceRole.PERPETRATORS, "Perpetrators")


def test_project_not_opened_when_the_user_does_not_locate_the_export(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = project_whose_export_moved(window, tmp_path)
    monkeypatch.setattr(dialogs, "locate_moved_source", lambda *a: None)
    assert not window.open_project(target)
    assert fake(window).restored == []
    assert "p.ctdcproj" in window.statusBar().currentMessage()


def test_closing_with_unsaved_choices_asks_and_can_stay(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.show()
    assert not window.has_unsaved_changes() and not window.isWindowModified()
    fake(window).saved = load_decisions(export_file(tmp_path, "export.xlsx"))
    fake(window).set_state(StepState.DONE)
    assert window.has_unsaved_changes() and window.isWindowModified()
    asked: list[Path | None] = []

    def stay(parent: object, project: Path | None) -> None:
        asked.append(project)
        return None

    monkeypatch.setattr(dialogs, "ask_to_save_changes", stay)
    window.quit_action.trigger()
    assert asked == [None] and window.isVisible()


def test_closing_can_save_first(window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    window.show()
    fake(window).saved = load_decisions(export_file(tmp_path, "export.xlsx"))
    monkeypatch.setattr(dialogs, "ask_to_save_changes", lambda parent, project: True)
    monkeypatch.setattr(dialogs, "choose_project_to_save", lambda parent, suggestion: tmp_path / "kept.ctdcproj")
    window.close()
    assert not window.isVisible()
    assert load_project(tmp_path / "kept.ctdcproj").sources[0].sheet == "Victims"


def test_saved_or_reopened_project_closes_without_asking(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake(window).saved = load_decisions(export_file(tmp_path, "export.xlsx"))
    target = tmp_path / "p.ctdcproj"
    assert window.save_to(target)
    assert not window.has_unsaved_changes()
    again = MainWindow(load_page=FakeLoadPage())
    qtbot.addWidget(again)
    assert again.open_project(target)
    assert not again.has_unsaved_changes()
    decide_synthesis(again, DP_DECISIONS)
    assert again.has_unsaved_changes()


def test_opening_another_project_asks_about_unsaved_choices(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = tmp_path / "other.ctdcproj"
    other.write_text(json.dumps({"format_version": 1, "sources": []}), encoding="utf-8")
    fake(window).saved = load_decisions(export_file(tmp_path, "export.xlsx"))
    monkeypatch.setattr(dialogs, "ask_to_save_changes", lambda parent, project: None)
    assert not window.open_project(other)
    assert window.project_path is None
    monkeypatch.setattr(dialogs, "ask_to_save_changes", lambda parent, project: False)
    assert window.open_project(other)
    assert window.project_path == other


def test_bad_project_gets_a_message_naming_the_file(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: shown.append(text))
    target = tmp_path / "broken.ctdcproj"
    target.write_text("{", encoding="utf-8")
    assert drop(window, target)
    assert len(shown) == 1 and shown[0].startswith("broken.ctdcproj: ")
    assert window.project_path is None


def test_project_without_load_decisions_opens_its_sources(window: MainWindow, tmp_path: Path) -> None:
    export = export_file(tmp_path, "export.xlsx")
    target = tmp_path / "p.ctdcproj"
    target.write_text(
        json.dumps({"format_version": 1, "sources": [{"role": "victims", "path": str(export), "sheet": "V"}]}),
        encoding="utf-8",
    )
    assert window.open_project(target)
    assert fake(window).opened == [("victims", export, "V")]


def test_save_error_is_shown(window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: shown.append(text))
    assert not window.save_to(tmp_path / "missing folder" / "p.ctdcproj")
    assert shown and shown[0].startswith("p.ctdcproj: could not be saved")


# --- remembered settings -------------------------------------------------------------------------------------


def test_window_remembers_its_size(qtbot: QtBot) -> None:
    first = MainWindow(load_page=FakeLoadPage())
    qtbot.addWidget(first)
    first.show()
    first.resize(700, 520)  # within the offscreen screen (800×600), which Qt clamps to
    first.close()
    second = MainWindow(load_page=FakeLoadPage())
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (700, 520)


def test_first_start_fits_the_screen(window: MainWindow) -> None:
    screen = window.screen().availableGeometry()
    assert 0 < window.width() <= min(1280, screen.width())
    assert 0 < window.height() <= min(800, screen.height())


def test_window_remembers_the_last_folder(window: MainWindow, tmp_path: Path) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    window.open_file(export_file(folder))
    assert settings.last_folder() == str(folder.resolve())
    assert QSettings().value("files/last_folder") == str(folder.resolve())


def test_last_folder_falls_back_to_home_when_gone(tmp_path: Path) -> None:
    settings.LAST_FOLDER.write(str(tmp_path / "unplugged drive"))
    assert settings.last_folder() == str(Path.home())


def test_a_setting_of_the_wrong_type_reads_as_its_default() -> None:
    QSettings().setValue(settings.WINDOW_GEOMETRY.key, "not bytes")
    assert settings.WINDOW_GEOMETRY.read() == settings.WINDOW_GEOMETRY.default
    QSettings().setValue(settings.LAST_FOLDER.key, ["a", "b"])
    assert settings.LAST_FOLDER.read() == ""


def test_settings_are_declared_once() -> None:
    with pytest.raises(ValueError, match="declared twice"):
        settings.TextOption("files/last_folder", "")


# --- with the real Load page, on the sample export -----------------------------------------------------------


@pytest.fixture
def sample_window(qtbot: QtBot) -> Any:
    from ctdc_desktop.gui.app import sample_sources
    from ctdc_desktop.resources import sample_export_path

    assert sample_export_path().is_file(), "the committed sample export is missing"
    window = MainWindow()
    qtbot.addWidget(window)
    window.open_sources(sample_sources())
    qtbot.waitUntil(lambda: not window.is_loading() and window.load_page.state() is StepState.DONE, timeout=60_000)
    yield window
    window.load_page.shutdown()
    QThreadPool.globalInstance().waitForDone()


@pytest.mark.slow
def test_project_of_the_sample_holds_no_cell_value(sample_window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    """Loads the sample as `--demo` does, saves a project, checks it for data values, and reopens it."""
    from ctdc_desktop.resources import sample_export_path

    steps = sample_window.step_list
    assert steps.shown_state(0) == "Done"
    assert steps.is_open(1) and steps.shown_state(1) == "Needs attention"  # Identifiers: flagged columns to decide
    target = tmp_path / "sample.ctdcproj"
    assert sample_window.save_to(target)
    text = target.read_text(encoding="utf-8")
    sheets = pd.read_excel(sample_export_path(), sheet_name=None, dtype=str, header=None, engine="calamine")
    assert set(sheets) >= {"Victims", "Perpetrators"}
    # Column names and paths may appear; take them out, then no cell value may be left anywhere in the file.
    project = load_project(target)
    headers = {str(v) for frame in sheets.values() for v in frame.iloc[0].dropna()}
    rest = text
    for known in sorted(
        headers | {str(s.path) for s in project.sources} | {json.dumps(str(target))}, key=len, reverse=True
    ):
        rest = rest.replace(known, "")
    values = {str(v) for frame in sheets.values() for v in frame.iloc[1:].to_numpy().ravel() if isinstance(v, str)}
    # Short or numeric values ("1", "Yes") cannot be told apart from JSON syntax and keys.
    leaked = [v for v in values - headers if len(v) >= 4 and not v.isdigit() and v in rest]
    assert leaked == []
    assert project.link_columns is not None
    assert [(s.role, s.sheet) for s in project.sources] == [
        (SourceRole.VICTIMS, "Victims"),
        (SourceRole.PERPETRATORS, "Perpetrators"),
    ]

    again = MainWindow()
    qtbot.addWidget(again)
    assert again.open_project(target)
    qtbot.waitUntil(lambda: not again.is_loading() and again.load_page.state() is StepState.DONE, timeout=60_000)
    assert again.current_project() == project
    again.load_page.shutdown()


def test_project_dropped_on_the_load_page_opens_in_the_window(qtbot: QtBot, tmp_path: Path) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    target = tmp_path / "p.ctdcproj"
    target.write_text(json.dumps({"format_version": 1, "sources": []}), encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(target))])
    args = (QPointF(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    enter = QDragEnterEvent(QPoint(5, 5), *args[1:])
    QApplication.sendEvent(window.load_page, enter)  # the page declines a project file; the window takes it
    assert enter.isAccepted()
    QApplication.sendEvent(window.load_page, QDropEvent(*args))
    assert window.project_path == target


@pytest.mark.slow
def test_demo_opens_the_window_with_the_sample_loaded(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    from ctdc_desktop import cli
    from ctdc_desktop.gui import app as app_module
    from ctdc_desktop.resources import sample_export_path

    assert sample_export_path().is_file(), "the committed sample export is missing"
    before = set(QApplication.topLevelWidgets())
    seen: dict[str, Any] = {}

    class RunsUntilLoaded:
        """Stands in for the event loop of `app.exec()`: runs until the demo has loaded, then closes the window."""

        def exec(self) -> int:
            window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w not in before)
            qtbot.addWidget(window)
            qtbot.waitUntil(
                lambda: not window.is_loading() and window.load_page.state() is StepState.DONE, timeout=60_000
            )
            seen["sources"] = [(s.role, s.path, s.sheet) for s in window.current_project().sources]
            seen["visible"] = window.isVisible()
            window.close()
            return 0

    monkeypatch.setattr(app_module, "application", RunsUntilLoaded)
    assert cli.main(["--demo"]) == 0
    assert seen["visible"]
    assert seen["sources"] == [
        (SourceRole.VICTIMS, sample_export_path(), "Victims"),
        (SourceRole.PERPETRATORS, sample_export_path(), "Perpetrators"),
    ]


def write_workbook(path: Path, case_ids: list[str]) -> None:
    victims = pd.DataFrame({"Case number": case_ids, "Gender": ["Female"] * len(case_ids)})
    perpetrators = pd.DataFrame({"Victim case": case_ids[::-1], "Role": ["Recruiter"] * len(case_ids)})
    with pd.ExcelWriter(path) as writer:
        pd.DataFrame({"About": ["exported from the case system"]}).to_excel(writer, sheet_name="Notes", index=False)
        victims.to_excel(writer, sheet_name="Survivors", index=False)
        perpetrators.to_excel(writer, sheet_name="Offenders", index=False)


def test_project_reopened_on_next_quarters_export_restores_sheets_and_link(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ctdc_desktop.core.load.decisions import SourceFile

    first = tmp_path / "q1.xlsx"
    write_workbook(first, [f"Q1-{n:03d}" for n in range(30)])
    window = MainWindow()
    qtbot.addWidget(window)
    window.open_sources(
        [SourceFile(first, SourceRole.VICTIMS, "Survivors"), SourceFile(first, SourceRole.PERPETRATORS, "Offenders")]
    )
    qtbot.waitUntil(lambda: not window.is_loading() and window.load_page.state() is StepState.DONE, timeout=30_000)
    target = tmp_path / "p.ctdcproj"
    assert window.save_to(target)
    saved = load_project(target)
    assert saved.link_columns is not None
    assert (saved.link_columns.victims, saved.link_columns.perpetrators) == ("Case number", "Victim case")
    window.load_page.shutdown()

    first.unlink()
    second = tmp_path / "q2.xlsx"
    write_workbook(second, [f"Q2-{n:03d}" for n in range(40)])
    monkeypatch.setattr(dialogs, "locate_moved_source", lambda *a: second)
    again = MainWindow()
    qtbot.addWidget(again)
    assert again.open_project(target)
    qtbot.waitUntil(lambda: not again.is_loading() and again.load_page.state() is StepState.DONE, timeout=30_000)
    reopened = again.current_project()
    assert [(s.role, s.path, s.sheet) for s in reopened.sources] == [
        (SourceRole.VICTIMS, second, "Survivors"),
        (SourceRole.PERPETRATORS, second, "Offenders"),
    ]
    assert reopened.link_columns == saved.link_columns
    again.load_page.shutdown()
    QThreadPool.globalInstance().waitForDone()


def test_without_a_display_the_window_explains_instead_of_aborting(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from ctdc_desktop.gui import app as app_module

    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(app_module.sys, "platform", "linux")
    assert app_module.run_gui() == 2
    assert "no display" in capsys.readouterr().err


def test_other_file_dropped_on_the_load_page_gets_the_windows_explanation(qtbot: QtBot, tmp_path: Path) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    path = tmp_path / "photo.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    args = (QPointF(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    enter = QDragEnterEvent(QPoint(5, 5), *args[1:])
    QApplication.sendEvent(window.load_page, enter)  # the page declines it; the window takes it to explain
    assert enter.isAccepted()
    QApplication.sendEvent(window.load_page, QDropEvent(*args))
    assert not window.load_page.is_busy()  # nothing was handed to the reader
    message = window.statusBar().currentMessage()
    assert "photo.png" in message and "not a case export" in message


def test_settings_are_kept_in_the_application_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import QSettings

    from ctdc_desktop import app_folders
    from ctdc_desktop.gui import app_data

    monkeypatch.setattr(app_folders, "app_data_folder", lambda: tmp_path)
    app_data.keep_settings_in_app_data()
    settings.LANGUAGE.write("fr")
    QSettings().sync()
    assert Path(QSettings().fileName()).is_relative_to(tmp_path)
    assert "language=fr" in Path(QSettings().fileName()).read_text(encoding="utf-8")
