"""A mission's own export, first time, in the real window: a French workbook nobody here shaped (title rows above
the header, French column names and values, one row per perpetrator with the roles listed in one cell, birth and
registration dates) goes from Load to a release bundle with the proposals, their confirmations and at most three
values mapped by hand, and no file edited (issue 18's "what counts").

The export is the generated French mission of tests/fixtures/exports/fr_mission (see its SOURCES.md)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from PySide6.QtCore import QThreadPool

from ctdc_desktop.core.load.decisions import SourceFile, SourceRole
from ctdc_desktop.core.recode.recipe import load_recipe
from ctdc_desktop.core.recode.validate_release import validate_release
from ctdc_desktop.core.release.check_bundle import bundle_problems
from ctdc_desktop.gui.export_page import ExportPage
from ctdc_desktop.gui.identifiers_page import IdentifiersPage
from ctdc_desktop.gui.main_window import MainWindow
from ctdc_desktop.gui.recode_page import RecodePage
from ctdc_desktop.gui.step_page import StepState
from ctdc_desktop.gui.synthesize_page import SynthesizePage

FRENCH = Path(__file__).resolve().parents[1] / "fixtures" / "exports" / "fr_mission"
TIMEOUT_MS = 180_000
MOST_CORRECTIONS = 3


def _wait(qtbot: Any, page: Any, state: StepState) -> None:
    qtbot.waitUntil(lambda: page.state() is state and not page.is_busy(), timeout=TIMEOUT_MS)


PORTUGUESE = Path(__file__).resolve().parents[3] / "shared" / "exports"  # kept aside: checked, never tuned on


@pytest.mark.slow
def test_a_french_mission_export_goes_from_load_to_a_bundle_without_editing_a_file(
    qtbot: Any, tmp_path: Path, sockets_refused: None
) -> None:
    truth = json.loads((FRENCH / "raw_truth.json").read_text(encoding="utf-8"))["variables"]
    _walk(qtbot, tmp_path, FRENCH / "dossiers.xlsx", ("Victimes", "Auteurs"), truth)


@pytest.mark.slow
@pytest.mark.skipif(not (PORTUGUESE / "mission_pt.xlsx").is_file(), reason="needs ../shared/exports")
def test_the_portuguese_mission_export_goes_through_with_proposals_only(
    qtbot: Any, tmp_path: Path, sockets_refused: None
) -> None:
    recode = _walk(qtbot, tmp_path, PORTUGUESE / "mission_pt.xlsx", ("Vítimas", "Aliciadores"), None)
    review = recode.review()
    assert review is not None
    expected = pd.read_csv(PORTUGUESE / "reference_pt.csv", dtype=str, keep_default_na=False)
    table = review.result.table
    for name in expected.columns:
        got = [";".join(sorted(str(v).split(";"))) if v == v else "" for v in table[name]]
        want = [";".join(sorted(v.split(";"))) if v else "" for v in expected[name]]
        assert sum(g == w for g, w in zip(got, want, strict=True)) >= 0.95 * len(want), name


def _walk(
    qtbot: Any, tmp_path: Path, workbook: Path, sheets: tuple[str, str], truth: dict[str, Any] | None
) -> RecodePage:
    """Load the workbook's two sheets, accept Stage one, confirm the proposals, map the few listed values (as
    `truth` says; none may be listed without it), synthesize, export; check the bundle and the unchanged input."""
    before = workbook.read_bytes()
    window = MainWindow()
    qtbot.addWidget(window)
    identifiers, recode, synthesize, export = window.pages[1], window.pages[2], window.pages[3], window.pages[4]
    assert isinstance(identifiers, IdentifiersPage) and isinstance(recode, RecodePage)
    assert isinstance(synthesize, SynthesizePage) and isinstance(export, ExportPage)
    synthesize.set_ledger_folder(tmp_path / "appdata")
    try:
        # Load: the workbook's two sheets, as the caseworker picks them; the link is proposed from the data.
        window.open_sources(
            [
                SourceFile(workbook, SourceRole.VICTIMS, sheets[0]),
                SourceFile(workbook, SourceRole.PERPETRATORS, sheets[1]),
            ]
        )
        qtbot.waitUntil(lambda: window.load_page.state() is StepState.DONE, timeout=TIMEOUT_MS)

        # Stage one: accept its proposals; the column linking victims and perpetrators stays as a link only.
        assert window.show_step(1)
        _wait(qtbot, identifiers, StepState.NEEDS_ATTENTION)
        identifiers.accept_button.click()
        identifiers.finish_button.click()
        _wait(qtbot, identifiers, StepState.DONE)

        # Recode: choose the 2022 codebook; confirm each proposal that asks; map the few values listed.
        assert window.show_step(2)
        index = recode.recipe_box.findData("victim_perpetrator_2022")
        recode.recipe_box.setCurrentIndex(index)
        recode.recipe_box.activated.emit(index)
        qtbot.waitUntil(lambda: not recode.is_busy() and recode.review() is not None, timeout=TIMEOUT_MS)
        for variable in recode.decisions().recipe.variables:  # type: ignore[union-attr]
            if recode.proposal_state(variable.name) == "to confirm":
                recode.show_variable(variable.name)
                recode.use_proposal_button.click()
                qtbot.waitUntil(lambda: not recode.is_busy(), timeout=TIMEOUT_MS)
        corrected: set[str] = set()
        review = recode.review()
        assert review is not None
        for coverage in review.result.coverage.variables:
            assert not coverage.problem, f"{coverage.name}: {coverage.problem}"
            for listed in (*coverage.unmapped, *coverage.errors):
                assert truth is not None, f"{coverage.name}: {listed.value!r} was not placed"
                meaning = truth[coverage.name]["values"][listed.value.strip()]
                recode.show_variable(coverage.name)
                if meaning:
                    recode.map_values([listed.value], meaning)
                else:
                    recode.set_missing([listed.value])
                qtbot.waitUntil(lambda: not recode.is_busy(), timeout=TIMEOUT_MS)
                corrected.add(listed.value.strip())
        assert len(corrected) <= MOST_CORRECTIONS, sorted(corrected)
        _wait(qtbot, recode, StepState.DONE)

        # Synthesize with the recipe's default (differentially private), then export.
        assert window.show_step(3)
        qtbot.waitUntil(synthesize.run_button.isEnabled, timeout=TIMEOUT_MS)
        synthesize.run_button.click()
        qtbot.waitUntil(lambda: synthesize.state() is StepState.DONE, timeout=TIMEOUT_MS)
        assert window.show_step(4)
        (tmp_path / "shared drive").mkdir()
        export.location_edit.setText(str(tmp_path / "shared drive"))
        qtbot.waitUntil(export.write_button.isEnabled, timeout=TIMEOUT_MS)  # once the folder is looked at
        assert export.problems() == []
        export.write_button.click()
        qtbot.waitUntil(lambda: export.result() is not None, timeout=TIMEOUT_MS)
    finally:
        for page in window.pages:
            shutdown = getattr(page, "shutdown", None)
            if callable(shutdown):
                shutdown()
        QThreadPool.globalInstance().waitForDone()

    result = export.result()
    assert result is not None
    assert bundle_problems(result.folder) == []
    records = pd.read_csv(result.folder / "synthetic_data.csv", dtype=str, keep_default_na=False)
    assert validate_release(records.replace("", pd.NA), load_recipe("victim_perpetrator_2022")[0]).valid
    assert workbook.read_bytes() == before  # the export is never changed
    return recode
