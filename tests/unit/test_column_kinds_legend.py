"""Each column kind holds to its legend (`ColumnKind.explanation`) on every table of the shared data files.

Issue 7, item 8: a 5-value region code and a country centroid's latitude were "identifier-like", a birth date was
not a date. The legend in testable words:
- identifier-like: almost every record has its own value, or the values are names, contacts or codes;
- category: a small set of values that repeat;
- number: numbers; date: dates; free text: sentences; empty: no value.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from ctdc_desktop.core.identifiers import ColumnKind, detect_identifiers
from ctdc_desktop.core.identifiers import value_patterns as vp
from ctdc_desktop.core.io.read_export import read_export
from ctdc_desktop.core.load.profile import profile_table

# Tables of ../shared/data (the `shared_data` fixture); the HTCDS templates hold column names and no records, and
# the reader refuses them (issue 7, item 3).
TABLES = [
    "ctdc/derived/dados_app.csv",
    "ctdc/derived/final_data.csv",
    "ctdc/derived/trafficking_cleaned.csv",
    "iso/all.csv",
    "adult/adult_subset.csv",
]
SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "sample" / "sample_victims.csv"


def _holds_to_legend(kind: ColumnKind, series: pd.Series) -> str | None:
    """None when the column fits its kind's legend, else why not."""
    values = series.dropna().astype(str).str.strip()
    values = values[values != ""]
    if kind is ColumnKind.EMPTY:
        return None if values.empty else "has values"
    if values.empty:
        return "no values but not empty"
    distinct = values.nunique()
    share = values.value_counts(normalize=True)
    weighted = lambda test: float(sum(p for v, p in share.items() if test(v)))  # noqa: E731
    if kind is ColumnKind.DATE:
        return None if weighted(lambda v: vp.parse_date(v) is not None) >= 0.8 else "values are not dates"
    if kind is ColumnKind.NUMBER:
        return None if weighted(vp.is_number) >= 0.95 else "values are not numbers"
    if kind is ColumnKind.CATEGORY:
        return None if distinct <= 50 or len(values) / distinct >= 5 else f"{distinct} values in {len(values)} rows"
    if kind is ColumnKind.FREE_TEXT:
        return None if values.str.split().str.len().mean() >= 3 else "not sentences"
    if kind is ColumnKind.IDENTIFIER:
        unique = distinct / len(values) >= 0.5
        return None if unique or detect_identifiers(series.to_frame()).flagged else "neither unique nor identifying"
    return "unknown kind"


def _kinds_that_break_their_legend(path: Path) -> dict[str, str]:
    frame = read_export(path).frame
    wrong = {}
    for column in profile_table(frame).columns:
        problem = _holds_to_legend(column.kind, frame[column.name])
        if problem:
            wrong[column.name] = f"{column.kind.value}: {problem}"
    return wrong


@pytest.mark.parametrize("table", TABLES, ids=lambda t: t.rsplit("/", 1)[-1])
def test_every_kind_follows_its_legend(table: str, shared_data: Path) -> None:
    path = shared_data / table
    assert path.exists(), f"{path} is missing from the shared data"
    assert not _kinds_that_break_their_legend(path)


def test_every_kind_follows_its_legend_on_the_sample() -> None:
    assert not _kinds_that_break_their_legend(SAMPLE)


def test_the_cases_of_issue_7(shared_data: Path) -> None:
    regions = profile_table(read_export(shared_data / "iso" / "all.csv").frame)
    assert regions.column("region-code").kind is ColumnKind.CATEGORY
    dados = profile_table(read_export(shared_data / "ctdc" / "derived" / "dados_app.csv").frame)
    positions = {
        dados.column(f"{who}_{axis}").kind for who in ("nacionalidade", "pais_exploracao") for axis in ("lat", "long")
    }
    assert positions == {ColumnKind.CATEGORY}  # 44 and 58 country centre points, each repeated by hundreds
    assert regions.column("sub-region-code").kind is ColumnKind.CATEGORY
    sample = profile_table(read_export(SAMPLE).frame)
    assert sample.column("prs_Birthdate").kind is ColumnKind.DATE


def test_year_bands_of_a_codebook_are_a_category_not_phone_numbers() -> None:
    # The 2022 codebook's yearRegister bands ("2005--2013") used to read as phone numbers, and synthesis of a
    # recoded table was then refused for "contact details".
    bands = ["2005--2013", "2014--2018", "2019", "2020", "2021--2022"] * 200
    report = detect_identifiers(pd.DataFrame({"yearRegister": pd.Categorical(bands)}))
    assert report.flagged == ()
