"""The Identifiers page, driven as a caseworker would, on the sample export (resources/sample, invented people):
review the flags, change actions, try to go on with a column undecided, transform a birth date, keep a flagged
column with a reason, finish, save the decisions in a project and reapply them to next quarter's export."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from ctdc_desktop.core.case_export import CaseExport
from ctdc_desktop.core.identifiers import (
    Action,
    CleanedExport,
    ColumnDecision,
    IdentifierDecisions,
    SpanKind,
    Transform,
    detect_identifiers,
)
from ctdc_desktop.core.identifiers.decisions import PERPETRATORS, VICTIMS
from ctdc_desktop.core.load.decisions import LoadDecisions, SourceFile, SourceRole
from ctdc_desktop.core.load.open_export import open_case_export
from ctdc_desktop.core.project import Project, load_project, save_project
from ctdc_desktop.core.recode.recipe import load_recipe
from ctdc_desktop.gui import identifiers_page
from ctdc_desktop.gui.identifier_columns_model import COLUMN, ColumnRow
from ctdc_desktop.gui.identifier_detail import EXAMPLES_PER_KIND, EXAMPLES_SHOWN
from ctdc_desktop.gui.identifiers_page import IdentifiersPage
from ctdc_desktop.gui.step_page import StepState
from ctdc_desktop.resources import resource_path
from tests.detection_calls import count_detections

TIMEOUT_MS = 60_000
SAMPLE = resource_path("sample")


def _export(victims: Path, perpetrators: Path | None = None) -> CaseExport:
    sources = [SourceFile(victims, SourceRole.VICTIMS)]
    if perpetrators is not None:
        sources.append(SourceFile(perpetrators, SourceRole.PERPETRATORS))
    return open_case_export(LoadDecisions(tuple(sources)))


@pytest.fixture(scope="module")
def sample() -> CaseExport:
    return _export(SAMPLE / "sample_victims.csv", SAMPLE / "sample_perpetrators.csv")


_REAL_REVIEW = identifiers_page.review_export
_reviews: dict[int, tuple[CaseExport, identifiers_page.ExportReview]] = {}


@pytest.fixture(autouse=True)
def detection_once_per_export(monkeypatch: pytest.MonkeyPatch) -> None:
    """The real detection, run once per export object for the module: the tests here are about the page."""

    def review(export: CaseExport, progress: identifiers_page.Progress) -> identifiers_page.ExportReview:
        if id(export) not in _reviews:
            _reviews[id(export)] = (export, _REAL_REVIEW(export, progress))  # the export is held: its id stays its own
        return _reviews[id(export)][1]

    monkeypatch.setattr(identifiers_page, "review_export", review)


def _page(qtbot: QtBot) -> IdentifiersPage:
    page = IdentifiersPage()
    qtbot.addWidget(page)
    page.resize(1060, 740)  # the page's share of a 1280×800 window
    page.show()
    return page


@pytest.fixture
def page(qtbot: QtBot) -> Iterator[IdentifiersPage]:
    page = _page(qtbot)
    yield page
    page.shutdown()
    QThreadPool.globalInstance().waitForDone()


def reviewed(page: IdentifiersPage, qtbot: QtBot, export: CaseExport) -> IdentifiersPage:
    page.receive_input(export)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0 and not page.is_busy(), timeout=TIMEOUT_MS)
    return page


def row_of(page: IdentifiersPage, column: str, table: str = VICTIMS) -> ColumnRow:
    return page.model.rows()[page.model.find(table, column)]


def click_column(page: IdentifiersPage, qtbot: QtBot, column: str, table: str = VICTIMS) -> ColumnRow:
    """Click the column's row in the list, as a user does; the detail shows it."""
    index = page.model.index(page.model.find(table, column), COLUMN)
    assert index.isValid(), column
    page.columns.scrollTo(index)
    qtbot.mouseClick(page.columns.viewport(), Qt.MouseButton.LeftButton, pos=page.columns.visualRect(index).center())
    row = page.current_row()
    assert row is not None and row.name == column and row.table == table
    return row


def choose(page: IdentifiersPage, text: str) -> None:
    """Pick the decision whose label starts with `text` in the detail's drop-down."""
    combo = page.detail.choice
    labels = [combo.itemText(i) for i in range(combo.count())]
    index = next((i for i, label in enumerate(labels) if label.startswith(text)), -1)
    assert index >= 0, f"{text!r} not among {labels}"
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def finish(page: IdentifiersPage, qtbot: QtBot) -> CleanedExport:
    """Press the button; the page must tell the window (state_changed) that it is done, as the window only asks then."""
    told: list[StepState] = []
    page.state_changed.connect(lambda: told.append(page.state()))
    qtbot.mouseClick(page.finish_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: told[-1:] == [StepState.DONE] and not page.is_busy(), timeout=TIMEOUT_MS)
    result = page.result()
    assert isinstance(result, CleanedExport)
    return result


@pytest.fixture
def keep_reasons(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Answers the keep-confirmation with the next queued reason; with none queued, the user cancels."""
    answers: list[str] = []

    def answer(parent: object, row: ColumnRow) -> str | None:
        return answers.pop(0) if answers else None

    monkeypatch.setattr(identifiers_page, "ask_keep_reason", answer)
    return answers


# --- reviewing ---------------------------------------------------------------------------------------------------


def test_every_column_is_listed_with_its_flags_and_proposal(
    page: IdentifiersPage, qtbot: QtBot, sample: CaseExport
) -> None:
    reviewed(page, qtbot, sample)
    rows = page.model.rows()
    assert [r.name for r in rows if r.table == VICTIMS] == list(sample.victim_frame.columns)
    assert [r.name for r in rows if r.table == PERPETRATORS] == list(sample.perpetrator_frame.columns)  # type: ignore[union-attr]
    first_name = row_of(page, "prs_FirstName")
    assert "person name" in first_name.found_text() and first_name.review.action is Action.REMOVE
    assert first_name.undecided and first_name.decision_text() == "Not decided yet"
    assert row_of(page, "perp_FullName", PERPETRATORS).undecided
    gender = row_of(page, "prs_Gender")
    assert not gender.review.flagged and gender.decision is not None and gender.decision.action is Action.KEEP
    assert row_of(page, "prs_Birthdate").review.transform is Transform.AGE_AT_REGISTRATION
    assert page.state() is StepState.NEEDS_ATTENTION and page.result() is None
    flagged = sum(1 for r in rows if r.table == VICTIMS and r.review.flagged)
    assert f"{flagged} of 49 victim columns flagged" in page.found_label.text() and page.found_label.toolTip()
    assert [r for r in rows if r.undecided] == [r for r in rows if r.review.flagged]
    assert "not decided yet" in page.summary_label.text() and page.summary_label.toolTip()
    # Before anything is removed, the "after" tab previews the first rows with the decisions and proposals so far.
    qtbot.waitUntil(lambda: page.previews.isTabVisible(1), timeout=TIMEOUT_MS)
    assert page.previews.tabText(1) == "Victims after (preview)" and "first 50 records" in page.previews.tabToolTip(1)
    after = page.victims_after.frame_model.frame()
    assert len(after) == 50 and "prs_FirstName" not in after.columns and "prs_Gender" in after.columns


def test_selecting_a_column_shows_its_reasons_and_evidence(
    page: IdentifiersPage, qtbot: QtBot, sample: CaseExport
) -> None:
    reviewed(page, qtbot, sample)
    click_column(page, qtbot, "prs_Email")
    texts = [label.text() for label in page.detail.reasons.findChildren(QLabel)]
    assert any("Its name says it holds a contact details" in t for t in texts)
    evidence = [label for label in page.detail.reasons.findChildren(QLabel) if "cells are" in label.text()]
    assert evidence and "cells looked at matched" in evidence[0].toolTip()
    assert not page.detail.examples.isVisible()  # no notes in an e-mail column


def test_notes_show_counts_per_kind_and_a_few_highlighted_examples(
    page: IdentifiersPage, qtbot: QtBot, sample: CaseExport
) -> None:
    reviewed(page, qtbot, sample)
    row = click_column(page, qtbot, "cas_Notes")
    spans = row.review.spans
    assert spans is not None
    email = page.detail.findChild(QLabel, "spanCount_EMAIL")
    assert email is not None and email.text() == f"e-mail: {spans.count(SpanKind.EMAIL):,}"
    assert "in the notes" in email.toolTip()
    html = page.detail.examples.toHtml()
    shown = html.count("background-color:#ffd24d")
    assert 1 <= shown <= EXAMPLES_SHOWN
    assert len(spans.examples) > shown  # the core offers more; the page shows only a few
    text = page.detail.examples.toPlainText()
    assert text.count("e-mail\n") <= EXAMPLES_PER_KIND


# --- deciding ------------------------------------------------------------------------------------------------------


def test_going_on_with_an_undecided_column_is_refused_with_a_message(
    page: IdentifiersPage, qtbot: QtBot, sample: CaseExport
) -> None:
    reviewed(page, qtbot, sample)
    click_column(page, qtbot, "prs_Gender")
    qtbot.mouseClick(page.finish_button, Qt.MouseButton.LeftButton)
    assert not page.is_busy()
    message = page.message.text()
    waiting = len([r for r in page.model.rows() if r.review.flagged])
    assert (
        message.startswith(f"Not yet: {waiting} columns still need your decision")
        and "“cas_CaseID” (victims)" in message
    )
    assert page.state() is StepState.NEEDS_ATTENTION and page.result() is None
    selected = page.current_row()
    assert selected is not None and selected.name == "cas_CaseID"  # the first one waiting is shown


def test_walk_through_transform_keep_with_reason_and_finish(
    page: IdentifiersPage, qtbot: QtBot, sample: CaseExport, keep_reasons: list[str]
) -> None:
    reviewed(page, qtbot, sample)
    # Transform the birth date into the age at registration.
    click_column(page, qtbot, "prs_Birthdate")
    choose(page, "Transform: birth date → age at registration")
    birth = row_of(page, "prs_Birthdate")
    assert birth.decision is not None and birth.decision.transform is Transform.AGE_AT_REGISTRATION
    reference = page.detail.reference
    assert reference.isVisible()  # which registration date it is counted on
    at = reference.findData("cas_RegistrationDate")
    reference.setCurrentIndex(at)
    reference.activated.emit(at)
    birth = row_of(page, "prs_Birthdate")
    assert birth.decision is not None and birth.decision.reference_column == "cas_RegistrationDate"
    # Change an action: keep the notes with the names blacked out instead of removing them.
    click_column(page, qtbot, "cas_Notes")
    choose(page, "Transform: notes kept with names")
    notes = row_of(page, "cas_Notes")
    assert notes.decision_text() == "Redact spans"
    assert notes.decision is not None and notes.decision.transform is Transform.REDACT_SPANS
    # Keeping a flagged column asks first; cancelling leaves it undecided.
    click_column(page, qtbot, "prs_Salutation")
    choose(page, "Keep")
    assert row_of(page, "prs_Salutation").undecided
    keep_reasons.append("Only Mr or Ms: says nothing more than gender")
    choose(page, "Keep")
    salutation = row_of(page, "prs_Salutation")
    assert salutation.decision is not None and salutation.decision.action is Action.KEEP
    assert salutation.decision.reason == "Only Mr or Ms: says nothing more than gender"
    assert "your reason: Only Mr or Ms" in salutation.decision_text()
    # The rest as proposed, in one click.
    qtbot.mouseClick(page.accept_button, Qt.MouseButton.LeftButton)
    assert page.undecided_rows() == []
    cleaned = finish(page, qtbot)
    victims = cleaned.export.victim_frame
    assert "ageAtRegistration" in victims.columns and "prs_Birthdate" not in victims.columns
    assert "prs_Salutation" in victims.columns and "prs_FirstName" not in victims.columns
    words = f"{cleaned.removed:,} removed, {cleaned.transformed:,} transformed, {cleaned.kept:,} kept."
    assert words in page.summary_label.text() and page.summary_label.toolTip()
    assert page.previews.isTabVisible(1) and page.victims_after.frame_model.frame() is victims
    # A later change makes the result out of date until the identifiers are removed again.
    click_column(page, qtbot, "prs_Salutation")
    choose(page, "Remove")
    assert page.state() is StepState.NEEDS_ATTENTION and page.result() is None


def test_detection_runs_once_per_table_through_previews_and_finish(
    page: IdentifiersPage, qtbot: QtBot, sample: CaseExport, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(identifiers_page, "review_export", _REAL_REVIEW)  # not the module's cache: counted here
    calls = count_detections(monkeypatch)
    reviewed(page, qtbot, sample)
    qtbot.waitUntil(lambda: page.previews.isTabVisible(1), timeout=TIMEOUT_MS)  # a preview of the first rows
    click_column(page, qtbot, "cas_Notes")
    choose(page, "Transform: notes kept with names")
    qtbot.waitUntil(lambda: page.previews.isTabVisible(1), timeout=TIMEOUT_MS)  # previewed again with the change
    qtbot.mouseClick(page.accept_button, Qt.MouseButton.LeftButton)
    finish(page, qtbot)
    assert sample.perpetrator_frame is not None
    tables = (tuple(sample.victim_frame.columns), tuple(sample.perpetrator_frame.columns))
    assert calls == {tables[0]: 1, tables[1]: 1}


def test_canary_in_removed_columns_reaches_no_output(page: IdentifiersPage, qtbot: QtBot, tmp_path: Path) -> None:
    victims = pd.read_csv(SAMPLE / "sample_victims.csv", dtype=str, keep_default_na=False)
    canaries = {
        "prs_FirstName": "Qzxwvcanary",
        "prs_MobilePhone": "+41 79 555 12 34",
        "prs_MailingStreet": "7 Canary Wharf Lane",
    }
    for column, value in canaries.items():
        victims.loc[3, column] = value
    victims.to_csv(tmp_path / "victims.csv", index=False)
    export = _export(tmp_path / "victims.csv", SAMPLE / "sample_perpetrators.csv")
    case_ids = set(export.victim_frame["cas_CaseID"].dropna().astype(str))
    reviewed(page, qtbot, export)
    qtbot.mouseClick(page.accept_button, Qt.MouseButton.LeftButton)
    cleaned = finish(page, qtbot)
    frames = [cleaned.export.victim_frame, cleaned.export.perpetrator_frame]
    for frame in frames:
        assert frame is not None
        cells = set(frame.astype(object).to_numpy().ravel().astype(str))
        assert not {v for v in cells if any(c in v for c in canaries.values())}
        assert not cells & case_ids  # the case ID is kept only as a made-up link number
    assert cleaned.export.link is not None  # still linked, through the made-up numbers


# --- saving, reopening, reapplying ---------------------------------------------------------------------------------


def test_saved_decisions_reapply_to_next_export_and_a_new_column_needs_review(
    page: IdentifiersPage, qtbot: QtBot, sample: CaseExport, keep_reasons: list[str], tmp_path: Path
) -> None:
    reviewed(page, qtbot, sample)
    click_column(page, qtbot, "prs_Birthdate")
    choose(page, "Transform: date → its year only")
    keep_reasons.append("Mr or Ms only")
    click_column(page, qtbot, "prs_Salutation")
    choose(page, "Keep")
    qtbot.mouseClick(page.accept_button, Qt.MouseButton.LeftButton)
    finish(page, qtbot)
    decisions = page.decisions()
    assert isinstance(decisions, IdentifierDecisions)
    target = tmp_path / "mission.ctdcproj"
    save_project(Project().with_step("identifiers", decisions), target)

    # Next quarter: the same columns and one more.
    victims = pd.read_csv(SAMPLE / "sample_victims.csv", dtype=str, keep_default_na=False)
    victims.insert(
        8, "prs_Nickname", ["Mimi", "Bobo", "Lulu", "Tata"] * (len(victims) // 4) + ["Zaza"] * (len(victims) % 4)
    )
    victims.to_csv(tmp_path / "q2.csv", index=False)
    next_export = _export(tmp_path / "q2.csv", SAMPLE / "sample_perpetrators.csv")

    again = _page(qtbot)
    try:
        again.restore_decisions(load_project(target).steps["identifiers"])  # as the window does on opening
        assert again.decisions() == decisions  # kept while the export is still loading
        reviewed(again, qtbot, next_export)
        assert [r.name for r in again.undecided_rows()] == ["prs_Nickname"]
        new = row_of(again, "prs_Nickname")
        assert new.new and new.decision_text() == "New column: not decided yet"
        assert again.saved_note.isVisible() and "1 column was not seen before" in again.saved_note.text()
        assert again.saved_note.toolTip()
        salutation = row_of(again, "prs_Salutation")
        assert salutation.decision is not None and salutation.decision.reason == "Mr or Ms only"
        birth = row_of(again, "prs_Birthdate")
        assert birth.decision is not None and birth.decision.transform is Transform.YEAR_ONLY
        # A column not seen before can take Stage one's proposal in one click, like any undecided column.
        assert again.accept_button.isEnabled() and again.accept_button.text().replace("&", "") == "Accept 1 proposal"
        qtbot.mouseClick(again.finish_button, Qt.MouseButton.LeftButton)
        assert "prs_Nickname" in again.message.text() and again.state() is StepState.NEEDS_ATTENTION
        click_column(again, qtbot, "prs_Nickname")
        choose(again, "Remove")
        cleaned = finish(again, qtbot)
        assert "prs_Nickname" not in cleaned.export.victim_frame.columns
    finally:
        again.shutdown()


def test_restoring_onto_a_reviewed_export_applies_at_once(
    page: IdentifiersPage, qtbot: QtBot, sample: CaseExport
) -> None:
    reviewed(page, qtbot, sample)
    qtbot.mouseClick(page.accept_button, Qt.MouseButton.LeftButton)
    decided = page.decisions()
    page.restore_decisions(None)  # a project without identifier decisions: back to the proposals
    assert page.undecided_rows() == [r for r in page.model.rows() if r.review.flagged]
    page.restore_decisions(decided)
    assert page.undecided_rows() == [] and page.decisions() == decided


def test_the_link_column_can_only_be_kept_as_the_link(page: IdentifiersPage, qtbot: QtBot, sample: CaseExport) -> None:
    """The rule `run` applies too (core/identifiers/decisions.link_decision): the case-ID column linking victims and
    perpetrators cannot be removed, its detail says why, and a project saved with it removed shows it as the link."""
    assert sample.link_columns == ("cas_CaseID", "cas_CaseID")
    reviewed(page, qtbot, sample)
    for table in (VICTIMS, PERPETRATORS):
        click_column(page, qtbot, "cas_CaseID", table)
        combo = page.detail.choice
        offered = [combo.itemData(i) for i in range(combo.count()) if combo.itemData(i)]
        assert offered == ["transform:link only"]
        assert "cannot be removed" in page.detail.note.text()
        assert "links each perpetrator to their victim" in combo.toolTip()
    click_column(page, qtbot, "prs_Email")
    assert "remove" in [page.detail.choice.itemData(i) for i in range(page.detail.choice.count())]
    qtbot.mouseClick(page.accept_button, Qt.MouseButton.LeftButton)
    removed = page.decisions()
    assert removed is not None
    removed = removed.with_decision(ColumnDecision("cas_CaseID", Action.REMOVE))
    page.restore_decisions(removed)
    link_only = ColumnDecision("cas_CaseID", Action.TRANSFORM, Transform.LINK_ONLY)
    assert row_of(page, "cas_CaseID").decision == link_only and page.undecided_rows() == []
    decisions = page.decisions()
    assert decisions is not None and decisions.decision("cas_CaseID") == link_only  # saved so in the project
    cleaned = finish(page, qtbot)
    assert cleaned.export.link is not None and cleaned.notes == ()


def test_a_column_kept_unflagged_before_but_flagged_now_needs_a_decision(
    page: IdentifiersPage, qtbot: QtBot, sample: CaseExport
) -> None:
    saved = IdentifierDecisions(
        victims=tuple(ColumnDecision(str(c), Action.KEEP) for c in sample.victim_frame.columns),
        perpetrators=tuple(
            ColumnDecision(str(c), Action.KEEP)
            for c in sample.perpetrator_frame.columns  # type: ignore[union-attr]
        ),
    )
    page.restore_decisions(saved)
    reviewed(page, qtbot, sample)
    undecided = {r.name for r in page.undecided_rows()}
    assert "prs_FirstName" in undecided and "perp_FullName" in undecided and "prs_Gender" not in undecided


# --- odd data, cancelling, losing the input -------------------------------------------------------------------------


def test_right_to_left_and_very_long_values_keep_the_layout(
    page: IdentifiersPage, qtbot: QtBot, tmp_path: Path
) -> None:
    long_name = "ملاحظات_الحالة_" + "x" * 300
    notes = [
        "اتصلت الضحية بأختها فاطمة على الرقم +962 79 123 4567 من عمّان",
        "y" * 5_000 + " contact: someone@example.org " + "z" * 5_000,
    ] * 20
    frame = pd.DataFrame({"case_id": [f"C-{i:04d}" for i in range(40)], "gender": ["F", "M"] * 20, long_name: notes})
    frame.to_csv(tmp_path / "rtl.csv", index=False)
    width = page.width()
    reviewed(page, qtbot, _export(tmp_path / "rtl.csv"))  # progress messages quote the long name too
    click_column(page, qtbot, long_name)
    qtbot.wait(100)  # let every layout request run
    assert page.width() == width  # nothing pushed the page wider than its window share
    assert page.detail.examples.isVisible()
    text = page.detail.examples.toPlainText()
    assert "+962 79 123 4567" in text and "someone@example.org" in text
    assert max(len(line) for line in text.splitlines()) < 400  # a 10,000-character note is cut around its span
    qtbot.wait(50)
    for widget in (page, page.detail, page.columns):
        assert widget.minimumSizeHint().width() < 700, widget
    assert page.detail.width() <= page.width()
    image = page.grab()
    assert not image.isNull() and image.width() == page.width()


def test_cancel_stops_looking_and_says_so(
    page: IdentifiersPage, qtbot: QtBot, sample: CaseExport, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(identifiers_page, "review_export", _REAL_REVIEW)  # a real run, long enough to cancel
    page.receive_input(sample)
    assert page.progress.isVisible()
    qtbot.mouseClick(page.progress.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=TIMEOUT_MS)
    assert "Stopped" in page.found_label.text() and page.retry_button.isVisible()
    assert page.state() is StepState.NEEDS_ATTENTION
    qtbot.mouseClick(page.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=TIMEOUT_MS)


def test_losing_the_input_empties_the_page_but_keeps_the_decisions(
    page: IdentifiersPage, qtbot: QtBot, sample: CaseExport
) -> None:
    reviewed(page, qtbot, sample)
    qtbot.mouseClick(page.accept_button, Qt.MouseButton.LeftButton)
    decided = page.decisions()
    page.receive_input(None)
    assert page.model.rowCount() == 0 and page.waiting.isVisible() and page.result() is None
    assert page.decisions() == decided
    reviewed(page, qtbot, sample)
    assert page.undecided_rows() == []


# --- in the window -------------------------------------------------------------------------------------------------


@pytest.mark.slow
def test_window_saves_the_decisions_and_reapplies_them_on_reopening(
    qtbot: QtBot, tmp_path: Path, keep_reasons: list[str]
) -> None:
    """The real window: Load hands the sample on, the decisions go into the project file, and reopening the project
    restores them before the export is loaded again (the order the window uses)."""
    from ctdc_desktop.gui.app import sample_sources
    from ctdc_desktop.gui.main_window import MainWindow

    def ready(window: MainWindow) -> IdentifiersPage:
        page = window.pages[1]
        assert isinstance(page, IdentifiersPage)
        qtbot.waitUntil(
            lambda: window.load_page.state() is StepState.DONE and page.model.rowCount() > 0 and not page.is_busy(),
            timeout=TIMEOUT_MS,
        )
        return page

    first = MainWindow()
    qtbot.addWidget(first)
    second = MainWindow()
    qtbot.addWidget(second)
    try:
        first.open_sources(sample_sources())
        page = ready(first)
        keep_reasons.append("Mr or Ms only")
        click_column(page, qtbot, "prs_Salutation")
        choose(page, "Keep")
        qtbot.mouseClick(page.accept_button, Qt.MouseButton.LeftButton)
        finish(page, qtbot)
        assert first.step_list.shown_state(1) == "Done"
        target = tmp_path / "sample.ctdcproj"
        assert first.save_to(target)
        saved = load_project(target).steps["identifiers"]
        assert isinstance(saved, IdentifierDecisions) and saved == page.decisions()

        assert second.open_project(target)
        again = ready(second)
        assert again.undecided_rows() == []
        kept = row_of(again, "prs_Salutation").decision
        assert kept is not None and kept.reason == "Mr or Ms only"
        assert again.decisions() == saved
    finally:
        for window in (first, second):
            for step in window.pages:
                shutdown = getattr(step, "shutdown", None)
                if callable(shutdown):
                    shutdown()
        QThreadPool.globalInstance().waitForDone()


def test_the_keep_question_wants_a_reason_and_can_be_cancelled(
    page: IdentifiersPage, qtbot: QtBot, sample: CaseExport
) -> None:
    """The real question: a blank answer asks again, saying a reason is needed; Cancel keeps nothing."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QInputDialog

    reviewed(page, qtbot, sample)
    row = row_of(page, "prs_Salutation")
    answers = ["   ", "Only Mr or Ms", None]
    prompts: list[str] = []

    def answer() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QInputDialog) and w.isVisible()]
        if not dialogs:
            QTimer.singleShot(20, answer)
            return
        dialog = dialogs[0]
        prompts.append(dialog.labelText())
        text = answers.pop(0)
        if text is None:
            dialog.reject()
        else:
            dialog.setTextValue(text)
            dialog.accept()

    for _ in range(2):
        QTimer.singleShot(20, answer)
    assert identifiers_page.ask_keep_reason(page, row) == "Only Mr or Ms"
    assert "prs_Salutation" in prompts[0] and "person name" in prompts[0]
    assert prompts[1].startswith("A reason is needed")
    QTimer.singleShot(20, answer)
    assert identifiers_page.ask_keep_reason(page, row) is None


def test_a_renamed_column_is_named_in_the_replay_note_beside_the_new_one(
    page: IdentifiersPage, qtbot: QtBot, tmp_path: Path
) -> None:
    """Issue 20: the window names what `run --project` names when it stops: the new column, the missing one, and the
    pairing the recipe's values propose."""
    victims = pd.read_csv(SAMPLE / "sample_victims.csv", dtype=str, keep_default_na=False)
    saved = IdentifierDecisions.proposed(detect_identifiers(victims.astype("category")))
    victims.rename(columns={"prs_Gender": "prs_Sex"}).to_csv(tmp_path / "q2.csv", index=False)
    _, recode = load_recipe("global_synthetic_2021")
    page.receive_project(Project().with_step("identifiers", saved).with_step("recode", recode), None)
    page.restore_decisions(saved)
    reviewed(page, qtbot, _export(tmp_path / "q2.csv"))
    note = page.saved_note.text()
    assert page.saved_note.isVisible() and "1 column was not seen before" in note
    assert 'victims: column "prs_Gender", decided in Stage one and read by the recipe (gender)' in note
    assert 'victims: "prs_Gender" → "prs_Sex" (the recipe places' in note
    assert [r.name for r in page.undecided_rows()] == ["prs_Sex"]  # still the caseworker's decision


# --- victims, then their perpetrators, in a fresh session: no replay ----------------------------------------------


def test_perpetrators_opened_after_the_victims_are_no_replay(page: IdentifiersPage, qtbot: QtBot) -> None:
    victims_only = _export(SAMPLE / "sample_victims.csv")
    reviewed(page, qtbot, victims_only)
    assert not page.saved_note.isVisible()
    click_column(page, qtbot, "prs_Birthdate")
    choose(page, "Transform: date → its year only")
    flagged_before = {r.name for r in page.undecided_rows()}

    both = _export(SAMPLE / "sample_victims.csv", SAMPLE / "sample_perpetrators.csv")
    reviewed(page, qtbot, both)
    assert not page.saved_note.isVisible(), "nothing was saved: no saved decisions to speak of"
    assert not any(r.new for r in page.model.rows()), "no column is 'not seen before' in a fresh session"
    birth = row_of(page, "prs_Birthdate")
    assert birth.decision is not None and birth.decision.transform is Transform.YEAR_ONLY  # the user's choice stays
    # Unflagged perpetrator columns get Stage one's proposal (keep), as the victims' did; flagged ones wait.
    perpetrator_rows = [r for r in page.model.rows() if r.table == PERPETRATORS]
    assert perpetrator_rows and all((r.decision is None) == r.review.flagged for r in perpetrator_rows)
    assert {r.name for r in page.undecided_rows() if r.table == VICTIMS} == flagged_before
    assert page.accept_button.isEnabled()
    qtbot.mouseClick(page.accept_button, Qt.MouseButton.LeftButton)
    assert all(r.review.flagged and r.review.action is Action.KEEP for r in page.undecided_rows())


def test_a_replayed_project_still_accepts_proposals_for_columns_not_seen_before(
    page: IdentifiersPage, qtbot: QtBot
) -> None:
    victims_only = _export(SAMPLE / "sample_victims.csv")
    reviewed(page, qtbot, victims_only)
    qtbot.mouseClick(page.accept_button, Qt.MouseButton.LeftButton)
    saved = page.decisions()
    assert isinstance(saved, IdentifierDecisions) and not saved.perpetrators

    again = _page(qtbot)
    try:
        again.restore_decisions(saved)  # a project saved with the victims only
        reviewed(again, qtbot, _export(SAMPLE / "sample_victims.csv", SAMPLE / "sample_perpetrators.csv"))
        new = [r for r in again.model.rows() if r.new]
        assert new and all(r.table == PERPETRATORS for r in new)
        assert again.saved_note.isVisible() and "not seen before" in again.saved_note.text()
        assert again.accept_button.isEnabled()
        qtbot.mouseClick(again.accept_button, Qt.MouseButton.LeftButton)
        assert not any(r.new for r in again.model.rows())
        for row in (r for r in again.model.rows() if r.table == PERPETRATORS):
            if row.decision is None:  # only a flagged column Stage one would keep: that needs a reason
                assert row.review.flagged and row.review.action is Action.KEEP
            else:
                assert (row.decision.action, row.decision.transform) == (row.review.action, row.review.transform)
    finally:
        again.shutdown()


@pytest.mark.slow
def test_window_two_files_one_after_the_other_in_a_fresh_session(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    """The window as a caseworker meets it: open the victims, look, then open the perpetrators' file. The window
    asks what the second file holds; the Identifiers page is no replay, and its proposals can be accepted."""
    from ctdc_desktop.gui import dialogs
    from ctdc_desktop.gui.main_window import MainWindow

    asked: list[Path] = []

    def ask(parent: object, path: Path, victims: Path) -> SourceRole:
        asked.append(path)
        return SourceRole.PERPETRATORS

    monkeypatch.setattr(dialogs, "ask_role_of_second_file", ask)
    window = MainWindow()
    qtbot.addWidget(window)
    page = window.pages[1]
    assert isinstance(page, IdentifiersPage)
    try:
        window.open_export(SAMPLE / "sample_victims.csv")
        qtbot.waitUntil(lambda: page.model.rowCount() > 0 and not page.is_busy(), timeout=TIMEOUT_MS)
        assert asked == []
        window.open_export(SAMPLE / "sample_perpetrators.csv")
        assert asked == [SAMPLE / "sample_perpetrators.csv"]
        qtbot.waitUntil(
            lambda: (
                window.load_page.state() is StepState.DONE
                and any(r.table == PERPETRATORS for r in page.model.rows())
                and not page.is_busy()
            ),
            timeout=TIMEOUT_MS,
        )
        assert not page.saved_note.isVisible()
        assert not any(r.new for r in page.model.rows())
        assert page.accept_button.isEnabled()
    finally:
        window.load_page.shutdown()
        page.shutdown()
