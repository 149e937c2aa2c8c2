"""Reading CSV/TSV/TXT exports: encodings, separators, quoting, the cell contract, ragged rows, progress, cancel."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pandas as pd
import pytest

from ctdc_desktop.core.io.read_export import list_sheets, read_export
from ctdc_desktop.core.io.table import LoadError
from ctdc_desktop.core.io.text_export import detect_delimiter, detect_encoding
from ctdc_desktop.core.progress import Cancelled, RecordingProgress

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "loading"

ROWS = [
    ["Case ID", "Name", "Birth date", "Notes"],
    ["0012", "José Núñez", "03/04/2021", "Met at the café"],
    ["0013", "Zoë Ångström", "2021-04-05", ""],
]


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def table_text(rows: list[list[str]], delimiter: str = ",", newline: str = "\r\n") -> str:
    return newline.join(delimiter.join(row) for row in rows) + newline


def cells(frame: pd.DataFrame) -> list[list[str | None]]:
    return [[None if pd.isna(v) else v for v in row] for row in frame.itertuples(index=False)]


@pytest.mark.parametrize(
    ("encoding", "expected"),
    [
        ("utf-8", "UTF-8"),
        ("utf-8-sig", "UTF-8 with BOM"),
        ("utf-16", "UTF-16 (Excel's Unicode text)"),  # Python writes a BOM, as Excel's "Unicode text" does
        ("cp1252", "Windows-1252 (Western European)"),
    ],
)
def test_each_encoding_reads_the_same_text(tmp_path: Path, encoding: str, expected: str) -> None:
    delimiter = "\t" if encoding == "utf-16" else ","
    path = write(tmp_path / "export.txt", table_text(ROWS, delimiter), encoding)
    table = read_export(path)
    assert table.encoding == expected
    assert table.delimiter == delimiter
    assert list(table.frame.columns) == ROWS[0]
    assert cells(table.frame) == [
        ["0012", "José Núñez", "03/04/2021", "Met at the café"],
        ["0013", "Zoë Ångström", "2021-04-05", None],
    ]


def test_windows_1252_read_is_explained_in_a_note(tmp_path: Path) -> None:
    table = read_export(write(tmp_path / "export.csv", table_text(ROWS), "cp1252"))
    assert any("Windows-1252" in note and "CSV UTF-8" in note for note in table.notes)


def test_late_non_utf8_byte_switches_to_windows_1252(tmp_path: Path) -> None:
    # The head is plain ASCII, so UTF-8 looks right until a Windows-1252 "é" deep in the file.
    lines = ["id,city"] + [f"{i},Lyon" for i in range(40_000)] + ["40000,Orl\xe9ans"]
    path = tmp_path / "late.csv"
    path.write_bytes("\n".join(lines).encode("cp1252"))
    table = read_export(path)
    assert table.encoding == "Windows-1252 (Western European)"
    assert table.frame["city"].iloc[-1] == "Orléans"


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_each_delimiter_is_detected(tmp_path: Path, delimiter: str) -> None:
    rows = (
        [["a", "b", "c"], ["1", "x y", "3"], ["4", "5,5", "6"]]
        if delimiter != ","
        else [["a", "b", "c"], ["1", "2", "3"]]
    )
    table = read_export(write(tmp_path / "t.csv", table_text(rows, delimiter)))
    assert table.delimiter == delimiter
    assert list(table.frame.columns) == ["a", "b", "c"]


def test_semicolon_file_with_commas_in_values_is_not_split_on_commas() -> None:
    text = "name;place;age\nAna;Bogotá, Colombia;23\nLi;Hanoi, Viet Nam;31\n"
    assert detect_delimiter(text) == ";"


def test_single_column_file_loads(tmp_path: Path) -> None:
    table = read_export(write(tmp_path / "ids.csv", "case\nA1\nA2\n"))
    assert list(table.frame.columns) == ["case"]
    assert list(table.frame["case"]) == ["A1", "A2"]


def test_encoding_detection_on_bytes() -> None:
    assert detect_encoding(b"\xef\xbb\xbfa,b") == "utf-8-sig"
    assert detect_encoding(b"\xff\xfea\x00,\x00") == "utf-16"
    assert detect_encoding("a,b\n1,2\n".encode("utf-16-le")) == "utf-16-le"
    assert detect_encoding("é,b".encode()) == "utf-8"
    assert detect_encoding("é,b".encode("cp1252")) == "cp1252"


def test_quoted_cells_keep_line_breaks_and_rows_keep_their_line_numbers(tmp_path: Path) -> None:
    text = 'id,notes\n1,"first line\nsecond line"\n2,"said ""no"""\n3,plain\n'
    table = read_export(write(tmp_path / "q.csv", text))
    assert list(table.frame["notes"]) == ["first line\nsecond line", 'said "no"', "plain"]
    # Record 2 starts on line 4 because record 1 runs over lines 2-3.
    assert list(table.frame.index) == [2, 4, 5]
    assert table.frame.index.name == "row"


def test_values_stay_text_as_written(tmp_path: Path) -> None:
    text = "id,date,amount,flag,spaced\n0012,03/04/2021,1.50,TRUE,  padded  \n7,2021-4-3,1e3,0.0, \n"
    frame = read_export(write(tmp_path / "v.csv", text)).frame
    assert cells(frame) == [["0012", "03/04/2021", "1.50", "TRUE", "  padded  "], ["7", "2021-4-3", "1e3", "0.0", None]]


def test_cell_contract_is_string_categorical_with_nan_for_missing(tmp_path: Path) -> None:
    frame = read_export(write(tmp_path / "c.csv", "a,b\nx,\ny,z\n")).frame
    for name in frame.columns:
        assert isinstance(frame[name].dtype, pd.CategoricalDtype)
        assert all(isinstance(c, str) for c in frame[name].cat.categories)
    assert pd.isna(frame["b"].iloc[0])
    assert frame["b"].iloc[1] == "z"


def test_blank_and_duplicate_header_names_are_renamed_with_a_note(tmp_path: Path) -> None:
    table = read_export(write(tmp_path / "h.csv", "Name,,Name, Age ,name\n1,2,3,4,5\n"))
    assert list(table.frame.columns) == ["Name", "Column 2", "Name (2)", "Age", "name"]
    joined = " ".join(table.notes)
    assert "Column 2" in joined
    assert '"Name" → "Name (2)"' in joined
    assert "Extra spaces" in joined


def test_generated_name_that_exists_already_gets_a_number(tmp_path: Path) -> None:
    frame = read_export(write(tmp_path / "h.csv", "Column 2,,Column 2\n1,2,3\n")).frame
    assert list(frame.columns) == ["Column 2", "Column 2 (2)", "Column 2 (3)"]
    assert frame.columns.is_unique


def test_trailing_separators_do_not_make_rows_ragged(tmp_path: Path) -> None:
    table = read_export(write(tmp_path / "t.csv", "a;b;c;\n1;2;3\n4;5;6;\n"))
    assert list(table.frame.columns) == ["a", "b", "c"]
    assert table.notes == ()


def test_title_rows_above_the_header_are_skipped(tmp_path: Path) -> None:
    text = "Victims registered in 2021\n\nid,gender,age\n1,F,20\n2,M,31\n"
    table = read_export(write(tmp_path / "t.csv", text))
    assert table.header_row == 3
    assert list(table.frame.columns) == ["id", "gender", "age"]
    assert list(table.frame.index) == [4, 5]


def test_arx_ragged_file_loads_with_short_and_empty_rows_listed() -> None:
    table = read_export(FIXTURES / "test-import.csv")
    assert table.delimiter == ";"
    assert list(table.frame.columns) == ["age", "gender", "zipcode", "additional"]
    assert len(table.frame) == 10
    short = next(n for n in table.notes if "fewer values" in n)
    assert "Rows 2, 4, 5 have" in short
    empty = next(n for n in table.notes if "empty row" in n)
    assert "3, 12, 13" in empty
    # The quoted cell keeps its separators, and a short row is not padded from its neighbours.
    assert table.frame.loc[7, "zipcode"] == "81;;;925"
    assert table.frame.loc[5, "age"] == "c"
    assert pd.isna(table.frame.loc[5, "gender"])


def test_row_with_more_values_than_names_is_refused_with_its_line(tmp_path: Path) -> None:
    path = write(tmp_path / "long.csv", "a,b\n1,2\n3,4,5\n6,7\n")
    with pytest.raises(LoadError) as caught:
        read_export(path)
    message = caught.value.message
    assert message.startswith("long.csv: ")
    assert "Row 3 has more values" in message
    assert "wrong columns" in message


def test_text_file_has_no_sheets(tmp_path: Path) -> None:
    path = write(tmp_path / "t.csv", "a\n1\n")
    assert list_sheets(path) == []
    with pytest.raises(LoadError, match="no sheets"):
        read_export(path, sheet="Victims")


def test_progress_is_reported_and_reaches_the_end(tmp_path: Path) -> None:
    path = write(tmp_path / "big.csv", "a,b\n" + "".join(f"{i},x{i % 7}\n" for i in range(30_000)))
    progress = RecordingProgress()
    table = read_export(path, progress=progress)
    assert len(table.frame) == 30_000
    assert len(progress.reports) >= 3
    done, total, _ = progress.reports[-1]
    assert total == path.stat().st_size and done == total


def test_cancel_stops_the_read(tmp_path: Path) -> None:
    path = write(tmp_path / "big.csv", "a,b\n" + "".join(f"{i},x\n" for i in range(50_000)))
    progress = RecordingProgress(cancel_after=2)
    with pytest.raises(Cancelled):
        read_export(path, progress=progress)
    assert len(progress.reports) == 2


def test_input_file_is_not_changed(tmp_path: Path) -> None:
    path = write(tmp_path / "keep.csv", table_text(ROWS))
    before = (hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns)
    path.chmod(0o444)  # a write attempt would fail loudly
    read_export(path)
    assert (hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns) == before


def test_real_ctdc_extract_reads_every_row() -> None:
    table = read_export(FIXTURES / "dados_app_head300.csv")
    assert table.frame.shape == (300, 15)
    assert table.frame["isForcedLabour"].iloc[0] in {"0.0", "1.0"}  # flags stay as written, not parsed


def test_full_dados_app_file(shared_data: Path) -> None:
    table = read_export(shared_data / "ctdc" / "derived" / "dados_app.csv")
    assert table.frame.shape == (48_773, 15)
    assert table.notes == ()


def test_first_record_is_not_mistaken_for_a_label_row(tmp_path: Path) -> None:
    text = "id,gender,age\nid1,F,23\nid2,M,30\n"
    table = read_export(write(tmp_path / "t.csv", text))
    assert list(table.frame["id"]) == ["id1", "id2"]


def test_repeated_header_row_is_not_a_record(tmp_path: Path) -> None:
    text = "case_id,first_name,gender\nCase ID,First name,Gender\nC1,Ana,F\n"
    table = read_export(write(tmp_path / "t.csv", text))
    assert list(table.frame["case_id"]) == ["C1"]
    assert any("Row 2 describes the column names" in n for n in table.notes)


def test_excel_sep_line_names_the_separator(tmp_path: Path) -> None:
    table = read_export(write(tmp_path / "t.csv", "sep=;\r\nname;place\r\nAna;Cali, Colombia\r\n"))
    assert table.delimiter == ";"
    assert list(table.frame.columns) == ["name", "place"]
    assert list(table.frame.index) == [3]
    assert table.header_row == 2


def test_old_mac_line_endings(tmp_path: Path) -> None:
    table = read_export(write(tmp_path / "t.csv", "a,b\r1,2\r3,4\r"))
    assert cells(table.frame) == [["1", "2"], ["3", "4"]]


def test_line_breaks_in_header_cells_become_spaces(tmp_path: Path) -> None:
    table = read_export(write(tmp_path / "t.csv", '"First\nname",Age\nAna,3\n'))
    assert list(table.frame.columns) == ["First name", "Age"]


def test_categories_built_in_runs_give_the_same_frame(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A column of a million IDs gets its categories in runs, without re-checking them (the window froze otherwise).
    # Runs of 2 values must give exactly the frame a single run gives, and a dtype pandas itself would build.
    from ctdc_desktop.core.io import assemble_table

    rows = [["id", "gender", "note"]]
    rows += [[f"ID-{i:03d}", ["F", "M", " ", ""][i % 4], f"n{i % 7}" if i % 3 else ""] for i in range(41)]
    path = write(tmp_path / "ids.csv", table_text(rows))
    whole = read_export(path).frame
    monkeypatch.setattr(assemble_table, "CATEGORY_CHUNK", 2)
    runs = read_export(path).frame
    pd.testing.assert_frame_equal(runs, whole)
    assert list(runs["id"].cat.categories) == [f"ID-{i:03d}" for i in range(41)]
    assert list(runs["gender"].cat.categories) == ["F", "M"]
    assert runs["note"].isna().sum() == 14
    for name in runs.columns:
        dtype = runs[name].dtype
        assert dtype == pd.CategoricalDtype(list(dtype.categories))
        assert dtype.categories.dtype == "str"
        assert dtype.categories.is_unique and not dtype.categories.hasnans


def test_column_builder_finish_in_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    from ctdc_desktop.core.io import assemble_table

    monkeypatch.setattr(assemble_table, "CATEGORY_CHUNK", 3)
    builder = assemble_table.ColumnBuilder()
    builder.add(["b", "a", "", "b", "c"])
    builder.add(["d", "  ", "a", "e", "f", "g"])
    column = builder.finish()
    expected = pd.Categorical(
        ["b", "a", None, "b", "c", "d", None, "a", "e", "f", "g"], categories=["b", "a", "c", "d", "e", "f", "g"]
    )
    pd.testing.assert_extension_array_equal(column, expected)
    empty = assemble_table.ColumnBuilder().finish()
    assert len(empty) == 0 and len(empty.categories) == 0 and empty.categories.dtype == "str"


def test_empty_row_note_gives_runs_of_rows_as_ranges(tmp_path: Path) -> None:
    # 20 blank lines in a row used to be listed as 20 numbers; they are one range now.
    text = "id,gender\n1,F\n" + "\n" * 20 + "2,M\n,\n3,F\n"
    table = read_export(write(tmp_path / "gaps.csv", text))
    assert table.row_count == 3
    note = next(n for n in table.notes if "empty row" in n)
    assert "(rows 3-22, 24)" in note, note
