"""Check a release bundle as it lies on disk: what the export does before the rename, and anyone can do later.

The checks read the files only (no real records): every expected file and no other, each file's SHA-256 and size as
the manifest states, the audit log's hash chain, the synthetic records' columns and row count as the manifest states,
the aggregates' layout, for a k-anonymous release every count a multiple of k and at least k, and no cell a
spreadsheet would run as a formula. A bundle edited after export (a file replaced, a line of the log removed, a
count changed) fails.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pandas as pd

from ctdc_desktop.core.number_format import count_text
from ctdc_desktop.core.release.audit_log import verify_audit_log
from ctdc_desktop.core.synth.release_csv import excel_safe
from ctdc_desktop.core.translation import translate

SYNTHETIC_CSV = "synthetic_data.csv"
SYNTHETIC_XLSX = "synthetic_data.xlsx"
AGGREGATES_CSV = "reportable_aggregates.csv"
CODEBOOK_XLSX = "codebook.xlsx"
CODEBOOK_MD = "codebook.md"
REPORT_HTML = "evaluation_report.html"
AUDIT_LOG = "audit_log.jsonl"
MANIFEST = "manifest.json"
BUNDLE_FILES = (
    SYNTHETIC_CSV,
    SYNTHETIC_XLSX,
    AGGREGATES_CSV,
    CODEBOOK_XLSX,
    CODEBOOK_MD,
    REPORT_HTML,
    AUDIT_LOG,
    MANIFEST,
)


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _read_csv(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")


def bundle_problems(folder: Path, expected_manifest: dict[str, Any] | None = None) -> list[str]:
    """Every problem found in the bundle at `folder`, in plain words (empty when it is sound). With
    `expected_manifest`, manifest.json must also equal it (the export's read-back check)."""
    folder = Path(folder)
    if not folder.is_dir():
        return [translate("CheckBundle", "{0} is not a folder.").format(folder)]
    present = sorted(p.name for p in folder.iterdir())
    problems = []
    if present != sorted(BUNDLE_FILES):
        missing = sorted(set(BUNDLE_FILES) - set(present))
        extra = sorted(set(present) - set(BUNDLE_FILES))
        problems.append(
            translate(
                "CheckBundle", "The folder does not hold the bundle's files (missing: {0}; not expected: {1})."
            ).format(missing, extra)
        )
        if MANIFEST not in present:
            return problems
    try:
        manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        files = manifest["files"]
        columns = list(manifest["columns"])
        synthetic_rows = int(manifest["records"]["synthetic"])
    except (OSError, ValueError, KeyError, TypeError) as error:
        return [*problems, translate("CheckBundle", "{0} cannot be read ({1}).").format(MANIFEST, error)]
    if expected_manifest is not None and manifest != expected_manifest:
        problems.append(translate("CheckBundle", "{0} read back differs from what was written.").format(MANIFEST))
    if set(files) != set(BUNDLE_FILES) - {MANIFEST}:
        problems.append(translate("CheckBundle", "{0} does not list every file of the bundle.").format(MANIFEST))
    for name, entry in sorted(files.items()):
        path = folder / name
        if not path.is_file():
            continue
        data = path.read_bytes()
        if len(data) != entry.get("bytes") or sha256_hex(data) != entry.get("sha256"):
            problems.append(
                translate(
                    "CheckBundle", "{0} differs from the fingerprint in {1} (changed, damaged or cut short)."
                ).format(name, MANIFEST)
            )
    if problems:
        return problems  # the files are not the ones described: their content is not worth checking
    problems += [f"audit_log.jsonl: {p}" for p in verify_audit_log((folder / AUDIT_LOG).read_text(encoding="utf-8"))]
    records = _read_csv(folder / SYNTHETIC_CSV)
    if list(records.columns) != [excel_safe(c) for c in columns]:
        problems.append(
            translate("CheckBundle", "{0} does not have the columns {1} lists.").format(SYNTHETIC_CSV, MANIFEST)
        )
    if len(records) != synthetic_rows:
        problems.append(
            translate("CheckBundle", "{0} has {1} records, {2} says {3}.").format(
                SYNTHETIC_CSV, count_text(len(records)), MANIFEST, count_text(synthetic_rows)
            )
        )
    aggregates = _read_csv(folder / AGGREGATES_CSV)
    if list(aggregates.columns) != [*[excel_safe(c) for c in columns], "length", "count"]:
        problems.append(
            translate("CheckBundle", "{0} does not have the columns {1} lists, then length and count.").format(
                AGGREGATES_CSV, MANIFEST
            )
        )
    else:
        counts = pd.to_numeric(aggregates["count"], errors="coerce")
        if counts.isna().any() or (counts < 0).any():
            problems.append(
                translate("CheckBundle", "{0} has counts that are not numbers of at least 0.").format(AGGREGATES_CSV)
            )
        elif manifest.get("method") == "kanon":
            k = int(manifest["parameters"]["k"])
            combinations = counts[aggregates["length"] != "0"]
            if ((combinations % k) != 0).any() or (combinations < k).any():
                not_multiples = translate(
                    "CheckBundle", "{0} has counts that are not multiples of k = {1} of at least {1}."
                )
                problems.append(not_multiples.format(AGGREGATES_CSV, k))
    for name, frame in ((SYNTHETIC_CSV, records), (AGGREGATES_CSV, aggregates)):
        unsafe = sum(int(frame[c].map(lambda v: excel_safe(v) != v).astype(bool).sum()) for c in frame.columns)
        if unsafe:
            problems.append(
                translate("CheckBundle", "{0} has {1} cells a spreadsheet would run as formulas.").format(
                    name, count_text(unsafe)
                )
            )
    return problems
