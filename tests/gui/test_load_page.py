"""The Load page, driven as a caseworker would: Open…, pick a sheet, link perpetrators, cancel, drop a file."""

from __future__ import annotations

import json
import re
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QThreadPool, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QScrollArea

import ctdc_desktop.core.load.open_export as open_export
from ctdc_desktop.core.io.table import LoadedTable
from ctdc_desktop.core.load.decisions import LoadDecisions, SourceRole
from ctdc_desktop.core.progress import Cancelled
from ctdc_desktop.gui.load_page import LoadPage
from ctdc_desktop.gui.step_page import StepState
from ctdc_desktop.resources import resource_path

LOAD_TIMEOUT_MS = 20_000


@pytest.fixture
def page(load_page: LoadPage) -> LoadPage:
    return load_page  # the shared Load page (conftest.py)


@pytest.fixture
def victims_csv(tmp_path: Path) -> Path:
    path = tmp_path / "victims.csv"
    path.write_text(
        "case_id,gender,citizenship\n0012,Female,PHL\n0013,Male,KHM\n0014,Female,PHL\n0015,Female,MMR\n",
        encoding="utf-8",
    )
    return path


@pytest.fixture
def perpetrators_csv(tmp_path: Path) -> Path:
    # 0012 has two perpetrators, 0013 one, 0014 and 0015 none; the rows for 0099 and 0098 match no victim.
    path = tmp_path / "perpetrators.csv"
    path.write_text(
        "perp_no,victim_case,role\n1,0012,Recruiter\n2,0012,Exploiter\n3,0013,Recruiter\n4,0099,Broker\n"
        "5,0098,Broker\n",
        encoding="utf-8",
    )
    return path


def sample_workbook() -> Path:
    path = resource_path("sample", "sample_export.xlsx")
    assert Path(path).is_file(), "the committed sample export is missing"
    return Path(path)


def wait_idle(qtbot: Any, page: LoadPage) -> None:
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=LOAD_TIMEOUT_MS)


def wait_loaded(qtbot: Any, page: LoadPage, which: str = "victims") -> LoadedTable:
    table = page.victims_table if which == "victims" else page.perpetrators_table
    qtbot.waitUntil(lambda: table() is not None and not page.is_busy(), timeout=LOAD_TIMEOUT_MS)
    loaded = table()
    assert loaded is not None
    return loaded


def open_linked(qtbot: Any, page: LoadPage, victims: Path, perpetrators: Path) -> None:
    """Open both files through the page and wait until it has proposed the link between them."""
    page.open_victims(victims)
    page.open_perpetrators(perpetrators)
    wait_loaded(qtbot, page, "perpetrators")
    qtbot.waitUntil(lambda: page.link_columns() is not None, timeout=LOAD_TIMEOUT_MS)


def answer_file_dialog(monkeypatch: pytest.MonkeyPatch, path: Path) -> list[str]:
    captions: list[str] = []

    def fake(parent: object, caption: str = "", folder: str = "", filters: str = "", *args: object) -> tuple[str, str]:
        captions.append(caption)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(fake))
    return captions


def test_open_a_csv_with_the_open_button(qtbot: Any, page: LoadPage, victims_csv: Path, monkeypatch: Any) -> None:
    captions = answer_file_dialog(monkeypatch, victims_csv)
    busy: list[bool] = []
    page.busy_changed.connect(busy.append)
    assert page.state() is StepState.NEEDS_ATTENTION
    assert page.empty_hint.isVisible() and not page.tabs.isVisible()
    qtbot.mouseClick(page.victims_panel.open_button, Qt.MouseButton.LeftButton)
    table = wait_loaded(qtbot, page)

    assert captions == ["Open the victim records"]
    assert busy == [True, False]
    assert table.row_count == 4
    assert page.victims_panel.file_label.text() == "<b>victims.csv</b>"
    assert "4 rows" in page.victims_panel.details_label.text()
    assert "3 columns" in page.victims_panel.details_label.text()
    # The preview shows every row as text, "0012" with its zeros; the profile has one line per column.
    preview = page._areas[SourceRole.VICTIMS].model
    assert preview.rowCount() == 4 and preview.data(preview.index(0, 0)) == "0012"
    profile = page._areas[SourceRole.VICTIMS].profile.profile_model
    assert profile.rowCount() == 3
    assert profile.data(profile.index(1, 4)) == "Female (3), Male (1)"
    assert profile.data(profile.index(0, 4)) == "each value occurs once"  # case IDs are not listed one by one
    assert "different values" in profile.headerData(3, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert page.state() is StepState.DONE
    assert page.source_paths() == [victims_csv]
    # The tabs for perpetrators appear only once there are perpetrators.
    assert not page.tabs.isTabVisible(2)
    assert page.tabs.isVisible() and not page.empty_hint.isVisible()


def test_decisions_hold_paths_and_names_never_values(
    qtbot: Any, page: LoadPage, victims_csv: Path, perpetrators_csv: Path
) -> None:
    open_linked(qtbot, page, victims_csv, perpetrators_csv)
    decisions = page.decisions().to_dict()
    assert decisions == {
        "sources": [
            {"role": "victims", "path": str(victims_csv), "sheet": None},
            {"role": "perpetrators", "path": str(perpetrators_csv), "sheet": None},
        ],
        "link_columns": {"victims": "case_id", "perpetrators": "victim_case"},
    }
    text = json.dumps(decisions)
    assert not any(value in text for value in ("0012", "Female", "PHL", "Recruiter"))


def test_pick_sheets_of_a_workbook_and_link_them(qtbot: Any, page: LoadPage) -> None:
    workbook = sample_workbook()
    page.open_victims(workbook)
    page.open_perpetrators(workbook)
    victims, perpetrators = page.victims_panel, page.perpetrators_panel
    qtbot.waitUntil(lambda: victims.sheet_list.count() == 2 and perpetrators.sheet_list.count() == 2, timeout=20_000)
    wait_idle(qtbot, page)
    # Each box preselects the sheet named for its records, and shows row counts to choose by.
    assert victims.sheet_list.currentItem().text() == "Victims  (2,000 rows)"
    assert perpetrators.sheet_list.currentItem().text().startswith("Perpetrators  (")
    assert victims.sheet_list.isVisible()
    assert page.state() is StepState.NEEDS_ATTENTION

    qtbot.mouseClick(victims.load_sheet_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(perpetrators.load_sheet_button, Qt.MouseButton.LeftButton)
    assert wait_loaded(qtbot, page, "victims").sheet == "Victims"
    assert wait_loaded(qtbot, page, "perpetrators").sheet == "Perpetrators"
    qtbot.waitUntil(lambda: page.link_columns() is not None, timeout=LOAD_TIMEOUT_MS)

    assert page.link_columns() == ("cas_CaseID", "cas_CaseID")
    assert page.link_panel.victim_combo.currentText() == "cas_CaseID"
    assert page.link_panel.perpetrator_combo.currentText() == "cas_CaseID"
    report = page.link_panel.report_label.text()
    assert re.fullmatch(
        r"[\d,]+ victims have at least one perpetrator; [\d,]+ victims have none; "
        r"[\d,]+ perpetrator rows match no victim \(rows [\d, ]+(, …)?\)\.",
        report,
    ), report
    assert not victims.sheet_list.isVisible()
    assert "sheet “Victims”" in victims.details_label.text()
    assert page.state() is StepState.DONE
    assert page.decisions().to_dict()["sources"][0] == {"role": "victims", "path": str(workbook), "sheet": "Victims"}


def test_link_report_counts_and_a_changed_choice(
    qtbot: Any, page: LoadPage, victims_csv: Path, perpetrators_csv: Path
) -> None:
    open_linked(qtbot, page, victims_csv, perpetrators_csv)
    assert page.link_panel.report_label.text() == (
        "2 victims have at least one perpetrator; 2 victims have none; 2 perpetrator rows match no victim (rows 5, 6)."
    )
    assert page.state() is StepState.DONE

    # The user points the link at another column: the page re-checks, and keeps the choice in its decisions.
    combo = page.link_panel.perpetrator_combo
    combo.setCurrentIndex(combo.findData("perp_no"))
    with qtbot.waitSignal(page.busy_changed, timeout=LOAD_TIMEOUT_MS, check_params_cb=lambda busy: not busy):
        combo.activated.emit(combo.currentIndex())
    assert page.link_columns() == ("case_id", "perp_no")
    assert page.link_panel.report_label.text().startswith("0 victims have at least one perpetrator; 4 victims")
    assert page.decisions().to_dict()["link_columns"] == {"victims": "case_id", "perpetrators": "perp_no"}


def test_restore_reopens_files_and_the_link_choice(
    qtbot: Any, page: LoadPage, victims_csv: Path, perpetrators_csv: Path
) -> None:
    victims = {"role": "victims", "path": str(victims_csv), "sheet": None}
    saved = {
        "sources": [victims, {"role": "perpetrators", "path": str(perpetrators_csv), "sheet": None}],
        "link_columns": {"victims": "case_id", "perpetrators": "perp_no"},  # not what the app would propose
    }
    page.restore_decisions(LoadDecisions.from_dict(saved, "load"))
    wait_loaded(qtbot, page, "victims")
    wait_loaded(qtbot, page, "perpetrators")
    qtbot.waitUntil(lambda: page.link_columns() is not None, timeout=LOAD_TIMEOUT_MS)
    assert page.link_columns() == ("case_id", "perp_no")
    assert page.decisions().to_dict() == saved

    # Restoring a project with victims only takes the perpetrators away again.
    page.restore_decisions(LoadDecisions.from_dict({"sources": [victims]}, "load"))
    wait_loaded(qtbot, page, "victims")
    assert page.perpetrators_table() is None
    assert page.decisions().to_dict() == {"sources": [victims], "link_columns": None}


def test_removing_perpetrators_drops_the_link(
    qtbot: Any, page: LoadPage, victims_csv: Path, perpetrators_csv: Path
) -> None:
    page.open_victims(victims_csv)
    page.open_perpetrators(perpetrators_csv)
    qtbot.waitUntil(lambda: page.link_columns() is not None, timeout=LOAD_TIMEOUT_MS)
    assert page.link_panel.isVisible()
    qtbot.mouseClick(page.perpetrators_panel.remove_button, Qt.MouseButton.LeftButton)
    assert page.perpetrators_table() is None
    assert not page.link_panel.isVisible()
    assert [source["role"] for source in page.decisions().to_dict()["sources"]] == ["victims"]
    assert page.decisions().to_dict()["link_columns"] is None
    assert page.state() is StepState.DONE


def test_cancel_a_load(qtbot: Any, page: LoadPage, victims_csv: Path, monkeypatch: Any) -> None:
    started = threading.Event()
    saw_cancel = threading.Event()

    def endless_reader(
        path: Path, sheet: str | None = None, progress: Any = None, has_header: bool = True
    ) -> LoadedTable:
        started.set()
        done = 0
        while not progress.cancelled():
            done += 1
            progress.report(done % 100, 100, "Reading rows")
            threading.Event().wait(0.002)
        saw_cancel.set()
        raise Cancelled()

    monkeypatch.setattr(open_export, "read_export", endless_reader)
    page.open_victims(victims_csv)
    assert started.wait(10)
    panel = page.victims_panel
    qtbot.waitUntil(lambda: panel.progress_bar.maximum() == 1000, timeout=LOAD_TIMEOUT_MS)  # real progress arrived
    assert panel.progress_bar.isVisible() and panel.cancel_button.isVisible()
    assert page.is_busy()
    with qtbot.waitSignal(page.busy_changed, timeout=LOAD_TIMEOUT_MS) as signal:
        qtbot.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
    assert signal.args == [False]
    assert saw_cancel.wait(10), "the reader never heard the Cancel button"
    assert not panel.progress_bar.isVisible()
    assert page.victims_table() is None
    assert page.state() is StepState.NEEDS_ATTENTION

    # The page is still usable: the next open loads the file.
    monkeypatch.undo()
    page.open_victims(victims_csv)
    assert wait_loaded(qtbot, page).row_count == 4


def test_cancel_keeps_the_file_loaded_before(qtbot: Any, page: LoadPage, victims_csv: Path, monkeypatch: Any) -> None:
    page.open_victims(victims_csv)
    wait_loaded(qtbot, page)

    def stuck_reader(
        path: Path, sheet: str | None = None, progress: Any = None, has_header: bool = True
    ) -> LoadedTable:
        while not progress.cancelled():
            threading.Event().wait(0.002)
        raise Cancelled()

    monkeypatch.setattr(open_export, "read_export", stuck_reader)
    page.open_victims(victims_csv.with_name("other.csv"))
    qtbot.waitUntil(page.is_busy, timeout=LOAD_TIMEOUT_MS)
    page.victims_panel.cancel_button.click()
    wait_idle(qtbot, page)
    assert page.source_paths() == [victims_csv]
    assert page.victims_panel.file_label.text() == "<b>victims.csv</b>"
    assert page.state() is StepState.DONE


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("empty.csv", b"", "empty"),
        ("photo.xlsx", b"\x89PNG\r\n\x1a\n" + bytes(200), "picture"),
    ],
)
def test_a_bad_file_shows_its_message_and_the_page_still_works(
    qtbot: Any, page: LoadPage, tmp_path: Path, victims_csv: Path, name: str, content: bytes, expected: str
) -> None:
    bad = tmp_path / name
    bad.write_bytes(content)
    page.open_victims(bad)
    error = page.victims_panel.error_label
    qtbot.waitUntil(error.isVisible, timeout=LOAD_TIMEOUT_MS)
    wait_idle(qtbot, page)
    assert name in error.text() and expected in error.text()
    assert "Traceback" not in error.text()
    assert page.victims_table() is None
    assert page.state() is StepState.NEEDS_ATTENTION
    assert bad.read_bytes() == content  # never written to

    page.open_victims(victims_csv)
    assert wait_loaded(qtbot, page).row_count == 4
    assert not error.isVisible()


def test_reader_notes_are_shown(qtbot: Any, page: LoadPage, tmp_path: Path) -> None:
    renamed = tmp_path / "renamed.csv"
    renamed.write_text("id,id,gender\n1,A,F\n2,B,M\n", encoding="utf-8")
    page.open_victims(renamed)
    table = wait_loaded(qtbot, page)
    assert table.notes, "the reader should say it renamed the second id column"
    notes = page.victims_panel.notes_label
    assert notes.isVisible()
    assert table.notes[0].replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") in notes.text()


def drop(page: LoadPage, path: Path, where: QPoint) -> bool:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    actions = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(where, actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(page, enter)
    if not enter.isAccepted():
        return False
    event = QDropEvent(QPointF(where), actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(page, event)
    return event.isAccepted()


# PySide marks the QPoint constructor of QDragEnterEvent deprecated, yet Qt 6 has no other.
@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_drop_files_onto_the_page(
    qtbot: Any, page: LoadPage, victims_csv: Path, perpetrators_csv: Path, tmp_path: Path
) -> None:
    qtbot.waitExposed(page)
    # Anywhere on the page, the first file is taken as the victim records...
    assert drop(page, victims_csv, QPoint(page.width() // 2, page.height() - 20))
    wait_loaded(qtbot, page)
    assert page.source_paths() == [victims_csv]
    # ...and a file dropped on the perpetrator box becomes the perpetrator records.
    box = page.perpetrators_panel
    assert drop(page, perpetrators_csv, box.mapTo(page, box.rect().center()))
    wait_loaded(qtbot, page, "perpetrators")
    assert page.source_paths() == [victims_csv, perpetrators_csv]
    # A project file is the main window's business, not the page's.
    project = tmp_path / "work.ctdcproj"
    project.write_text("{}", encoding="utf-8")
    assert not drop(page, project, QPoint(10, 10))


def test_sheet_preselection_by_name_and_size() -> None:
    from ctdc_desktop.core.io.table import SheetInfo
    from ctdc_desktop.core.load.open_export import preselect_sheet

    sheets = [SheetInfo("Lists", 40), SheetInfo("Cases", 900), SheetInfo("Traffickers", 300)]
    assert preselect_sheet(sheets, SourceRole.VICTIMS) == "Cases"
    assert preselect_sheet(sheets, SourceRole.PERPETRATORS) == "Traffickers"
    unnamed = [SheetInfo("Sheet1", 10), SheetInfo("Sheet2", 500)]
    assert preselect_sheet(unnamed, SourceRole.VICTIMS) == "Sheet2"
    assert preselect_sheet([], SourceRole.VICTIMS) is None


def test_an_unexpected_failure_shows_no_data_and_no_traceback(
    qtbot: Any, page: LoadPage, victims_csv: Path, monkeypatch: Any
) -> None:
    def broken_reader(
        path: Path, sheet: str | None = None, progress: Any = None, has_header: bool = True
    ) -> LoadedTable:
        raise KeyError("Maria Secret-Surname")

    monkeypatch.setattr(open_export, "read_export", broken_reader)
    page.open_victims(victims_csv)
    error = page.victims_panel.error_label
    qtbot.waitUntil(error.isVisible, timeout=LOAD_TIMEOUT_MS)
    assert "Something unexpected went wrong (KeyError)" in error.text()
    assert "Maria" not in error.text() and "Traceback" not in error.text()
    assert not page.is_busy()


def test_enter_on_a_sheet_loads_it(qtbot: Any, page: LoadPage) -> None:
    page.open_victims(sample_workbook())
    sheets = page.victims_panel.sheet_list
    qtbot.waitUntil(lambda: sheets.count() == 2, timeout=20_000)
    sheets.setFocus()
    sheets.setCurrentRow(1)
    qtbot.keyClick(sheets, Qt.Key.Key_Return)  # the keyboard's way, as a double-click is the mouse's
    assert wait_loaded(qtbot, page, "victims").sheet == "Perpetrators"


@pytest.mark.parametrize("code", ["en", "fr", "es"])
def test_the_page_with_both_files_fits_a_small_screen_at_200_percent(qtbot: Any, code: str) -> None:
    """The Load page's share of a 1366×768 screen at 200 % (683×364 logical, less the step list and margins)."""
    from ctdc_desktop.gui import language

    assert language.install_language(code), f"the {code} catalogue did not load: run build_translations release"
    try:
        page = LoadPage()
        qtbot.addWidget(page)
        page.resize(480, 280)
        page.show()
        page.open_victims(sample_workbook(), "Victims")
        page.open_perpetrators(sample_workbook(), "Perpetrators")
        qtbot.waitUntil(lambda: page.state() is StepState.DONE and not page.is_busy(), timeout=LOAD_TIMEOUT_MS)
        qtbot.wait(50)
        needed = page.minimumSizeHint()
        assert needed.width() <= 480 and needed.height() <= 280, (needed.width(), needed.height())
        # Nothing is cut off at the right: the scrolled content gets at least the width it asks for.
        content = page.findChild(QScrollArea).widget()
        assert content.width() >= content.minimumSizeHint().width()
        page.shutdown()
        QThreadPool.globalInstance().waitForDone()
    finally:
        language.install_language(language.ENGLISH)


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_a_second_file_dropped_beside_the_boxes_is_asked_about(
    qtbot: Any, page: LoadPage, victims_csv: Path, perpetrators_csv: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ctdc_desktop.gui import dialogs

    answers: list[SourceRole | None] = []
    asked: list[tuple[Path, Path]] = []

    def ask(parent: object, path: Path, victims: Path) -> SourceRole | None:
        asked.append((path, victims))
        return answers.pop(0)

    monkeypatch.setattr(dialogs, "ask_role_of_second_file", ask)
    qtbot.waitExposed(page)
    beside = QPoint(page.width() // 2, page.height() - 20)
    assert drop(page, victims_csv, beside)
    wait_loaded(qtbot, page)
    assert asked == [], "the first file is the victims' without a question"
    # "Perpetrators of these victims, or another export?" Cancelled: nothing changes.
    answers.append(None)
    assert drop(page, perpetrators_csv, beside)
    assert asked == [(perpetrators_csv, victims_csv)]
    wait_idle(qtbot, page)
    assert page.source_paths() == [victims_csv]
    # Perpetrators of these victims.
    answers.append(SourceRole.PERPETRATORS)
    assert drop(page, perpetrators_csv, beside)
    wait_loaded(qtbot, page, "perpetrators")
    assert page.source_paths() == [victims_csv, perpetrators_csv]
