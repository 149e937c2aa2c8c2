"""Identifying spans inside free text: e-mails, phone numbers, ID numbers, person names, addresses and places.

Model-free on purpose: patterns for what has a shape (e-mails, numbers, street addresses), the shipped name lists
plus cue words ("Mr", "nommée", "llamado") for names. Every rule can be explained and each runs at C speed over
all the notes of a column joined into one string, which is what makes a 100,000-row export take seconds.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum

import numpy as np
import pandas as pd
import phonenumbers

from ctdc_desktop.core.identifiers.name_lists import NameLists, load_name_lists, normal
from ctdc_desktop.core.identifiers.value_patterns import DATE
from ctdc_desktop.core.progress import NO_PROGRESS, Progress, check_cancelled
from ctdc_desktop.core.translation import QT_TRANSLATE_NOOP, translate

EXAMPLES_PER_KIND = 3
# Cells are joined with a character no pattern can cross (NUL is neither a word character nor a space).
_JOIN = "\x00"


class SpanKind(Enum):
    EMAIL = QT_TRANSLATE_NOOP("SpanKind", "e-mail")
    PHONE = QT_TRANSLATE_NOOP("SpanKind", "phone number")
    ID_NUMBER = QT_TRANSLATE_NOOP("SpanKind", "ID number")
    PERSON_NAME = QT_TRANSLATE_NOOP("SpanKind", "person name")
    ADDRESS = QT_TRANSLATE_NOOP("SpanKind", "address")
    PLACE = QT_TRANSLATE_NOOP("SpanKind", "place")

    @property
    def label(self) -> str:
        """The kind in the user's language, for the window."""
        return translate("SpanKind", self.value)

    @property
    def placeholder(self) -> str:
        # English whatever the window's language: it is written into the released data, which must not depend on
        # who ran the tool.
        return f"[{self.value}]"


@dataclass(frozen=True)
class Span:
    kind: SpanKind
    start: int
    end: int


@dataclass(frozen=True)
class SpanExample:
    """One matched span: `row` is the record's position in the table, `start`/`end` are offsets in `text`."""

    kind: SpanKind
    row: int
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class SpanSummary:
    """Spans found in the notes read. `cells_scanned` < `cells_total` when a long column was read in part."""

    cells_total: int
    cells_scanned: int
    cells_with_spans: int
    counts: tuple[tuple[SpanKind, int], ...]  # spans found per kind, every kind listed
    examples: tuple[SpanExample, ...]  # at most EXAMPLES_PER_KIND per kind

    def count(self, kind: SpanKind) -> int:
        return dict(self.counts).get(kind, 0)

    @property
    def total(self) -> int:
        return sum(n for _, n in self.counts)


# The look-behind makes the engine try each run of word characters once, not from every letter in it.
def _any_case(alternatives: str) -> str:
    """`rue|calle` → `(?:[rR]ue|RUE|[cC]alle|CALLE)`: Python's re skips ahead fast on a case-sensitive first letter,
    and crawls on a case-insensitive alternation (measured 5x on notes)."""
    out = []
    for word in alternatives.split("|"):
        head = word[0]
        rest = word[1:]
        if head.isalpha() and head.lower() != head.upper():
            out.append(f"[{head.lower()}{head.upper()}]{rest}")
            upper = word.upper()
            if upper != word and "[" not in word and "\\" not in word:
                out.append(re.escape(upper) if "." not in word else upper)
        else:
            out.append(word)
    return "(?:" + "|".join(out) + ")"


_EMAIL = re.compile(r"(?<![\w.+'\-])[\w.+'\-]+@[\w\-]+(?:\.[\w\-]+)*\.[A-Za-z]{2,}")
_ID_WORDS = (
    r"passport|passeport|pasaporte|passaporte|паспорт|ID|I\.D\.|DNI|NIE|CNI|NIN|NID|CURP|RUT|CPF|c[ée]dula|"
    r"carte d'identit[ée]|carte nationale|identity card|identity number|national id|document|documento|"
    r"permis|permit|visa|id card|identificaci[oó]n|identit[ée]|identidad"
)
# An ID number after a word that announces one: "passport AB123456", "DNI n° 12.345.678-Z", "numéro de passeport est
# le 09AB12345". Up to 25 characters that are not digits may stand between the word and the number.
_ID_AFTER_WORD = re.compile(
    r"(?<!\w)" + _any_case(_ID_WORDS) + r"(?![\w])[^\d\x00\n]{0,25}?"
    r"(?P<code>(?=[A-Za-zА-ЯІЇЄҐ0-9.\- ]*\d)[A-ZА-ЯІЇЄҐ0-9](?:[A-ZА-ЯІЇЄҐ0-9]|[.\- ](?=[A-ZА-ЯІЇЄҐ0-9])){4,20})"
)
# ID-like codes without a cue word: letters and digits in one token ("AB1234567", "X1234567Z"), or a code in dashes
# such as "IOM-PHL-2019-00042".
_ID_CODE = re.compile(
    r"(?<![\w\-])(?:(?=[A-Z0-9]{6,14}(?![\w\-]))(?=[A-Z]*\d)(?=\d*[A-Z])[A-Z0-9]*\d[A-Z0-9]*\d[A-Z0-9]*"
    r"|[A-Z]{2,6}(?:-[A-Z0-9]{2,8}){1,4}-\d{2,8})(?![\w\-])"
)
_PHONE = re.compile(
    r"(?<![\w+\-/.])(?:\+|00)?\(?\d[\d \t().\-/]{5,22}\d(?:\s*(?:x|ext\.?|poste)\s*\d{1,6})?(?![\w\-/])"
)
_PHONE_WORDS = re.compile(
    r"(?i:tel|phone|t[ée]l[ée]phone|tel[ée]fono|m[oó]vil|mobile|portable|celular|whatsapp|viber|telegram|call|"
    r"appel|llam|contact|n[uú]mero|num[ée]ro|number|cell|gsm|тел|номер)"
)
# A GPS position: a "lat, lon" pair, or one coordinate with four decimals or more after a word that announces it
# (checked in `find_spans`, so that the pattern starts on digits only).
_COORDINATES = re.compile(r"(?<![\d.])[+-]?\d{1,3}\.\d{4,}(?P<pair>,\s*[+-]?\d{1,3}\.\d{4,})?(?![\d.])")
_COORDINATE_WORD = re.compile(r"(?i:lat|lon|lng|gps|coord)\w*[\s:=]*$")
_YEAR_RANGE = re.compile(r"^(19|20)\d{2}\s*[-/–]\s*(19|20)\d{2}$")
_STREET = (
    r"rue|avenue|av\.?|bd|boulevard|chemin|all[ée]e|impasse|place|quai|route|calle|c/|avenida|avda\.?|carrera|"
    r"camino|paseo|plaza|pasaje|callej[oó]n|rua|travessa|street|st\.?|road|rd\.?|lane|ln\.?|drive|dr\.?|way|"
    r"court|ct\.?|terrace|close|crescent|highway|hwy|вул\.?|вулиця|провулок|просп\.?|проспект|ул\.?|улица|"
    r"пер\.?|переулок|شارع|ถนน|ซอย|मार्ग|रोड|bulevardul|strada|str\.|calea|soseaua|ulica|ul\."
)
# The name after a street word: articles, one word, and up to two more capitalised words ("de la Paix",
# "Victor Hugo"); it stops at the next lower-case word ("à Lyon", "chez Maria").
_STREET_NAME = (
    r"\s+(?:(?:de|du|des|la|le|del|los|las|d'|l')\s*){0,2}[^\s\x00,.;]+(?:\s+[A-ZÀ-ÞА-ЯІЇЄ0-9][^\s\x00,.;]*){0,2}"
)
_ADDRESS = re.compile(
    # "12 rue de la Paix", "461 Martinez Shoals Apt. 859", "2475 34th Road"
    r"(?<![\w\-])\d{1,5}[A-Za-z]?,?\s+(?:"
    + _any_case(_STREET)
    + _STREET_NAME
    + r"|(?:[A-Z0-9][\w'\-]*\s+){1,3}"
    + _any_case(
        _STREET + "|shoals|crossing|hills?|park|square|ridge|plains|harbor|harbour|gardens|heights|village|view|"
        "points?|ramp|pass|grove|mill|spring|springs|centre|center"
    )
    + r"\b(?:\.?\s*(?i:apt|suite|unit|room|flat|bldg)\.?\s*\d+)?)"
    # "calle Mayor 12", "Avenida Reforma 222", "вул. Шевченка, 12", "provulok ..., буд. 10 кв. 2"
    r"|(?<![\w])"
    + _any_case(_STREET)
    + r"\s+[^\x00\n\d,;]{2,40}?,?\s*(?:(?i:n[°º]|no\.?|num\.?|буд\.?|д\.?)\s*)?\d{1,5}"
    r"(?:\s*(?i:кв\.?|apt\.?|piso|bis|ter)\s*\d*)?"
)
# "Bulevardul Albu", "rue Victor Hugo": a street word that cannot be anything else, then capitalised words.
_STREET_NAMED = re.compile(
    r"(?<![\w])"
    + _any_case("rue|calle|avenida|avenue|boulevard|bulevardul|strada|stra[ßs]e|ulica|вулиця|улица|شارع")
    + r"\s+(?:(?:de|del|de la|du|des|la|le)\s+)?[A-ZÀ-ÞА-ЯІЇЄ][\w'\-]+(?:\s+[A-ZÀ-ÞА-ЯІЇЄ][\w'\-]+){0,3}"
)
# A word just before a run of capitalised words that makes it a person's name even when the name is not in our lists.
_CUE_WORDS = frozenset(
    """
    mr mrs ms miss dr mme mlle m sr sra srta don doña dona sig herr frau named called nicknamed alias aka
    nommé nommée appelé appelée prénommé prénommée surnommé surnommée dit dite llamado llamada apodado apodada
    chamado chamada имени ім'я зовут звати господин пан пані السيد السيدة नाम श्री श्रीमती คุณ นาย นาง นางสาว
    sister brother mother father aunt uncle cousin wife husband daughter friend neighbour neighbor recruiter
    hermana hermano madre padre tía tío prima primo amiga amigo esposa esposo hija hijo vecino vecina reclutador
    sœur soeur frère frere mère mere père pere tante oncle cousine amie mari fille voisin voisine recruteur
    """.split()  # noqa: SIM905
)
_CUE_PAIRS = frozenset({"known as", "se llama", "s'appelle", "de nombre", "conocido como", "conocida como"})


def _cued(text: str, start: int) -> bool:
    """True when the word (or two words) just before `start` announce a person's name ("Mr", "llamada", "known as")."""
    words = text[max(0, start - 30) : start].replace("\x00", "\n").split("\n")[-1].split()
    if not words:
        return False
    last = words[-1].rstrip(".:,").casefold()
    return last in _CUE_WORDS or (len(words) >= 2 and f"{words[-2].casefold()} {last}" in _CUE_PAIRS)


# Words: a letter, then letters and combining marks (Devanagari and Thai vowel signs are marks, not letters).
# Only words that do not start with a lower-case letter can be names; the pattern skips the others at C speed.
# The first character is tested before the look-behind (no letter just before it): 4x faster than the other order.
_NAME_WORD = re.compile(r"[^\W\d_a-zß-öø-ÿа-џα-ω](?<![^\W\d_].)[^\s\d\x00!-&(-/:-@\[-`{-~«»“”„…،؛؟।॥]*")


def _phone_is_plausible(text: str, announced: bool) -> bool:
    digits = sum(c.isdigit() for c in text.split("x")[0])
    if not 7 <= digits <= 15 or DATE.match(text) or _YEAR_RANGE.match(text) or re.fullmatch(r"\d{1,3}[.,]\d+", text):
        return False  # a date, "2016-2017", a decimal such as a coordinate
    if not announced and re.fullmatch(r"\d{1,3}(?:[ ,.]\d{3})+(?:[.,]\d{2})?", text):
        return False  # an amount such as "1 500 000", unless a phone word comes just before
    if text.startswith(("+", "00")):
        # The country code must be one libphonenumber knows (its table, not a full parse: that costs 0.25 ms).
        digits_only = "".join(c for c in text[1 if text[0] == "+" else 2 :] if c.isdigit())
        return any(int(digits_only[:n] or 0) in phonenumbers.COUNTRY_CODE_TO_REGION_CODE for n in (1, 2, 3))
    return True


def find_spans(text: str, lists: NameLists | None = None) -> list[Span]:
    """Every identifying span in `text`, without overlaps, in order of position."""
    lists = lists or load_name_lists()
    spans: list[Span] = []
    taken = bytearray(len(text) + 1)

    def add(kind: SpanKind, start: int, end: int) -> None:
        if end > start and taken.find(1, start, end) == -1:
            taken[start:end] = b"\x01" * (end - start)
            spans.append(Span(kind, start, end))

    for match in _EMAIL.finditer(text):
        add(SpanKind.EMAIL, match.start(), match.end())
    for match in _ID_AFTER_WORD.finditer(text):
        code = match.group("code").rstrip(" .-")
        if sum(c.isdigit() for c in code) >= 4:
            add(SpanKind.ID_NUMBER, match.start("code"), match.start("code") + len(code))
    for match in _ID_CODE.finditer(text):
        add(SpanKind.ID_NUMBER, match.start(), match.end())
    for pattern in (_ADDRESS, _STREET_NAMED):
        for match in pattern.finditer(text):
            add(SpanKind.ADDRESS, match.start(), match.end())
    for match in _COORDINATES.finditer(text):
        if match.group("pair") or _COORDINATE_WORD.search(text, max(0, match.start() - 20), match.start()):
            add(SpanKind.PLACE, match.start(), match.end())
    for match in _PHONE.finditer(text):
        raw = match.group()
        candidate = raw.rstrip(" \t.-/(").lstrip(" \t.-/")
        if candidate.count("(") != candidate.count(")"):
            candidate = candidate.strip("()")
        start = match.start() + raw.index(candidate[0])
        before = text[max(0, start - 25) : start]
        announced = bool(_PHONE_WORDS.search(re.split(r"\d", before)[-1]))  # no other number in between
        if not _phone_is_plausible(candidate, announced):
            continue
        if candidate.isdigit() and not candidate.startswith("0"):
            # A bare run of digits: a phone number if a phone word is near, else an ID number.
            kind = SpanKind.PHONE if announced else SpanKind.ID_NUMBER
            add(kind, start, start + len(candidate))
        else:
            add(SpanKind.PHONE, start, start + len(candidate))
    _find_names_and_places(text, lists, add)
    spans.sort(key=lambda s: s.start)
    return spans


def _sentence_start(text: str, start: int) -> bool:
    before = text[max(0, start - 3) : start].rstrip(" ")
    return not before or before[-1] in ".!?\n\x00:;"


def _full_name_shape(text: str, run: list[tuple[int, int, str]], keys: list[str], lists: NameLists) -> bool:
    """Two or three capitalised words in the middle of a sentence, none a common word, not all towns: a full name,
    known or not ("... says Xiomara Quintero drove ..."). Only in scripts with
    capitals; an organisation's name ("Red Cross") may be caught too, which for redaction errs on the safe side."""
    if not 2 <= len(run) <= 3 or _sentence_start(text, run[0][0]):
        return False
    if not all(word[0].isupper() and word[1:].islower() for _, _, word in run):
        return False  # "UN", "IOM", "USD": acronyms are not names
    if any(k in lists.common or k in lists.countries for k in keys) or " ".join(keys) in lists.countries:
        return False
    # Surnames are often towns too ("Horton"): only a run made of town names alone is a place.
    return not all(k in lists.places for k in keys)


def _find_names_and_places(text: str, lists: NameLists, add: Callable[[SpanKind, int, int], None]) -> None:
    """Runs of capitalised (or uncased-script) words next to each other: a name if one of them is a known name, or if
    a cue word stands before the run; a place if the word (or two words) is a known town."""
    first, last, places = lists.first, lists.last, lists.places
    runs: list[list[tuple[int, int, str]]] = []
    current: list[tuple[int, int, str]] = []
    for match in _NAME_WORD.finditer(text):
        word = match.group()
        start = match.start()
        if word[0].islower() or len(word) < 2:
            if current:
                runs.append(current)
                current = []
            continue
        if current and not (start - current[-1][1] == 1 and text[start - 1] in " -"):
            runs.append(current)
            current = []
        current.append((start, match.end(), word))
    if current:
        runs.append(current)
    common = lists.common
    for whole_run in runs:
        # A title or a relation word at the head of the run ("Cousin Océane Gomez", "Mme Diallo") is not part of
        # the name but announces one.
        run = whole_run
        head_cue = False
        while len(run) > 1 and normal(run[0][2]) in _CUE_WORDS:
            run, head_cue = run[1:], True
        keys = [normal(w) for _, _, w in run]
        if " ".join(keys) in lists.countries:
            continue  # "Hong Kong", "Chad": a country is a category, not a person or a place that locates one
        known = [k in first or k in last for k in keys]
        strong = [kn and k not in common for k, kn in zip(keys, known, strict=True)]
        is_first = [k in first for k in keys]
        cued = head_cue or _cued(text, run[0][0])
        if len(run) == 1:
            key = keys[0]
            if cued or (is_first[0] and strong[0]):
                add(SpanKind.PERSON_NAME, run[0][0], run[0][1])  # "Florin" is a town too, but a person first
            elif key in places:
                add(SpanKind.PLACE, run[0][0], run[0][1])
            continue
        if len(run) == 2 and " ".join(keys) in places and not cued:
            add(SpanKind.PLACE, run[0][0], run[1][1])
            continue
        if cued:
            end = min(len(run), 4)
            add(SpanKind.PERSON_NAME, run[0][0], run[end - 1][1])
            continue
        # Within a longer run ("Recruiter Maria Lopez Garcia"), the name is the stretch around the known names;
        # it needs one name that is not also a common word ("Will", "May").
        positions = [i for i, k in enumerate(known) if k]
        if _full_name_shape(text, run, keys, lists):
            add(SpanKind.PERSON_NAME, run[0][0], run[-1][1])
            continue
        if not any(strong):
            for (s, e, _w), key in zip(run, keys, strict=True):
                if key in places:
                    add(SpanKind.PLACE, s, e)
            continue
        lo, hi = positions[0], positions[-1]
        if lo < hi and not is_first[lo] and _sentence_start(text, run[lo][0]):
            lo += 1  # "Sister Maria Lopez": a capitalised first word that is only a rare surname starts a sentence
        if hi + 1 < len(run) and is_first[hi]:
            hi += 1  # a first name followed by an unknown capitalised word: its surname
        if lo == hi and not is_first[lo]:
            if keys[lo] in places:
                add(SpanKind.PLACE, run[lo][0], run[lo][1])
            continue  # one known surname among other capitalised words ("Grand Hotel Stone") is not enough
        add(SpanKind.PERSON_NAME, run[lo][0], run[hi][1])


def _unique_cells(cells: Sequence[object] | pd.Series) -> tuple[list[str], np.ndarray, np.ndarray]:
    """Distinct non-empty texts, how many cells hold each, and the first position of each."""
    series = cells if isinstance(cells, pd.Series) else pd.Series(list(cells), dtype=object)
    if isinstance(series.dtype, pd.CategoricalDtype):
        codes = np.asarray(series.cat.codes.to_numpy(), dtype=np.int64)
        uniques = [c if isinstance(c, str) else str(c) for c in series.cat.categories.tolist()]
    else:
        codes_, found = pd.factorize(series.astype(object).where(series.notna(), None).to_numpy(dtype=object))
        codes = np.asarray(codes_, dtype=np.int64)
        uniques = [str(u) for u in found]
    counts = np.bincount(codes[codes >= 0], minlength=len(uniques)).astype(np.int64)
    first_position = np.full(len(uniques), -1, dtype=np.int64)
    positions = np.flatnonzero(codes >= 0)
    if len(positions):
        reversed_positions = positions[::-1]
        first_position[codes[reversed_positions]] = reversed_positions
    used = np.flatnonzero(counts > 0).tolist()
    return [uniques[i] for i in used], counts[used], first_position[used]


def scan_cells(
    cells: Sequence[object] | pd.Series,
    lists: NameLists | None = None,
    progress: Progress = NO_PROGRESS,
    limit: int | None = None,
    chunk_chars: int = 500_000,
) -> SpanSummary:
    """Count identifying spans in a column of notes (each distinct note read once) and keep a few examples.

    With `limit`, at most that many distinct notes are read, spread evenly over the column: enough to show the
    caseworker what the notes hold (the column is flagged as free text whatever they hold).
    """
    lists = lists or load_name_lists()
    uniques, counts, first_position = _unique_cells(cells)
    cells_total = int(counts.sum())
    if limit is not None and len(uniques) > limit:
        chosen = np.linspace(0, len(uniques) - 1, limit).round().astype(np.int64)
        uniques = [uniques[i] for i in chosen]
        counts, first_position = counts[chosen], first_position[chosen]
    totals = dict.fromkeys(SpanKind, 0)
    examples: dict[SpanKind, list[SpanExample]] = {k: [] for k in SpanKind}
    cells_with = 0
    i = 0
    while i < len(uniques):
        check_cancelled(progress)
        # Join distinct notes in chunks: the patterns run once over each chunk at C speed.
        j, size = i, 0
        while j < len(uniques) and (size < chunk_chars or j == i):
            size += len(uniques[j]) + 1
            j += 1
        batch = uniques[i:j]
        joined = _JOIN.join(batch)
        starts = np.cumsum([0] + [len(t) + 1 for t in batch[:-1]])
        spans = find_spans(joined, lists)
        hit_cells: set[int] = set()
        for span in spans:
            local = int(np.searchsorted(starts, span.start, side="right")) - 1
            cell = i + local
            totals[span.kind] += int(counts[cell])
            hit_cells.add(cell)
            if len(examples[span.kind]) < EXAMPLES_PER_KIND:
                offset = int(starts[local])
                examples[span.kind].append(
                    SpanExample(
                        span.kind, int(first_position[cell]), uniques[cell], span.start - offset, span.end - offset
                    )
                )
        cells_with += int(sum(int(counts[c]) for c in hit_cells))
        progress.report(j, len(uniques), translate("Identifiers", "Reading notes"))
        i = j
    return SpanSummary(
        cells_total=cells_total,
        cells_scanned=int(counts.sum()),
        cells_with_spans=cells_with,
        counts=tuple((k, totals[k]) for k in SpanKind),
        examples=tuple(e for k in SpanKind for e in examples[k]),
    )


def redact(text: str, lists: NameLists | None = None) -> str:
    """`text` with every identifying span replaced by its kind in brackets ("call [phone number]")."""
    out: list[str] = []
    at = 0
    for span in find_spans(text, lists):
        out.append(text[at : span.start])
        out.append(span.kind.placeholder)
        at = span.end
    out.append(text[at:])
    return "".join(out)
