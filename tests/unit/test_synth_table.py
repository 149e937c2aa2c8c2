"""Encoding a recoded table into codes: what counts as a value, what is missing, what is refused."""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ctdc_desktop.core.synth.model import SynthInputError
from ctdc_desktop.core.synth.table import decode_records, encode_table


def test_missing_cells_are_never_values() -> None:
    frame = pd.DataFrame({"gender": ["Female", None, float("nan"), "", "   ", "Male"]})
    table = encode_table(frame)
    assert table.values == (("Female", "Male"),)
    assert table.codes[:, 0].tolist() == [0, -1, -1, -1, -1, 1]
    assert table.n_records == 6


def test_values_compared_as_stripped_text_and_multi_valued_cell_is_one_category() -> None:
    frame = pd.DataFrame({"gender": [" Female", "Female ", "Female;Male", "Female; Male"], "flag": [1, "1", 1, " 1 "]})
    table = encode_table(frame)
    assert table.values[0] == ("Female", "Female; Male", "Female;Male")
    assert table.codes[:, 0].tolist() == [0, 0, 2, 1]
    assert table.values[1] == ("1",)
    assert (table.codes[:, 1] == 0).all()


def test_codes_follow_sorted_labels_whatever_the_row_order() -> None:
    a = encode_table(pd.DataFrame({"c": ["b", "a", "c"]}))
    b = encode_table(pd.DataFrame({"c": ["c", "b", "a"]}))
    assert a.values == b.values == (("a", "b", "c"),)


def test_decode_turns_missing_into_none() -> None:
    table = encode_table(pd.DataFrame({"x": ["a", "", "b"], "y": [None, "z", "z"]}))
    frame = decode_records(table, table.codes)
    assert frame.columns.tolist() == ["x", "y"]
    assert frame["x"].tolist() == ["a", None, "b"]
    assert frame["y"].tolist() == [None, "z", "z"]


def test_decode_refuses_codes_of_the_wrong_shape_or_range() -> None:
    table = encode_table(pd.DataFrame({"x": ["a", "b"]}))
    with pytest.raises(ValueError):
        decode_records(table, np.zeros((2, 2), dtype=np.int32))
    with pytest.raises(ValueError):
        decode_records(table, np.array([[2]], dtype=np.int32))


@pytest.mark.parametrize(
    ("frame", "words"),
    [
        (pd.DataFrame(), "no columns"),
        (pd.DataFrame({"x": []}), "no rows"),
        (pd.DataFrame([[1, 2]], columns=["age", "age"]), "'age'"),
    ],
)
def test_unusable_tables_are_refused_with_a_message(frame: pd.DataFrame, words: str) -> None:
    with pytest.raises(SynthInputError, match=words):
        encode_table(frame)


def test_unbinned_numeric_column_is_refused_naming_the_column() -> None:
    frame = pd.DataFrame({"age": [str(a) for a in range(60)], "gender": ["Female"] * 60})
    with pytest.raises(SynthInputError, match=r"'age'.*recode step"):
        encode_table(frame)


@pytest.mark.parametrize("form", ["%Y-%m-%d", "%d/%m/%Y", "%Y-%m-%d %H:%M", "%d.%m.%y"])
def test_unbinned_dates_are_refused_naming_the_column(form: str) -> None:
    dates = [(date(2019, 1, 1) + timedelta(days=3 * i)).strftime(form) for i in range(60)]
    with pytest.raises(SynthInputError, match=r"'identified'.*dates.*year"):
        encode_table(pd.DataFrame({"identified": dates}))


def test_binned_or_few_numbers_are_accepted() -> None:
    years = [str(2002 + i % 17) for i in range(500)]
    labels = [f"code {i}" for i in range(500)]  # many categories, but not numbers
    table = encode_table(pd.DataFrame({"year": years, "place": labels}))
    assert len(table.values[0]) == 17
    assert len(table.values[1]) == 500


cells = st.one_of(st.none(), st.sampled_from(["", " ", "a", " a", "b", "a;b", "1", "1.0"]))


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(cells, min_size=3, max_size=3), min_size=1, max_size=20))
def test_round_trip_keeps_every_stripped_value(rows: list[list[str | None]]) -> None:
    frame = pd.DataFrame(rows, columns=["p", "q", "r"], dtype=object)
    table = encode_table(frame)
    back = decode_records(table, table.codes)
    for column in frame.columns:
        expected = [None if v is None or not v.strip() else v.strip() for v in frame[column]]
        assert back[column].tolist() == expected


def test_real_ctdc_files_encode(shared_data: object) -> None:
    from pathlib import Path

    derived = Path(str(shared_data)) / "ctdc" / "derived"
    cleaned = pd.read_csv(derived / "trafficking_cleaned.csv", dtype=str, keep_default_na=False)
    assert encode_table(cleaned).n_records == len(cleaned)
    dados = pd.read_csv(derived / "dados_app.csv", dtype=str, keep_default_na=False)
    # Coordinates of the country of exploitation are numbers with more than 50 values: refused, by name.
    with pytest.raises(SynthInputError, match="pais_exploracao_lat"):
        encode_table(dados)
    coordinates = [c for c in dados.columns if c.endswith(("_lat", "_long"))]
    assert encode_table(dados.drop(columns=coordinates)).n_columns == 11
