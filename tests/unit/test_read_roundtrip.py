"""Property: any table written as CSV (any of our encodings and separators, any quoting) reads back cell for cell."""

from __future__ import annotations

import csv
import io
import tempfile
from pathlib import Path

import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ctdc_desktop.core.io.read_export import read_export

SEPARATORS = [",", ";", "\t", "|"]
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "cp1252"]


def cell_text(encoding: str, separator: str) -> st.SearchStrategy[str]:
    # Letters of many scripts (Latin-1 only for Windows-1252), quotes, spaces, line breaks and this file's own
    # separator; never another candidate separator, which would make the file honestly ambiguous.
    others = "".join(s for s in SEPARATORS if s != separator)
    max_codepoint = 0xFF if encoding == "cp1252" else 0x2FFF
    alphabet = st.characters(
        min_codepoint=0x20,
        max_codepoint=max_codepoint,
        blacklist_characters=others + "\x7f\ufeff",
        blacklist_categories=("Cs", "Cc"),
    )
    extra = st.sampled_from(['"', "\n", " ", separator, "0012", "Zoë", "03/04/2021"])
    return st.lists(st.one_of(alphabet, extra), max_size=12).map("".join)


@st.composite
def tables(draw: st.DrawFn) -> tuple[str, str, list[str], list[list[str]]]:
    encoding = draw(st.sampled_from(ENCODINGS))
    separator = draw(st.sampled_from(SEPARATORS))
    width = draw(st.integers(min_value=2, max_value=5))
    names = [f"C{i}" for i in range(width)]
    rows = draw(st.lists(st.lists(cell_text(encoding, separator), min_size=width, max_size=width), max_size=25))
    return encoding, separator, names, rows


def missing_if_blank(value: str) -> str | None:
    return None if value == "" or value.isspace() else value


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(tables())
def test_csv_round_trip(table: tuple[str, str, list[str], list[list[str]]]) -> None:
    encoding, separator, names, rows = table
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=separator, lineterminator="\r\n")
    writer.writerow(names)
    writer.writerows(rows)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "export.csv"
        path.write_bytes(buffer.getvalue().encode(encoding))
        loaded = read_export(path)

    expected = [[missing_if_blank(v) for v in row] for row in rows]
    expected = [row for row in expected if any(v is not None for v in row)]  # empty rows are skipped
    got = [[None if pd.isna(v) else v for v in row] for row in loaded.frame.itertuples(index=False)]
    assert loaded.delimiter == separator
    assert list(loaded.frame.columns) == names
    assert got == expected
    assert loaded.frame.index.is_monotonic_increasing
