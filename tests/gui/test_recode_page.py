"""The Recode page, driven as a caseworker would: pick the 2022 recipe for the sample export, map a value the recipe
does not know, move a band, save the recipe, and get it all back from the project file."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QFileDialog

from ctdc_desktop.core.case_export import CaseExport
from ctdc_desktop.core.identifiers.remove_identifiers import CleanedExport
from ctdc_desktop.core.io.table import LoadedTable
from ctdc_desktop.core.link import check_link
from ctdc_desktop.core.load.decisions import LinkColumns, LoadDecisions, SourceFile, SourceRole
from ctdc_desktop.core.load.open_export import open_case_export
from ctdc_desktop.core.project import Project, load_project, save_project
from ctdc_desktop.core.recode.aggregate_perpetrators import AGGREGATION_RULE
from ctdc_desktop.core.recode.recipe import RecodeDecisions, load_recipe
from ctdc_desktop.core.recode.recode import RecodeResult
from ctdc_desktop.core.recode.recoded_data import RecodedData
from ctdc_desktop.gui.bands_editor import FROM, TO
from ctdc_desktop.gui.mapping_table import ROWS, STATE
from ctdc_desktop.gui.recode_page import NAME, OPEN, RECODED, RecodePage
from ctdc_desktop.gui.recode_page import STATE as VARIABLE_STATE
from ctdc_desktop.gui.step_page import StepState
from ctdc_desktop.resources import resource_path

RUN_TIMEOUT_MS = 20_000
SAMPLE = Path(resource_path("sample"))
UNKNOWN = "Fem."  # a spelling of "female" that no shipped vocabulary lists


@pytest.fixture(scope="module")
def sample() -> CaseExport:
    sources = (
        SourceFile(SAMPLE / "sample_victims.csv", SourceRole.VICTIMS),
        SourceFile(SAMPLE / "sample_perpetrators.csv", SourceRole.PERPETRATORS),
    )
    return open_case_export(LoadDecisions(sources, LinkColumns("cas_CaseID", "cas_CaseID")))


@pytest.fixture(scope="module")
def with_unknown_spelling(sample: CaseExport) -> CaseExport:
    """The sample with three victims' gender written as "Fem.", as a mission's own form might."""
    frame = sample.victim_frame.copy()
    gender = frame["prs_Gender"].astype("object")
    gender.iloc[[0, 5, 9]] = UNKNOWN
    frame["prs_Gender"] = gender.astype("category")
    victims = LoadedTable(frame, sample.victims.source)
    assert sample.perpetrators is not None
    link = check_link(frame, sample.perpetrators.frame, "cas_CaseID", "cas_CaseID")
    return CaseExport(victims, sample.perpetrators, link)


@pytest.fixture
def page(qtbot: Any) -> Iterator[RecodePage]:
    page = RecodePage()
    qtbot.addWidget(page)
    page.resize(1060, 760)
    page.show()
    yield page
    page.shutdown()
    QThreadPool.globalInstance().waitForDone()


@pytest.fixture
def no_proposals(monkeypatch: pytest.MonkeyPatch) -> None:
    """The page proposes nothing (every variable "no column found"), for tests of what the user chooses by hand."""
    from ctdc_desktop.core.recode.propose import RecipeProposal, VariableProposal
    from ctdc_desktop.gui import recode_page

    def nothing(export: CaseExport, base: Any, progress: Any = None) -> RecipeProposal:
        found = tuple(
            VariableProposal(v.name, v, False, False, "nothing proposed in this test") for v in base.variables
        )
        return RecipeProposal(base, found, export.link_columns)

    monkeypatch.setattr(recode_page, "propose_recipe", nothing)


def wait_run(qtbot: Any, page: RecodePage) -> None:
    qtbot.waitUntil(lambda: not page.is_busy() and page.review() is not None, timeout=RUN_TIMEOUT_MS)


def pick(qtbot: Any, page: RecodePage, name: str = "victim_perpetrator_2022") -> None:
    """Choose a shipped recipe in the box, as a click would."""
    index = page.recipe_box.findData(name)
    assert index >= 0
    page.recipe_box.setCurrentIndex(index)
    page.recipe_box.activated.emit(index)
    wait_run(qtbot, page)


def map_the_unknown_spelling(qtbot: Any, page: RecodePage, export: CaseExport) -> RecodeDecisions:
    """Hand the page `export`, pick the 2022 recipe, map "Fem." to Female; the decisions once the run is in."""
    page.receive_input(export)
    pick(qtbot, page)
    page.map_values([UNKNOWN], "Female")
    wait_run(qtbot, page)
    decisions = page.decisions()
    assert isinstance(decisions, RecodeDecisions)
    return decisions


def variable_states(page: RecodePage) -> dict[str, str]:
    table = page.variables
    return {table.item(r, NAME).text(): table.item(r, VARIABLE_STATE).text() for r in range(table.rowCount())}


def test_without_input_the_page_says_what_to_do_first(page: RecodePage) -> None:
    assert page.state() is StepState.NOT_AVAILABLE
    assert "remove the identifiers" in page.input_label.text()
    assert not page.recipe_box.isEnabled() and not page.save_button.isEnabled()
    assert page.result() is None and page.decisions() is None


def test_the_sample_with_the_2022_recipe_is_complete_and_every_number_is_explained(
    qtbot: Any, page: RecodePage, sample: CaseExport
) -> None:
    page.receive_input(sample)
    assert page.state() is StepState.NEEDS_ATTENTION  # no recipe yet
    with qtbot.waitSignal(
        page.state_changed, timeout=RUN_TIMEOUT_MS, check_params_cb=lambda: page.state() is StepState.DONE
    ):
        pick(qtbot, page)
    states = variable_states(page)
    assert len(states) == 16 and set(states.values()) == {"complete"}
    assert page.state() is StepState.DONE
    handed_on = page.result()
    assert isinstance(handed_on, RecodedData) and handed_on is page.result()  # the same object until a change
    result = handed_on.recode
    assert isinstance(result, RecodeResult) and result.complete and len(result.table) == 2000
    assert handed_on.recipe == page.decisions()
    decisions = page.decisions()
    assert isinstance(decisions, RecodeDecisions) and decisions.recipe_file == "victim_perpetrator_2022"
    assert "Every variable is complete" in page.overall.text()
    # The perpetrator rule, in the words of the core, is on the page.
    assert AGGREGATION_RULE.split(".")[0] in page.rule_label.text()
    # Every count in the variable list and the mapping table has a tooltip in words.
    for row in range(page.variables.rowCount()):
        item = page.variables.item(row, RECODED)
        assert item.text() and " of " in item.toolTip()
    page.show_variable("gender")
    model = page.mapping.proxy
    assert model.rowCount() > 0
    for row in range(model.rowCount()):
        tip = model.index(row, ROWS).data(Qt.ItemDataRole.ToolTipRole)
        assert "victims have" in tip and model.index(row, ROWS).data() in tip
    assert page.before_chart.bars()[0] == ("Feminine", 1410)
    assert dict(page.after_chart.bars())["Female"] == 1410


def test_a_cleaned_export_from_the_identifiers_step_is_taken(qtbot: Any, page: RecodePage, sample: CaseExport) -> None:
    page.receive_input(CleanedExport(sample, (), ()))
    pick(qtbot, page)
    assert page.state() is StepState.DONE
    page.receive_input(None)
    assert page.state() is StepState.NOT_AVAILABLE and page.result() is None


def test_mapping_an_unknown_spelling_takes_the_step_from_needs_attention_to_done(
    qtbot: Any, page: RecodePage, with_unknown_spelling: CaseExport
) -> None:
    page.receive_input(with_unknown_spelling)
    pick(qtbot, page)
    assert page.state() is StepState.NEEDS_ATTENTION and page.result() is None
    assert variable_states(page)["gender"] == "unmapped values"
    gender_row = [page.variables.item(r, NAME).text() for r in range(page.variables.rowCount())].index("gender")
    assert page.variables.item(gender_row, OPEN).text() == "3"
    assert "3 victims hold a value" in page.variables.item(gender_row, OPEN).toolTip()
    assert "1 of 16 variables needs attention" in page.overall.text()
    assert page.shown_variable() is not None and page.shown_variable().name == "gender"  # the first to fix
    page.mapping.only_open.setChecked(True)
    assert page.mapping.proxy.rowCount() == 1
    assert page.mapping.proxy.index(0, STATE).data() == "unmapped"
    page.mapping.select_value(UNKNOWN)
    page.mapping.target.setCurrentIndex(page.mapping.target.findData("Female"))
    qtbot.mouseClick(page.mapping.assign_button, Qt.MouseButton.LeftButton)
    wait_run(qtbot, page)
    assert page.state() is StepState.DONE
    assert variable_states(page)["gender"] == "complete"
    decisions = page.decisions()
    assert isinstance(decisions, RecodeDecisions)
    assert (UNKNOWN, "Female") in decisions.recipe.variable("gender").map
    original, _ = load_recipe("victim_perpetrator_2022")
    assert decisions.edited_variables(original) == ("gender",)
    assert "You changed: gender" in page.overall.text()


def test_many_values_set_to_missing_at_once(qtbot: Any, page: RecodePage, with_unknown_spelling: CaseExport) -> None:
    page.receive_input(with_unknown_spelling)
    pick(qtbot, page)
    page.mapping.select_value(UNKNOWN)
    page.mapping.select_value("Masculine")
    assert page.mapping.selected_values() == ["Masculine", UNKNOWN]  # in the table's order: most rows first
    assert page.mapping.selection_label.text() == "2 selected"
    qtbot.mouseClick(page.mapping.missing_button, Qt.MouseButton.LeftButton)
    wait_run(qtbot, page)
    assert page.state() is StepState.DONE
    assert dict(page.after_chart.bars()).get("Male") is None  # every "Masculine" now an empty cell
    gender = page.decisions().recipe.variable("gender")  # type: ignore[union-attr]
    assert {"Masculine", UNKNOWN} <= set(gender.missing)


def test_editing_a_band_changes_the_preview_and_an_overlap_is_refused(
    qtbot: Any, page: RecodePage, sample: CaseExport
) -> None:
    page.receive_input(sample)
    pick(qtbot, page)
    page.show_variable("yearRegister")
    assert page.tabs.isTabVisible(1)

    def recoded_for_2014() -> set[str]:
        frame: pd.DataFrame = page.preview.frame_model.frame()
        rows = frame[frame["yearOfRegistration"].astype(str) == "2014"]
        assert len(rows) == 135
        return set(rows["yearRegister (recoded)"])

    assert recoded_for_2014() == {"2014-2018"}
    first_band = dict(page.after_chart.bars())["2005-2013"]
    before = page.decisions()
    page.bands.set_cell(1, TO, "2019")  # 2014-2019 runs into the band 2019-2019
    assert page.bands.message.text() == "Not applied: bands 2014-2019 and 2019-2019 overlap."
    assert page.decisions() == before and not page.is_busy()
    page.bands.set_cell(1, TO, "2018")
    assert page.bands.message.text() == ""
    page.bands.set_cell(0, TO, "2014")  # 2005-2014 overlaps 2014-2018 until the next band moves
    assert "overlap" in page.bands.message.text()
    page.bands.set_cell(1, FROM, "2016")
    assert page.bands.message.text() == "Not applied: bands 2005-2014 and 2016-2018 leave a gap (2015 to 2015)."
    page.bands.set_cell(1, FROM, "2015")
    wait_run(qtbot, page)
    assert page.bands.message.text() == ""
    assert recoded_for_2014() == {"2005-2013"}
    assert dict(page.after_chart.bars())["2005-2013"] == first_band + 135
    assert page.state() is StepState.DONE


def test_a_column_named_otherwise_is_picked_as_the_source(
    qtbot: Any, page: RecodePage, sample: CaseExport, no_proposals: None
) -> None:
    frame = sample.victim_frame.rename(columns={"prs_Gender": "Sexe"})
    assert sample.perpetrators is not None
    renamed = CaseExport(
        LoadedTable(frame, sample.victims.source),
        sample.perpetrators,
        check_link(frame, sample.perpetrators.frame, "cas_CaseID", "cas_CaseID"),
    )
    page.receive_input(renamed)
    pick(qtbot, page)
    assert variable_states(page)["gender"] == "no column found"
    assert page.shown_variable().name == "gender"  # type: ignore[union-attr]
    assert 'no column "prs_Gender"' in page.coverage_label.text()
    assert page.source_box.currentText() == "prs_Gender (not in the export)"
    assert page.proposal_state("gender") == "none found" and "No column found" in page.proposal_label.text()
    index = page.source_box.findData("Sexe")
    page.source_box.setCurrentIndex(index)
    page.source_box.activated.emit(index)
    wait_run(qtbot, page)
    assert variable_states(page)["gender"] == "complete" and page.state() is StepState.DONE
    assert page.decisions().recipe.variable("gender").source == ("Sexe",)  # type: ignore[union-attr]


def test_cancel_stops_the_run_and_the_step_is_not_done(qtbot: Any, page: RecodePage, sample: CaseExport) -> None:
    page.receive_input(sample)
    page.choose_recipe("victim_perpetrator_2022")
    assert page.progress.isVisible()
    qtbot.mouseClick(page.progress.cancel_button, Qt.MouseButton.LeftButton)
    assert not page.is_busy() and page.result() is None
    assert page.state() is StepState.NEEDS_ATTENTION
    assert "stopped" in page.overall.text()


def test_the_edited_recipe_is_saved_to_a_file_and_loads_back(
    qtbot: Any, page: RecodePage, with_unknown_spelling: CaseExport, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    edited = map_the_unknown_spelling(qtbot, page, with_unknown_spelling)
    target = tmp_path / "our_mission"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), RECIPE))
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    saved = tmp_path / "our_mission.toml"
    assert saved.is_file() and "Recipe saved as" in page.recipe_note.text()
    after_save = page.decisions()
    assert isinstance(after_save, RecodeDecisions)
    assert after_save.recipe == edited.recipe and after_save.recipe_file == str(saved)
    assert page.recipe_box.currentData() == str(saved)
    assert page.state() is StepState.DONE  # saving changes nothing in the table

    other = RecodePage()
    qtbot.addWidget(other)
    other.receive_input(with_unknown_spelling)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(saved), RECIPE))
    qtbot.mouseClick(other.open_button, Qt.MouseButton.LeftButton)
    wait_run(qtbot, other)
    assert other.decisions() == after_save
    assert other.state() is StepState.DONE
    other.shutdown()


RECIPE = "Recipes (*.toml)"


def test_a_broken_recipe_file_is_refused_with_its_line(
    qtbot: Any, page: RecodePage, sample: CaseExport, tmp_path: Path
) -> None:
    page.receive_input(sample)
    pick(qtbot, page)
    broken = tmp_path / "broken.toml"
    broken.write_text(
        '[recipe]\nname = "x"\n\n[[variables]]\nname = "a"\ntype = "colour"\nrecoder = "flag"\n', encoding="utf-8"
    )
    assert not page.choose_recipe(broken)
    assert "line 6, key variables[0].type" in page.recipe_note.text() and "colour" in page.recipe_note.text()
    assert page.decisions().recipe_file == "victim_perpetrator_2022"  # type: ignore[union-attr]
    assert page.state() is StepState.DONE


def test_decisions_round_trip_through_the_project_file(
    qtbot: Any, page: RecodePage, with_unknown_spelling: CaseExport, tmp_path: Path
) -> None:
    decisions = map_the_unknown_spelling(qtbot, page, with_unknown_spelling)
    path = tmp_path / "mission.ctdcproj"
    save_project(Project().with_step("recode", decisions), path)
    loaded = load_project(path).steps["recode"]
    assert loaded == decisions
    assert UNKNOWN not in path.read_text(encoding="utf-8").split('"map"')[0]  # no data value outside the recipe

    again = RecodePage()
    qtbot.addWidget(again)
    again.restore_decisions(loaded)
    again.receive_input(with_unknown_spelling)
    wait_run(qtbot, again)
    assert again.decisions() == decisions
    assert again.state() is StepState.DONE
    assert again.recipe_box.currentData() == "victim_perpetrator_2022"
    again.restore_decisions(replace(decisions, recipe_sha256="0" * 64))
    assert "changed since the project was saved" in again.recipe_note.text()
    again.restore_decisions(None)
    assert again.decisions() is None and again.state() is StepState.NEEDS_ATTENTION
    again.shutdown()


def test_values_are_found_selected_and_mapped_from_the_keyboard(
    qtbot: Any, page: RecodePage, with_unknown_spelling: CaseExport
) -> None:
    page.receive_input(with_unknown_spelling)
    pick(qtbot, page)
    page.show_variable("gender")
    mapping = page.mapping
    page.tabs.setCurrentWidget(mapping)
    mapping.table.setFocus()
    qtbot.keyClick(mapping.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)  # Ctrl+F: to the search box
    assert mapping.search.hasFocus()
    qtbot.keyClicks(mapping.search, "fem.")
    assert mapping.proxy.rowCount() == 1
    qtbot.keyClick(mapping.search, Qt.Key.Key_Tab)
    qtbot.keyClick(mapping.only_open, Qt.Key.Key_Tab)
    assert mapping.table.hasFocus()
    qtbot.keyClick(mapping.table, Qt.Key.Key_Space)  # the row with the focus, selected with the keyboard
    assert mapping.selected_values() == [UNKNOWN]
    qtbot.keyClick(mapping.table, Qt.Key.Key_Tab)
    assert mapping.assign_button.hasFocus()
    qtbot.keyClick(mapping.assign_button, Qt.Key.Key_Tab)
    assert mapping.target.hasFocus()
    mapping.target.setCurrentIndex(mapping.target.findData("Female"))
    assert "woman" in str(mapping.target.itemData(mapping.target.currentIndex(), Qt.ItemDataRole.ToolTipRole))
    qtbot.keyClick(mapping.target, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(mapping.assign_button, Qt.Key.Key_Space)
    wait_run(qtbot, page)
    assert page.state() is StepState.DONE


def test_bands_are_added_and_removed_with_the_keyboard(qtbot: Any, page: RecodePage, sample: CaseExport) -> None:
    page.receive_input(sample)
    pick(qtbot, page)
    page.show_variable("yearRegister")
    page.tabs.setCurrentWidget(page.bands)
    bands = page.bands
    before = page.decisions()
    qtbot.keyClick(bands.add_button, Qt.Key.Key_Space)
    assert bands.table.rowCount() == 6 and bands.table.item(5, FROM).text() == "2023"
    assert bands.table.hasFocus()  # straight on to the new band's cells
    assert "Not applied" in bands.message.text() and page.decisions() == before  # not a band of the codebook yet
    qtbot.keyClick(bands.remove_button, Qt.Key.Key_Space)  # the new band has the focus: it goes again
    assert bands.table.rowCount() == 5 and bands.message.text() == ""
    bands.table.setCurrentCell(4, FROM)
    qtbot.keyClick(bands.remove_button, Qt.Key.Key_Space)  # 2021-2022 goes: 2021 and 2022 fall outside, missing
    wait_run(qtbot, page)
    variable = page.decisions().recipe.variable("yearRegister")  # type: ignore[union-attr]
    assert [b.label for b in variable.bands] == ["2005-2013", "2014-2018", "2019", "2020"]


def test_every_control_has_a_name_a_screen_reader_can_say(qtbot: Any, page: RecodePage, sample: CaseExport) -> None:
    from tests.gui.test_accessibility import accessible_name

    page.receive_input(sample)
    pick(qtbot, page)
    controls = [page.recipe_box, page.variables, page.source_box, page.mapping.search, page.mapping.table]
    controls += [page.mapping.target, page.bands.table, page.preview]
    assert [c for c in controls if not accessible_name(c)] == []


def test_in_french_the_shipped_recipe_explains_itself_and_labels_stay_as_the_codebook_spells_them(
    qtbot: Any, sample: CaseExport
) -> None:
    from ctdc_desktop.gui import language

    # The catalogues are committed: a missing one is a fault, not a reason to skip.
    assert language.install_language("fr"), "the French catalogue did not load: run build_translations.py release"
    try:
        page = RecodePage()
        qtbot.addWidget(page)
        page.show()
        page.receive_input(sample)
        pick(qtbot, page)
        page.show_variable("gender")
        assert page.definition.text() == "Le genre de la victime."
        assert "trop peu d'observations" in page.description.text()  # the recipe's note, translated
        assert [page.mapping.target.itemText(i) for i in range(page.mapping.target.count())] == ["Female", "Male"]
        page.mapping.only_open.setChecked(True)  # the filter goes by the state as data, whatever the language
        assert page.mapping.proxy.rowCount() == 0
        page.shutdown()
        QThreadPool.globalInstance().waitForDone()
    finally:
        language.install_language(language.ENGLISH)


def test_a_recipe_is_chosen_from_the_keyboard(qtbot: Any, page: RecodePage, sample: CaseExport) -> None:
    page.receive_input(sample)
    page.recipe_box.setFocus()
    qtbot.keyClick(page.recipe_box, Qt.Key.Key_Down)  # the first shipped recipe, as the arrow keys choose it
    wait_run(qtbot, page)
    assert page.decisions() is not None and page.decisions().recipe_file == page.recipe_box.itemData(0)  # type: ignore[union-attr]
    assert page.save_button.isEnabled() and "&" in page.save_button.text()  # Alt+S: Save recipe as…
