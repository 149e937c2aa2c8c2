"""What the released counts are, said truly in every language (issue 19): noisy counts for DP, counts rounded down to
a multiple of k for k-anonymity; never "accurate" or "exact" (the report and the Export page once called DP's noisy
counts "the release's accurate numbers", "les chiffres exacts").

The report and the Export page speak the user's language; the codebook is English, as CTDC's published codebooks.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication

from ctdc_desktop.core.recode.coverage import Coverage
from ctdc_desktop.core.recode.recode import RecodeResult
from ctdc_desktop.core.recode.recoded_data import RecodedData
from ctdc_desktop.core.release.bundle import write_release_bundle
from ctdc_desktop.core.release.check_bundle import CODEBOOK_MD, REPORT_HTML
from ctdc_desktop.core.release.release_inputs import ExportInput
from ctdc_desktop.gui import language
from ctdc_desktop.gui.export_page import ExportPage
from tests.unit.release_fixtures import decisions, dp_result, inputs, kanon_result

SAID = {
    ("en", "dp"): "noisy counts",
    ("en", "kanon"): "rounded down to a multiple of k = 10",
    ("fr", "dp"): "comptages bruités",
    ("fr", "kanon"): "arrondis au multiple de k = 10 inférieur",
    ("es", "dp"): "recuentos con ruido",
    ("es", "kanon"): "redondeados hacia abajo a un múltiplo de k = 10",
}
# What they were wrongly called ("exact" alone is fine: "100 % is exact" explains the preservation figure).
NEVER = ("accurate", "chiffres exacts", "comptages exacts", "cifras exactas", "recuentos exactos", "exact counts")


@pytest.fixture
def speaking(qapp: QApplication) -> Iterator[None]:
    yield
    language.install_language(language.ENGLISH)


def wrongly_called(text: str) -> list[str]:
    return [phrase for phrase in NEVER if phrase in text.lower()]


@pytest.mark.parametrize("method", ["dp", "kanon"])
@pytest.mark.parametrize("code", ["en", "fr", "es"])
def test_the_report_and_the_export_page_say_what_the_counts_are(
    qtbot: Any, tmp_path: Path, speaking: None, code: str, method: str
) -> None:
    assert language.install_language(code), f"the {code} catalogue did not load: run build_translations.py release"
    result = dp_result() if method == "dp" else kanon_result()
    bundle = write_release_bundle(inputs(result, ledger_folder=tmp_path / "appdata"), decisions(tmp_path / "out"))
    report = (bundle.folder / REPORT_HTML).read_text(encoding="utf-8")
    assert SAID[code, method] in report
    assert wrongly_called(report) == []
    codebook = (bundle.folder / CODEBOOK_MD).read_text(encoding="utf-8")
    assert SAID["en", method] in codebook and wrongly_called(codebook) == []

    page = ExportPage(ledger_folder=tmp_path / "appdata")
    qtbot.addWidget(page)
    frame = inputs(result).recoded
    recoded = RecodeResult(frame, Coverage(()), len(frame), 0, 0, 0)
    page.receive_input(ExportInput(RecodedData(recoded), result))
    plan = page.plan_label.text()
    assert SAID[code, method] in plan
    assert wrongly_called(plan) == []
    page.shutdown()
    QThreadPool.globalInstance().waitForDone()
