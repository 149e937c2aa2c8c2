"""The whole workflow in the real window, as a caseworker walks it: Load the sample export, decide on the flagged
columns, recode with the 2022 recipe, synthesize (k-anonymous), export; the bundle checks, validates, and holds no
value of a removed column. No internet socket may even be made meanwhile (`sockets_refused`, tests/conftest.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from ctdc_desktop.core.recode.recipe import load_recipe
from ctdc_desktop.core.recode.validate_release import validate_release
from ctdc_desktop.core.release.check_bundle import bundle_problems
from ctdc_desktop.gui.main_window import MainWindow
from ctdc_desktop.resources import sample_export_path
from tests.gui.sample_walk import walk_sample_to_export


@pytest.mark.slow
def test_sample_export_goes_from_load_to_a_release_bundle(qtbot: Any, tmp_path: Path, sockets_refused: None) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    export = walk_sample_to_export(qtbot, window, tmp_path)

    result = export.result()
    assert result is not None
    assert bundle_problems(result.folder) == []
    records = pd.read_csv(result.folder / "synthetic_data.csv", dtype=str, keep_default_na=False)
    recipe, _ = load_recipe("victim_perpetrator_2022")
    assert validate_release(records.replace("", pd.NA), recipe).valid
    # No value of a column Stage one removed appears in any file of the bundle.
    victims = pd.read_excel(sample_export_path(), sheet_name="Victims", dtype=str, engine="calamine")
    removed = ["prs_FirstName", "prs_SecondName", "prs_Email", "prs_MobilePhone", "cas_CaseID", "prs_MailingStreet"]
    planted = {v for column in removed for v in victims[column].dropna() if len(v) >= 5}
    for file in result.folder.iterdir():
        text = file.read_bytes().decode("utf-8", errors="ignore")
        leaked = [v for v in planted if v in text]
        assert leaked == [], f"{file.name} holds values of removed columns"
