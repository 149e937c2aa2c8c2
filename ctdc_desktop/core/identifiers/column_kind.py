"""What kind of information a column holds, measured on its values, and the kind shown on the Load page.

Kinds follow their legend (`ColumnKind.explanation`) and nothing else: a column is "identifier-like" when its values
can point to one person (names, contact details, ID codes, precise positions, or a value of its own per record), a
"category" when a small set of values repeats (a 5-value region code, a country centroid's latitude repeated by
hundreds of records), a "date" when its values are dates, birth dates included.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

import numpy as np
import numpy.typing as npt

from ctdc_desktop.core.identifiers import value_patterns as vp
from ctdc_desktop.core.identifiers.column_names import IdentifierKind, NameSignal, read_column_name
from ctdc_desktop.core.identifiers.name_lists import NameLists, load_name_lists, normal
from ctdc_desktop.core.translation import QT_TRANSLATE_NOOP, translate


class ColumnKind(Enum):
    IDENTIFIER = QT_TRANSLATE_NOOP("ColumnKind", "identifier-like")
    FREE_TEXT = QT_TRANSLATE_NOOP("ColumnKind", "free text")
    CATEGORY = QT_TRANSLATE_NOOP("ColumnKind", "category")
    NUMBER = QT_TRANSLATE_NOOP("ColumnKind", "number")
    DATE = QT_TRANSLATE_NOOP("ColumnKind", "date")
    EMPTY = QT_TRANSLATE_NOOP("ColumnKind", "empty")

    @property
    def label(self) -> str:
        """The kind in the user's language (the scan command, which installs no language, prints English)."""
        return translate("ColumnKind", self.value)

    @property
    def explanation(self) -> str:
        """One line in plain words for the Load page and the scan command, in the user's language."""
        return translate("ColumnKind", _EXPLANATIONS[self])


# Marked for the catalogues here, translated when asked for (the language is chosen after this module is imported).
_EXPLANATIONS = {
    ColumnKind.IDENTIFIER: QT_TRANSLATE_NOOP(
        "ColumnKind",
        "Almost every record has its own value (names, phone numbers, case IDs): it can point to one person.",
    ),
    ColumnKind.FREE_TEXT: QT_TRANSLATE_NOOP(
        "ColumnKind", "Sentences written by hand, such as notes; they may hide names or contact details."
    ),
    ColumnKind.CATEGORY: QT_TRANSLATE_NOOP(
        "ColumnKind", "A small set of values that repeat, such as gender or country."
    ),
    ColumnKind.NUMBER: QT_TRANSLATE_NOOP("ColumnKind", "Numbers, such as an age or a count."),
    ColumnKind.DATE: QT_TRANSLATE_NOOP("ColumnKind", "Dates, such as a birth date or the date of registration."),
    ColumnKind.EMPTY: QT_TRANSLATE_NOOP("ColumnKind", "No record has a value in this column."),
}

# Below this many distinct values, or when values repeat this much on average, a column is a small set that repeats.
SMALL_SET = 50
REPEATS = 5.0
_NUMBER_WORDS = frozenset({"age", "count", "number", "amount", "total", "years", "months", "days", "duration", "edad"})
_SPLIT_WORDS = re.compile(r"[\s,;/|()\-]+")


@dataclass(frozen=True)
class ValueEvidence:
    """How many cells (of `looked_at`, counted with repeats) match each pattern, and the column's shape.

    The patterns are tested on the commonest distinct values (at most `PATTERN_SAMPLE`, see `profile`), weighted by
    how many records hold each, so the shares are shares of records.
    """

    non_empty: int
    distinct: int
    looked_at: int
    emails: int
    phones: int
    dates: int
    years_alone: int  # "1994", "approx. 1994"
    id_codes: int
    coordinates: int
    numbers: int
    person_names: int
    leading_zeros: int  # distinct values such as "0012"
    long_digits: int  # distinct values with nine digits or more
    sample_distinct: int
    whole_numbers: bool
    mean_words: float
    mean_length: float
    birth_like: bool  # the dates spread over decades, well before the latest: birth dates

    def share(self, count: int) -> float:
        return count / self.looked_at if self.looked_at else 0.0

    @property
    def ratio(self) -> float:
        """Distinct values per record: 1.0 when every record has its own value."""
        return self.distinct / self.non_empty if self.non_empty else 0.0

    @property
    def records_per_value(self) -> float:
        return self.non_empty / self.distinct if self.distinct else 0.0

    @property
    def small_set(self) -> bool:
        return self.distinct <= SMALL_SET or self.records_per_value >= REPEATS

    @property
    def date_share(self) -> float:
        return self.share(self.dates + self.years_alone) if self.dates >= self.years_alone else self.share(self.dates)


def _looks_like_person_name(value: str, lists: NameLists) -> bool:
    words = [w for w in _SPLIT_WORDS.split(value) if w]
    if not 1 <= len(words) <= 5 or not all(any(c.isalpha() for c in w) for w in words):
        return False
    if any(c.isdigit() for c in value) or normal(value) in lists.places:
        return False
    keys = [normal(w.strip(".'")) for w in words]
    known = [k for k in keys if k in lists.first or k in lists.last]
    return bool(known) and len(known) * 2 >= len(words) and any(k not in lists.common for k in known)


def measure_values(
    values: Sequence[str], counts: npt.NDArray[np.int64], non_empty: int, distinct: int, lists: NameLists | None = None
) -> ValueEvidence:
    """Evidence from the commonest distinct `values` of a column and how many records hold each."""
    lists = lists or load_name_lists()
    weights = [int(c) for c in counts]
    looked_at = sum(weights)
    tallies = dict.fromkeys(("emails", "phones", "dates", "years", "ids", "coords", "numbers", "names"), 0)
    leading_zeros = long_digits = 0
    whole = True
    words_total = length_total = 0.0
    years: list[tuple[int, int]] = []
    for raw, weight in zip(values, weights, strict=True):
        value = raw.strip()
        words_total += len(value.split()) * weight
        length_total += len(value) * weight
        if vp.is_number(value):
            tallies["numbers"] += weight
            if len(value) > 1 and value[0] == "0" and value[1].isdigit():
                leading_zeros += 1
            if "." in value or "," in value:
                whole = False
        if vp.digit_count(value) >= 9:
            long_digits += 1
        if vp.is_email(value):
            tallies["emails"] += weight
        elif vp.is_date(value):
            tallies["dates"] += weight
            year = vp.year_of(value)
            if year is not None:
                years.append((year, weight))
        elif vp.APPROXIMATE_YEAR.match(value):
            tallies["years"] += weight
            year = vp.year_of(value)
            if year is not None:
                years.append((year, weight))
        elif vp.is_coordinate(value):
            tallies["coords"] += weight
        elif vp.is_phone(value):
            tallies["phones"] += weight
        elif vp.is_id_code(value):
            tallies["ids"] += weight
        elif len(value) <= 60 and _looks_like_person_name(value, lists):
            tallies["names"] += weight
    return ValueEvidence(
        non_empty=non_empty,
        distinct=distinct,
        looked_at=looked_at,
        emails=tallies["emails"],
        phones=tallies["phones"],
        dates=tallies["dates"],
        years_alone=tallies["years"],
        id_codes=tallies["ids"],
        coordinates=tallies["coords"],
        numbers=tallies["numbers"],
        person_names=tallies["names"],
        leading_zeros=leading_zeros,
        long_digits=long_digits,
        sample_distinct=len(values),
        whole_numbers=whole,
        mean_words=words_total / looked_at if looked_at else 0.0,
        mean_length=length_total / looked_at if looked_at else 0.0,
        birth_like=_birth_like(years),
    )


def _birth_like(years: list[tuple[int, int]]) -> bool:
    """Dates spread over decades and mostly well before the latest one are birth dates (registration dates cluster
    within a few years of each other)."""
    if not years:
        return False
    expanded = np.repeat([y for y, _ in years], [w for _, w in years])
    low, median, high = np.percentile(expanded, [10, 50, 100])
    return bool(high - median >= 10 and median - low >= 5) or bool(median < 1990)


def is_free_text(evidence: ValueEvidence) -> bool:
    return evidence.mean_words >= 6 or (evidence.mean_length >= 50 and evidence.mean_words >= 3)


def kind_of(name: NameSignal, evidence: ValueEvidence) -> ColumnKind:
    """The kind a column's legend gives it, from what its name says and what its values hold."""
    e = evidence
    if e.non_empty == 0:
        return ColumnKind.EMPTY
    dates = e.share(e.dates)
    if dates >= 0.8 or (dates >= 0.3 and e.date_share >= 0.8) or (name.birth and e.date_share >= 0.8):
        return ColumnKind.DATE
    if e.share(e.emails + e.phones) >= 0.5:
        return ColumnKind.IDENTIFIER
    if e.share(e.numbers + e.coordinates) >= 0.95:
        return _numeric_kind(name, e)
    if is_free_text(e):
        return ColumnKind.FREE_TEXT
    if e.share(e.id_codes) >= 0.5 and e.ratio >= 0.5:
        return ColumnKind.IDENTIFIER
    if e.share(e.person_names) >= 0.5 and e.distinct >= 3 and not name.category:
        return ColumnKind.IDENTIFIER
    if name.identifying and IdentifierKind.FREE_TEXT not in name.kinds and e.distinct > 2 and not e.small_set:
        return ColumnKind.IDENTIFIER
    if e.non_empty < 20:
        # Too few records to judge by repetition: unique short values are more likely names or IDs than codes.
        return ColumnKind.CATEGORY if e.distinct < e.non_empty or e.distinct <= 2 else ColumnKind.IDENTIFIER
    if e.small_set or e.ratio <= 0.2:
        return ColumnKind.CATEGORY
    if e.ratio >= 0.5:
        return ColumnKind.FREE_TEXT if e.mean_words >= 4 else ColumnKind.IDENTIFIER
    return ColumnKind.CATEGORY


_YEAR_WORDS = frozenset({"year", "years", "annee", "ano", "anio", "yearofregistration", "registrationyear"})


def _numeric_kind(name: NameSignal, e: ValueEvidence) -> ColumnKind:
    if e.distinct <= 12 or (set(name.words) & _YEAR_WORDS and e.small_set):
        return ColumnKind.CATEGORY  # 0/1 flags, years of registration, age bands, a handful of codes
    near_unique = e.ratio >= 0.5
    if near_unique and (e.leading_zeros > 0.2 * e.sample_distinct or e.long_digits > 0.5 * e.sample_distinct):
        return ColumnKind.IDENTIFIER  # codes and phone numbers written as digits, not quantities
    if e.share(e.coordinates) >= 0.8 and e.records_per_value < REPEATS:
        return ColumnKind.IDENTIFIER  # precise positions, each shared by few records
    if e.small_set:
        # Repeated whole numbers are ages and counts; repeated decimals (a country's centre point) and codes
        # ("002", "sub-region-code") are a set of values that repeat.
        code = e.leading_zeros > 0 or "code" in name.words or "codigo" in name.words
        return ColumnKind.CATEGORY if code or not e.whole_numbers else ColumnKind.NUMBER
    if e.whole_numbers and e.ratio >= 0.95 and e.non_empty >= 50 and not (set(name.words) & _NUMBER_WORDS):
        return ColumnKind.IDENTIFIER  # a running number per record
    if name.identifying and near_unique:
        return ColumnKind.IDENTIFIER
    return ColumnKind.NUMBER


def guess_kind(
    name: str, values: Sequence[str], counts: npt.NDArray[np.int64], non_empty: int, distinct: int
) -> ColumnKind:
    """Kind of a column from its commonest distinct `values` (with `counts`) and its totals."""
    return kind_of(read_column_name(name), measure_values(values, counts, non_empty, distinct))
