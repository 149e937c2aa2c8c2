"""An export saved without its header row: said, and read whole when the user says so (issue 19, "Header-less
exports")."""

from __future__ import annotations

from pathlib import Path

import pytest

from ctdc_desktop.core.io.read_export import read_export
from ctdc_desktop.core.load.open_export import read_and_profile

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
SAMPLE = Path(__file__).resolve().parent.parent.parent / "resources" / "sample"

RECORDS = [
    'C0012,Female,32,Nigeria,"met him at the bus station, the one near the market"',
    "C0013,Male,27,Ghana,recruited online",
    'C0014,Female,19,Nigeria,"travelled with her cousin, then sold"',
    "C0015,Female,41,Benin,",
    "C0016,Male,35,Ghana,promised work abroad",
]


def header_less(folder: Path) -> Path:
    path = folder / "no header.csv"
    path.write_text("\n".join(RECORDS) + "\n", encoding="utf-8")
    return path


def test_a_first_row_that_is_a_record_is_said(tmp_path: Path) -> None:
    table = read_export(header_less(tmp_path))
    assert table.header_looks_like_record
    note = next(n for n in table.notes if "looks like a record" in n)
    assert "Row 1" in note and "--no-header" in note and "The file has no header row" in note


def test_without_a_header_every_record_is_kept_and_columns_are_numbered(tmp_path: Path) -> None:
    table = read_export(header_less(tmp_path), has_header=False)
    assert list(table.frame.columns) == [f"column {n}" for n in range(1, 6)]
    assert len(table.frame) == len(RECORDS)
    assert list(table.frame.index) == [1, 2, 3, 4, 5]  # the row numbers the user sees
    assert table.frame["column 5"].iloc[0] == "met him at the bus station, the one near the market"
    assert not table.has_header and not table.header_looks_like_record
    assert not any("looks like a record" in n for n in table.notes)


def test_profile_of_a_header_less_file(tmp_path: Path) -> None:
    loaded = read_and_profile(header_less(tmp_path), None, has_header=False)
    assert loaded.table.row_count == len(RECORDS)


def test_a_workbook_without_a_header_row(tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    for line in ["C0012,Female,32,Nigeria", "C0013,Male,27,Ghana", "C0014,Female,19,Nigeria"]:
        sheet.append(line.split(","))
    path = tmp_path / "no header.xlsx"
    book.save(path)
    assert read_export(path).header_looks_like_record
    table = read_export(path, has_header=False)
    assert list(table.frame.columns) == ["column 1", "column 2", "column 3", "column 4"] and len(table.frame) == 3


@pytest.mark.parametrize(
    "path",
    [
        *sorted((SAMPLE).glob("*.csv")),
        *sorted((SAMPLE).glob("*.xlsx")),
        *sorted((FIXTURES / "loading").glob("*.csv")),
        *sorted(p for p in (FIXTURES / "loading").glob("*.xlsx") if not p.name.startswith("HTCDS")),  # no records
        *sorted((FIXTURES / "exports").rglob("*.csv")),
        *sorted((FIXTURES / "exports").rglob("*.xlsx")),
        *sorted((FIXTURES / "recode").rglob("*.csv")),
    ],
    ids=lambda p: p.name,
)
def test_real_headers_are_not_taken_for_records(path: Path) -> None:
    assert not read_export(path).header_looks_like_record
