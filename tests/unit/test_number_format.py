"""Numbers in the user's language: in French "2,000" would read as two, so the separators must follow the language."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ctdc_desktop.core import number_format
from ctdc_desktop.core.number_format import NumberStyle, count_text, format_number, localized, use_number_style
from ctdc_desktop.core.translation import translate, use_translations

FRENCH = NumberStyle(group="\u202f", decimal=",", percent="\u00a0%")
SPANISH = NumberStyle(group=".", decimal=",", percent="\u00a0%", min_grouping_digits=2)


@pytest.fixture
def style() -> Iterator[None]:
    yield
    use_number_style(None)
    use_translations(None)


def test_english_is_python_s_own_format(style: None) -> None:
    assert count_text(1953) == "1,953"
    assert format_number(0.814, ".1%") == "81.4%"
    assert format_number(1234.5, ",.2f") == "1,234.50"


def test_french_groups_with_narrow_spaces_and_uses_a_decimal_comma(style: None) -> None:
    use_number_style(FRENCH)
    assert count_text(1953) == "1\u202f953"
    assert count_text(2_000_000) == "2\u202f000\u202f000"
    assert format_number(0.814, ".1%") == "81,4\u00a0%"
    assert format_number(1234.5, ",.2f") == "1\u202f234,50"
    assert format_number(-0.5, ".2g") == "-0,5"


def test_spanish_leaves_four_digit_numbers_ungrouped(style: None) -> None:
    use_number_style(SPANISH)
    assert count_text(2000) == "2000"
    assert count_text(12_345) == "12.345"
    assert format_number(0.05, ".0%") == "5\u00a0%"


def test_a_translated_sentence_formats_its_numbers_in_the_style(style: None) -> None:
    use_number_style(FRENCH)
    use_translations(lambda context, text, disambiguation, n: text.replace("records", "enregistrements"))
    sentence = translate("Test", "{0} of {1:,} records ({2:.1%}), k = {k}")
    assert sentence.format(12, 2000, 0.0125, k=10) == "12 of 2\u202f000 enregistrements (1,2\u00a0%), k = 10"
    # Text that is not a number keeps its own spec.
    assert localized("{0:>5}|{1!r}").format("ab", "x") == "   ab|'x'"


def test_without_a_style_sentences_stay_plain_strings(style: None) -> None:
    assert type(translate("Test", "{0:,}")) is str
    assert number_format.number_style() == number_format.ENGLISH
