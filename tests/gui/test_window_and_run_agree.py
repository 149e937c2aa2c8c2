"""The window and `ctdc-desktop run` write the same bundle from the same export and decisions, byte for byte.

The sample export is walked through the window (Stage one's proposals, the 2022 recipe, k-anonymous synthesis with
a fixed seed), exported, and saved as a project; `run --project` then replays that project on the same export into
another folder. Each step has one use case in core that the page and the command both call: a difference here is a
place where the two have started to disagree.

Only what must differ between two bundles written at two moments is left out of the comparison, each named below
with why; everything else, every record, count, codebook line and audit step, must be the same byte.
"""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path
from typing import Any

import pytest

from ctdc_desktop.cli import main
from ctdc_desktop.core.release.check_bundle import (
    AUDIT_LOG,
    BUNDLE_FILES,
    CODEBOOK_XLSX,
    MANIFEST,
    REPORT_HTML,
    SYNTHETIC_XLSX,
    bundle_problems,
)
from ctdc_desktop.gui.main_window import MainWindow
from ctdc_desktop.gui.synthesize_page import SynthesizePage
from ctdc_desktop.resources import sample_export_path
from tests.gui.sample_walk import walk_sample_to_export

SEED = 2021
# The files that hold the moment they were written; every other file of the bundle is compared byte for byte.
TIMED = (AUDIT_LOG, REPORT_HTML, SYNTHETIC_XLSX, CODEBOOK_XLSX, MANIFEST)
# manifest.json: "release_id" is made new for every bundle (uuid4): the privacy ledger tells releases apart by it, so
# two bundles must never share one. "created" is the time the bundle was written.
MANIFEST_LEFT_OUT = ("release_id", "created")
# audit_log.jsonl: "when" is the time of each step; "previous" is the fingerprint of the line before, its "when"
# included, so it differs with the times alone ("what", "rows", "columns" and the step numbers are compared).
AUDIT_LEFT_OUT = ("when", "previous")
# evaluation_report.html: the "Created" row (the time the report was written).
REPORT_CREATED = re.compile(r"(<tr><th>Created</th><td>)[^<]*(</td></tr>)")
# The workbooks' document properties (docProps/core.xml): XlsxWriter writes the time they were made as created and
# modified. Every other part of the workbook (sheets, strings, styles) is compared byte for byte.
WORKBOOK_TIMES = re.compile(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)")


def _kanon_with_a_seed(page: SynthesizePage) -> None:
    """k-anonymous, k = 5, records sampled with a fixed seed, as a caseworker sets them on the page (a DP release adds
    noise that is never seeded, so no two DP bundles can match)."""
    page.kanon_button.setChecked(True)
    page.k_box.setValue(5)
    page.fixed_seed.setChecked(True)
    page.seed_box.setValue(SEED)


def _manifest(path: Path) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(path.read_bytes())
    for key in MANIFEST_LEFT_OUT:
        assert key in document, key  # left out because it is there and must differ, not because it went missing
        del document[key]
    # A file's fingerprint and size in the manifest follow its times; the files themselves are compared without
    # them below, and bundle_problems checks each side's fingerprints against its own files.
    for name in (AUDIT_LOG, REPORT_HTML, SYNTHETIC_XLSX, CODEBOOK_XLSX):
        document["files"][name] = {}
    return document


def _audit_log(path: Path) -> list[dict[str, Any]]:
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    return [{key: value for key, value in line.items() if key not in AUDIT_LEFT_OUT} for line in lines]


def _report(path: Path) -> str:
    text, found = REPORT_CREATED.subn(r"\1…\2", path.read_text(encoding="utf-8"))
    assert found == 1
    return text


def _workbook(path: Path) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(path) as book:
        parts = [(info.filename, book.read(info)) for info in book.infolist()]
    properties = "docProps/core.xml"
    return [(name, WORKBOOK_TIMES.sub(rb"\1...\2", data) if name == properties else data) for name, data in parts]


def _as_compared(path: Path) -> object:
    """The file as the comparison reads it: without the fields named above, else its bytes."""
    if path.name == MANIFEST:
        return _manifest(path)
    if path.name == AUDIT_LOG:
        return _audit_log(path)
    if path.name == REPORT_HTML:
        return _report(path)
    if path.suffix == ".xlsx":
        return _workbook(path)
    return path.read_bytes()


def test_the_window_and_run_write_the_same_bundle(qtbot: Any, tmp_path: Path) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    export = walk_sample_to_export(qtbot, window, tmp_path, choose_synthesis=_kanon_with_a_seed)
    written = export.result()
    assert written is not None
    project = tmp_path / "sample.ctdcproj"
    assert window.save_to(project)

    out = tmp_path / "run"
    out.mkdir()
    assert main(["run", str(sample_export_path()), "--project", str(project), "--out", str(out)]) == 0
    (replayed,) = out.iterdir()
    if replayed.name != written.folder.name and replayed.name[:-10] == written.folder.name[:-10]:
        pytest.skip("the two bundles were written either side of midnight: their names and manifests hold the day")
    assert replayed.name == written.folder.name  # the project's dataset, the method, the day
    assert bundle_problems(written.folder) == [] and bundle_problems(replayed) == []
    assert sorted(p.name for p in replayed.iterdir()) == sorted(p.name for p in written.folder.iterdir())

    for name in BUNDLE_FILES:
        window_file, run_file = written.folder / name, replayed / name
        if name not in TIMED:
            assert window_file.read_bytes() == run_file.read_bytes(), name
        assert _as_compared(window_file) == _as_compared(run_file), name
