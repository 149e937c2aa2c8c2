"""Identifying spans inside free text: e-mails, phone numbers, ID numbers, person names, addresses and places.

Model-free on purpose: patterns for what has a shape (e-mails, numbers, street addresses), the shipped name lists
plus cue words ("Mr", "nommée", "llamado") for names. Every rule can be explained and each runs at C speed over
all the notes of a column joined into one string, which is what makes a 100,000-row export take seconds.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

import numpy as np
import pandas as pd
import phonenumbers

from ctdc_desktop.core.identifiers.name_lists import NameLists, load_name_lists, normal
from ctdc_desktop.core.identifiers.value_patterns import DATE
from ctdc_desktop.core.progress import NO_PROGRESS, Progress, check_cancelled

EXAMPLES_PER_KIND = 3
# Cells are joined with a character no pattern can cross (NUL is neither a word character nor a space).
_JOIN = "\x00"


class SpanKind(Enum):
    EMAIL = "e-mail"
    PHONE = "phone number"
    ID_NUMBER = "ID number"
    PERSON_NAME = "person name"
    ADDRESS = "address"
    PLACE = "place"

    @property
    def placeholder(self) -> str:
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
    cells_scanned: int
    cells_with_spans: int
    counts: tuple[tuple[SpanKind, int], ...]  # spans found per kind, every kind listed
    examples: tuple[SpanExample, ...]  # at most EXAMPLES_PER_KIND per kind

    def count(self, kind: SpanKind) -> int:
        return dict(self.counts).get(kind, 0)

    @property
    def total(self) -> int:
        return sum(n for _, n in self.counts)


_EMAIL = re.compile(r"[\w.+'\-]+@[\w\-]+(?:\.[\w\-]+)*\.[A-Za-z]{2,}")
_ID_WORDS = (
    r"passport|passeport|pasaporte|passaporte|паспорт|ID|I\.D\.|DNI|NIE|CNI|NIN|NID|CURP|RUT|CPF|c[ée]dula|"
    r"carte d'identit[ée]|carte nationale|identity card|identity number|national id|document|documento|"
    r"permis|permit|visa|id card|identificaci[oó]n|identit[ée]|identidad"
)
# An ID number after a word that announces one: "passport AB123456", "DNI n° 12.345.678-Z", "numéro de passeport est
# le 09AB12345". Up to 25 characters that are not digits may stand between the word and the number.
_ID_AFTER_WORD = re.compile(
    r"(?i:\b(?:" + _ID_WORDS + r"))(?![\w])[^\d\x00\n]{0,25}?"
    r"(?P<code>(?=[A-Za-z0-9.\- ]*\d)[A-Z0-9](?:[A-Z0-9]|[.\- ](?=[A-Z0-9])){4,20})"
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
# A GPS position: a "lat, lon" pair, or one coordinate with four decimals or more after a word that announces it.
_COORDINATES = re.compile(
    r"(?<![\d.])(?P<at>[+-]?\d{1,2}\.\d{4,},\s*[+-]?\d{1,3}\.\d{4,})(?![\d.])"
    r"|(?i:\b(?:lat|lon|lng|gps|latitude|longitude|coord)\w*[:=\s]\s*)(?P<at2>[+-]?\d{1,3}\.\d{4,}(?:,\s*[+-]?\d{1,3}\.\d{4,})?)(?![\d.])"
)
_YEAR_RANGE = re.compile(r"^(19|20)\d{2}\s*[-/–]\s*(19|20)\d{2}$")
_STREET = (
    r"rue|avenue|av\.?|bd|boulevard|chemin|all[ée]e|impasse|place|quai|route|calle|c/|avenida|avda\.?|carrera|"
    r"camino|paseo|plaza|pasaje|callej[oó]n|rua|travessa|street|st\.?|road|rd\.?|lane|ln\.?|drive|dr\.?|way|"
    r"court|ct\.?|terrace|close|crescent|highway|hwy|вул\.?|вулиця|провулок|просп\.?|проспект|ул\.?|улица|"
    r"пер\.?|переулок|شارع|ถนน|ซอย|मार्ग|रोड|bulevardul|strada|str\.|calea|soseaua|ulica|ul\."
)
_ADDRESS = re.compile(
    # "12 rue de la Paix", "461 Martinez Shoals Apt. 859", "2475 34th Road"
    r"(?<![\w\-])\d{1,5}[A-Za-z]?,?\s+(?:(?i:" + _STREET + r")\s+[^\x00\n,.;]{2,40}"
    r"|(?:[A-Z0-9][\w'\-]*\s+){1,3}(?i:" + _STREET + r"|shoals|crossing|hills?|park|square|ridge|plains|"
    r"harbor|harbour|gardens|heights|village|view|points?|ramp|pass|grove|mill|spring|springs|centre|center)\b"
    r"(?:\.?\s*(?i:apt|suite|unit|room|flat|bldg)\.?\s*\d+)?)"
    # "Bulevardul Albu", "rue Victor Hugo": a street word that cannot be anything else, then capitalised words
    r"|(?<![\w])(?i:rue|calle|avenida|avenue|boulevard|bulevardul|strada|stra[ßs]e|ulica|вулиця|улица|شارع)"
    r"\s+(?:(?:de|del|de la|du|des|la|le)\s+)?[A-ZÀ-ÞА-ЯІЇЄ][\w'\-]+(?:\s+[A-ZÀ-ÞА-ЯІЇЄ][\w'\-]+){0,3}"
    # "calle Mayor 12", "Avenida Reforma 222", "вул. Шевченка, 12", "provulok ..., буд. 10 кв. 2"
    r"|(?<![\w])(?i:" + _STREET + r")\s+[^\x00\n\d,;]{2,40}?,?\s*(?:(?i:n[°º]|no\.?|num\.?|буд\.?|д\.?)\s*)?\d{1,5}"
    r"(?:\s*(?i:кв\.?|apt\.?|piso|bis|ter)\s*\d*)?"
)
# A word just before a run of capitalised words that makes it a person's name even when the name is not in our lists.
_NAME_CUE = re.compile(
    r"(?i:\b(?:mr|mrs|ms|miss|dr|mme|mlle|m|sr|sra|srta|don|doña|dona|sig|herr|frau|named|called|nicknamed|"
    r"known as|alias|aka|nommée?|appelée?|prénommée?|surnommée?|dit|dite|s'appelle|llamad[oa]|se llama|"
    r"apodad[oa]|de nombre|conocid[oa] como|chamad[oa]|имени|ім'я|зовут|звати|господин|пан|пані|السيد|السيدة|"
    r"नाम|श्री|श्रीमती|คุณ|นาย|นาง|นางสาว))\.?[\s:]+$"
)
# Words: a letter, then letters and combining marks (Devanagari and Thai vowel signs are marks, not letters).
_WORD = re.compile(r"[^\W\d_][^\s\d\x00!-&(-/:-@\[-`{-~«»“”„…،؛؟।॥]*")
_CASED_LOWER = re.compile(r"[a-zß-öø-ÿа-џα-ω]")


def _phone_is_plausible(text: str, announced: bool) -> bool:
    digits = sum(c.isdigit() for c in text.split("x")[0])
    if not 7 <= digits <= 15 or DATE.match(text) or _YEAR_RANGE.match(text) or re.fullmatch(r"\d{1,3}[.,]\d+", text):
        return False  # a date, "2016-2017", a decimal such as a coordinate
    if not announced and re.fullmatch(r"\d{1,3}(?:[ ,.]\d{3})+(?:[.,]\d{2})?", text):
        return False  # an amount such as "1 500 000", unless a phone word comes just before
    try:
        phonenumbers.parse(text, None if text.startswith("+") else "US")
    except phonenumbers.NumberParseException:
        return False
    return True


def _overlaps(taken: np.ndarray, start: int, end: int) -> bool:
    return bool(taken[start:end].any())


def find_spans(text: str, lists: NameLists | None = None) -> list[Span]:
    """Every identifying span in `text`, without overlaps, in order of position."""
    lists = lists or load_name_lists()
    spans: list[Span] = []
    taken = np.zeros(len(text) + 1, dtype=bool)

    def add(kind: SpanKind, start: int, end: int) -> None:
        if end > start and not _overlaps(taken, start, end):
            taken[start:end] = True
            spans.append(Span(kind, start, end))

    for match in _EMAIL.finditer(text):
        add(SpanKind.EMAIL, match.start(), match.end())
    for match in _ID_AFTER_WORD.finditer(text):
        code = match.group("code").rstrip(" .-")
        if sum(c.isdigit() for c in code) >= 4:
            add(SpanKind.ID_NUMBER, match.start("code"), match.start("code") + len(code))
    for match in _ID_CODE.finditer(text):
        add(SpanKind.ID_NUMBER, match.start(), match.end())
    for match in _ADDRESS.finditer(text):
        add(SpanKind.ADDRESS, match.start(), match.end())
    for match in _COORDINATES.finditer(text):
        group = "at" if match.group("at") else "at2"
        add(SpanKind.PLACE, match.start(group), match.end(group))
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


def _find_names_and_places(text: str, lists: NameLists, add: object) -> None:
    """Runs of capitalised (or uncased-script) words next to each other: a name if one of them is a known name, or if
    a cue word stands before the run; a place if the word (or two words) is a known town."""
    first, last, places = lists.first, lists.last, lists.places
    runs: list[list[tuple[int, int, str]]] = []
    current: list[tuple[int, int, str]] = []
    for match in _WORD.finditer(text):
        word = match.group()
        start = match.start()
        if _CASED_LOWER.match(word) or len(word) < 2:
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
    assert callable(add)
    for run in runs:
        keys = [normal(w) for _, _, w in run]
        known = [k in first or k in last for k in keys]
        is_first = [k in first for k in keys]
        cued = bool(_NAME_CUE.search(text[max(0, run[0][0] - 25) : run[0][0]]))
        if len(run) == 1:
            key = keys[0]
            if cued or is_first[0]:
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
        # Within a longer run ("Recruiter Maria Lopez Garcia"), the name is the stretch around the known names.
        positions = [i for i, k in enumerate(known) if k]
        if not positions:
            for (s, e, _w), key in zip(run, keys, strict=True):
                if key in places:
                    add(SpanKind.PLACE, s, e)
            continue
        lo, hi = positions[0], positions[-1]
        if hi + 1 < len(run) and is_first[hi]:
            hi += 1  # a first name followed by an unknown capitalised word: its surname
        if lo == hi and not is_first[lo]:
            if keys[lo] in places:
                add(SpanKind.PLACE, run[lo][0], run[lo][1])
            continue  # one known surname among other capitalised words ("Grand Hotel Stone") is not enough
        add(SpanKind.PERSON_NAME, run[lo][0], run[hi][1])


def _unique_cells(cells: Sequence[object]) -> tuple[list[str], np.ndarray, np.ndarray]:
    """Distinct non-empty texts, how many cells hold each, and the first position of each."""
    series = pd.Series(list(cells) if not isinstance(cells, pd.Series) else cells, dtype=object)
    present = series.notna().to_numpy()
    positions = np.flatnonzero(present)
    texts = series[present].astype(str).to_numpy(dtype=object)
    codes, uniques = pd.factorize(texts)
    counts = np.bincount(codes, minlength=len(uniques)) if len(uniques) else np.zeros(0, dtype=np.int64)
    first_position = np.full(len(uniques), -1, dtype=np.int64)
    if len(codes):
        order = np.arange(len(codes))[::-1]
        first_position[codes[order]] = positions[order]
    return [str(u) for u in uniques], counts, first_position


def scan_cells(
    cells: Sequence[object], lists: NameLists | None = None, progress: Progress = NO_PROGRESS, chunk_chars: int = 2_000_000
) -> SpanSummary:
    """Count identifying spans in a column of notes (each distinct note read once) and keep a few examples."""
    lists = lists or load_name_lists()
    uniques, counts, first_position = _unique_cells(cells)
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
                    SpanExample(span.kind, int(first_position[cell]), uniques[cell], span.start - offset, span.end - offset)
                )
        cells_with += int(sum(int(counts[c]) for c in hit_cells))
        progress.report(j, len(uniques), "Reading notes")
        i = j
    return SpanSummary(
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
