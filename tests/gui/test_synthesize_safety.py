"""The Synthesize page as a caseworker meets it (issues 19 and 20): the wheel never changes a privacy setting it only
passes over, the method follows the recipe as `run` does, the result is judged in three plain sentences before any
figure, and the progress bar and Cancel come into view when a step starts, on a small screen and at 200 %."""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, Qt, QThreadPool
from PySide6.QtWidgets import QScrollArea, QWidget

from ctdc_desktop.core.evaluate.verdict import Level
from ctdc_desktop.core.load.decisions import LoadDecisions, SourceFile, SourceRole
from ctdc_desktop.core.pipeline.run_workflow import RunDecisions, prepare_recoded
from ctdc_desktop.core.progress import Cancelled, Progress
from ctdc_desktop.core.recode.recipe import load_recipe
from ctdc_desktop.core.recode.recoded_data import RecodedData
from ctdc_desktop.core.release.bundle import ReleaseDecisions
from ctdc_desktop.core.synth.decisions import SynthesisDecisions
from ctdc_desktop.core.synth.model import KAnonParams
from ctdc_desktop.gui import synthesize_page
from ctdc_desktop.gui.step_page import StepState
from ctdc_desktop.gui.synthesize_page import SynthesizePage
from ctdc_desktop.resources import resource_path
from tests.gui.test_no_wheel import turn_wheel_over

TIMEOUT_MS = 60_000
# What a page gets of a 1366×768 screen (less the step list, a taskbar, the menu and status bars), and of the same
# screen at 200 % scaling.
PAGE_SIZES = {"1366×768": (1100, 640), "1366×768 at 200 %": (520, 300)}


@pytest.fixture(scope="module")
def recoded() -> RecodedData:
    """The sample export (victims and perpetrators CSVs) through Stage one's proposal and the 2022 recipe."""
    victims = resource_path("sample", "sample_victims.csv")
    perpetrators = resource_path("sample", "sample_perpetrators.csv")
    _, recipe = load_recipe("victim_perpetrator_2022")
    load = LoadDecisions((SourceFile(victims, SourceRole.VICTIMS), SourceFile(perpetrators, SourceRole.PERPETRATORS)))
    return prepare_recoded(
        RunDecisions(load, recipe, SynthesisDecisions(dataset_name="sample"), ReleaseDecisions(Path(".")))
    )


def as_2021_recipe(recoded: RecodedData) -> RecodedData:
    """The same table, as if a mission's copy of the 2021 recipe had made it (its codebook file is the 2021 one)."""
    assert recoded.recipe is not None
    recipe = dataclasses.replace(recoded.recipe.recipe, name="mission_copy", codebook="001_4896e0c7e1dd4c4e.txt")
    return dataclasses.replace(recoded, recipe=dataclasses.replace(recoded.recipe, recipe=recipe))


@pytest.fixture
def page(qtbot: Any, tmp_path: Path) -> Iterator[SynthesizePage]:
    folder = tmp_path / "appdata"
    folder.mkdir()
    page = SynthesizePage(ledger_folder=folder)
    qtbot.addWidget(page)
    page.resize(*PAGE_SIZES["1366×768"])
    page.show()
    qtbot.waitExposed(page)
    yield page
    page.shutdown()
    QThreadPool.globalInstance().waitForDone()


def scroll_area(page: QWidget) -> QScrollArea:
    area = page.findChild(QScrollArea)
    assert area is not None
    return area


def seen_in(area: QScrollArea, widget: QWidget) -> bool:
    """Whether all of `widget` is inside the part of the page the scroll area shows."""
    top_left = widget.mapTo(area.viewport(), QPoint(0, 0))
    return area.viewport().rect().contains(QRect(top_left, widget.size()))


# --- the wheel ------------------------------------------------------------------------------------------------------


def test_scrolling_over_synthesize_changes_no_setting_and_scrolls_the_page(
    qtbot: Any, page: SynthesizePage, recoded: RecodedData
) -> None:
    page.receive_input(recoded)
    page.dp_button.click()  # the fabrication control shows with DP
    area = scroll_area(page)
    fields = {
        page.fabrication_box: page.fabrication_box.currentIndex,
        page.epsilon_box: page.epsilon_box.value,
        page.length_box: page.length_box.value,
        page.cap_box: page.cap_box.value,
    }
    page.kanon_button.setFocus()
    for field, value in fields.items():
        area.verticalScrollBar().setValue(0)
        area.ensureWidgetVisible(field)
        before, scrolled = value(), area.verticalScrollBar().value()
        for _ in range(3):
            turn_wheel_over(field)  # downwards: a turn that would pick the next choice or a lower number
        assert value() == before, f"the wheel changed {field.accessibleName() or type(field).__name__}"
        if area.verticalScrollBar().maximum() > scrolled:
            assert area.verticalScrollBar().value() > scrolled, "the page should scroll instead"
    # Once the user clicks into a field, the wheel is theirs.
    qtbot.mouseClick(page.length_box, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.length_box.hasFocus)
    before = page.length_box.value()
    turn_wheel_over(page.length_box, notches=-1)
    assert page.length_box.value() == before - 1


def test_every_number_and_choice_on_synthesize_takes_the_wheel_only_with_focus(page: SynthesizePage) -> None:
    for field in (page.k_box, page.epsilon_box, page.length_box, page.fabrication_box, page.seed_box, page.cap_box):
        assert field.focusPolicy() == Qt.FocusPolicy.StrongFocus, type(field).__name__


# --- the method follows the recipe ----------------------------------------------------------------------------------


def test_the_2022_recipe_gets_dp_and_the_2021_recipe_k_anonymity_as_run_does(
    page: SynthesizePage, recoded: RecodedData
) -> None:
    page.receive_input(recoded)
    assert page.dp_button.isChecked()
    assert page.decisions().method == "dp" and page.decisions().params.epsilon == 4.0
    page.receive_input(as_2021_recipe(recoded))
    assert page.kanon_button.isChecked()
    assert page.decisions().params == KAnonParams()


def test_a_method_the_user_picked_or_a_project_saved_is_kept(page: SynthesizePage, recoded: RecodedData) -> None:
    page.receive_input(as_2021_recipe(recoded))
    page.dp_button.click()
    page.receive_input(RecodedData(recoded.recode))  # the same table again (no recipe known now)
    page.receive_input(recoded)
    assert page.dp_button.isChecked()
    page.restore_decisions(SynthesisDecisions(KAnonParams(k=12)))
    page.receive_input(as_2021_recipe(recoded))
    page.receive_input(recoded)
    assert page.kanon_button.isChecked() and page.k_box.value() == 12
    page.restore_decisions(None)  # a project without synthesis settings: the recipe decides again
    page.receive_input(as_2021_recipe(recoded))
    page.receive_input(recoded)
    assert page.dp_button.isChecked()


# --- a verdict first, the figures behind a button ------------------------------------------------------------------


def synthesize(qtbot: Any, page: SynthesizePage) -> None:
    qtbot.mouseClick(page.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.state() is StepState.DONE, timeout=TIMEOUT_MS)


@pytest.mark.parametrize("method", ["kanon", "dp"])
def test_the_result_is_three_plain_sentences_with_a_colour_word_and_icon_then_the_figures_on_request(
    qtbot: Any, page: SynthesizePage, recoded: RecodedData, method: str
) -> None:
    page.receive_input(recoded)
    (page.kanon_button if method == "kanon" else page.dp_button).click()
    synthesize(qtbot, page)
    rows = page.verdict_rows
    assert len(rows) == 3 and all(row.isVisible() for row in rows)
    picked_out, close, left_out = (row.text_label.text() for row in rows)
    assert "picked out" in picked_out or "pick anyone out" in picked_out
    assert "published numbers" in close or "how close" in close
    assert "left out" in left_out
    for row in rows:
        assert row.level is not None
        word = {Level.GOOD: "Good:", Level.CHECK: "Check:", Level.PROBLEM: "Problem:"}[row.level]
        assert word in row.text_label.text()  # not colour alone: a word
        assert row.icon_label.pixmap() is not None and not row.icon_label.pixmap().isNull()  # and an icon
        assert "color:" in row.text_label.text() and "border-left" in row.styleSheet()
        assert row.accessibleName().startswith(word)
    if method == "kanon":
        assert rows[0].level is Level.GOOD and "at least 10 real people" in picked_out
    else:
        assert rows[0].level is Level.GOOD and "ε = 4" in picked_out
    # The paragraphs of figures wait behind "Show the figures".
    assert not page.results_label.isVisible() and not page.error_chart.isVisible()
    assert "off by" in page.results_label.text()
    qtbot.mouseClick(page.figures_button, Qt.MouseButton.LeftButton)
    assert page.results_label.isVisible() and page.error_chart.isVisible()
    assert page.figures_button.text().replace("&", "") == "Hide the figures"


# --- progress and Cancel in view ------------------------------------------------------------------------------------


def _until_cancelled(*args: object) -> object:
    """A synthesis that takes as long as the user lets it: reports progress until Cancel is clicked."""
    progress: Progress = args[-1]  # type: ignore[assignment]
    done = 0
    while not progress.cancelled():
        done = min(done + 1, 99)
        progress.report(done, 100, "making records")
        time.sleep(0.01)
    raise Cancelled()


@pytest.mark.parametrize("screen", PAGE_SIZES)
def test_progress_and_cancel_come_into_view_when_synthesis_starts(
    qtbot: Any, page: SynthesizePage, recoded: RecodedData, screen: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(synthesize_page, "synthesize_for_release", _until_cancelled)
    page.resize(*PAGE_SIZES[screen])
    page.receive_input(recoded)
    area = scroll_area(page)
    qtbot.waitUntil(page.run_button.isEnabled)
    # The user scrolled just far enough to see the button, at the bottom edge of the window, and clicks it.
    content = area.widget()
    assert content is not None
    button_bottom = page.run_button.mapTo(content, QPoint(0, page.run_button.height())).y()
    area.verticalScrollBar().setValue(button_bottom - area.viewport().height())
    assert seen_in(area, page.run_button)
    assert area.verticalScrollBar().maximum() > 0, "the page should not fit: the test would prove nothing"
    qtbot.mouseClick(page.run_button, Qt.MouseButton.LeftButton)
    panel = page.progress_panel
    qtbot.waitUntil(panel.isVisible)
    qtbot.wait(300)  # the layout settles: the panel's room is made after the click returns
    assert seen_in(area, panel.cancel_button) and seen_in(area, panel.progress_bar)
    qtbot.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Stopped" in page.status_label.text(), timeout=TIMEOUT_MS)
