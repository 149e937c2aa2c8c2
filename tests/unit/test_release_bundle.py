"""The release bundle: complete, checked, free of planted values, all or nothing, refused when unsafe."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import re
from pathlib import Path

import numpy as np
import openpyxl
import pandas as pd
import pytest

from ctdc_desktop.core.audit_step import AuditStep
from ctdc_desktop.core.progress import Cancelled, RecordingProgress
from ctdc_desktop.core.release import bundle as bundle_module
from ctdc_desktop.core.release.audit_log import verify_audit_log
from ctdc_desktop.core.release.bundle import (
    BUNDLE_FILES,
    ReleaseDecisions,
    UnmappedValue,
    bundle_name,
    write_release_bundle,
)
from ctdc_desktop.core.release.check_bundle import bundle_problems
from ctdc_desktop.core.release.ledger import read_ledger
from ctdc_desktop.core.release.release_columns import ReleaseRefused
from ctdc_desktop.core.synth.model import Aggregates, CombinationCounts, KAnonParams
from ctdc_desktop.core.synth.synthesize import synthesize
from ctdc_desktop.core.user_error import UserError
from tests.unit.release_fixtures import (
    CANARY_FREQUENT,
    CANARY_RARE,
    COLUMNS,
    codebook,
    decisions,
    dp_result,
    inputs,
    kanon_result,
    recoded,
)


def read_csv(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")


def test_bundle_from_a_small_synthesis_is_complete_and_consistent(tmp_path: Path) -> None:
    result = write_release_bundle(inputs(), decisions(tmp_path))
    assert sorted(p.name for p in result.folder.iterdir()) == sorted(BUNDLE_FILES)
    assert re.fullmatch(r"Test_mission_kanon_\d{4}-\d{2}-\d{2}", result.folder.name)
    manifest = json.loads((result.folder / "manifest.json").read_text(encoding="utf-8"))
    for name, entry in manifest["files"].items():
        assert hashlib.sha256((result.folder / name).read_bytes()).hexdigest() == entry["sha256"]
    assert set(manifest["files"]) == set(BUNDLE_FILES) - {"manifest.json"}
    assert manifest["recipe"]["name"] == "ctdc-2021" and manifest["parameters"]["k"] == 10

    records = read_csv(result.folder / "synthetic_data.csv")
    labels = [v.label for v in codebook().variables]
    assert list(records.columns) == labels  # codebook order and labels
    assert len(records) == manifest["records"]["synthetic"] == len(kanon_result().records)
    sheet = openpyxl.load_workbook(result.folder / "synthetic_data.xlsx", read_only=True).active
    rows = list(sheet.iter_rows(values_only=True))
    assert list(rows[0]) == labels and len(rows) == len(records) + 1
    first = [("" if c is None else str(c)) for c in rows[1]]
    assert first + [""] * (len(labels) - len(first)) == list(records.iloc[0])  # read-only mode drops trailing blanks

    aggregates = read_csv(result.folder / "reportable_aggregates.csv")
    assert list(aggregates.columns) == [*labels, "length", "count"]
    assert aggregates["count"].astype(int).ge(10).all()
    assert (aggregates["count"].astype(int) % 10 == 0).all()

    codebook_md = (result.folder / "codebook.md").read_text(encoding="utf-8")
    assert "genderLabel" in codebook_md and "k (every count" in codebook_md
    assert openpyxl.load_workbook(result.folder / "codebook.xlsx").sheetnames == [
        "Variables",
        "Categories",
        "De-identification",
    ]
    log = (result.folder / "audit_log.jsonl").read_text(encoding="utf-8")
    assert verify_audit_log(log) == []
    assert not result.warnings


def test_audit_log_chain_shows_an_edited_line(tmp_path: Path) -> None:
    earlier = (AuditStep("Stage one: flagged columns dropped", bundle_module.now(), 600, 3),)
    result = write_release_bundle(inputs(earlier_steps=earlier), decisions(tmp_path))
    lines = (result.folder / "audit_log.jsonl").read_text(encoding="utf-8").splitlines()
    assert json.loads(lines[0])["what"] == "Stage one: flagged columns dropped"
    assert json.loads(lines[0])["rows"] is None  # the exact number of input rows is never published
    edited = [lines[0].replace('"columns": 3', '"columns": 4'), *lines[1:]]
    assert verify_audit_log("\n".join(edited)) == ["line 2 does not carry the hash of line 1"]


def every_file_text(folder: Path) -> str:
    """Every file of a bundle as text, workbooks unpacked cell by cell (their XML is zipped)."""
    texts = []
    for path in folder.rglob("*"):
        if path.suffix == ".xlsx":
            book = openpyxl.load_workbook(path, read_only=True)
            for sheet in book.worksheets:
                texts += [str(c) for row in sheet.iter_rows(values_only=True) for c in row if c is not None]
        else:
            texts.append(path.read_bytes().decode("utf-8", errors="replace"))
    return "\n".join(texts)


@pytest.mark.parametrize("method", ["kanon", "dp"])
def test_canary_values_appear_in_no_file(tmp_path: Path, method: str) -> None:
    # The synthesis carried the planted column (its value is common, so k-anonymity alone would release it):
    result = kanon_result() if method == "kanon" else dp_result()
    assert (result.records["caseworker_notes"] == CANARY_FREQUENT).any()
    written = write_release_bundle(inputs(result, ledger_folder=tmp_path / "appdata"), decisions(tmp_path / "out"))
    text = every_file_text(written.folder)
    for canary in (CANARY_FREQUENT, CANARY_RARE, "caseworker_notes", "CANARY"):
        assert canary not in text
    # Nor in the ledger, which lives outside the bundle.
    if method == "dp":
        assert "CANARY" not in (tmp_path / "appdata" / "privacy_ledger.json").read_text(encoding="utf-8")


class Boom(RuntimeError):
    pass


def test_exception_mid_write_leaves_no_bundle_and_no_temporary_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_write = bundle_module._write_file
    written: list[str] = []

    def failing(folder: Path, name: str, data: bytes) -> None:
        if len(written) == 3:
            raise Boom("disk pulled")
        written.append(name)
        real_write(folder, name, data)

    monkeypatch.setattr(bundle_module, "_write_file", failing)
    with pytest.raises(Boom):
        write_release_bundle(inputs(), decisions(tmp_path))
    assert len(written) == 3
    assert list(tmp_path.iterdir()) == []


def test_a_file_that_reads_back_differently_is_caught(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_write = bundle_module._write_file

    def corrupting(folder: Path, name: str, data: bytes) -> None:
        real_write(folder, name, data[:-1] if name == "codebook.md" else data)

    monkeypatch.setattr(bundle_module, "_write_file", corrupting)
    with pytest.raises(UserError, match=r"codebook\.md differs from the fingerprint"):
        write_release_bundle(inputs(), decisions(tmp_path))
    assert list(tmp_path.iterdir()) == []


def test_cancel_leaves_nothing(tmp_path: Path) -> None:
    with pytest.raises(Cancelled):
        write_release_bundle(inputs(), decisions(tmp_path), RecordingProgress(cancel_after=3))
    assert list(tmp_path.iterdir()) == []


def test_read_only_location_gives_a_message(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> str:
        raise PermissionError(13, "Permission denied")

    # Tests may run as root, where a read-only folder is writable all the same: refuse the way Windows does.
    monkeypatch.setattr(bundle_module.staged_folder.__globals__["os"], "mkdir", refuse)
    with pytest.raises(UserError) as caught:
        write_release_bundle(inputs(), decisions(tmp_path))
    message = str(caught.value)
    assert "Permission denied" in message and str(tmp_path) in message and "nothing was written" in message
    assert "Traceback" not in message


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes into read-only folders")
def test_read_only_folder_gives_a_message(tmp_path: Path) -> None:
    tmp_path.chmod(0o555)
    try:
        with pytest.raises(UserError, match="nothing was written"):
            write_release_bundle(inputs(), decisions(tmp_path))
    finally:
        tmp_path.chmod(0o755)


def test_existing_bundle_is_never_replaced_silently(tmp_path: Path) -> None:
    first = write_release_bundle(inputs(), decisions(tmp_path))
    before = (first.folder / "manifest.json").read_bytes()
    with pytest.raises(ReleaseRefused, match="already exists"):
        write_release_bundle(inputs(), decisions(tmp_path))
    assert (first.folder / "manifest.json").read_bytes() == before
    again = write_release_bundle(inputs(), decisions(tmp_path, replace_existing=True))
    assert again.folder == first.folder
    assert sorted(p.name for p in tmp_path.iterdir()) == [first.folder.name]


def test_refused_with_every_reason_while_decisions_are_missing(tmp_path: Path) -> None:
    pending = inputs(
        undecided_flags=("phone", "notes"),
        unmapped_values=(UnmappedValue("gender", "F."), UnmappedValue("ageBroad", "unknown")),
    )
    with pytest.raises(ReleaseRefused) as caught:
        write_release_bundle(pending, decisions(tmp_path))
    message = str(caught.value)
    for part in ("'phone'", "'notes'", "gender: “F.”", "ageBroad: “unknown”"):
        assert part in message
    assert list(tmp_path.iterdir()) == []


def test_value_outside_the_codebook_is_refused(tmp_path: Path) -> None:
    schema = codebook()
    gender = schema.variables[1]
    narrowed = dataclasses.replace(gender, categories=gender.categories[:1])
    schema = dataclasses.replace(schema, variables=(schema.variables[0], narrowed, *schema.variables[2:]))
    with pytest.raises(ReleaseRefused, match="genderLabel"):
        write_release_bundle(inputs(codebook=schema), decisions(tmp_path))
    assert list(tmp_path.iterdir()) == []


def test_codebook_variable_missing_from_the_synthesis_is_refused(tmp_path: Path) -> None:
    schema = codebook()
    extra = dataclasses.replace(schema.variables[0], column="region", label="UN_COO_Region")
    schema = dataclasses.replace(schema, variables=(*schema.variables, extra))
    with pytest.raises(ReleaseRefused, match="'region'"):
        write_release_bundle(inputs(codebook=schema), decisions(tmp_path))


def tampered(aggregates: Aggregates, length: int, row: int, count: float) -> Aggregates:
    counts = aggregates.by_length[length]
    changed = counts.count.copy()
    changed[row] = count
    by_length = dict(aggregates.by_length)
    by_length[length] = CombinationCounts(counts.column_index, counts.value_code, changed)
    return dataclasses.replace(aggregates, by_length=by_length)


def test_k_guarantee_failure_on_the_output_is_refused(tmp_path: Path) -> None:
    result = kanon_result()
    # A released count raised past its true count, and a combination that 10 records do not hold.
    pairs = result.aggregates.by_length[2]
    broken = tampered(result.aggregates, 2, 0, float(pairs.count[0] + 100))
    with pytest.raises(ReleaseRefused, match="not the true count rounded down"):
        write_release_bundle(inputs(dataclasses.replace(result, aggregates=broken)), decisions(tmp_path))
    table_values = result.aggregates.values
    rare_code = table_values[3].index(CANARY_RARE)  # citizenship held by one record
    singles = result.aggregates.by_length[1]
    planted = CombinationCounts(
        np.vstack([singles.column_index, [[3]]]).astype(np.int16),
        np.vstack([singles.value_code, [[rare_code]]]).astype(np.int32),
        np.append(singles.count, 10.0),
    )
    leaking = dataclasses.replace(result.aggregates, by_length={**result.aggregates.by_length, 1: planted})
    with pytest.raises(ReleaseRefused, match="held by fewer than 10 records") as caught:
        write_release_bundle(inputs(dataclasses.replace(result, aggregates=leaking)), decisions(tmp_path))
    assert CANARY_RARE not in str(caught.value)  # counts of failures, never the values
    assert list(tmp_path.iterdir()) == []


def test_synthetic_records_not_backed_by_released_counts_are_refused(tmp_path: Path) -> None:
    result = kanon_result()
    frame = recoded()
    # A real pair of answers (codebook values) that fewer than 10 records hold, copied into one synthetic record.
    pair_counts = frame.groupby(["gender", "citizenship"]).size()
    gender, citizenship = next(
        pair for pair, n in pair_counts.items() if n < 10 and all(pair) and CANARY_RARE not in pair
    )
    records = result.records.copy()
    records.loc[0, ["gender", "citizenship"]] = [gender, citizenship]
    with pytest.raises(ReleaseRefused, match="not among the released counts"):
        write_release_bundle(inputs(dataclasses.replace(result, records=records)), decisions(tmp_path))


def test_formula_cells_are_neutralised_in_csv_and_workbooks(tmp_path: Path) -> None:
    frame = recoded().copy()
    frame["gender"] = frame["gender"].replace({"Female": "=HYPERLINK(1)", "Male": "-99"})
    schema = codebook(frame)
    synthesis = synthesize(frame, KAnonParams(k=10, reporting_length=2, seed=1))
    written = write_release_bundle(inputs(synthesis, recoded=frame, codebook=schema), decisions(tmp_path))
    records = read_csv(written.folder / "synthetic_data.csv")
    assert set(records["genderLabel"]) - {""} <= {"'=HYPERLINK(1)", "-99"}
    assert "'=HYPERLINK(1)" in set(records["genderLabel"])
    for name in ("synthetic_data.xlsx", "codebook.xlsx"):
        book = openpyxl.load_workbook(written.folder / name)
        for sheet in book.worksheets:
            for row in sheet.iter_rows():
                for cell in row:
                    assert cell.data_type != "f", f"{name} {cell.coordinate} is a formula"


def test_report_is_self_contained(tmp_path: Path) -> None:
    for result in (kanon_result(), dp_result()):
        written = write_release_bundle(
            inputs(result, ledger_folder=tmp_path / "appdata"), decisions(tmp_path / result.method)
        )
        html = (written.folder / "evaluation_report.html").read_text(encoding="utf-8")
        assert "http" not in html.lower()
        assert not re.search(r"\b(src|href)\s*=", html, flags=re.IGNORECASE)
        assert "<link" not in html.lower() and "<script" not in html.lower() and "@import" not in html
        assert "<svg" in html and "What the figures mean" in html
        assert html.count("<svg") >= 2


def test_dp_release_is_recorded_in_the_ledger_and_refused_past_the_cap(tmp_path: Path) -> None:
    appdata = tmp_path / "appdata"
    first = write_release_bundle(inputs(dp_result(), ledger_folder=appdata), decisions(tmp_path / "a"))
    assert first.privacy_total_after == pytest.approx(2.0)
    manifest = json.loads((first.folder / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["privacy_budget"]["dataset_epsilon_spent_after_release"] == pytest.approx(2.0)
    second = write_release_bundle(
        inputs(dp_result(), ledger_folder=appdata, privacy_cap=5.0), decisions(tmp_path / "b")
    )
    assert second.privacy_total_after == pytest.approx(4.0) and second.warnings  # 80% of the cap
    with pytest.raises(ReleaseRefused, match="past the cap"):
        write_release_bundle(inputs(dp_result(), ledger_folder=appdata, privacy_cap=5.0), decisions(tmp_path / "c"))
    assert not (tmp_path / "c").exists() or list((tmp_path / "c").iterdir()) == []
    assert read_ledger(appdata).spent("test MISSION ") == pytest.approx(4.0)


def test_failed_dp_export_withdraws_its_ledger_entry(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def failing(folder: Path, name: str, data: bytes) -> None:
        raise Boom("disk pulled")

    monkeypatch.setattr(bundle_module, "_write_file", failing)
    with pytest.raises(Boom):
        write_release_bundle(inputs(dp_result(), ledger_folder=tmp_path / "appdata"), decisions(tmp_path / "out"))
    assert read_ledger(tmp_path / "appdata").spent("Test mission") == 0


def test_bundle_names_are_safe_on_windows_shares() -> None:
    from datetime import date

    day = date(2024, 3, 1)
    assert bundle_name('Mission: A/B "Q1"', "dp", day) == "Mission_A_B_Q1_dp_2024-03-01"
    assert bundle_name("con", "kanon", day) == "con_data_kanon_2024-03-01"
    with pytest.raises(ReleaseRefused):
        bundle_name(" ... ", "kanon", day)


def test_decisions_round_trip_and_name_the_bad_key() -> None:
    chosen = ReleaseDecisions(location=Path("//server/share/releases"), replace_existing=True)
    assert ReleaseDecisions.from_dict(json.loads(json.dumps(chosen.to_dict()))) == chosen
    with pytest.raises(UserError, match="privacy_cap"):
        ReleaseDecisions.from_dict({"location": "x", "privacy_cap": -1})
    with pytest.raises(UserError, match="location"):
        ReleaseDecisions.from_dict({})


def test_columns_follow_codebook_order_not_table_order(tmp_path: Path) -> None:
    schema = codebook()
    reordered = dataclasses.replace(schema, variables=tuple(reversed(schema.variables)))
    written = write_release_bundle(inputs(codebook=reordered), decisions(tmp_path))
    labels = [v.label for v in reordered.variables]
    assert list(read_csv(written.folder / "synthetic_data.csv").columns) == labels
    aggregates = read_csv(written.folder / "reportable_aggregates.csv")
    assert list(aggregates.columns) == [*labels, "length", "count"]
    # Same counts as with the table's order: only the layout changed.
    straight = write_release_bundle(inputs(), decisions(tmp_path / "straight"))
    other = read_csv(straight.folder / "reportable_aggregates.csv")
    assert sorted(aggregates["count"].astype(int)) == sorted(other["count"].astype(int))
    assert COLUMNS[0] in labels


def test_a_written_bundle_checks_sound_and_later_edits_show(tmp_path: Path) -> None:
    folder = write_release_bundle(inputs(), decisions(tmp_path)).folder
    assert bundle_problems(folder) == []
    # An edited count: the fingerprint no longer matches.
    aggregates = folder / "reportable_aggregates.csv"
    original = aggregates.read_bytes()
    aggregates.write_bytes(original.replace(b",10\r\n", b",11\r\n", 1))
    assert bundle_problems(folder) == [
        "reportable_aggregates.csv differs from the fingerprint in manifest.json (changed, damaged or cut short)."
    ]
    aggregates.write_bytes(original)
    # A removed audit line with the manifest's fingerprint redone to match: the hash chain still shows it.
    log = folder / "audit_log.jsonl"
    lines = log.read_text(encoding="utf-8").splitlines(keepends=True)
    log.write_text("".join(lines[:1] + lines[2:]), encoding="utf-8")
    manifest_path = folder / "manifest.json"
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    data = log.read_bytes()
    manifest["files"]["audit_log.jsonl"] = {"sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data)}
    manifest_path.write_text(json.dumps(manifest), encoding="utf-8")
    assert bundle_problems(folder) == ["audit_log.jsonl: line 2 does not carry the hash of line 1"]
    (folder / "evaluation.json").write_text("{}", encoding="utf-8")  # the unprotected screen file, dropped in
    assert "not expected: ['evaluation.json']" in bundle_problems(folder)[0]


def test_an_empty_synthesis_is_refused(tmp_path: Path) -> None:
    few = recoded().iloc[:8]
    result = synthesize(few, KAnonParams(k=10, reporting_length=2, seed=1))
    assert len(result.records) == 0
    with pytest.raises(ReleaseRefused, match="nothing to release"):
        write_release_bundle(inputs(result, recoded=few), decisions(tmp_path))
    assert list(tmp_path.iterdir()) == []


def test_progress_runs_forward_on_one_bar(tmp_path: Path) -> None:
    progress = RecordingProgress()
    write_release_bundle(inputs(), decisions(tmp_path), progress)
    done = [report[0] for report in progress.reports]
    assert done == sorted(done) and done[-1] == progress.reports[-1][1]
    assert {report[1] for report in progress.reports} == {progress.reports[-1][1]}
