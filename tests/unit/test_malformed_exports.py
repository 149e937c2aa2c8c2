"""Exports that used to lose records without a word (issue 7, items 1-3): each is now refused with the row to fix.

The fixtures are in tests/fixtures/malformed (see its SOURCES.md).
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from ctdc_desktop.core.io.read_export import list_sheets, read_export
from ctdc_desktop.core.io.table import LoadError

MALFORMED = Path(__file__).resolve().parents[1] / "fixtures" / "malformed"


def test_unclosed_quote_is_refused_at_the_line_where_it_opens() -> None:
    # Old reader: 11 records, exit 0, the other 89 records inside one notes cell.
    with pytest.raises(LoadError) as caught:
        read_export(MALFORMED / "unclosed_quote.csv")
    message = str(caught.value)
    assert "unclosed_quote.csv" in message
    assert "line 12" in message and "quote" in message


def test_unclosed_quote_running_to_the_end_of_the_file_is_refused(tmp_path: Path) -> None:
    # No later quote mark to stop it: the cell would run to the end of the file.
    lines = (MALFORMED / "unclosed_quote.csv").read_text(encoding="utf-8").splitlines(keepends=True)
    text = "".join(lines[:12]) + "".join(line.replace('"', "").replace(", then", " then") for line in lines[12:])
    path = tmp_path / "cut_off.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(LoadError, match=r"line 12 is never closed"):
        read_export(path)


def test_quote_closed_then_followed_by_text_on_one_line_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "inches.csv"
    path.write_text('case_id,notes\nC1,"a 5" screen"\nC2,fine\n', encoding="utf-8")
    with pytest.raises(LoadError, match=r"on line 2 a cell has more text after its closing quote"):
        read_export(path)


def test_well_quoted_line_breaks_still_load() -> None:
    # The strict reader must not refuse what Excel writes: quoted notes with line breaks, doubled quotes.
    table = read_export(MALFORMED.parent / "loading" / "test-import.csv")
    assert table.row_count > 0


def test_first_record_with_extra_commas_is_not_taken_for_the_header() -> None:
    # Old reader: column names taken from row 2 (words of a note), the real header dropped, exit 0.
    with pytest.raises(LoadError) as caught:
        read_export(MALFORMED / "extra_commas_first_record.csv")
    message = str(caught.value)
    assert "Row 2 has more values than there are column names" in message
    assert "taken from row 1" in message


def test_header_prefers_names_over_a_wider_row_and_says_which_row(tmp_path: Path) -> None:
    # The same note, quoted as it should be, loads with the header from row 1.
    text = (MALFORMED / "extra_commas_first_record.csv").read_text(encoding="utf-8")
    path = tmp_path / "fixed.csv"
    path.write_text(text.replace("met recruiter, paid, moved, to city, then", "met recruiter"), encoding="utf-8")
    table = read_export(path)
    assert table.header_row == 1
    assert list(table.frame.columns) == ["case_id", "yearOfRegistration", "gender", "ageBroad", "citizenship", "notes"]
    assert table.row_count == 100


def test_known_field_names_win_over_a_title_row(tmp_path: Path) -> None:
    # "Victims export, March" looks like two names, but records stick out of it; the HTCDS codes below are the header.
    path = tmp_path / "titled.csv"
    path.write_text(
        "Victims export,March\nprs_Gender,prs_Citizenship,vic_TypeOfExploitation\n"
        + "".join(f"Feminine,NGA,Labour{i}\n" for i in range(5)),
        encoding="utf-8",
    )
    table = read_export(path)
    assert table.header_row == 2
    assert any("found in row 2" in note for note in table.notes)


def test_file_with_names_and_no_records_is_refused() -> None:
    # Old reader: 0 records, a note, and Load marked done.
    with pytest.raises(LoadError, match=r"names_only.csv: has column names \(row 1\) but no records"):
        read_export(MALFORMED / "names_only.csv")


def test_sheet_with_names_and_no_records_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "empty.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Victims"
    sheet.append(["case_id", "gender", "notes"])
    book.save(path)
    with pytest.raises(LoadError, match=r'no records below them in sheet "Victims"'):
        read_export(path)
    assert list_sheets(path)[0].rows == 0


def test_quote_closed_by_a_stray_quote_later_names_the_row_in_a_note(tmp_path: Path) -> None:
    # A quote that "closes" at a stray quote ending a later cell (5'4") passes the strict reader; the lines of the
    # cell in between look like whole records, and a note names the record where it starts.
    lines = (MALFORMED / "unclosed_quote.csv").read_text(encoding="utf-8").splitlines(keepends=True)
    later = [line.replace('"', "").replace(", then", " then") for line in lines[12:]]
    later[20] = later[20].rstrip("\n") + " 5'4\"\n"
    path = tmp_path / "stray.csv"
    path.write_text("".join(lines[:12] + later), encoding="utf-8")
    table = read_export(path)
    assert table.row_count < 100
    assert any("line(s) 12 hold a cell whose lines look like whole records" in note for note in table.notes)


def test_a_note_with_line_breaks_is_not_taken_for_swallowed_records(tmp_path: Path) -> None:
    path = tmp_path / "notes.csv"
    note = '"Met at the market.\nPaid, moved, then left.\nCalled again, later."'
    path.write_text(f"case_id,gender,age,country,notes\nC1,F,18,NGA,{note}\nC2,M,20,GHA,none\n", encoding="utf-8")
    table = read_export(path)
    assert table.row_count == 2 and not any("whole records" in n for n in table.notes)


def test_header_narrower_than_its_records_keeps_row_one(tmp_path: Path) -> None:
    # An unnamed last column: every record sticks out of the header, and a record of words fits under the next one.
    # The header stays in row 1 (the unnamed column is named by its position), as counting cells always said.
    path = tmp_path / "unnamed.csv"
    path.write_text("gender,country,type,\n" + "".join(f"Female,Nigeria{i},Labour,extra{i}\n" for i in range(6)))
    table = read_export(path)
    assert table.header_row == 1 and table.row_count == 6
    assert list(table.frame.columns) == ["gender", "country", "type", "Column 4"]
