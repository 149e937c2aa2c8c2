"""The evaluation report is written in the user's language: with French or Spanish chosen, evaluation_report.html
holds no English sentence of ours, and the same figures as in English.

The bundle is written by `core.release.bundle` as the Export page writes it; the language is Qt's catalogue, so the
test needs the application (qapp) and the compiled catalogues (scripts/build_translations.py release).
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from ctdc_desktop.core.evaluate.count_comparison import EXPLAIN_PRESERVATION
from ctdc_desktop.core.release.bundle import write_release_bundle
from ctdc_desktop.core.release.check_bundle import REPORT_HTML
from ctdc_desktop.core.translation import translate
from ctdc_desktop.gui import language
from tests.gui.visible_text import english_leftovers
from tests.unit.release_fixtures import decisions, dp_result, inputs, kanon_result
from tests.unit.test_translations import catalogue_messages

# Words the data and the bundle bring: dataset, recipe and file names, the app's name, the method's key.
DATA_WORDS = {"test", "mission", "kanon", "dp", "ctdc", "desktop", "reportable", "aggregates", "csv"}


class _Text(HTMLParser):
    """Every piece of text of a page (headings, cells, chart titles and legends inside the SVG), with its tag."""

    def __init__(self) -> None:
        super().__init__()
        self.pieces: list[tuple[str, str]] = []
        self._tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._tags.append(tag)
        label = dict(attrs).get("aria-label")
        if label:
            self.pieces.append((f"{tag} aria-label", label))

    def handle_endtag(self, tag: str) -> None:
        if tag in self._tags:
            del self._tags[len(self._tags) - 1 - self._tags[::-1].index(tag) :]

    def handle_data(self, data: str) -> None:
        if data.strip() and (not self._tags or self._tags[-1] != "style"):
            self.pieces.append((self._tags[-1] if self._tags else "", data.strip()))


def report_text(html: str) -> list[tuple[str, str]]:
    parser = _Text()
    parser.feed(html)
    return parser.pieces


def _digits(cell: str) -> str:
    return re.sub(r"\D", "", cell)


def number_cells(html: str) -> list[str]:
    return re.findall(r'<td class="number">([^<]*)</td>', html)


@pytest.fixture
def speaking(qapp: QApplication) -> Iterator[object]:
    yield language.install_language
    language.install_language(language.ENGLISH)


def write_report(folder: Path, method: str) -> str:
    folder.mkdir()
    result = kanon_result() if method == "kanon" else dp_result()
    bundle = write_release_bundle(inputs(result, ledger_folder=folder / "appdata"), decisions(folder))
    return (bundle.folder / REPORT_HTML).read_text(encoding="utf-8")


@pytest.mark.parametrize("method", ["kanon", "dp"])
@pytest.mark.parametrize("code", ["fr", "es"])
def test_the_report_speaks_the_users_language_with_the_same_figures(
    tmp_path: Path, speaking: object, code: str, method: str
) -> None:
    english = write_report(tmp_path / "en", method)
    assert language.install_language(code), f"the {code} catalogue did not load: run build_translations.py release"
    translated = write_report(tmp_path / code, method)
    language.install_language(language.ENGLISH)

    sources = {m.source for m in catalogue_messages(code) if m.translations[0] and m.translations[0] != m.source}
    left = english_leftovers(report_text(translated), sources, DATA_WORDS)
    assert left == [], "English left in the report:\n" + "\n".join(f"{where} | {text}" for where, text in left)
    # The check can fail: the English report is caught by it.
    assert english_leftovers(report_text(english), sources, DATA_WORDS) != []

    assert f'<html lang="{code}">' in translated
    # The same figures, in the same places, written the language's way (81.4% is 81,4 % in French); the explanations
    # are there, in the user's language.
    assert [_digits(cell) for cell in number_cells(translated)] == [_digits(c) for c in number_cells(english)] != []
    assert any("," in cell for cell in number_cells(translated)), "decimals keep the English point"
    assert translated.count("<svg") == english.count("<svg") >= 2
    assert translated.count("class='explain'") == english.count("class='explain'") >= 2
    language.install_language(code)
    explained = translate("Figures", EXPLAIN_PRESERVATION)
    language.install_language(language.ENGLISH)
    assert explained != EXPLAIN_PRESERVATION
    # Escaped as every text of the report is (the French one has apostrophes: "d'une combinaison" → "d&#x27;une").
    assert f"</b>: {html.escape(explained)}</li>" in translated
