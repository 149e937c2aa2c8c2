"""Linking perpetrators to victims: the proposed column pair, and the report of rows that do not link."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from ctdc_desktop.core.io.read_export import read_export
from ctdc_desktop.core.link import LinkReport, check_link, propose_link

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "sample"


def victims(n: int = 30) -> pd.DataFrame:
    frame = pd.DataFrame(
        {
            "No.": [str(i) for i in range(1, n + 1)],
            "Case ref": [f"CASE-{i:04d}" for i in range(1, n + 1)],
            "Gender": ["Female", "Male"] * (n // 2),
            "Country": ["PHL", "UKR", "MDA"] * (n // 3),
        },
        index=pd.Index(range(2, n + 2), name="row"),  # row numbers as the readers give them
    )
    return frame.astype("category")


def perpetrators() -> pd.DataFrame:
    # Two perpetrators for cases 1-10, one for 11-20, none for 21-30, and two rows whose case is unknown.
    cases = [f"CASE-{i:04d}" for i in range(1, 11)] * 2 + [f"CASE-{i:04d}" for i in range(11, 21)]
    cases += ["CASE-9999", None]
    n = len(cases)
    return pd.DataFrame(
        {
            "No.": [str(i) for i in range(1, n + 1)],
            "Gender": (["Male", "Female"] * n)[:n],
            "Victim case": cases,
            "Nationality": (["PHL", "UKR", "MDA"] * n)[:n],
        },
        index=pd.Index(range(2, n + 2), name="row"),
    ).astype("category")


def test_proposes_the_case_id_columns() -> None:
    assert propose_link(victims(), perpetrators()) == ("Case ref", "Victim case")


def test_row_counters_and_categories_are_not_proposed() -> None:
    v = victims().drop(columns=["Case ref"])
    p = perpetrators().drop(columns=["Victim case"])
    assert propose_link(v, p) is None


def test_ids_match_despite_case_and_spaces() -> None:
    v = pd.DataFrame({"id": ["ab-1", "ab-2", "ab-3"]})
    p = pd.DataFrame({"case": [" AB-1", "Ab-2 ", "AB-2"]})
    assert propose_link(v, p) == ("id", "case")
    report = check_link(v, p, "id", "case")
    assert report.perpetrators_without_victim == 0
    assert report.victims_without_perpetrators == 1
    assert report.victim_rows_without_perpetrators == (3,)  # no row index from a reader: positions from 1


def test_prefers_the_pair_with_most_overlap() -> None:
    v = pd.DataFrame({"old id": ["A1", "A2", "x", "y", "z"], "new id": ["N1", "N2", "N3", "N4", "N5"]})
    p = pd.DataFrame({"victim": ["N1", "N2", "N3", "N4", "A1"]})
    assert propose_link(v, p) == ("new id", "victim")


def test_check_link_counts_and_row_numbers() -> None:
    report = check_link(victims(), perpetrators(), "Case ref", "Victim case")
    assert isinstance(report, LinkReport)
    assert report.victims == 30 and report.perpetrators == 32
    assert report.victims_without_perpetrators == 10
    assert report.victim_rows_without_perpetrators == tuple(range(22, 32))  # cases 21-30 sit on rows 22-31
    assert report.perpetrators_without_victim == 2
    assert report.perpetrator_rows_without_victim == (32, 33)
    assert report.linked_perpetrators == 30
    assert report.victims_sharing_an_id == 0


def test_report_holds_row_numbers_never_values() -> None:
    report = check_link(victims(), perpetrators(), "Case ref", "Victim case")
    text = repr(report)
    assert "CASE-" not in text


def test_at_most_twenty_rows_are_listed() -> None:
    v = pd.DataFrame({"id": [f"v{i}" for i in range(100)]})
    p = pd.DataFrame({"id": ["v0"]})
    report = check_link(v, p, "id", "id")
    assert report.victims_without_perpetrators == 99
    assert len(report.victim_rows_without_perpetrators) == 20


def test_duplicate_victim_ids_are_counted() -> None:
    v = pd.DataFrame({"id": ["a", "a", "b"]})
    report = check_link(v, pd.DataFrame({"id": ["a"]}), "id", "id")
    assert report.victims_sharing_an_id == 2


def test_unknown_column_is_a_clear_key_error() -> None:
    with pytest.raises(KeyError, match="perpetrators table has no column"):
        check_link(victims(), perpetrators(), "Case ref", "nope")


def test_sample_export_links_on_case_id() -> None:
    workbook = SAMPLE / "sample_export.xlsx"
    assert workbook.exists(), "the committed sample export is missing"
    v = read_export(workbook, sheet="Victims").frame
    p = read_export(workbook, sheet="Perpetrators").frame
    pair = propose_link(v, p)
    assert pair == ("cas_CaseID", "cas_CaseID")
    report = check_link(v, p, *pair)
    assert report.victims == len(v) and report.perpetrators == len(p)
    assert report.linked_perpetrators > 0.9 * len(p)
    # Row numbers are Excel rows: the first data row is 2.
    assert min(report.victim_rows_without_perpetrators) >= 2
