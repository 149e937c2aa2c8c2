"""The shipped word lists (resources/recode/lexicon/*.toml) and how a text is matched against them.

Each file lists concepts (``recruiter``, ``sex``, ``forced_labour``...) with phrases in English, French, Spanish and
Portuguese, and optionally exact field codes (``prs_Gender``). A phrase matches a text when each of its words is a
word of the text, in any order, other words allowed; a word ending in ``*`` matches every word that begins with it
(``recrut*`` covers recruteur, recrutement, recrutou). Texts and phrases are compared by their spelling keys: case
folded, accents dropped, punctuation read as a space; field codes are also cut at their capitals
(``perp_RoleRecruiter`` -> perp role recruiter).
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache, lru_cache

from ctdc_desktop.core.words.spellings import spelling_key
from ctdc_desktop.resources import resource_path

LANGUAGES = ("en", "fr", "es", "pt")
CODE_STRENGTH = 9  # an exact field code says more than any phrase
_CAPITAL = re.compile(r"(?<=[a-z])(?=[A-Z])")


def words_of(text: str) -> tuple[str, ...]:
    """The words of a column name or a cell, as phrases are matched against them."""
    return tuple(spelling_key(_CAPITAL.sub(" ", text)).split())


@dataclass(frozen=True)
class Phrase:
    words: tuple[str, ...]  # spelling keys; a trailing "*" marks a stem

    def matches(self, words: tuple[str, ...]) -> bool:
        if all(len(word) == 1 for word in self.words):
            # Letters alone ("F", "S/D", "N/A") are codes: they speak only as the whole text, never as the stray
            # letters of a longer one ("Ami d'n ami" is no "n/d").
            return set(words) == set(self.words)
        return all(_word_in(word, words) for word in self.words)

    @property
    def text(self) -> str:
        return " ".join(self.words)


def _word_in(wanted: str, words: tuple[str, ...]) -> bool:
    if wanted.endswith("*"):
        stem = wanted[:-1]
        return any(word.startswith(stem) for word in words)
    return wanted in words


@dataclass(frozen=True)
class Match:
    concept: str
    strength: int  # how many words of the text the phrase accounts for (CODE_STRENGTH for a field code)
    phrase: str  # the phrase (or code) that matched, for the reason shown to the user


@dataclass(frozen=True)
class Lexicon:
    name: str
    phrases: Mapping[str, tuple[Phrase, ...]]  # concept -> its phrases, all languages
    codes: Mapping[str, str]  # spelling key of a field code -> concept

    @property
    def concepts(self) -> tuple[str, ...]:
        return tuple(self.phrases)

    def matches(self, text: str) -> list[Match]:
        """Every concept the text speaks of, with its strongest phrase; strongest first."""
        code = self.codes.get(spelling_key(text))
        found: dict[str, Match] = {}
        if code is not None:
            found[code] = Match(code, CODE_STRENGTH, text)
        words = words_of(text)
        if not words:
            return list(found.values())
        for concept, phrases in self.phrases.items():
            if concept in found:
                continue
            best: Phrase | None = None
            for phrase in phrases:
                if phrase.matches(words) and (best is None or len(phrase.words) > len(best.words)):
                    best = phrase
            if best is not None:
                found[concept] = Match(concept, len(best.words), best.text)
        return sorted(found.values(), key=lambda m: -m.strength)

    def best(self, text: str) -> list[Match]:
        """The strongest matches only (several when two concepts tie: the text is ambiguous)."""
        return list(_best(self.name, text))

    def _best(self, text: str) -> tuple[Match, ...]:
        matches = self.matches(text)
        if not matches:
            return ()
        top = matches[0].strength
        return tuple(m for m in matches if m.strength == top)


@lru_cache(maxsize=200_000)
def _best(name: str, text: str) -> tuple[Match, ...]:
    # The proposer asks about the same few hundred values once per variable; a word list is read once per value.
    return lexicon(name)._best(text)


@cache
def lexicon(name: str) -> Lexicon:
    """One shipped word list, resources/recode/lexicon/<name>.toml; an empty one when the file is not there."""
    path = resource_path("recode", "lexicon", f"{name}.toml")
    if not path.is_file():
        return Lexicon(name, {}, {})
    with path.open("rb") as stream:
        tables = tomllib.load(stream)
    phrases: dict[str, tuple[Phrase, ...]] = {}
    codes: dict[str, str] = {}
    for concept, table in tables.items():
        if not isinstance(table, dict) or concept.startswith("_"):
            continue
        found: list[Phrase] = []
        for language in LANGUAGES:
            for text in table.get(language, []):
                words = _joined_stems(tuple(_phrase_word(w) for w in str(text).split()))
                if words:
                    found.append(Phrase(words))
        phrases[concept] = tuple(dict.fromkeys(found))
        for code in table.get("codes", []):
            codes[spelling_key(str(code))] = concept
    return Lexicon(name, phrases, codes)


def _phrase_word(raw: str) -> str:
    star = raw.endswith("*")
    key = spelling_key(raw.rstrip("*"))
    return f"{key}*" if star and key else key


def _joined_stems(words: tuple[str, ...]) -> tuple[str, ...]:
    # spelling_key may cut a word with punctuation in two ("l'exploitation" -> "l exploitation"); keep each part.
    return tuple(part for word in words for part in word.split())
