"""The window in French and in Spanish: every page, walked with the sample export, shows no English of ours.

Data may stay as it is (column names, values, codebook labels, file names); everything the app itself says is
translated. See tests/gui/visible_text.py for what counts as English.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from PySide6.QtWidgets import QApplication

from ctdc_desktop.gui import language
from ctdc_desktop.gui.main_window import MainWindow
from ctdc_desktop.resources import resource_path, sample_export_path
from tests.gui.sample_walk import walk_sample_to_export
from tests.gui.visible_text import english_leftovers, visible_texts
from tests.unit.test_translations import catalogue_messages

PAGES = ("Load", "Identifiers", "Recode", "Synthesize", "Export")


@pytest.fixture
def speaking(qapp: QApplication) -> Iterator[Any]:
    """Install a language for one test; English again afterwards, whatever happens."""
    yield language.install_language
    language.install_language(language.ENGLISH)


def _data_words() -> set[str]:
    """Words the data brings: the sample's column names and values, and the codebooks' labels and variable names."""
    words: set[str] = set()
    sheets = pd.read_excel(sample_export_path(), sheet_name=None, dtype=str, engine="calamine")
    for frame in sheets.values():
        texts = [*map(str, frame.columns), *(str(v) for v in pd.unique(frame.to_numpy().ravel()) if pd.notna(v))]
        words |= {w.lower() for text in texts for w in re.findall(r"[A-Za-z]+", text)}
    for recipe in resource_path("recipes").glob("*.toml"):
        data = tomllib.loads(recipe.read_text(encoding="utf-8"))
        for variable in data.get("variables", []):
            names = [variable.get("name", ""), variable.get("source", "")]
            names += [c.get("label", "") if isinstance(c, dict) else c for c in variable.get("categories", [])]
            words |= {w.lower() for text in names for w in re.findall(r"[A-Za-z]+", str(text))}
    return words


@pytest.mark.slow
@pytest.mark.parametrize("code", ["fr", "es"])
def test_no_page_shows_english_text_of_ours(qtbot: Any, tmp_path: Path, speaking: Any, code: str) -> None:
    assert speaking(code), f"the {code} catalogue did not load: run scripts/build_translations.py release"
    sources = {m.source for m in catalogue_messages(code) if m.translations[0] and m.translations[0] != m.source}
    data_words = _data_words()
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    found: dict[str, list[tuple[str, str]]] = {}

    def look(step: int) -> None:
        qtbot.wait(50)
        found[PAGES[step]] = english_leftovers(visible_texts(window), sources, data_words)

    walk_sample_to_export(qtbot, window, tmp_path, on_page=look)
    assert set(found) == set(PAGES)
    left = [f"{page} | {where} | {text}" for page, texts in found.items() for where, text in texts]
    assert left == [], f"English left on the {code} pages ({len(left)} texts):\n" + "\n".join(left)


def test_system_language_picks_the_first_one_spoken_here() -> None:
    assert language.system_language(["fr-CA", "en-US"]) == "fr"
    assert language.system_language(["de-DE", "es_ES"]) == "es"
    assert language.system_language(["de-DE", "pt-BR"]) == "en"


def test_the_language_menu_remembers_the_choice_for_the_next_start(qtbot: Any) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.language_actions["es"].trigger()
    assert language.chosen_language() == "es"
    assert window.language_actions["es"].isChecked()
    assert "next time" in window.statusBar().currentMessage()
    window.language_actions[""].trigger()
    assert language.chosen_language() == language.system_language()


def test_a_french_catalogue_translates_core_text_too(speaking: Any) -> None:
    from ctdc_desktop.core.translation import translate

    assert speaking("fr")
    translated = [(m.context, m.source) for m in catalogue_messages("fr") if m.translations[0] != m.source]
    assert translated, "the French catalogue translates nothing yet"
    context, source = translated[0]
    assert translate(context, source) != source
    language.install_language(language.ENGLISH)
    assert translate(context, source) == source


def test_numbers_follow_the_language_and_english_comes_back(speaking: Any) -> None:
    from ctdc_desktop.gui.text_format import count_text

    assert speaking("fr")
    assert count_text(1676) == "1\u202f676"
    assert speaking("es")
    assert count_text(1676) == "1676" and count_text(21195) == "21.195"
    assert speaking(language.ENGLISH)
    assert count_text(1676) == "1,676"


def test_english_words_and_english_numbers_are_caught_but_data_is_not() -> None:
    assert english_leftovers([("label", "2,000 lignes")], set(), set())
    assert english_leftovers([("label", "81.4% des fiches")], set(), set())
    assert english_leftovers([("label", "Choose the column")], set(), set())
    assert english_leftovers([("label", "Column")], {"Column"}, set())
    assert not english_leftovers([("label", "2\u202f000 lignes, colonne “Date of birth”")], set(), set())
    assert not english_leftovers([("label", "Female, Male")], set(), {"female", "male"})
    assert not english_leftovers([("label", "δ = 0,000233 (ρ = 0,142)")], set(), set())
    assert english_leftovers([("label", "12,345,678 lignes")], set(), set())


def test_english_says_one_column_not_one_columns(speaking: Any) -> None:
    from PySide6.QtCore import QCoreApplication

    assert speaking(language.ENGLISH)
    one = QCoreApplication.translate("IdentifiersPage", "&Accept %n proposals", None, 1)
    three = QCoreApplication.translate("IdentifiersPage", "&Accept %n proposals", None, 3)
    assert (one, three) == ("&Accept 1 proposal", "&Accept 3 proposals")
