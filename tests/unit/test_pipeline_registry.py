"""The step registry (core/pipeline/registry.py): one entry per step, and `run_workflow` is its steps run in order."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from ctdc_desktop.core.case_export import CaseExport
from ctdc_desktop.core.identifiers.decisions import IdentifierDecisions
from ctdc_desktop.core.identifiers.detect_identifiers import detect_identifiers
from ctdc_desktop.core.load.decisions import LoadDecisions, SourceFile, SourceRole
from ctdc_desktop.core.pipeline.registry import EXPORT, IDENTIFIERS, LOAD, RECODE, STEPS, SYNTHESIZE, step
from ctdc_desktop.core.pipeline.run_workflow import RunDecisions, run_workflow
from ctdc_desktop.core.progress import NO_PROGRESS
from ctdc_desktop.core.recode.recipe import load_recipe
from ctdc_desktop.core.recode.recoded_data import RecodedData
from ctdc_desktop.core.release.bundle import ReleaseDecisions
from ctdc_desktop.core.release.release_inputs import ExportInput, export_input
from ctdc_desktop.core.steps import STEP_KEYS
from ctdc_desktop.core.synth.decisions import SynthesisDecisions
from ctdc_desktop.core.synth.model import KAnonParams, SynthesisResult
from ctdc_desktop.resources import resource_path

MOMENT = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d")


def test_every_step_has_one_entry_in_order() -> None:
    assert tuple(entry.key for entry in STEPS) == STEP_KEYS
    assert all(step(key).key == key for key in STEP_KEYS)


def test_each_step_works_on_what_an_earlier_one_hands_on() -> None:
    """The input types chain: each is a result of an earlier step (Export's is made of two of them)."""
    assert LOAD.input_type is type(None)
    assert IDENTIFIERS.input_type is LOAD.result_type is CaseExport
    assert RECODE.input_type is IDENTIFIERS.result_type
    assert SYNTHESIZE.input_type is RECODE.result_type is RecodedData
    assert SYNTHESIZE.result_type is SynthesisResult
    assert EXPORT.input_type is ExportInput


def _proposed(export: CaseExport) -> IdentifierDecisions:
    """Stage one's proposal for `export`, as a first run takes it."""
    victims_link, perpetrators_link = export.link_columns or (None, None)
    perpetrators = export.perpetrator_frame
    return IdentifierDecisions.proposed(
        detect_identifiers(export.victim_frame, link_column=victims_link),
        None if perpetrators is None else detect_identifiers(perpetrators, link_column=perpetrators_link),
    )


def _comparable(folder: Path) -> dict[str, Any]:
    """Every file of a bundle, without what differs from one writing to the next (the moment it was made, the
    release's id, and the workbooks' and hashes' that follow from them)."""
    files: dict[str, Any] = {}
    for path in sorted(folder.iterdir()):
        if path.suffix == ".xlsx":
            book = openpyxl.load_workbook(path, read_only=True)
            files[path.name] = {sheet.title: list(sheet.iter_rows(values_only=True)) for sheet in book.worksheets}
            book.close()
        elif path.suffix == ".jsonl":
            lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
            files[path.name] = [{k: v for k, v in line.items() if k not in ("when", "previous")} for line in lines]
        elif path.name == "manifest.json":
            manifest = json.loads(path.read_text(encoding="utf-8"))
            manifest.pop("release_id")
            manifest.pop("created")
            manifest["files"] = sorted(manifest["files"])
            files[path.name] = manifest
        else:
            files[path.name] = MOMENT.sub("(moment)", path.read_text(encoding="utf-8"))
    return files


@pytest.mark.slow
def test_the_registry_steps_in_order_write_the_bundle_run_workflow_writes(tmp_path: Path) -> None:
    load = LoadDecisions(
        (
            SourceFile(resource_path("sample", "sample_victims.csv"), SourceRole.VICTIMS),
            SourceFile(resource_path("sample", "sample_perpetrators.csv"), SourceRole.PERPETRATORS),
        )
    )
    _, recode = load_recipe("victim_perpetrator_2022")
    synthesis = SynthesisDecisions(KAnonParams(k=5, seed=3), dataset_name="sample")
    released_on = date(2026, 1, 2)
    by_runner, by_steps = tmp_path / "run", tmp_path / "steps"
    by_runner.mkdir()
    by_steps.mkdir()

    export = LOAD.run(None, load, NO_PROGRESS)
    identifiers = _proposed(export)
    ran = run_workflow(
        RunDecisions(load, recode, synthesis, ReleaseDecisions(by_runner), identifiers, released_on=released_on)
    )

    cleaned = IDENTIFIERS.run(export, identifiers, NO_PROGRESS)
    recoded = RECODE.run(cleaned, recode, NO_PROGRESS)
    assert recoded.recode.complete
    made = SYNTHESIZE.run(recoded, synthesis, NO_PROGRESS)
    handed = export_input(recoded, made, synthesis)  # as the window hands it to the Export page
    assert handed is not None and handed.dataset_name == "sample"
    written = EXPORT.run(replace(handed, released_on=released_on), ReleaseDecisions(by_steps), NO_PROGRESS)

    assert written.folder.name == ran.release.folder.name
    assert written.files == ran.release.files
    assert _comparable(written.folder) == _comparable(ran.release.folder)
    # The two results Export wrote from are handed on side by side, not one inside the other.
    assert ran.recoded.table.equals(recoded.table) and ran.synthesis.records.equals(made.records)
