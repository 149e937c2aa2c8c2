"""The first-name, last-name and place lists shipped in resources/names (see SOURCES.md there for what they hold)."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from ctdc_desktop.resources import resource_path


@dataclass(frozen=True)
class NameLists:
    first: frozenset[str]
    last: frozenset[str]
    places: frozenset[str]
    common: frozenset[str] = frozenset()  # names that are also common words ("will", "may"): weaker evidence
    countries: frozenset[str] = frozenset()  # "united arab emirates", and each word of such names

    def is_name(self, word: str) -> bool:
        key = normal(word)
        return key in self.first or key in self.last

    def without(self, names: frozenset[str]) -> NameLists:
        """The same lists less `names`: the benchmark measures how names we do not know are found."""
        return NameLists(self.first - names, self.last - names, self.places, self.common, self.countries)


def normal(word: str) -> str:
    return unicodedata.normalize("NFC", word).casefold()


def _read(file_name: str) -> frozenset[str]:
    path = resource_path("names", file_name)
    return frozenset(line for line in path.read_text(encoding="utf-8").splitlines() if line)


@lru_cache(maxsize=1)
def load_name_lists() -> NameLists:
    """Read once per process (about 0.1 s)."""
    countries = _read("countries.txt")
    # Each word of a country name of several words ("united", "emirates", "saudi") too: notes shorten them.
    country_words = frozenset(w for c in countries if " " in c for w in c.replace(",", " ").split() if len(w) > 3)
    return NameLists(
        _read("first_names.txt"),
        _read("last_names.txt"),
        _read("places.txt"),
        _read("common_words.txt"),
        countries | country_words,
    )
