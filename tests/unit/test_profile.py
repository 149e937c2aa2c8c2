"""Column profiles: counts, top values and the kind guess on HTCDS-like columns and real CTDC-derived data."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from faker import Faker

from ctdc_desktop.core.io.read_export import read_export
from ctdc_desktop.core.load.profile import (
    ColumnKind,
    ColumnProfile,
    TableProfile,
    guess_kind,
    profile_table,
)
from ctdc_desktop.core.progress import Cancelled, RecordingProgress

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "loading"
ROWS = 400


def htcds_like(rows: int = ROWS, seed: int = 3) -> pd.DataFrame:
    """A victims table with the identifying and categorical columns of an HTCDS case export (all invented)."""
    fake = Faker(["en_US", "uk_UA", "fil_PH", "ro_RO"])
    fake.seed_instance(seed)
    rng = np.random.default_rng(seed)
    data = {
        "cas_CaseID": [f"IOM-PHL-2019-{i:05d}" for i in range(rows)],
        "prs_FirstName": [fake.first_name() for _ in range(rows)],
        "prs_SecondName": [fake.last_name() for _ in range(rows)],
        "prs_Birthdate": [fake.date_of_birth(minimum_age=8, maximum_age=70).strftime("%d/%m/%Y") for _ in range(rows)],
        "prs_MobilePhone": [fake.phone_number() for _ in range(rows)],
        "prs_Email": [fake.email() for _ in range(rows)],
        "prs_MailingStreet": [fake.street_address() for _ in range(rows)],
        "prs_Gender": list(rng.choice(["Feminine", "Masculine", "TransgenderFeminine"], rows, p=[0.7, 0.28, 0.02])),
        "prs_Citizenship": list(rng.choice(["PHL", "UKR", "MDA", "IDN", "KHM", "USA", "ROU"], rows)),
        "prs_Age": [str(a) for a in rng.integers(8, 70, rows)],
        "cas_RegistrationDate": [fake.date_between("-8y").isoformat() for _ in range(rows)],
        "cas_Notes": [fake.paragraph(nb_sentences=3) for _ in range(rows)],
        "isForcedLabour": list(rng.choice(["0", "1"], rows)),
        "cas_Empty": [None] * rows,
    }
    frame = pd.DataFrame(data)
    return frame.astype("category")


EXPECTED = {
    "cas_CaseID": {ColumnKind.IDENTIFIER},
    "prs_FirstName": {ColumnKind.IDENTIFIER},
    "prs_SecondName": {ColumnKind.IDENTIFIER},
    "prs_Birthdate": {ColumnKind.DATE, ColumnKind.IDENTIFIER},
    "prs_MobilePhone": {ColumnKind.IDENTIFIER},
    "prs_Email": {ColumnKind.IDENTIFIER},
    "prs_MailingStreet": {ColumnKind.IDENTIFIER},
    "prs_Gender": {ColumnKind.CATEGORY},
    "prs_Citizenship": {ColumnKind.CATEGORY},
    "prs_Age": {ColumnKind.NUMBER},
    "cas_RegistrationDate": {ColumnKind.DATE},
    "cas_Notes": {ColumnKind.FREE_TEXT},
    "isForcedLabour": {ColumnKind.CATEGORY},
    "cas_Empty": {ColumnKind.EMPTY},
}


def test_kinds_on_htcds_like_columns() -> None:
    profile = profile_table(htcds_like())
    got = {c.name: c.kind for c in profile.columns}
    wrong = {name: kind for name, kind in got.items() if kind not in EXPECTED[name]}
    assert not wrong


def test_counts_and_top_values() -> None:
    frame = pd.DataFrame(
        {"gender": pd.Categorical(["F", "M", "F", None, "F", "M", " "]), "id": ["1", "2", "3", "4", "5", "6", "7"]}
    )
    profile = profile_table(frame, top=2)
    assert isinstance(profile, TableProfile)
    assert profile.row_count == 7
    gender = profile.column("gender")
    assert gender == ColumnProfile("gender", non_empty=5, distinct=2, top_values=(("F", 3), ("M", 2)), kind=gender.kind)
    assert profile.column("id").non_empty == 7  # plain object columns work too


def test_ties_are_broken_alphabetically() -> None:
    profile = profile_table(pd.DataFrame({"c": pd.Categorical(["b", "a", "b", "a", "c", "e", "d"])}), top=4)
    assert profile.columns[0].top_values == (("a", 2), ("b", 2), ("c", 1), ("d", 1))
    unique = profile_table(pd.DataFrame({"id": [f"id{i:03d}" for i in range(500, 0, -1)]}), top=2)
    assert unique.columns[0].top_values == (("id001", 1), ("id002", 1))


def test_results_are_frozen() -> None:
    profile = profile_table(pd.DataFrame({"c": ["x"]}))
    with pytest.raises(AttributeError):
        profile.row_count = 3  # type: ignore[misc]


def test_every_kind_has_a_plain_explanation() -> None:
    for kind in ColumnKind:
        assert kind.explanation.endswith(".")
        assert 20 < len(kind.explanation) < 120
    assert ColumnKind.IDENTIFIER.value == "identifier-like"
    assert ColumnKind.FREE_TEXT.value == "free text"


@pytest.mark.parametrize(
    ("name", "values", "kind"),
    [
        ("phone", ["+63 917 555 0101", "0917-555-0102", "(02) 8555 0103"], ColumnKind.IDENTIFIER),
        # Four codes held by 30 records each are a small set that repeats (a region code), whatever their zeros.
        ("code", ["0012", "0044", "0107", "0311"], ColumnKind.CATEGORY),
        ("yearOfRegistration", ["2016", "2017", "2018"], ColumnKind.CATEGORY),
        ("flag", ["0.0", "1.0"], ColumnKind.CATEGORY),
        ("registered", ["12 Mar 2020", "3 April 2021", "01-Jan-19"], ColumnKind.DATE),
        ("note", ["She said the agent kept her passport and phone for months"], ColumnKind.FREE_TEXT),
    ],
)
def test_single_rules(name: str, values: list[str], kind: ColumnKind) -> None:
    counts = np.array([30] * len(values), dtype=np.int64)
    assert guess_kind(name, values, counts, int(counts.sum()), len(values)) is kind


def test_codes_with_leading_zeros_each_held_by_one_record_are_identifiers() -> None:
    values = [f"{i:07d}" for i in range(3, 300, 7)]
    counts = np.ones(len(values), dtype=np.int64)
    assert guess_kind("code", values, counts, len(values), len(values)) is ColumnKind.IDENTIFIER


def test_real_ctdc_columns() -> None:
    frame = read_export(FIXTURES / "dados_app_head300.csv").frame
    kinds = {c.name: c.kind for c in profile_table(frame).columns}
    assert kinds["gender"] is ColumnKind.CATEGORY
    assert kinds["citizenship"] is ColumnKind.CATEGORY
    assert kinds["ageBroad"] is ColumnKind.CATEGORY
    assert kinds["isForcedLabour"] is ColumnKind.CATEGORY


def test_sample_export_kinds() -> None:
    sample = Path(__file__).resolve().parents[2] / "resources" / "sample" / "sample_export.xlsx"
    assert sample.exists(), "the committed sample export is missing"
    kinds = {c.name: c.kind for c in profile_table(read_export(sample, sheet="Victims").frame).columns}
    for name in ("cas_CaseID", "prs_FirstName", "prs_SecondName", "prs_Email", "prs_MobilePhone"):
        assert kinds[name] is ColumnKind.IDENTIFIER, name
    assert kinds["prs_Gender"] is ColumnKind.CATEGORY
    assert kinds["cas_Notes"] is ColumnKind.FREE_TEXT
    assert kinds["prs_Age"] is ColumnKind.NUMBER
    assert kinds["gps_Latitude"] is ColumnKind.IDENTIFIER  # a precise place can identify a person


def test_progress_per_column_and_cancel() -> None:
    frame = htcds_like(50)
    progress = RecordingProgress()
    profile_table(frame, progress=progress)
    assert progress.reports[-1][:2] == (len(frame.columns), len(frame.columns))
    with pytest.raises(Cancelled):
        profile_table(frame, progress=RecordingProgress(cancel_after=3))
