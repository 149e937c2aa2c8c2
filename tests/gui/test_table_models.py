"""Every table model of the window passes Qt's model tester, on real exports, through what its page does with it:
a new file or export (a reset), decisions that change rows, searching and filtering, sorting by every column."""

from __future__ import annotations

import gc
import importlib
import inspect
import pkgutil
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QThreadPool,
    qInstallMessageHandler,
)
from pytestqt.qtbot import QtBot

import ctdc_desktop.gui
from ctdc_desktop.core.case_export import CaseExport
from ctdc_desktop.core.identifiers.decisions import PERPETRATORS, VICTIMS
from ctdc_desktop.core.io.table import LoadedTable
from ctdc_desktop.core.link import check_link
from ctdc_desktop.core.load.decisions import LinkColumns, LoadDecisions, SourceFile, SourceRole
from ctdc_desktop.core.load.open_export import open_case_export
from ctdc_desktop.gui.dataframe_model import DataFrameModel
from ctdc_desktop.gui.identifier_columns_model import IdentifierColumnsModel
from ctdc_desktop.gui.identifiers_page import IdentifiersPage
from ctdc_desktop.gui.load_page import LoadPage
from ctdc_desktop.gui.mapping_table import BECOMES, COLUMN, ROWS, STATE, VALUE, MappingFilter, MappingModel
from ctdc_desktop.gui.profile_view import NON_EMPTY, ProfileModel, ProfileView
from ctdc_desktop.gui.recode_page import RecodePage
from ctdc_desktop.resources import resource_path
from tests.gui.model_tester import Mode, watched

TIMEOUT_MS = 60_000
SAMPLE = Path(resource_path("sample"))
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "loading"
GUI = Path(ctdc_desktop.gui.__file__).parent
ORDERS = (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder)

# The item models the window defines, each checked by a test below.
CHECKED = {DataFrameModel, ProfileModel, IdentifierColumnsModel, MappingModel, MappingFilter}


def test_every_item_model_of_the_window_is_checked_here() -> None:
    defined: set[type] = set()
    for info in pkgutil.iter_modules([str(GUI)]):
        module = importlib.import_module(f"ctdc_desktop.gui.{info.name}")
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, QAbstractItemModel) and cls.__module__.startswith("ctdc_desktop."):
                defined.add(cls)
    assert defined == CHECKED
    # A proxy made in place rather than subclassed is checked through its view: the profile's sorting proxy.
    made_in_place = {
        path.name for path in GUI.glob("*.py") if re.search(r"\bQ\w*ProxyModel\(", path.read_text(encoding="utf-8"))
    }
    assert made_in_place == {"profile_view.py"}


class _InsertsInTheWrongPlace(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.rows = 2

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.rows

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return "x" if role == Qt.ItemDataRole.DisplayRole and index.isValid() else None

    def add_a_row(self) -> None:
        self.rows += 1
        self.beginInsertRows(QModelIndex(), 5, 5)  # says row 5 of 2: a lie the tester must catch
        self.endInsertRows()


@pytest.mark.no_qt_log  # pytest-qt would fail the test on the tester's message; here it is caught instead
def test_a_watched_model_is_still_checked_after_it_changes() -> None:
    messages: list[str] = []
    previous = qInstallMessageHandler(lambda kind, context, message: messages.append(message))
    try:
        model = _InsertsInTheWrongPlace()
        watched(model, Mode.Warning)  # held by nobody but the model
        gc.collect()
        assert messages == []  # as it starts, the model is right
        model.add_a_row()
    finally:
        qInstallMessageHandler(previous)
    assert any(message.startswith("FAIL!") for message in messages), messages


# --- the Load page: the preview of the records and the column profile (its model and its sorting proxy) ----------


def _loaded(qtbot: QtBot, page: LoadPage, path: Path) -> None:
    page.open_victims(path)
    qtbot.waitUntil(
        lambda: (table := page.victims_table()) is not None and table.source == path and not page.is_busy(),
        timeout=TIMEOUT_MS,
    )


def test_the_load_page_models(qtbot: QtBot, load_page: LoadPage) -> None:
    area = load_page._areas[SourceRole.VICTIMS]
    view = area.profile
    assert isinstance(view, ProfileView)
    shown = view.model()
    models = (area.model, view.profile_model, shown)
    for model in models:
        watched(model)

    _loaded(qtbot, load_page, SAMPLE / "sample_victims.csv")
    assert area.model.rowCount() == 2000 and area.model.columnCount() == shown.rowCount() == 49
    # Sorted by every column both ways, as clicks on the header do, then a file of other columns while sorted.
    for column in range(shown.columnCount()):
        for order in ORDERS:
            view.sortByColumn(column, order)
    view.sortByColumn(NON_EMPTY, Qt.SortOrder.AscendingOrder)
    filled = [int(shown.index(r, NON_EMPTY).data().replace(",", "")) for r in range(shown.rowCount())]
    assert filled == sorted(filled) and filled[0] < filled[-1]  # by the numbers, not their text
    view.sortByColumn(NON_EMPTY, Qt.SortOrder.DescendingOrder)
    _loaded(qtbot, load_page, FIXTURES / "dados_app_head300.csv")
    assert area.model.rowCount() == 300 and shown.rowCount() == area.model.columnCount() > 10
    filled = [int(shown.index(r, NON_EMPTY).data().replace(",", "")) for r in range(shown.rowCount())]
    assert filled == sorted(filled, reverse=True)
    # Removing the file empties both.
    qtbot.mouseClick(load_page.victims_panel.remove_button, Qt.MouseButton.LeftButton)
    assert load_page.victims_table() is None
    assert [model.rowCount() for model in models] == [0, 0, 0]


def test_the_preview_model_through_frames_of_every_kind(qtbot: QtBot, load_page: LoadPage) -> None:
    # The previews of the later pages show frames the Load page never does: the perpetrators' and the cleaned ones.
    export = open_case_export(
        LoadDecisions(
            (
                SourceFile(SAMPLE / "sample_victims.csv", SourceRole.VICTIMS),
                SourceFile(SAMPLE / "sample_perpetrators.csv", SourceRole.PERPETRATORS),
            )
        )
    )
    assert export.perpetrator_frame is not None
    model = DataFrameModel()
    watched(model)
    for frame in (export.victim_frame, export.perpetrator_frame, export.victim_frame.head(0), None):
        model.set_frame(frame)
        assert model.rowCount() == (0 if frame is None else len(frame))


# --- the Identifiers page: the list of columns under review ------------------------------------------------------


@pytest.fixture
def identifiers_page(qtbot: QtBot) -> Iterator[IdentifiersPage]:
    page = IdentifiersPage()
    qtbot.addWidget(page)
    page.resize(1060, 740)
    page.show()
    yield page
    page.shutdown()
    QThreadPool.globalInstance().waitForDone()


def _sample_export() -> CaseExport:
    return open_case_export(
        LoadDecisions(
            (
                SourceFile(SAMPLE / "sample_victims.csv", SourceRole.VICTIMS),
                SourceFile(SAMPLE / "sample_perpetrators.csv", SourceRole.PERPETRATORS),
            ),
            LinkColumns("cas_CaseID", "cas_CaseID"),
        )
    )


def test_the_identifiers_page_list(qtbot: QtBot, identifiers_page: IdentifiersPage) -> None:
    page = identifiers_page
    watched(page.model)
    export = _sample_export()

    def reviewed() -> None:
        page.receive_input(export)
        qtbot.waitUntil(lambda: page.model.rowCount() > 0 and not page.is_busy(), timeout=TIMEOUT_MS)

    reviewed()
    rows = page.model.rows()
    assert {row.table for row in rows} == {VICTIMS, PERPETRATORS} and page.undecided_rows()
    # One decision through the column's detail, as a click on its row and a choice in the list make it.
    birth = page.model.find(VICTIMS, "prs_Birthdate")
    page.select_row(birth)
    choice = page.detail.choice
    remove = next(i for i in range(choice.count()) if choice.itemText(i) == "Remove")
    choice.setCurrentIndex(remove)
    choice.activated.emit(remove)
    assert page.model.index(birth, 4).data() == "Remove"
    # Every proposal at once, then the input lost and given back (the decisions are reapplied).
    qtbot.mouseClick(page.accept_button, Qt.MouseButton.LeftButton)
    assert page.undecided_rows() == []
    page.receive_input(None)
    assert page.model.rowCount() == 0
    reviewed()
    assert page.model.rowCount() == len(rows) and page.undecided_rows() == []


# --- the Recode page: a variable's values and the search and filter over them ------------------------------------

UNKNOWN = "Fem."  # a spelling of "female" the 2022 recipe does not know


@pytest.fixture
def recode_page(qtbot: QtBot) -> Iterator[RecodePage]:
    page = RecodePage()
    qtbot.addWidget(page)
    page.resize(1060, 760)
    page.show()
    yield page
    page.shutdown()
    QThreadPool.globalInstance().waitForDone()


def _with_unknown_spelling() -> CaseExport:
    sample = _sample_export()
    frame = sample.victim_frame.copy()
    gender = frame["prs_Gender"].astype("object")
    gender.iloc[[0, 5, 9]] = UNKNOWN
    frame["prs_Gender"] = gender.astype("category")
    assert sample.perpetrators is not None
    link = check_link(frame, sample.perpetrators.frame, "cas_CaseID", "cas_CaseID")
    return CaseExport(LoadedTable(frame, sample.victims.source), sample.perpetrators, link)


def test_the_recode_page_values(qtbot: QtBot, recode_page: RecodePage) -> None:
    page = recode_page
    mapping = page.mapping
    watched(mapping.model)
    watched(mapping.proxy)

    def run_done() -> None:
        qtbot.waitUntil(lambda: not page.is_busy() and page.review() is not None, timeout=TIMEOUT_MS)

    page.receive_input(_with_unknown_spelling())
    assert page.choose_recipe("victim_perpetrator_2022")
    run_done()
    page.show_variable("gender")
    assert mapping.model.rowCount() >= 4
    for column in (VALUE, COLUMN, ROWS, BECOMES, STATE):
        for order in ORDERS:
            mapping.table.sortByColumn(column, order)
    mapping.table.sortByColumn(ROWS, Qt.SortOrder.DescendingOrder)
    counts = [
        mapping.model.value_at(mapping.proxy.mapToSource(mapping.proxy.index(r, 0)).row()).count
        for r in range(mapping.proxy.rowCount())
    ]
    assert counts == sorted(counts, reverse=True) and len(counts) == mapping.model.rowCount()
    # Search, then only the values to fix, then both undone.
    mapping.search.setText("fem")
    assert set(mapping.shown_values()) >= {"Feminine", UNKNOWN}
    mapping.only_open.setChecked(True)
    assert mapping.shown_values() == [UNKNOWN]
    mapping.search.clear()
    assert mapping.shown_values() == [UNKNOWN]
    # Map the value to fix, as the page's button does: the run again, and the table refilled while filtered.
    mapping.select_value(UNKNOWN)
    mapping.target.setCurrentIndex(mapping.target.findData("Female"))
    qtbot.mouseClick(mapping.assign_button, Qt.MouseButton.LeftButton)
    run_done()
    qtbot.waitUntil(lambda: mapping.proxy.rowCount() == 0, timeout=TIMEOUT_MS)
    mapping.only_open.setChecked(False)
    assert UNKNOWN in mapping.shown_values()
    # Another variable's values.
    page.show_variable("UN_COO_Region")  # the citizenships: dozens of countries
    assert mapping.proxy.rowCount() == mapping.model.rowCount() > 10 and UNKNOWN not in mapping.shown_values()
