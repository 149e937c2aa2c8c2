"""The Load step on one row per victim with the perpetrators in numbered columns: the box says so and reads them as
perpetrator records; unticked, each row is a victim with its columns as they are."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ctdc_desktop.gui.load_page import LoadPage
from ctdc_desktop.gui.step_page import StepState

WIDE = Path(__file__).resolve().parents[1] / "fixtures" / "exports" / "fr_wide_perpetrators.csv"
TIMEOUT_MS = 60_000


@pytest.fixture
def page(load_page: LoadPage) -> LoadPage:
    return load_page  # the shared Load page (conftest.py)


def test_the_page_says_it_and_the_box_undoes_it(qtbot: QtBot, page: LoadPage) -> None:
    page.open_victims(WIDE)
    panel = page.perpetrator_rows_panel
    qtbot.waitUntil(
        lambda: page.victims_table() is not None and not page.is_busy() and panel.isVisibleTo(page),
        timeout=TIMEOUT_MS,
    )
    assert panel.title() == "Perpetrators in numbered columns"
    text = panel.explanation.text()
    assert "one row per victim with up to 3 perpetrators side by side" in text
    assert "60 for 40 victims" in text and "linked by the column N° dossier" in text
    assert "Perpetrator 2: Auteur 2 - Sexe" in panel.explanation.toolTip()
    victims, perpetrators = page.victims_table(), page.perpetrators_table()
    assert victims is not None and perpetrators is not None
    assert (victims.row_count, perpetrators.row_count) == (40, 60)
    assert page.state() is StepState.DONE and page.decisions().one_row_per_perpetrator is True
    result = page.result()
    assert result is not None and result.numbered_perpetrators is not None
    assert result.link_columns == ("N° dossier", "N° dossier")

    panel.read_box.setChecked(False)  # the caseworker says: read the rows as they are
    result = page.result()
    assert result is not None and result.perpetrators is None and "Auteur 1 - Sexe" in result.victim_frame.columns
    assert page.decisions().one_row_per_perpetrator is False
