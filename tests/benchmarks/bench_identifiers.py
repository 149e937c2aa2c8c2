"""Stage one benchmark: column recall and category false positives on labelled exports, span recall in notes in
three languages, and speed. Run: ``uv run python -m tests.benchmarks.bench_identifiers`` (about a minute).

Presidio (the peer named in issue 8) cannot be installed here: it needs spaCy models our package index does not
serve. Its figures from the issue are printed beside ours for reference; they were not measured in this process.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Mapping
from pathlib import Path

import numpy as np
import openpyxl
import pandas as pd

from ctdc_desktop.core.identifiers import detect_identifiers, find_spans
from ctdc_desktop.core.identifiers.free_text import SpanKind
from ctdc_desktop.core.identifiers.name_lists import NameLists, load_name_lists, normal
from ctdc_desktop.core.io.read_export import list_sheets, read_export
from ctdc_desktop.core.io.table import LoadError
from tests.benchmarks import identifier_sets as sets

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "data"
SAMPLE = ROOT / "resources" / "sample" / "sample_export.xlsx"

SAMPLE_VICTIMS_IDENTIFIERS = {
    "cas_CaseID", "cas_CaseOwner", "prs_Salutation", "prs_FirstName", "prs_SecondName", "prs_Birthdate", "prs_Email",
    "prs_HomePhone", "prs_MobilePhone", "prs_MailingStreet", "prs_MailingCity", "vic_LocationOfExploitation",
    "gps_Latitude", "gps_Longitude", "cas_Notes",
}  # fmt: skip
SAMPLE_OTHER = {"cas_RegistrationDate", "prs_Age", "perp_Age", "perp_Number"}
HTCDS_IDENTIFIERS = {
    "cas_CaseOwner", "prs_Salutation", "prs_FirstName", "prs_SecondName", "prs_Birthdate", "prs_Title", "prs_Email",
    "prs_HomePhone", "prs_MobilePhone", "prs_MailingCity", "prs_MailingStreet", "prs_MailingPostalCode",
    "vic_LocationOfRecruitment", "vic_LocationOfExploitation", "cas_ReferringPrimaryCaseWorker",
    "cas_IncomingReferralDetails", "cas_ReferredPrimaryCaseWorker", "cas_OutgoingReferralDetails",
}  # fmt: skip
HTCDS_OTHER = {
    "prs_MailingState", "cas_ReferringOrganisation", "cas_ReferredOrganisation", "cas_IncomingReferralDate",
    "cas_OutgoingReferralDate",
}  # fmt: skip


def _labels(columns: list[str], identifiers: set[str], other: set[str]) -> dict[str, str]:
    return {c: sets.IDENTIFIER if c in identifiers else sets.OTHER if c in other else sets.CATEGORY for c in columns}


def score(frame: pd.DataFrame, labels: Mapping[str, str]) -> tuple[int, int, int, int, list[str]]:
    """(identifiers found, identifiers, categories flagged, categories, what went wrong)."""
    report = detect_identifiers(frame)
    found = total = wrong_flags = categories = 0
    problems = []
    for review in report.columns:
        label = labels[review.name]
        if label == sets.IDENTIFIER:
            total += 1
            found += review.flagged
            if not review.flagged:
                problems.append(f"missed {review.name!r}")
        elif label == sets.CATEGORY:
            categories += 1
            wrong_flags += review.flagged
            if review.flagged:
                problems.append(f"flagged category {review.name!r}: {review.flags[0].reason}")
    return found, total, wrong_flags, categories, problems


def _template_columns(path: Path, sheet: str | None) -> pd.DataFrame:
    """The template's columns with no records: HTCDS templates are blank forms, which Load rightly refuses to open
    as an export ("column names but no records"), so the names are read from the header row alone."""
    try:
        return read_export(path, sheet=sheet).frame
    except LoadError:
        book = openpyxl.load_workbook(path, read_only=True)
        rows = (
            book[sheet].iter_rows(max_row=1, values_only=True)
            if sheet
            else book.active.iter_rows(max_row=1, values_only=True)
        )
        header = [str(cell).strip() for cell in next(iter(rows)) if cell is not None and str(cell).strip()]
        book.close()
        return pd.DataFrame({name: pd.Series([], dtype="object") for name in header})


def column_table(workdir: Path) -> list[tuple[str, int, int, int, int, list[str]]]:
    rows = []
    for sheet in ("Victims", "Perpetrators"):
        frame = read_export(SAMPLE, sheet=sheet).frame
        labels = _labels(
            list(frame.columns), SAMPLE_VICTIMS_IDENTIFIERS | {"cas_CaseID", "perp_FullName"}, SAMPLE_OTHER
        )
        rows.append((f"sample export, {sheet}", *score(frame, labels)))
    for path in sorted((SHARED / "htcds").glob("HTCDS Excel*.xlsx")):
        sheet = "Case Sheet" if "validation" in path.name else None
        frame = _template_columns(path, sheet)
        rows.append(
            (
                f"HTCDS template{' (validation)' if sheet else ''}",
                *score(frame, _labels(list(frame.columns), HTCDS_IDENTIFIERS, HTCDS_OTHER)),
            )
        )
    for family, seed in (("tune", sets.TUNE_SEED), ("measure", sets.MEASURE_SEED)):
        for language, (victim_labels, perpetrator_labels) in {
            "fr": (sets.FRENCH_VICTIMS, sets.FRENCH_PERPETRATORS),
            "es": (sets.SPANISH_VICTIMS, sets.SPANISH_PERPETRATORS),
        }.items():
            victims, perpetrators = sets.make_export(language, seed)
            path = sets.write_workbook(
                workdir / f"{language}_{seed}.xlsx",
                {
                    "Victimes" if language == "fr" else "Víctimas": victims,
                    "Auteurs" if language == "fr" else "Tratantes": perpetrators,
                },
                "Export du système de gestion des cas" if language == "fr" else "Exportación de casos",
            )
            for sheet, labels in zip(("victims", "perpetrators"), (victim_labels, perpetrator_labels), strict=True):
                names = list_sheets(path)
                table = read_export(path, sheet=names[0 if sheet == "victims" else 1].name)
                assert table.header_row == 3, f"title row: header found on row {table.header_row}"
                rows.append((f"{language.upper()} export ({family}), {sheet}", *score(table.frame, labels)))
    for path in sorted((SHARED / "ctdc" / "derived").glob("*.csv")):
        frame = read_export(path).frame
        rows.append((f"CTDC-derived {path.name}", *score(frame, dict.fromkeys(frame.columns, sets.CATEGORY))))
    return rows


def span_recall(family: str, seed: int, lists: NameLists) -> dict[str, tuple[int, int]]:
    """Planted spans found (a detected span of the same kind covering at least half of it), per kind."""
    kinds = {"email": SpanKind.EMAIL, "phone": SpanKind.PHONE, "id": SpanKind.ID_NUMBER, "name": SpanKind.PERSON_NAME,
             "address": SpanKind.ADDRESS, "place": SpanKind.PLACE}  # fmt: skip
    tally: dict[str, list[int]] = {k: [0, 0] for k in kinds}
    for note in sets.make_notes(family, seed):
        spans = find_spans(note.text, lists)
        for planted in note.planted:
            want = kinds[planted.kind]
            tally[planted.kind][1] += 1
            for span in spans:
                overlap = min(span.end, planted.end) - max(span.start, planted.start)
                if span.kind is want and overlap * 2 >= planted.end - planted.start:
                    tally[planted.kind][0] += 1
                    break
    return {k: (v[0], v[1]) for k, v in tally.items()}


def stray_spans(family: str, seed: int, lists: NameLists) -> tuple[int, int]:
    """(spans found that cover nothing planted, spans found): what would be redacted for no reason."""
    stray = total = 0
    for note in sets.make_notes(family, seed):
        for span in find_spans(note.text, lists):
            total += 1
            stray += not any(min(span.end, p.end) > max(span.start, p.start) for p in note.planted)
    return stray, total


def held_out_names(seed: int, share: float = 0.5) -> frozenset[str]:
    """Half of the name words used in the measured notes, removed from our lists to measure unknown names."""
    words = set()
    for note in sets.make_notes("B", seed):
        for planted in note.planted:
            if planted.kind == "name":
                words.update(normal(w) for w in planted.text.split())
    rng = np.random.default_rng(seed)
    return frozenset(w for w in sorted(words) if rng.random() < share)


def wide_table(rows: int, seed: int) -> pd.DataFrame:
    """rows × 40 columns: 5 free-text, 8 identifiers, 27 categories and numbers, as categoricals like a reader gives."""
    rng = np.random.default_rng(seed)
    maker = sets.Maker(seed)
    pool_notes = [n.text for n in sets.make_notes("B", seed, per_language=700)]  # 3,500 notes, recombined below
    columns: dict[str, object] = {}
    for i in range(5):
        a = rng.integers(0, len(pool_notes), rows)
        b = rng.integers(0, len(pool_notes), rows)
        pool = np.array(pool_notes, dtype=object)
        columns[f"notes_{i}"] = pool[a] + " " + pool[b]
    columns["case_id"] = np.array([f"C-{i:07d}" for i in range(rows)], dtype=object)
    names = np.array([maker.full_name() for _ in range(5000)], dtype=object)
    columns["full_name"] = names[rng.integers(0, 5000, rows)]
    phones = np.array([maker.phone() for _ in range(5000)], dtype=object)
    columns["contact"] = phones[rng.integers(0, 5000, rows)]
    emails = np.array([maker.email() for _ in range(5000)], dtype=object)
    columns["mail"] = emails[rng.integers(0, 5000, rows)]
    columns["birth"] = np.array(
        [f"{d % 28 + 1:02d}/{d % 12 + 1:02d}/{1950 + d % 60}" for d in rng.integers(0, 10**6, rows)]
    )
    columns["passport_no"] = np.array([f"P{d:08d}" for d in rng.integers(0, 10**8, rows)])
    columns["lat"] = np.round(rng.uniform(-40, 50, rows), 5).astype(str)
    columns["lon"] = np.round(rng.uniform(-40, 50, rows), 5).astype(str)
    for i in range(27):
        if i % 3 == 0:
            columns[f"flag_{i}"] = rng.choice(["0", "1"], rows)
        elif i % 3 == 1:
            columns[f"category_{i}"] = rng.choice([f"value {k}" for k in range(12)], rows)
        else:
            columns[f"count_{i}"] = rng.integers(0, 80, rows).astype(str)
    return pd.DataFrame(columns).astype("category")


def main() -> int:
    lists = load_name_lists()
    with tempfile.TemporaryDirectory() as tmp:
        rows = column_table(Path(tmp))
    print("\nColumn detection (target: recall 100 %, categories flagged 0)")
    print(f"{'Labelled set':52} {'identifier columns found':>26} {'categories flagged':>20}")
    all_found = all_total = all_wrong = 0
    for name, found, total, wrong, categories, problems in rows:
        recall = f"{found}/{total} ({found / total:.0%})" if total else "-"
        print(f"{name:52} {recall:>26} {f'{wrong}/{categories}':>20}")
        for problem in problems:
            print(f"    {problem}")
        all_found, all_total, all_wrong = all_found + found, all_total + total, all_wrong + wrong
    print(f"{'All':52} {f'{all_found}/{all_total} ({all_found / all_total:.1%})':>26} {all_wrong:>20}")

    print("\nSpans in notes, English, French and Spanish (targets: e-mails, phones, IDs >= 95 %, names >= 90 %)")
    tune = span_recall("A", sets.TUNE_SEED, lists)
    measure = span_recall("B", sets.MEASURE_SEED, lists)
    held = held_out_names(sets.MEASURE_SEED)
    unknown = span_recall("B", sets.MEASURE_SEED, lists.without(held))
    presidio = {"email": "295/295", "phone": "109/273", "id": "0/310", "name": "192/295", "place": "149/273"}
    print(f"{'Kind':9} {'tune (A, seed 1)':>18} {'measure (B, seed 101)':>22} {'measure, half the names unknown':>32} "
          f"{'Presidio (issue 8, French)':>27}")  # fmt: skip
    for kind in ("email", "phone", "id", "name", "address", "place"):
        cells = []
        for result in (tune, measure, unknown):
            got, total = result[kind]
            cells.append(f"{got}/{total} ({got / total:.1%})" if total else "-")
        print(f"{kind:9} {cells[0]:>18} {cells[1]:>22} {cells[2]:>32} {presidio.get(kind, '-'):>27}")

    stray, found = stray_spans("B", sets.MEASURE_SEED, lists)
    print(f"Spans found in the measured notes that cover nothing planted: {stray} of {found}")

    print("\nSpeed of detect_identifiers on a loaded table, wall clock and CPU time (the CPU time is what the scan")
    print("costs when the machine is not shared). Presidio in issue 8: 156 s for the 1,500 x 17 sheet on 2 cores.")
    with tempfile.TemporaryDirectory() as tmp:
        victims, _ = sets.make_export("fr", sets.MEASURE_SEED)
        path = sets.write_workbook(Path(tmp) / "fr.xlsx", {"Victimes": victims}, "Export")
        frame = read_export(path, sheet="Victimes").frame
    load_name_lists.cache_clear()
    shapes: list[tuple[str, pd.DataFrame, str]] = [
        ("1,500 x 17 French victims sheet (name lists loaded too)", frame, "1.5 s")
    ]
    wide = wide_table(100_000, 7)
    shapes.append(("100,000 x 40, 5 free-text columns, dense", wide, "20 s"))
    sparse = wide.copy()
    rng = np.random.default_rng(3)
    for column in sparse.columns:
        sparse[column] = sparse[column].where(rng.random(len(sparse)) < 0.2)  # 80 % of cells empty
    shapes.append(("100,000 x 40, 5 free-text columns, 80 % empty", sparse, "20 s"))
    narrow = wide[["notes_0", "full_name", "contact", "category_1", "flag_0", "count_2"]]
    narrow = pd.concat([narrow] * 5, ignore_index=True)
    shapes.append(("500,000 x 6, 1 free-text column", narrow, "-"))
    print(f"{'Table':58} {'wall':>8} {'CPU':>8} {'target':>8} {'flagged':>8}")
    for name, table, target in shapes:
        wall, cpu = time.perf_counter(), time.process_time()
        report = detect_identifiers(table)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        print(f"{name:58} {wall:7.2f}s {cpu:7.2f}s {target:>8} {len(report.flagged):>8}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
