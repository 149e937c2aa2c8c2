"""Finding a recipe's source column in an export: exactly, or written with other letter case or accents.

A recipe saved on one export names ``perp_Gender``; next quarter's export may write ``perp_gender`` or
``PERP_GENDER``. Those are the same column; a different name is not, and the closest names are offered instead.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable

from ctdc_desktop.core.words.spellings import spelling_key


def find_column(columns: Iterable[object], name: str) -> str | None:
    """The export's column for `name`: the same name, else the only one equal to it but for case, accents and
    punctuation; None when there is none, or several (then the user must choose)."""
    names = [str(c) for c in columns]
    if name in names:
        return name
    key = spelling_key(name)
    same = [c for c in names if spelling_key(c) == key]
    return same[0] if len(same) == 1 else None


def closest_columns(columns: Iterable[object], name: str, most: int = 3) -> list[str]:
    """Up to `most` column names that look most like `name` (by their spelling keys), best first."""
    names = [str(c) for c in columns]
    keys = {spelling_key(c): c for c in names}
    near = difflib.get_close_matches(spelling_key(name), list(keys), n=most, cutoff=0.5)
    return [keys[k] for k in near]
