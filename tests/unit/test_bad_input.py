"""Every kind of bad input gets a `LoadError` that names the file, says what is wrong and what to do; never a crash.

The same files go through the real CLI, which must answer with exit code 2 and one line on stderr, no traceback.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pandas as pd
import pytest

from ctdc_desktop.cli import main
from ctdc_desktop.core.io.read_export import list_sheets, read_export
from ctdc_desktop.core.io.table import LoadError

OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def encrypted_ooxml(path: Path) -> Path:
    """The shape of an Excel file saved with a password: an OLE2 container with an "EncryptedPackage" stream."""
    header = OLE2 + bytes(504)
    directory = "Root Entry".encode("utf-16-le").ljust(128, b"\0") + "EncryptedPackage".encode("utf-16-le").ljust(
        128, b"\0"
    )
    path.write_bytes(header + directory + bytes(4096))
    return path


def bad_files(folder: Path) -> dict[str, tuple[Path, str]]:
    """name -> (file, words the message must contain)."""
    files: dict[str, tuple[Path, str]] = {}

    def add(name: str, filename: str, data: bytes, expect: str) -> None:
        path = folder / filename
        path.write_bytes(data)
        files[name] = (path, expect)

    add("empty csv", "empty.csv", b"", "is empty")
    add("empty xlsx", "empty.xlsx", b"", "is empty")
    add("only blank lines", "blank.csv", b"\r\n\r\n  \r\n", "has no values")
    add("picture renamed csv", "photo.csv", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "a picture")
    add("random bytes renamed csv", "noise.csv", bytes((i * 37 + 11) % 256 for i in range(4000)), "binary data")
    add(
        "random bytes renamed xlsx",
        "noise.xlsx",
        bytes((i * 53 + 7) % 256 for i in range(4000)),
        "not an Excel workbook",
    )
    add("pdf renamed xlsx", "report.xlsx", b"%PDF-1.7\n" + bytes(500), "a PDF document")
    add("truncated workbook", "cut.xlsx", b"PK\x03\x04" + bytes(300), "damaged")
    add("old office file that is not a workbook", "memo.xls", OLE2 + bytes(2000), "cannot be read")
    add("unclosed quote", "quote.csv", b'id,notes\n1,"never closed\n' + b"2,x\n" * 6000, "never closed")
    add("row longer than header", "long.csv", b"a;b\n1;2\n3;4;5\n", "more values than there are column names")
    add("web page named xls", "cases.xls", b"<html><body><table><tr><td>a</td></tr></table></body></html>", "web page")
    add(
        "xml spreadsheet",
        "cases.xml.xls",
        b'<?xml version="1.0"?>\n<Workbook xmlns="urn:schemas-microsoft-com">',
        "XML",
    )
    docx = folder / "letter.xlsx"
    with zipfile.ZipFile(docx, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<document/>")
    files["word document renamed xlsx"] = (docx, "a Word document")
    plain_zip = folder / "bundle.xlsx"
    with zipfile.ZipFile(plain_zip, "w") as archive:
        archive.writestr("data.csv", "a,b\n1,2\n")
    files["zip archive renamed xlsx"] = (plain_zip, "a ZIP archive")
    damaged = folder / "damaged.xlsx"
    with zipfile.ZipFile(damaged, "w") as archive:
        archive.writestr("xl/workbook.xml", "<workbook><sheets><sheet name='S' r:id='x'")
    files["workbook with broken xml"] = (damaged, "damaged")
    files["password protected"] = (encrypted_ooxml(folder / "locked.xlsx"), "protected by a password")
    files["missing file"] = (folder / "not-there.csv", "does not exist")
    files["folder"] = (folder, "is a folder")
    return files


@pytest.fixture
def bad(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    return bad_files(tmp_path)


CASES = [
    "empty csv",
    "empty xlsx",
    "only blank lines",
    "picture renamed csv",
    "random bytes renamed csv",
    "random bytes renamed xlsx",
    "pdf renamed xlsx",
    "truncated workbook",
    "old office file that is not a workbook",
    "unclosed quote",
    "row longer than header",
    "web page named xls",
    "xml spreadsheet",
    "word document renamed xlsx",
    "zip archive renamed xlsx",
    "workbook with broken xml",
    "password protected",
    "missing file",
    "folder",
]


@pytest.mark.parametrize("case", CASES)
def test_bad_input_gives_a_clear_load_error(bad: dict[str, tuple[Path, str]], case: str) -> None:
    path, expected = bad[case]
    with pytest.raises(LoadError) as caught:
        read_export(path)
    message = caught.value.message
    assert message.startswith(f"{path.name}: "), message
    assert expected in message, message
    assert caught.value.advice, "every message says what to do"


@pytest.mark.parametrize("case", CASES)
def test_cli_answers_bad_input_with_one_line_and_exit_2(
    bad: dict[str, tuple[Path, str]], case: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path, expected = bad[case]
    assert main(["scan", str(path)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and expected in lines[0]
    assert "Traceback" not in captured.err


def test_password_message_says_how_to_remove_it(bad: dict[str, tuple[Path, str]]) -> None:
    path, _ = bad["password protected"]
    with pytest.raises(LoadError) as caught:
        list_sheets(path)
    assert "remove the password in excel and save again" in caught.value.message.casefold()


def test_header_with_only_blank_and_duplicate_names_still_loads(tmp_path: Path) -> None:
    path = tmp_path / "h.csv"
    path.write_text(",,x,x,x\n1,2,3,4,5\n", encoding="utf-8")
    frame = read_export(path).frame
    assert list(frame.columns) == ["Column 1", "Column 2", "x", "x (2)", "x (3)"]


def test_one_megabyte_cell_loads_whole(tmp_path: Path) -> None:
    big = "A" * (1024 * 1024)
    path = tmp_path / "bigcell.csv"
    path.write_text(f'id,notes\n1,"{big}"\n2,short\n', encoding="utf-8")
    frame = read_export(path).frame
    assert frame["notes"].iloc[0] == big
    assert frame["notes"].iloc[1] == "short"


def test_one_megabyte_cell_in_a_workbook(tmp_path: Path) -> None:
    import openpyxl

    path = tmp_path / "bigcell.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["id", "notes"])
    sheet.append(["1", "B" * 32_767])  # Excel's own limit for one cell
    book.save(path)
    assert read_export(path).frame["notes"].iloc[0] == "B" * 32_767


def test_a_million_rows_load(tmp_path: Path) -> None:
    path = tmp_path / "million.csv"
    with path.open("w", encoding="utf-8", newline="") as file:
        file.write("id,gender\n")
        file.writelines(f"{i},{'FM'[i % 2]}\n" for i in range(1_000_000))
    table = read_export(path)
    assert len(table.frame) == 1_000_000
    assert table.frame["id"].iloc[-1] == "999999"
    assert table.frame.index[-1] == 1_000_001
    assert isinstance(table.frame["gender"].dtype, pd.CategoricalDtype)
    assert list(table.frame["gender"].cat.categories) == ["F", "M"]


def test_workbook_with_only_empty_sheets(tmp_path: Path) -> None:
    import openpyxl

    path = tmp_path / "blank.xlsx"
    book = openpyxl.Workbook()
    book.create_sheet("Second")
    book.save(path)
    with pytest.raises(LoadError, match='has no values in sheet "Sheet"'):
        read_export(path)


@pytest.mark.parametrize(
    ("error", "expected"),
    [(MemoryError(), "not enough free memory"), (OSError(5, "Input/output error"), "could not be read to the end")],
)
def test_running_out_of_memory_or_losing_the_drive_is_a_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, error: Exception, expected: str
) -> None:
    from ctdc_desktop.core.io import read_export as module

    def fail(*_: object, **__: object) -> None:
        raise error

    monkeypatch.setattr(module, "read_text_export", fail)
    path = tmp_path / "big.csv"
    path.write_text("a\n1\n", encoding="utf-8")
    with pytest.raises(LoadError, match=expected):
        read_export(path)
