"""How raw values are compared with the spellings a recipe or the shipped vocabularies list.

Exports write the same answer many ways (``Féminin``, ``feminin``, ``FÉMININ ``); comparing a "spelling key" (letter
case folded, accents dropped, punctuation read as a space, spaces collapsed) lets one listed spelling cover them all.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Mapping
from functools import cache
from types import MappingProxyType

from ctdc_desktop.resources import resource_path

_PUNCTUATION = re.compile(r"[\W_]+")  # anything not a letter or digit: "¿Reclutó?" is "reclutó"


def spelling_key(text: str) -> str:
    """``"  Époux/épouse "`` -> ``"epoux epouse"``: the form two spellings of one answer share."""
    if text.isascii():  # most values: nothing to decompose (and 100,000 birth dates pass here)
        key = _PUNCTUATION.sub(" ", text.casefold()).strip()
    else:
        decomposed = unicodedata.normalize("NFKD", text.casefold())
        bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
        key = _PUNCTUATION.sub(" ", bare).strip()
    return key or text.strip().casefold()  # a mark alone ("✓", "+") is its own key


def spelling_keys(values: list[str]) -> list[str]:
    """`spelling_key` of many values."""
    return [spelling_key(value) for value in values]


@cache
def vocabulary(name: str) -> Mapping[str, str]:
    """Spelling key -> codebook label for one shipped vocabulary of resources/recode/spellings.toml."""
    with resource_path("recode", "spellings.toml").open("rb") as stream:
        tables = tomllib.load(stream)
    table = tables.get(name)
    if not isinstance(table, dict):
        raise KeyError(f"no vocabulary {name!r} in spellings.toml")
    out: dict[str, str] = {}
    for label, spellings in table.items():
        for spelling in [label, *spellings]:
            key = spelling_key(str(spelling))
            if out.get(key, label) != label:
                raise ValueError(f"spellings.toml: {spelling!r} is listed under both {out[key]!r} and {label!r}")
            out[key] = str(label)
    return MappingProxyType(out)
