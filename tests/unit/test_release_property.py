"""Property: every combination in a released k-anonymous reportable_aggregates.csv is held by at least k input
records, counted here by brute force from the input, independently of the counter synthesis uses."""

from __future__ import annotations

import hashlib
import tempfile
from pathlib import Path

import pandas as pd
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from ctdc_desktop.core.release.bundle import ReleaseDecisions, ReleaseInputs, write_release_bundle
from ctdc_desktop.core.release.codebook import Category, CodebookSchema, CodebookVariable
from ctdc_desktop.core.synth.model import KAnonParams
from ctdc_desktop.core.synth.synthesize import synthesize

COLUMNS = ["a", "b", "c", "d"]
cells = st.sampled_from(["", "x", "y", "z", "w"])


@settings(max_examples=25, deadline=None)
@given(
    rows=st.lists(st.lists(cells, min_size=4, max_size=4), min_size=1, max_size=80),
    k=st.integers(2, 6),
    length=st.integers(1, 3),
    seed=st.integers(0, 1000),
)
def test_every_released_combination_is_backed_by_k_records(
    rows: list[list[str]], k: int, length: int, seed: int
) -> None:
    frame = pd.DataFrame(rows, columns=COLUMNS, dtype=object)
    result = synthesize(frame, KAnonParams(k=k, reporting_length=length, seed=seed))
    assume(len(result.records) > 0)  # an empty release is refused (tested in test_release_bundle)
    schema = CodebookSchema(
        title="t",
        variables=tuple(CodebookVariable(c, c.upper(), categories=tuple(Category(v) for v in "wxyz")) for c in COLUMNS),
        method_text="m",
    )
    inputs = ReleaseInputs("p", frame, result, schema, "r", hashlib.sha256(b"r").hexdigest())
    with tempfile.TemporaryDirectory() as folder:
        written = write_release_bundle(inputs, ReleaseDecisions(Path(folder)))
        released = pd.read_csv(
            written.folder / "reportable_aggregates.csv", dtype=str, keep_default_na=False, encoding="utf-8-sig"
        )
        records = pd.read_csv(
            written.folder / "synthetic_data.csv", dtype=str, keep_default_na=False, encoding="utf-8-sig"
        )
    assert list(records.columns) == [c.upper() for c in COLUMNS]
    for _, row in released.iterrows():
        if row["length"] == "0":
            assert int(row["count"]) <= len(frame) and int(row["count"]) % k == 0
            continue
        chosen = {c: row[c.upper()] for c in COLUMNS if row[c.upper()]}
        assert len(chosen) == int(row["length"])
        held = (frame[list(chosen)] == pd.Series(chosen)).all(axis=1).sum()
        assert held >= k, f"{chosen} released with count {row['count']} but held by {held} records"
        assert int(row["count"]) <= held and int(row["count"]) % k == 0
    # And every synthetic record is held by at least k input records (on its values up to the reporting length).
    for _, record in records.iterrows():
        chosen = {c: record[c.upper()] for c in COLUMNS if record[c.upper()]}
        if len(chosen) <= length and chosen:
            assert (frame[list(chosen)] == pd.Series(chosen)).all(axis=1).sum() >= k
