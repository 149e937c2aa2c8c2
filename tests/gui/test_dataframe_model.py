"""The preview model, tested without a window: what Qt asks of it is what the user sees."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QTableView

from ctdc_desktop.gui.dataframe_model import DISPLAY_LIMIT, DataFrameModel, RawValueRole
from tests.gui.model_tester import watched

Display = Qt.ItemDataRole.DisplayRole


@pytest.fixture
def cases() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "case_id": ["0012", "0013", None],
            "notes": ["line one\nline two", "", "x" * 5_000],
            "age": [34.0, np.nan, 7.0],
        }
    )


def test_counts_and_headers(qapp: object, cases: pd.DataFrame) -> None:
    model = DataFrameModel(cases)
    assert model.rowCount() == 3
    assert model.columnCount() == 3
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)] == ["case_id", "notes", "age"]
    # Rows count from 1, like a spreadsheet, not from pandas' 0.
    assert [model.headerData(r, Qt.Orientation.Vertical) for r in range(3)] == ["1", "2", "3"]
    assert model.headerData(3, Qt.Orientation.Vertical) is None
    assert model.headerData(7, Qt.Orientation.Horizontal) is None
    # A table has no children: a tree view asking for them gets nothing.
    assert model.rowCount(model.index(0, 0)) == 0


def test_cells_are_text_as_written(qapp: object, cases: pd.DataFrame) -> None:
    model = DataFrameModel(cases)
    assert model.data(model.index(0, 0), Display) == "0012"  # leading zeros survive
    assert model.data(model.index(0, 1), Display) == "line one ⏎ line two"
    assert model.data(model.index(0, 2), Display) == "34"
    assert model.data(model.index(0, 0), RawValueRole) == "0012"


def test_missing_is_empty_and_greyed(qapp: object, cases: pd.DataFrame) -> None:
    model = DataFrameModel(cases)
    missing = model.index(2, 0)
    present = model.index(0, 0)
    assert model.data(missing, Display) == ""
    assert model.data(missing, RawValueRole) is None
    assert isinstance(model.data(missing, Qt.ItemDataRole.BackgroundRole), QBrush)
    assert isinstance(model.data(missing, Qt.ItemDataRole.ForegroundRole), QBrush)
    assert model.data(missing, Qt.ItemDataRole.ToolTipRole) == "Empty cell"
    assert model.data(present, Qt.ItemDataRole.BackgroundRole) is None
    # An empty string is a value the export holds, not a missing cell.
    assert model.data(model.index(1, 1), Qt.ItemDataRole.BackgroundRole) is None
    assert model.data(model.index(1, 2), Display) == ""  # NaN in a numeric column


def test_long_cells_are_cut_for_display(qapp: object, cases: pd.DataFrame) -> None:
    model = DataFrameModel(cases)
    shown = model.data(model.index(2, 1), Display)
    assert len(shown) == DISPLAY_LIMIT + 1 and shown.endswith("…")
    assert len(model.data(model.index(2, 1), Qt.ItemDataRole.ToolTipRole)) > DISPLAY_LIMIT
    assert model.data(model.index(2, 1), RawValueRole) == "x" * 5_000


def test_numbers_align_right_text_left(qapp: object, cases: pd.DataFrame) -> None:
    model = DataFrameModel(cases)
    align = Qt.ItemDataRole.TextAlignmentRole
    assert model.data(model.index(0, 2), align) & int(Qt.AlignmentFlag.AlignRight)
    assert model.data(model.index(0, 0), align) & int(Qt.AlignmentFlag.AlignLeft)


def test_invalid_indexes_give_nothing(qapp: object, cases: pd.DataFrame) -> None:
    model = DataFrameModel(cases)
    assert model.data(QModelIndex(), Display) is None
    assert model.flags(QModelIndex()) == Qt.ItemFlag.NoItemFlags
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable


def test_set_frame_resets_views(qapp: object, qtbot: object, cases: pd.DataFrame) -> None:
    model = DataFrameModel()
    assert (model.rowCount(), model.columnCount()) == (0, 0)
    watched(model)  # Qt's model tester, through every reset below
    with qtbot.waitSignal(model.modelReset, timeout=1000):  # type: ignore[attr-defined]
        model.set_frame(cases)
    assert model.rowCount() == 3
    assert model.frame() is cases  # the model shows the frame itself, never a copy
    model.set_frame(None)
    assert model.rowCount() == 0


def test_a_million_rows_without_a_copy(qapp: object, qtbot: object) -> None:
    rows = 1_000_000
    frame = pd.DataFrame({"id": np.arange(rows).astype(str).astype(object), "kind": ["a", None] * (rows // 2)})
    model = DataFrameModel(frame)
    assert model.rowCount() == rows
    assert model.data(model.index(rows - 1, 0), Display) == str(rows - 1)
    assert model.data(model.index(rows - 1, 1), Display) == ""
    assert model.headerData(rows - 1, Qt.Orientation.Vertical) == "1000000"
    # The model reads the frame's own column arrays; nothing the size of the data was built beside it.
    assert np.shares_memory(model._columns[0], frame["id"].to_numpy())
    view = QTableView()
    qtbot.addWidget(view)  # type: ignore[attr-defined]
    view.setModel(model)
    view.resize(600, 400)
    view.show()
    view.scrollToBottom()
    qtbot.waitExposed(view)  # type: ignore[attr-defined]
    assert view.rowAt(view.viewport().height() - 2) >= rows - 30


def test_categorical_text_as_the_readers_store_it(qapp: object) -> None:
    # The readers keep text as categories and number rows as in the source file (header on line 1 → data from 2).
    rows = 1_000_000
    codes = np.tile(np.array([0, 1, -1], dtype=np.int8), rows // 3 + 1)[:rows]
    column = pd.Categorical.from_codes(codes, categories=["Female", "Male"])
    frame = pd.DataFrame({"gender": column}, index=pd.Index(np.arange(2, rows + 2), name="row"))
    model = DataFrameModel(frame)
    assert [model.data(model.index(r, 0), Display) for r in range(3)] == ["Female", "Male", ""]
    assert model.data(model.index(2, 0), RawValueRole) is None
    assert isinstance(model.data(model.index(2, 0), Qt.ItemDataRole.BackgroundRole), QBrush)
    assert model.headerData(0, Qt.Orientation.Vertical) == "2"
    assert model.headerData(rows - 1, Qt.Orientation.Vertical) == str(rows + 1)
    # The model reads the category codes in place: no column of a million strings was built.
    assert np.shares_memory(model._columns[0], frame["gender"].array.codes)


@pytest.mark.parametrize(("code", "shown"), [("en", "age at registration"), ("fr", "âge à l'enregistrement")])
def test_the_age_column_the_program_made_is_shown_in_the_windows_language(qapp: object, code: str, shown: str) -> None:
    from ctdc_desktop.gui import language

    try:
        assert language.install_language(code)
        model = DataFrameModel(pd.DataFrame({"ageAtRegistration": ["34"], "Sexe": ["F"]}))
        header = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(2)]
        assert header[0].startswith(shown) and header[1] == "Sexe"
        assert model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == "ageAtRegistration"
    finally:
        language.install_language(language.ENGLISH)
