"""Cells that hold several answers (``Recruteur/intermédiaire; Passeur; Ravisseur``): splitting and separators.

Case-management systems export a multi-select as one cell, its answers joined by a separator the system chose: ";"
or "," (most), " " (HTCDS codes, which have no spaces), a line break, or words (" et ", " y ", " e ", " and ").
A slash is *not* taken as a separator by default: it joins two spellings of one answer ("Époux/épouse",
"Recruiter/Broker") far more often than two answers.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

# Separators a proposal may choose from, most telling first. Word separators carry their spaces.
SEPARATORS = (";", "\n", ",", "|", " et ", " y ", " e ", " and ", " + ")


@lru_cache(maxsize=64)
def _pattern(separators: tuple[str, ...]) -> re.Pattern[str]:
    parts = sorted(separators, key=len, reverse=True)  # the longest first: " et " before " "
    return re.compile("|".join(re.escape(p) for p in parts), re.IGNORECASE)


def split_cell(text: str, separators: tuple[str, ...]) -> list[str]:
    """The answers of one cell, stripped, empty ones dropped; `text` itself when no separator is given."""
    if not separators:
        return [text.strip()] if text.strip() else []
    return [part.strip() for part in _pattern(separators).split(text) if part.strip()]


def separators_in(values: Iterable[str], counts: Iterable[int] | None = None) -> tuple[str, ...]:
    """The separators a column's cells use: those found in at least 2 % of its filled cells (by rows).

    Every separator is treated alike; a comma inside one answer ("Brasil, São Paulo") would split it, but such
    columns are places, which no flag reads as a list.
    """
    values = list(values)
    weights = [1] * len(values) if counts is None else list(counts)
    total = sum(w for v, w in zip(values, weights, strict=True) if v.strip())
    if not total:
        return ()
    found = []
    for separator in SEPARATORS:
        needle = separator.casefold()
        rows = sum(w for v, w in zip(values, weights, strict=True) if needle in v.casefold())
        if rows and rows >= 0.02 * total:
            found.append(separator)
    return tuple(found)


def count_answers(values: Sequence[str], counts: Sequence[int], separators: tuple[str, ...]) -> dict[str, int]:
    """Each answer of a listing column with the number of rows holding it (an answer twice in a cell counts once):
    what a recipe maps, rather than the cells' combinations."""
    answers: dict[str, int] = {}
    for value, count in zip(values, counts, strict=True):
        for part in dict.fromkeys(split_cell(value, separators)):
            answers[part] = answers.get(part, 0) + int(count)
    return answers
