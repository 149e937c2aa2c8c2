"""The Load step without a window: the sample export read from its saved decisions, as `run` and scan do it."""

from __future__ import annotations

from pathlib import Path

import pytest

from ctdc_desktop.core.io.table import LoadError
from ctdc_desktop.core.load.decisions import LinkColumns, LoadDecisions, SourceFile, SourceRole
from ctdc_desktop.core.load.open_export import open_case_export, sheet_to_read
from ctdc_desktop.core.progress import Cancelled, RecordingProgress
from ctdc_desktop.resources import sample_export_path


def test_one_workbook_gives_victims_perpetrators_and_their_link() -> None:
    workbook = sample_export_path()
    decisions = LoadDecisions((SourceFile(workbook, SourceRole.VICTIMS), SourceFile(workbook, SourceRole.PERPETRATORS)))
    progress = RecordingProgress()
    export = open_case_export(decisions, progress)
    # No sheet saved: each role gets the sheet named for it, as the window preselects.
    assert export.victims.sheet == "Victims" and export.perpetrators is not None
    assert export.perpetrators.sheet == "Perpetrators"
    assert export.link_columns == ("cas_CaseID", "cas_CaseID")
    assert export.victims.row_count == 2000
    positions = [done * 1000 // total for done, total, _ in progress.reports if total]
    assert positions == sorted(positions), "one bar, never going back"


def test_saved_link_columns_are_used_when_they_fit() -> None:
    workbook = sample_export_path()
    decisions = LoadDecisions(
        (SourceFile(workbook, SourceRole.VICTIMS, "Victims"), SourceFile(workbook, SourceRole.PERPETRATORS)),
        LinkColumns("cas_CaseID", "cas_CaseID"),
    )
    assert open_case_export(decisions).link_columns == ("cas_CaseID", "cas_CaseID")


def test_victims_only_has_no_link(tmp_path: Path) -> None:
    victims = tmp_path / "v.csv"
    victims.write_text("Case,Gender\nA,F\nB,M\n", encoding="utf-8")
    export = open_case_export(LoadDecisions((SourceFile(victims, SourceRole.VICTIMS),)))
    assert export.perpetrators is None and export.link is None and export.victims.row_count == 2


def test_a_missing_file_is_a_load_error_naming_it(tmp_path: Path) -> None:
    with pytest.raises(LoadError, match=r"gone\.csv"):
        open_case_export(LoadDecisions((SourceFile(tmp_path / "gone.csv", SourceRole.VICTIMS),)))


def test_cancel_is_honoured() -> None:
    workbook = sample_export_path()
    with pytest.raises(Cancelled):
        open_case_export(LoadDecisions((SourceFile(workbook, SourceRole.VICTIMS),)), RecordingProgress(cancel_after=1))


def test_the_sheet_asked_for_wins() -> None:
    assert sheet_to_read(sample_export_path(), "Perpetrators") == "Perpetrators"
    assert sheet_to_read(sample_export_path(), None, SourceRole.PERPETRATORS) == "Perpetrators"


def test_sheets_named_in_french_spanish_and_portuguese_are_told_apart() -> None:
    from ctdc_desktop.core.io.table import SheetInfo
    from ctdc_desktop.core.load.open_export import preselect_sheet

    # The perpetrators' sheet is the larger one in each: size alone would give it to the victims too.
    for victims, perpetrators in [
        ("Vítimas", "Aliciadores"),
        ("Victimes", "Auteurs"),
        ("Víctimas", "Victimarios"),
        ("Casos", "Tratantes"),
        ("Cas", "Trafiquants"),
    ]:
        sheets = [SheetInfo(victims, 100), SheetInfo(perpetrators, 170)]
        assert preselect_sheet(sheets, SourceRole.VICTIMS) == victims, victims
        assert preselect_sheet(sheets, SourceRole.PERPETRATORS) == perpetrators, perpetrators


def test_command_line_load_finds_the_perpetrators_sheet_as_the_window_does(tmp_path: Path) -> None:
    from ctdc_desktop.core.load.open_export import command_line_load, perpetrators_found_in_workbook

    workbook = sample_export_path()
    found = command_line_load(workbook, link=("cas_CaseID", "cas_CaseID"))
    assert found.sources == (
        SourceFile(workbook, SourceRole.VICTIMS, "Victims"),
        SourceFile(workbook, SourceRole.PERPETRATORS, "Perpetrators"),
    )
    assert found.link_columns == LinkColumns("cas_CaseID", "cas_CaseID")
    assert perpetrators_found_in_workbook(found, None) == "Perpetrators"
    asked = command_line_load(workbook, "Victims", perpetrators_sheet="Perpetrators")
    assert perpetrators_found_in_workbook(asked, "Perpetrators") is None
    victims = tmp_path / "v.csv"
    victims.write_text("Case,Gender\nA,F\n", encoding="utf-8")
    assert command_line_load(victims).sources == (SourceFile(victims, SourceRole.VICTIMS, None),)
    # A link the export does not have gives way to the proposed pair.
    export = open_case_export(command_line_load(workbook, link=("nope", "nope")))
    assert export.link_columns == ("cas_CaseID", "cas_CaseID")
