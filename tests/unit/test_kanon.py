"""k-anonymous synthesis: its two promises, checked by a brute-force oracle that shares no code with the synthesizer."""

from __future__ import annotations

import itertools
from collections import Counter

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ctdc_desktop.core.progress import Cancelled, RecordingProgress
from ctdc_desktop.core.synth.kanon import synthesize_kanon
from ctdc_desktop.core.synth.model import KAnonParams, SynthInputError
from ctdc_desktop.core.synth.synthesize import synthesize
from ctdc_desktop.core.synth.table import encode_table

# ---- the oracle: plain Python over lists of dicts, nothing from ctdc_desktop.core.synth ----------------------------


def as_sets(frame: pd.DataFrame) -> list[frozenset[tuple[str, str]]]:
    rows = []
    for record in frame.to_dict("records"):
        items = set()
        for column, value in record.items():
            if value is None or (isinstance(value, float) and value != value):
                continue
            text = str(value).strip()
            if text:
                items.add((str(column), text))
        rows.append(frozenset(items))
    return rows


def support(real: list[frozenset[tuple[str, str]]], values: frozenset[tuple[str, str]]) -> int:
    return sum(1 for row in real if values <= row)


def single_counts(rows: list[frozenset[tuple[str, str]]]) -> Counter[tuple[str, str]]:
    return Counter(item for row in rows for item in row)


def check_promises(real_frame: pd.DataFrame, synthetic: pd.DataFrame, k: int) -> None:
    real = as_sets(real_frame)
    fake = as_sets(synthetic)
    for record in fake:
        assert record, "an empty synthetic record"
        assert support(real, record) >= k, f"{sorted(record)} is held by fewer than {k} real records"
    expected = {item: n // k * k for item, n in single_counts(real).items() if n >= k}
    assert dict(single_counts(fake)) == expected


def combinations_oracle(real_frame: pd.DataFrame, length: int, k: int) -> dict[tuple[tuple[str, str], ...], int]:
    order = {str(c): i for i, c in enumerate(real_frame.columns)}
    counts: Counter[tuple[tuple[str, str], ...]] = Counter()
    for row in as_sets(real_frame):
        items = sorted(row, key=lambda item: order[item[0]])
        for combination in itertools.combinations(items, length):
            counts[combination] += 1
    return {c: n // k * k for c, n in counts.items() if n >= k}


# ---- properties ----------------------------------------------------------------------------------------------------

cells = st.sampled_from([None, "", "a", "b", "c", "a;b"])


@st.composite
def tables(draw: st.DrawFn) -> pd.DataFrame:
    width = draw(st.integers(1, 5))
    rows = draw(st.lists(st.lists(cells, min_size=width, max_size=width), min_size=1, max_size=60))
    return pd.DataFrame(rows, columns=[f"v{j}" for j in range(width)], dtype=object)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(tables(), st.integers(1, 6), st.integers(0, 2**16))
def test_every_record_is_held_by_k_and_single_counts_are_rounded_down(frame: pd.DataFrame, k: int, seed: int) -> None:
    result = synthesize(frame, KAnonParams(k=k, reporting_length=2, seed=seed))
    assert list(result.records.columns) == list(frame.columns)
    check_promises(frame, result.records, k)


@settings(max_examples=30, deadline=None)
@given(tables(), st.integers(1, 4))
def test_aggregates_are_rounded_counts_of_combinations_held_by_k(frame: pd.DataFrame, k: int) -> None:
    result = synthesize(frame, KAnonParams(k=k, reporting_length=3, seed=1))
    aggregates = result.aggregates
    assert aggregates.record_count == len(frame) // k * k
    for length in (1, 2, 3):
        counts = aggregates.by_length[length]
        got = {}
        for i in range(len(counts)):
            key = tuple(
                (aggregates.columns[c], aggregates.values[c][v])
                for c, v in zip(counts.column_index[i].tolist(), counts.value_code[i].tolist(), strict=True)
            )
            got[key] = counts.count[i]
        assert got == combinations_oracle(frame, length, k)


def test_figure_1_of_the_2021_codebook() -> None:
    # The codebook's own example (k = 2): the lone Female 18--20 forced-labour record cannot stay whole.
    frame = pd.DataFrame(
        [
            ["Female", "18--20", "1"],
            ["Male", "18--20", "1"],
            ["Male", "18--20", "1"],
            ["Female", "30--38", None],
            ["Female", "30--38", None],
        ],
        columns=["gender", "ageBroad", "isForcedLabour"],
        dtype=object,
    )
    for seed in range(20):
        result = synthesize(frame, KAnonParams(k=2, seed=seed))
        check_promises(frame, result.records, 2)
        assert ("Female", "18--20", "1") not in set(result.records.itertuples(index=False, name=None))


def test_realistic_table_keeps_both_promises() -> None:
    rng = np.random.default_rng(7)
    n = 400
    gender = rng.choice(["Female", "Male", None], size=n, p=[0.6, 0.35, 0.05])
    age = rng.choice(["9--17", "18--20", "21--23", "30--38", None], size=n)
    labour = np.where(gender == "Male", rng.choice(["1", None], size=n, p=[0.7, 0.3]), None)
    country = rng.choice([f"C{i}" for i in range(30)], size=n)
    frame = pd.DataFrame({"gender": gender, "age": age, "labour": labour, "country": country}, dtype=object)
    result = synthesize(frame, KAnonParams(k=10, seed=3))
    check_promises(frame, result.records, 10)
    assert len(result.records) > 0


# ---- reproducibility, progress, cancel -----------------------------------------------------------------------------


def sample_frame() -> pd.DataFrame:
    rng = np.random.default_rng(11)
    return pd.DataFrame({f"c{j}": rng.choice(["x", "y", "z", None], size=300) for j in range(6)}, dtype=object)


def test_seeded_runs_repeat_and_unseeded_runs_differ() -> None:
    frame = sample_frame()
    first = synthesize(frame, KAnonParams(k=3, seed=42)).records
    again = synthesize(frame, KAnonParams(k=3, seed=42)).records
    assert first.equals(again)
    unseeded = [synthesize(frame, KAnonParams(k=3)).records for _ in range(2)]
    assert not unseeded[0].equals(unseeded[1])


def test_progress_is_reported_and_every_cancel_point_is_honoured() -> None:
    frame = sample_frame()
    table = encode_table(frame)
    full = RecordingProgress()
    synthesize_kanon(table, KAnonParams(k=3, seed=1), full)
    assert len(full.reports) >= 3
    assert full.reports[-1][:2] == (1000, 1000)
    done = [report[0] for report in full.reports]
    assert done == sorted(done), "one bar that only moves forward"
    assert {report[1] for report in full.reports} == {1000}
    for cancel_after in range(1, len(full.reports) + 1):
        with pytest.raises(Cancelled):
            synthesize_kanon(table, KAnonParams(k=3, seed=1), RecordingProgress(cancel_after=cancel_after))


def test_bad_parameters_are_refused() -> None:
    table = encode_table(sample_frame())
    with pytest.raises(SynthInputError, match="k must"):
        synthesize_kanon(table, KAnonParams(k=0), RecordingProgress())
    with pytest.raises(SynthInputError, match="reporting length"):
        synthesize_kanon(table, KAnonParams(reporting_length=0), RecordingProgress())


# ---- edge cases ----------------------------------------------------------------------------------------------------


def test_k_larger_than_the_record_count_releases_nothing_and_says_why() -> None:
    frame = pd.DataFrame({"gender": ["Female"] * 5, "age": ["18--20"] * 5}, dtype=object)
    result = synthesize(frame, KAnonParams(k=10, seed=1))
    assert len(result.records) == 0
    assert list(result.records.columns) == ["gender", "age"]
    assert result.aggregates.record_count == 0
    assert all(len(c) == 0 for c in result.aggregates.by_length.values())
    assert result.notes and "larger than the number of records" in result.notes[0]


def test_an_all_empty_column_stays_empty() -> None:
    frame = pd.DataFrame({"gender": ["Female", "Male"] * 10, "notes": [None, ""] * 10}, dtype=object)
    result = synthesize(frame, KAnonParams(k=5, seed=1))
    assert result.records["notes"].isna().all()
    assert sorted(result.records["gender"]) == ["Female"] * 10 + ["Male"] * 10


def test_one_column() -> None:
    frame = pd.DataFrame({"gender": ["Female"] * 23 + ["Male"] * 7 + [None] * 4}, dtype=object)
    result = synthesize(frame, KAnonParams(k=10, seed=1))
    assert result.records["gender"].tolist() == ["Female"] * 20


def test_one_row() -> None:
    frame = pd.DataFrame({"gender": ["Female"], "age": ["18--20"]}, dtype=object)
    assert len(synthesize(frame, KAnonParams(k=2, seed=1)).records) == 0
    alone = synthesize(frame, KAnonParams(k=1, seed=1)).records
    assert alone.to_dict("records") == [{"gender": "Female", "age": "18--20"}]


def test_sixty_columns_and_a_column_with_500_categories() -> None:
    rng = np.random.default_rng(5)
    n = 1500
    frame = pd.DataFrame({f"flag{j}": rng.choice(["1", None], size=n, p=[0.3, 0.7]) for j in range(59)}, dtype=object)
    frame["place"] = [f"place {i}" for i in rng.integers(0, 500, size=n)]
    result = synthesize(frame, KAnonParams(k=5, reporting_length=2, seed=2))
    assert result.records.shape[1] == 60
    check_promises(frame, result.records, 5)
    counts = frame["place"].value_counts()
    assert set(result.records["place"].dropna()) == set(counts[counts >= 5].index)


# ---- the extension step and its steering ---------------------------------------------------------------------------


def test_pair_deficits_are_relative_to_the_protected_count_and_shrink_as_pairs_are_made() -> None:
    from ctdc_desktop.core.synth.model import CombinationCounts
    from ctdc_desktop.core.synth.pair_deficits import PairDeficits

    # Values 0, 1 (column 0) and 2 (column 1); pair (0, 2) has protected count 40, pair (1, 2) count 10.
    pairs = CombinationCounts(
        column_index=np.array([[0, 1], [0, 1]], dtype=np.int16),
        value_code=np.array([[0, 0], [1, 0]], dtype=np.int32),
        count=np.array([40.0, 10.0]),
    )
    deficits = PairDeficits(pairs, np.array([0, 2], dtype=np.int64), n_values=3, k=10)
    assert deficits.gains([2], np.array([0, 1])).tolist() == pytest.approx([1.0, 1.0])
    deficits.add_record([0, 2])
    deficits.add_value(1, [2])
    # One more record holding a pair of 40 fills 1/40 of it; one holding a pair of 10 fills 1/10.
    assert deficits.gains([2], np.array([0, 1])).tolist() == pytest.approx([0.975, 0.9])
    assert deficits.gains([0, 1], np.array([2])).tolist() == pytest.approx([1.875])


def test_extension_adds_only_values_that_k_support_rows_hold_and_that_have_budget() -> None:
    from ctdc_desktop.core.synth.kanon import _Synthesizer

    # Column c0: a (rows 0-9), b (rows 10-19). Column c1: x on rows 0-18 (so 9 of b's rows). Column c2: y on rows 0-9.
    frame = pd.DataFrame(
        {
            "c0": ["a"] * 10 + ["b"] * 10,
            "c1": ["x"] * 19 + [None],
            "c2": ["y"] * 10 + [None] * 10,
        },
        dtype=object,
    )
    table = encode_table(frame)
    a, b, x, y = 0, 1, 2, 3  # global value ids: column offset + code
    synthesizer = _Synthesizer(table, 10, np.random.default_rng(0), RecordingProgress(), None)
    support_a = synthesizer.build([a])
    support_b = synthesizer.build([b])
    assert support_a is not None and support_b is not None
    synthesizer.budget_array[y] = synthesizer.budget[y] = 0  # y has no budget left
    synthesizer.extend(0, support_a)
    synthesizer.extend(1, support_b)
    # a's 10 rows all hold x: added; y is held too but has no budget. Only 9 of b's rows hold x: not added.
    assert synthesizer.record_values == [[a, x], [b]]
    assert synthesizer.records[0].tolist() == [0, 0, -1]
    assert synthesizer.budget[x] == synthesizer.budget_array[x] == 9  # one unit of x's budget (10) is used


def test_reporting_length_1_keeps_both_promises_and_every_cancel_point() -> None:
    # With L = 1 no pair counts are released; the pairs that steer the extension are counted (protected) anyway.
    frame = sample_frame()
    result = synthesize(frame, KAnonParams(k=3, reporting_length=1, seed=4))
    check_promises(frame, result.records, 3)
    assert set(result.aggregates.by_length) == {1}
    table = encode_table(frame)
    full = RecordingProgress()
    synthesize_kanon(table, KAnonParams(k=3, reporting_length=1, seed=1), full)
    for cancel_after in range(1, len(full.reports) + 1):
        with pytest.raises(Cancelled):
            synthesize_kanon(
                table, KAnonParams(k=3, reporting_length=1, seed=1), RecordingProgress(cancel_after=cancel_after)
            )
