"""The CSV files of a synthesis run: the aggregates layout and the Excel-safety rule."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from ctdc_desktop.core.synth.model import Aggregates, CombinationCounts, SynthInputError
from ctdc_desktop.core.synth.release_csv import aggregates_frame, excel_safe, write_aggregates_csv, write_records_csv


@pytest.mark.parametrize(
    ("cell", "written"),
    [
        ("=SUM(A1:A9)", "'=SUM(A1:A9)"),
        ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
        ("-1+2", "'-1+2"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("-99", "-99"),
        ("+1", "+1"),
        ("-0.5", "-0.5"),
        ("18--20", "18--20"),
        ("Female;Male", "Female;Male"),
        (None, None),
    ],
)
def test_excel_safe(cell: str | None, written: str | None) -> None:
    assert excel_safe(cell) == written


def small_aggregates() -> Aggregates:
    return Aggregates(
        columns=("gender", "age"),
        values=(("Female", "Male"), ("18--20", "=cmd")),
        record_count=30.0,
        by_length={
            1: CombinationCounts(
                np.array([[0], [1]], dtype=np.int16), np.array([[1], [0]], dtype=np.int32), np.array([20.0, 10.0])
            ),
            2: CombinationCounts(
                np.array([[0, 1]], dtype=np.int16), np.array([[0, 1]], dtype=np.int32), np.array([10.0])
            ),
        },
    )


def test_aggregates_layout() -> None:
    frame = aggregates_frame(small_aggregates())
    assert list(frame.columns) == ["gender", "age", "length", "count"]
    assert frame.to_dict("records") == [
        {"gender": None, "age": None, "length": 0, "count": 30},
        {"gender": "Male", "age": None, "length": 1, "count": 20},
        {"gender": None, "age": "18--20", "length": 1, "count": 10},
        {"gender": "Female", "age": "=cmd", "length": 2, "count": 10},
    ]


def test_written_files_are_excel_safe_and_read_back(tmp_path: Path) -> None:
    path = tmp_path / "aggregates.csv"
    write_aggregates_csv(small_aggregates(), path)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    back = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    assert back["age"].tolist() == ["", "", "18--20", "'=cmd"]
    records = pd.DataFrame({"=head": ["-99", None, "@x"]}, dtype=object)
    write_records_csv(records, tmp_path / "records.csv")
    back = pd.read_csv(tmp_path / "records.csv", dtype=str, keep_default_na=False, encoding="utf-8-sig")
    assert list(back.columns) == ["'=head"]
    assert back["'=head"].tolist() == ["-99", "", "'@x"]


def test_a_variable_named_count_is_refused() -> None:
    aggregates = Aggregates(columns=("count",), values=(("1",),), record_count=0.0, by_length={})
    with pytest.raises(SynthInputError, match="'count'"):
        write_aggregates_csv(aggregates, Path("unused.csv"))
