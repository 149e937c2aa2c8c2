"""Numbers as the user's language writes them: "2,000" and "81.4%" in English, "2 000" and "81,4 %" in French.

In French and Spanish "2,000" reads as two, so a count written the English way is not only foreign but wrong. Core
writes numbers through `count_text` and `format_number`, or lets a translated sentence format them: the text that
`translate` hands back formats its numeric placeholders ("{0:.1%}", "{rows:,}") in the installed style. The window
installs the style of its language (`use_number_style`); the commands keep English.
"""

from __future__ import annotations

import string
from dataclasses import dataclass
from typing import Any, SupportsIndex


@dataclass(frozen=True)
class NumberStyle:
    group: str = ","  # between thousands
    decimal: str = "."
    percent: str = "%"  # what follows the number: French and Spanish put a no-break space first
    min_grouping_digits: int = 1  # Spanish leaves 4-digit numbers ungrouped ("2000", "12.345")


ENGLISH = NumberStyle()
_style = ENGLISH


def use_number_style(style: NumberStyle | None) -> None:
    global _style
    _style = style if style is not None else ENGLISH


def number_style() -> NumberStyle:
    return _style


def format_number(value: float, spec: str = "") -> str:
    """`format(value, spec)` in the installed style: the same digits, that language's separators."""
    english = format(value, spec)
    if _style == ENGLISH:
        return english
    digits = english.replace("%", "")
    whole = digits.split(".")[0].lstrip("-+ ").replace(",", "")
    if "," in spec and len(whole) < 4 + (_style.min_grouping_digits - 1):
        digits = digits.replace(",", "")
    local = digits.replace(",", "\0").replace(".", _style.decimal).replace("\0", _style.group)
    return local + _style.percent if english.endswith("%") else local


def count_text(number: int) -> str:
    """1953 → "1,953" (English), "1 953" (French), "1953" (Spanish, which groups from five digits)."""
    return format_number(number, ",")


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


class _LocalFormatter(string.Formatter):
    def format_field(self, value: Any, format_spec: str) -> Any:
        if _is_number(value) and format_spec:
            return format_number(value, format_spec)
        return super().format_field(value, format_spec)


class LocalText(str):
    """A translated sentence whose `.format()` writes numbers in the installed style."""

    __slots__ = ()

    def format(self, *args: object, **kwargs: object) -> str:
        return _LocalFormatter().vformat(self, args, kwargs)

    def replace(self, old: str, new: str, count: SupportsIndex = -1) -> LocalText:
        return LocalText(str.replace(self, old, new, count))


def localized(text: str) -> str:
    """`text` (a sentence from the catalogues) with numbers formatted in the user's style when it is formatted."""
    return text if _style == ENGLISH else LocalText(text)
