"""`run` without a project names the dataset as the window would (issue 19): two missions' exports both called
export.xlsx are two datasets with two privacy budgets, never one."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from ctdc_desktop.cli import main
from ctdc_desktop.core.release.ledger import read_ledger
from ctdc_desktop.resources import sample_export_path


@pytest.mark.slow
def test_two_unrelated_exports_named_alike_never_share_a_budget(tmp_path: Path) -> None:
    ledger_folder = tmp_path / "appdata"
    for mission in ("north", "south"):
        folder = tmp_path / mission
        folder.mkdir()
        export = folder / "export.xlsx"
        shutil.copy(sample_export_path(), export)
        out = folder / "out"
        out.mkdir()
        arguments = ["run", str(export), "--recipe", "victim_perpetrator_2022", "--drop-flagged", "--out", str(out)]
        assert main([*arguments, "--ledger-folder", str(ledger_folder)]) == 0
    book = read_ledger(ledger_folder)
    assert len(book.releases) == 2, sorted(book.releases)
    assert all(key != "export" for key in book.releases)
    assert all(book.spent(key) == pytest.approx(4.0) for key in book.releases)
