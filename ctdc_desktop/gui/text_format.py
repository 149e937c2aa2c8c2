"""How the window writes numbers and quoted text, in one place, so every page says them the same way (and a later
translation can swap in the user's number format here once)."""

from __future__ import annotations

from ctdc_desktop.core import number_format

ELLIPSIS = "…"


def count_text(number: int) -> str:
    """1953 → '1,953' (in French '1 953': the language's own separators, see core.number_format)."""
    return number_format.count_text(number)


def escape_html(text: str) -> str:
    """Text shown inside a rich-text label: a file name or column with "<" must not turn into markup."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def shorten(text: str, limit: int) -> str:
    """On one line (a note with line breaks stays on one line); past `limit` characters cut and marked with "…"."""
    one_line = " ".join(text.split())
    return one_line if len(one_line) <= limit else one_line[:limit] + ELLIPSIS
