"""The bundled fake export (resources/sample/) and the script that makes it."""

from __future__ import annotations

import csv
import datetime as dt
import importlib.util
import json
import re
import sys
import zipfile
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from python_calamine import CalamineWorkbook

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "resources" / "sample"
SCRIPT = REPO / "scripts" / "make_sample_export.py"

CONTACT = re.compile(r"@|\+?\d[\d ()\-.]{6,}\d")
SCRIPTS = {
    "Cyrillic": re.compile(r"[\u0400-\u04ff]"),
    "Arabic": re.compile(r"[\u0600-\u06ff]"),
    "Devanagari": re.compile(r"[\u0900-\u097f]"),
    "Thai": re.compile(r"[\u0e00-\u0e7f]"),
    "CJK": re.compile(r"[\u4e00-\u9fff]"),
}


def _load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_sample_export", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("make_sample_export", module)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def script() -> ModuleType:
    return _load_script()


def _sheet(path: Path, name: str) -> tuple[list[str], list[dict[str, Any]]]:
    rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_name(name).to_python(skip_empty_area=False)
    header = [str(h) for h in rows[0]]
    return header, [dict(zip(header, row, strict=True)) for row in rows[1:]]


@pytest.fixture(scope="module")
def victims() -> tuple[list[str], list[dict[str, Any]]]:
    return _sheet(SAMPLE / "sample_export.xlsx", "Victims")


@pytest.fixture(scope="module")
def perpetrators() -> tuple[list[str], list[dict[str, Any]]]:
    return _sheet(SAMPLE / "sample_export.xlsx", "Perpetrators")


def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


# ------------------------------------------------------------------------------------------------ the committed files
def test_committed_files_exist_and_readme_says_fake() -> None:
    for name in ("sample_export.xlsx", "sample_victims.csv", "sample_perpetrators.csv", "frequencies.json"):
        assert (SAMPLE / name).is_file(), name
    assert (SAMPLE / "sample_export.xlsx").stat().st_size < 1_500_000
    readme = (SAMPLE / "README.md").read_text(encoding="utf-8")
    assert "FAKE" in readme
    assert "invented" in readme
    assert "make_sample_export.py" in readme


def test_workbook_has_two_sheets_with_headers_on_row_one(victims: Any, perpetrators: Any) -> None:
    assert CalamineWorkbook.from_path(str(SAMPLE / "sample_export.xlsx")).sheet_names == ["Victims", "Perpetrators"]
    v_header, _ = victims
    p_header, _ = perpetrators
    for column in (
        "cas_CaseID",
        "cas_CaseOwner",
        "prs_FirstName",
        "prs_SecondName",
        "prs_Birthdate",
        "prs_Age",
        "prs_Gender",
        "prs_Citizenship",
        "prs_Email",
        "prs_MobilePhone",
        "prs_MailingStreet",
        "cas_RegistrationDate",
        "yearOfRegistration",
        "vic_CountryOfExploitation",
        "isForcedLabour",
        "isSexualExploit",
        "vic_TypeOfExploitation",
        "meansOfControlDebtBondage",
        "gps_Latitude",
        "cas_Notes",
    ):
        assert column in v_header, column
    roles = [c for c in p_header if c.startswith("perp_Role")]
    assert len(roles) == 15
    for column in ("cas_CaseID", "perp_FullName", "perp_Relationship", "perp_Gender", "perp_Age", "perp_PaidMoney"):
        assert column in p_header, column
    assert len(set(v_header)) == len(v_header)
    assert len(set(p_header)) == len(p_header)


def test_workbook_records_its_dimensions_for_openpyxl(victims: Any, perpetrators: Any) -> None:
    """The openpyxl fallback reader takes the row count from the sheet's recorded dimension."""
    import openpyxl

    wb = openpyxl.load_workbook(SAMPLE / "sample_export.xlsx", read_only=True)
    try:
        assert wb["Victims"].max_row == len(victims[1]) + 1
        assert wb["Perpetrators"].max_row == len(perpetrators[1]) + 1
        assert wb["Victims"].max_column == len(victims[0])
    finally:
        wb.close()


def test_about_two_thousand_victims_with_unique_case_ids(victims: Any) -> None:
    _, rows = victims
    assert 1900 <= len(rows) <= 2100
    ids = [r["cas_CaseID"] for r in rows]
    assert len(set(ids)) == len(ids)
    assert all(re.fullmatch(r"IOM-[A-Z]{3}-\d{4}-\d{5}", i) for i in ids)


def test_perpetrators_per_victim_orphans_and_victims_without(victims: Any, perpetrators: Any) -> None:
    _, v_rows = victims
    _, p_rows = perpetrators
    victim_ids = {r["cas_CaseID"] for r in v_rows}
    per_case = Counter(r["cas_CaseID"] for r in p_rows)
    counts = Counter(per_case.get(i, 0) for i in victim_ids)
    assert max(counts) <= 6
    assert counts[0] > 0.05 * len(victim_ids), "some victims name no perpetrator"
    assert counts[1] + counts[2] > 0.5 * len(victim_ids), "most victims name one or two"
    assert counts[6] > 0
    orphans = [i for i in per_case if i not in victim_ids]
    assert 1 <= len(orphans) <= 0.05 * len(victim_ids)


def test_perpetrator_fields_hold_appendix_two_values(perpetrators: Any) -> None:
    header, rows = perpetrators
    roles = [c for c in header if c.startswith("perp_Role")]
    assert {r[c] for r in rows for c in roles} == {"Yes", ""}
    with_a_role = sum(any(r[c] == "Yes" for c in roles) for r in rows)
    assert with_a_role > 0.9 * len(rows)
    relationships = {r["perp_Relationship"] for r in rows}
    assert {"Family member", "Intimate partner", "Friend", "Acquaintance", "Employer", "Stranger"} <= relationships
    assert {r["perp_PaidMoney"] for r in rows} == {"Yes", "No", ""}
    assert {"Male", "Female"} <= {r["perp_Gender"] for r in rows}
    ages = [r["perp_Age"] for r in rows if r["perp_Age"] != ""]
    assert ages and all(isinstance(a, float) and 15 <= a <= 80 for a in ages)
    assert sum(r["perp_FullName"] != "" for r in rows) > 0.8 * len(rows), "perpetrator names are there to be removed"


def test_exploitation_flags_agree_with_the_multi_select(victims: Any) -> None:
    _, rows = victims
    for r in rows:
        types = str(r["vic_TypeOfExploitation"]).split()
        assert (r["isForcedLabour"] == "1") == ("ForcedLabour" in types), r["cas_CaseID"]
        assert (r["isSexualExploit"] == "1") == ("SexualExploitation" in types), r["cas_CaseID"]
        assert (r["isOtherExploit"] == "1") == bool(set(types) - {"ForcedLabour", "SexualExploitation"})
    assert {r["isForcedLabour"] for r in rows} == {"1", "0", ""}


def test_names_come_in_several_scripts(victims: Any, perpetrators: Any) -> None:
    _, v_rows = victims
    _, p_rows = perpetrators
    names = " ".join(f"{r['prs_FirstName']} {r['prs_SecondName']}" for r in v_rows)
    names += " ".join(str(r["perp_FullName"]) for r in p_rows)
    for script_name, pattern in SCRIPTS.items():
        assert len(pattern.findall(names)) >= 6, f"no {script_name} names"
    latin = re.compile(r"^[\x00-\u024f]*$")
    non_latin = sum(not latin.match(f"{r['prs_FirstName']}{r['prs_SecondName']}") for r in v_rows)
    assert non_latin > 0.1 * len(v_rows)


def test_notes_sometimes_hide_contact_details(victims: Any) -> None:
    _, rows = victims
    notes = [str(r["cas_Notes"]) for r in rows]
    with_contact = sum(bool(CONTACT.search(n)) for n in notes)
    assert 0.05 * len(notes) < with_contact < 0.6 * len(notes)
    assert any("@" in n for n in notes)
    assert any("\n" in n for n in notes), "some notes span lines (quoted line breaks in the CSV)"


def test_values_are_as_messy_as_a_real_export(victims: Any) -> None:
    _, rows = victims
    births = [r["prs_Birthdate"] for r in rows if r["prs_Birthdate"]]
    assert all(isinstance(b, str) for b in births), "birth dates are text"
    shapes = {re.sub(r"\d", "9", b) for b in births}
    assert {"9999-99-99", "99/99/9999", "99.99.9999", "9999"} <= shapes
    assert any(isinstance(r["cas_RegistrationDate"], dt.date) for r in rows)
    ages = [r["prs_Age"] for r in rows]
    assert any(a == "" for a in ages), "age is sometimes missing"
    assert all(isinstance(a, float) and 0 < a < 100 for a in ages if a != "")
    citizenships = {r["prs_Citizenship"] for r in rows}
    assert "PHL" in citizenships
    assert any(len(c) > 3 for c in citizenships if c != "Unknown"), "some country names, not only codes"
    assert 0.05 < sum(r["gps_Latitude"] != "" for r in rows) / len(rows) < 0.6


def test_categories_follow_the_frequency_table(victims: Any) -> None:
    """The share of women and of Filipino citizens is close to the CTDC-derived table's."""
    freqs = json.loads((SAMPLE / "frequencies.json").read_text(encoding="utf-8"))
    combos = freqs["victim_combinations"]
    total = sum(c[-1] for c in combos)
    female = sum(c[-1] for c in combos if c[0] == "Female") / total
    philippines = sum(c[-1] for c in combos if c[2] == "PHL") / total
    _, rows = victims
    got_female = sum(r["prs_Gender"] in ("Feminine", "TransgenderFeminine") for r in rows) / len(rows)
    got_philippines = sum(r["prs_Citizenship"] in ("PHL", "Philippines") for r in rows) / len(rows)
    assert abs(got_female - female) < 0.05
    assert abs(got_philippines - philippines) < 0.05


def test_csvs_hold_the_same_tables(victims: Any, perpetrators: Any) -> None:
    v_header, v_rows = victims
    p_header, p_rows = perpetrators
    v_csv = _read_csv(SAMPLE / "sample_victims.csv")
    p_csv = _read_csv(SAMPLE / "sample_perpetrators.csv")
    assert list(v_csv[0]) == v_header
    assert list(p_csv[0]) == p_header
    assert [r["cas_CaseID"] for r in v_csv] == [r["cas_CaseID"] for r in v_rows]
    assert [r["perp_FullName"] for r in p_csv] == [str(r["perp_FullName"]) for r in p_rows]
    assert [r["cas_Notes"] for r in v_csv] == [str(r["cas_Notes"]) for r in v_rows]


# ----------------------------------------------------------------------------------------------------------- the script
def _committed_frequencies() -> dict[str, Any]:
    return json.loads((SAMPLE / "frequencies.json").read_text(encoding="utf-8"))


def test_generation_is_deterministic(script: ModuleType, tmp_path: Path) -> None:
    freqs = _committed_frequencies()
    first = script.generate_sample_export(tmp_path / "a", n_victims=60, freqs=freqs)
    second = script.generate_sample_export(tmp_path / "b", n_victims=60, freqs=freqs)
    other_seed = script.generate_sample_export(tmp_path / "c", n_victims=60, seed=7, freqs=freqs)
    for role, path in first.items():
        assert path.read_bytes() == second[role].read_bytes(), role
        assert path.read_bytes() != other_seed[role].read_bytes(), role


def test_small_generation_is_well_formed(script: ModuleType, tmp_path: Path) -> None:
    paths = script.generate_sample_export(tmp_path, n_victims=40, freqs=_committed_frequencies())
    _, v_rows = _sheet(paths["xlsx"], "Victims")
    _, p_rows = _sheet(paths["xlsx"], "Perpetrators")
    assert len(v_rows) == 40
    assert len(_read_csv(paths["victims_csv"])) == 40
    assert len(_read_csv(paths["perpetrators_csv"])) == len(p_rows)
    victim_ids = {r["cas_CaseID"] for r in v_rows}
    assert any(r["cas_CaseID"] not in victim_ids for r in p_rows), "orphan perpetrators even in a small export"


@pytest.mark.slow
def test_committed_frequency_table_matches_the_shared_data(script: ModuleType, shared_data: Path) -> None:
    """The fallback table is what the script computes from ../shared/data, so both paths give the same file."""
    assert script.compute_frequencies(shared_data) == _committed_frequencies()


def _recorded_stamp() -> str:
    with zipfile.ZipFile(SAMPLE / "sample_export.xlsx") as package:
        core = package.read("docProps/core.xml").decode("utf-8")
    match = re.search(r"<dc:description>([^<]*)</dc:description>", core)
    assert match, "the workbook records how it was made"
    return match.group(1)


@pytest.mark.slow
def test_committed_files_are_what_the_script_makes(script: ModuleType, tmp_path: Path) -> None:
    """Catches a hand-edited or stale sample. Faker releases change the invented names, so pyproject.toml pins the
    Faker the files were made with; this test used to skip itself whenever another Faker was installed, which on a
    clean checkout was always. openpyxl only changes the workbook's packaging, so the cells are compared always and
    the bytes only under the recorded openpyxl."""
    recorded = _recorded_stamp()
    recorded_faker = re.search(r"faker=(\S+)", recorded)
    assert recorded_faker, recorded
    pyproject = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    assert f'"faker=={recorded_faker.group(1)}"' in pyproject, "pin the Faker the sample was made with"
    installed = script.generator_stamp(script.DEFAULT_SEED)
    assert recorded_faker.group(0) in installed, f"run `uv sync`: sample made with {recorded}, installed {installed}"
    paths = script.generate_sample_export(tmp_path, freqs=_committed_frequencies())
    assert paths["victims_csv"].read_bytes() == (SAMPLE / "sample_victims.csv").read_bytes()
    assert paths["perpetrators_csv"].read_bytes() == (SAMPLE / "sample_perpetrators.csv").read_bytes()
    for sheet in ("Victims", "Perpetrators"):
        assert _sheet(paths["xlsx"], sheet) == _sheet(SAMPLE / "sample_export.xlsx", sheet), sheet
    if recorded == installed:
        assert paths["xlsx"].read_bytes() == (SAMPLE / "sample_export.xlsx").read_bytes()
