"""Reading Excel workbooks: sheets and their record counts, header finding, cell text, the openpyxl fallback."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from ctdc_desktop.core.io import workbook_export
from ctdc_desktop.core.io.read_export import list_sheets, read_export
from ctdc_desktop.core.io.table import LoadError, SheetInfo
from ctdc_desktop.core.io.workbook_export import cell_text
from ctdc_desktop.core.progress import Cancelled, RecordingProgress

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "loading"
HTCDS = FIXTURES / "HTCDS Excel Spreadsheet v2.0.xlsx"
CODEBOOK = FIXTURES / "CTDC Global K-anon Dataset DATA DICTIONARY version 20210825.xlsx"


def make_workbook(path: Path, sheets: dict[str, list[list[object]]], origin: str = "A1") -> Path:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        start = sheet[origin]
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                sheet.cell(row=start.row + r, column=start.column + c, value=value)
    book.save(path)
    return path


def test_small_arx_workbook_numbers_become_plain_text() -> None:
    table = read_export(FIXTURES / "test.xlsx")
    assert table.sheet == "Tabelle1"
    assert list(table.frame.columns) == ["age", "gender", "zipcode"]
    assert table.frame.iloc[0].tolist() == ["34", "male", "81667"]  # 34.0 in the file, "34" as Excel shows it
    assert list(table.frame.index[:2]) == [2, 3]


def test_htcds_template_index_column_label_row_and_empty_rows(tmp_path: Path) -> None:
    # The template itself holds no records (refused, see test_malformed_exports); one filled row makes it an export.
    book = openpyxl.load_workbook(HTCDS)
    sheet = book.active
    assert sheet is not None
    sheet["D503"] = "Jane"  # prs_FirstName, in one of the numbered empty rows
    filled = tmp_path / "htcds_one_record.xlsx"
    book.save(filled)
    table = read_export(filled)
    frame = table.frame
    assert len(frame) == 1 and list(frame.index) == [503]
    assert frame.columns[0] == "cas_CaseOwner"  # column A (row numbers only) is left out
    assert "prs_Birthdate" in frame.columns
    assert "Reason for Outgoing Referral" in frame.columns  # a field with a label but no code is named by its label
    assert len(frame.columns) == 38
    assert table.header_row == 1
    notes = " ".join(table.notes)
    assert "Row 2 describes the column names" in notes
    assert "numbers the rows" in notes
    assert "999 empty rows" in notes
    assert list_sheets(HTCDS) == [SheetInfo("Sheet1", 0)]
    with pytest.raises(LoadError, match="no records"):
        read_export(HTCDS)


def test_codebook_trailing_spaces_in_sheet_and_column_names() -> None:
    sheets = list_sheets(CODEBOOK)
    assert [s.name for s in sheets] == ["Main", "Lookups ", "Region", "Notes "]
    assert sheets[0].rows == 62 and sheets[2].rows == 252
    table = read_export(CODEBOOK, sheet="Main")
    assert "Variable name" in table.frame.columns
    assert any("Extra spaces" in n for n in table.notes)
    # A sheet name typed without its stray trailing space still finds the sheet.
    assert read_export(CODEBOOK, sheet="Lookups").sheet == "Lookups "


def test_unknown_sheet_lists_the_sheets() -> None:
    with pytest.raises(LoadError) as caught:
        read_export(CODEBOOK, sheet="Victims")
    assert 'no sheet called "Victims"' in caught.value.message
    assert '"Region"' in caught.value.message


def test_first_sheet_with_records_is_read_by_default(tmp_path: Path) -> None:
    path = make_workbook(
        tmp_path / "book.xlsx",
        {"Cover": [], "Victims": [["id", "gender"], ["V1", "F"], ["V2", "M"]], "Perpetrators": [["id"], ["V1"]]},
    )
    assert list_sheets(path) == [SheetInfo("Cover", 0), SheetInfo("Victims", 2), SheetInfo("Perpetrators", 1)]
    table = read_export(path)
    assert table.sheet == "Victims"
    assert any('read "Victims"' in n for n in table.notes)


def test_title_row_and_offset_table_keep_excel_row_numbers(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Case export, March 2024", None, None],
        [None, None, None],
        ["case", "gender", "age"],
        ["C-1", "F", 19],
        ["C-2", "M", 41],
    ]
    path = make_workbook(tmp_path / "t.xlsx", {"Data": rows}, origin="C2")
    table = read_export(path)
    assert table.header_row == 4
    assert list(table.frame.columns) == ["case", "gender", "age"]
    assert list(table.frame.index) == [5, 6]
    assert list(table.frame["age"]) == ["19", "41"]


def test_cells_are_text_as_excel_shows_them(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["id", "born", "registered", "flag", "share", "empty"],
        ["0012", dt.date(1990, 3, 4), dt.datetime(2021, 4, 3, 14, 5), True, 0.1, "   "],
        ["13", dt.datetime(1991, 1, 2), dt.datetime(2021, 4, 3), False, 2.5, None],
    ]
    frame = read_export(make_workbook(tmp_path / "c.xlsx", {"S": rows})).frame
    assert frame.iloc[0, :5].tolist() == ["0012", "1990-03-04", "2021-04-03 14:05:00", "TRUE", "0.1"]
    assert frame.iloc[1, :5].tolist() == ["13", "1991-01-02", "2021-04-03", "FALSE", "2.5"]
    assert frame["empty"].isna().all()


def test_cell_text_rules() -> None:
    assert cell_text(81667.0) == "81667"
    assert cell_text(1e20) == "1e+20"
    assert cell_text(-0.5) == "-0.5"
    assert cell_text(None) == ""
    assert cell_text(dt.time(9, 30)) == "09:30:00"


def test_openpyxl_reads_when_calamine_cannot(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = make_workbook(tmp_path / "f.xlsx", {"S": [["id", "n"], ["a", 1], ["b", 2.5]]})

    class Broken:
        @staticmethod
        def from_path(_: str) -> None:
            raise ValueError("calamine cannot read this")

    import python_calamine

    monkeypatch.setattr(python_calamine, "CalamineWorkbook", Broken)
    table = read_export(path)
    assert table.frame.iloc[:, 1].tolist() == ["1", "2.5"]
    assert any("slower Excel reader" in n for n in table.notes)
    assert list_sheets(path) == [SheetInfo("S", 2)]


def test_openpyxl_reads_a_sheet_calamine_cannot(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = make_workbook(tmp_path / "f.xlsx", {"S": [["id"], ["a"]]})

    class BrokenSheets:
        sheet_names = ("S",)

        @staticmethod
        def from_path(_: str) -> BrokenSheets:
            return BrokenSheets()

        def get_sheet_by_name(self, name: str) -> None:
            raise ValueError("bad sheet xml")

        def close(self) -> None:
            pass

    import python_calamine

    monkeypatch.setattr(python_calamine, "CalamineWorkbook", BrokenSheets)
    table = read_export(path, sheet="S")
    assert table.frame["id"].tolist() == ["a"]
    assert any("could not read this sheet" in n for n in table.notes)


def test_cancel_during_a_workbook_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(workbook_export, "ROWS_PER_CHUNK", 10)
    rows: list[list[object]] = [["id", "v"]] + [[f"r{i}", i] for i in range(200)]
    path = make_workbook(tmp_path / "big.xlsx", {"S": rows})
    with pytest.raises(Cancelled):
        read_export(path, progress=RecordingProgress(cancel_after=3))


def test_workbook_is_not_changed(tmp_path: Path) -> None:
    path = make_workbook(tmp_path / "keep.xlsx", {"S": [["a"], ["1"]]})
    before = (hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns)
    path.chmod(0o444)
    read_export(path)
    list_sheets(path)
    assert (hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns) == before


def test_workbook_named_csv_is_read_as_a_workbook(tmp_path: Path) -> None:
    path = make_workbook(tmp_path / "x.xlsx", {"S": [["a"], ["1"]]})
    renamed = path.rename(tmp_path / "export.csv")
    assert read_export(renamed).frame["a"].tolist() == ["1"]


def test_all_sheets_of_real_workbooks_load(shared_data: Path) -> None:
    for path in sorted((shared_data / "ctdc" / "codebooks").glob("*.xlsx")) + sorted(
        (shared_data / "htcds").glob("*.xlsx")
    ):
        for info in list_sheets(path):
            if info.rows == 0:  # a sheet of names only (a template, a notes sheet) is refused as "no records"
                with pytest.raises(LoadError, match="no records"):
                    read_export(path, sheet=info.name)
                continue
            table = read_export(path, sheet=info.name)
            assert table.frame.columns.is_unique
            assert all(isinstance(table.frame[c].dtype, pd.CategoricalDtype) for c in table.frame.columns)
