"""What is in each column of a loaded export: how full it is, how many different values, the commonest ones, and a
guess of what kind of information it holds, so a caseworker sees at once which columns can point to a person.

The guess is a plain rule list (patterns of the values first, then how often values repeat, then words in the column
name), not a model: each rule can be explained to the user and tested on its own.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

import numpy as np
import numpy.typing as npt
import pandas as pd

from ctdc_desktop.core.progress import NO_PROGRESS, Progress, check_cancelled

# Pattern checks look at this many distinct values at most (the commonest ones), so a column of a million unique
# case IDs costs the same as one of ten thousand.
PATTERN_SAMPLE = 3_000


class ColumnKind(Enum):
    IDENTIFIER = "identifier-like"
    FREE_TEXT = "free text"
    CATEGORY = "category"
    NUMBER = "number"
    DATE = "date"
    EMPTY = "empty"

    @property
    def label(self) -> str:
        return self.value

    @property
    def explanation(self) -> str:
        """One line in plain words for the Load page and the scan command."""
        return _EXPLANATIONS[self]


_EXPLANATIONS = {
    ColumnKind.IDENTIFIER: "Almost every record has its own value (names, phone numbers, case IDs): it can point to "
    "one person.",
    ColumnKind.FREE_TEXT: "Sentences written by hand, such as notes; they may hide names or contact details.",
    ColumnKind.CATEGORY: "A small set of values that repeat, such as gender or country.",
    ColumnKind.NUMBER: "Numbers, such as an age or a count.",
    ColumnKind.DATE: "Dates, such as a birth date or the date of registration.",
    ColumnKind.EMPTY: "No record has a value in this column.",
}


@dataclass(frozen=True)
class ColumnProfile:
    name: str
    non_empty: int
    distinct: int
    top_values: tuple[tuple[str, int], ...]  # commonest values first, with how many records hold each
    kind: ColumnKind


@dataclass(frozen=True)
class TableProfile:
    row_count: int
    columns: tuple[ColumnProfile, ...]

    def column(self, name: str) -> ColumnProfile:
        for profile in self.columns:
            if profile.name == name:
                return profile
        raise KeyError(name)


_MONTH = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_TIME = r"([ t]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?( ?[ap]m)?)?"
_DATE = re.compile(
    r"^("
    r"\d{4}-\d{1,2}-\d{1,2}"  # 2021-04-03
    r"|\d{4}/\d{1,2}/\d{1,2}"  # 2021/04/03
    r"|\d{1,2}[/.\-]\d{1,2}[/.\-](\d{4}|\d{2})"  # 03/04/2021, 3.4.21
    r"|\d{1,2}[ \-]" + _MONTH + r"[ \-,]+\d{2,4}"  # 3 Apr 2021, 03-Apr-21
    r"|" + _MONTH + r" \d{1,2},? \d{4}"  # April 3, 2021
    r")" + _TIME + r"$",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$|^[+-]?\d+,\d+$|^[+-]?\d*\.\d+$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", re.IGNORECASE)
_PHONE = re.compile(r"^\+?[\d\s().\-/]{7,}$")
_WORD_SPLIT = re.compile(r"[^0-9a-zA-Z]+|(?<=[a-z])(?=[A-Z])")

# Words in a column name that mean the column names, reaches or pins down a person or a case (GPS points included:
# a precise place can lead to a person as surely as a name).
_IDENTIFYING_WORDS = frozenset(
    {
        "name", "names", "firstname", "lastname", "surname", "fullname", "nickname", "alias",
        "phone", "mobile", "telephone", "tel", "cell", "email", "mail", "address", "street", "postcode",
        "postalcode", "zip", "passport", "id", "ids", "identifier", "uid", "ssn", "nin", "caseid", "ref",
        "reference", "whatsapp", "facebook", "contact", "owner", "caseworker", "worker", "interviewer", "dob",
        "birthdate", "birth", "gps", "lat", "latitude", "lon", "lng", "longitude", "coordinates", "geolocation",
    }
)  # fmt: skip
_NUMBER_WORDS = frozenset({"age", "count", "number", "amount", "total", "years", "months", "days", "duration"})


def _name_words(name: str) -> set[str]:
    words = {w.casefold() for w in _WORD_SPLIT.split(name) if w}
    joined = re.sub(r"[^0-9a-z]", "", name.casefold())
    if joined in _IDENTIFYING_WORDS:
        words.add(joined)
    return words


def _share(values: Sequence[str], weights: npt.NDArray[np.int64], pattern: re.Pattern[str]) -> float:
    total = int(weights.sum())
    if total == 0:
        return 0.0
    hits = sum(int(w) for v, w in zip(values, weights, strict=True) if pattern.match(v.strip()))
    return hits / total


def guess_kind(
    name: str, values: Sequence[str], counts: npt.NDArray[np.int64], non_empty: int, distinct: int
) -> ColumnKind:
    """Kind of a column from its commonest distinct `values` (with `counts`) and its totals.

    `values` may be a sample of the distinct values (the commonest first); shares are weighted by record counts.
    """
    if non_empty == 0:
        return ColumnKind.EMPTY
    words = _name_words(name)
    identifying_name = bool(words & _IDENTIFYING_WORDS)
    ratio = distinct / non_empty

    if _share(values, counts, _DATE) >= 0.8:
        return ColumnKind.DATE
    if _share(values, counts, _EMAIL) >= 0.5:
        return ColumnKind.IDENTIFIER
    phone_like = [v for v in values if _PHONE.match(v.strip()) and sum(c.isdigit() for c in v) >= 7]
    number_share = _share(values, counts, _NUMBER)
    if number_share >= 0.95:
        stripped = [v.strip() for v in values]
        leading_zero = sum(1 for v in stripped if len(v) > 1 and v.startswith("0") and v[1].isdigit())
        long_digits = sum(1 for v in stripped if sum(c.isdigit() for c in v) >= 9)
        if leading_zero > 0.2 * len(values) or long_digits > 0.5 * len(values):
            return ColumnKind.IDENTIFIER  # codes and phone numbers written as digits, not quantities
        if identifying_name:
            return ColumnKind.IDENTIFIER
        if distinct <= 12:
            return ColumnKind.CATEGORY  # 0/1 flags, years of registration, age bands, a handful of codes
        if words & _NUMBER_WORDS:
            return ColumnKind.NUMBER
        whole = all("." not in v and "," not in v for v in stripped)
        if whole and ratio >= 0.95 and non_empty >= 50:
            return ColumnKind.IDENTIFIER  # a running number per record
        return ColumnKind.NUMBER
    if phone_like and len(phone_like) >= 0.5 * len(values):
        return ColumnKind.IDENTIFIER

    weights = counts.astype(np.float64)
    total = float(weights.sum()) or 1.0
    mean_length = float(sum(len(v) * w for v, w in zip(values, weights, strict=True)) / total)
    mean_words = float(sum(len(v.split()) * w for v, w in zip(values, weights, strict=True)) / total)
    if mean_words >= 6 or mean_length >= 50:
        return ColumnKind.FREE_TEXT
    if identifying_name and distinct > 2:
        return ColumnKind.IDENTIFIER
    if non_empty < 20:
        # Too few records to judge by repetition: unique short values are more likely names or IDs than codes.
        return ColumnKind.CATEGORY if distinct < non_empty or distinct <= 2 else ColumnKind.IDENTIFIER
    if distinct <= 50 or ratio <= 0.2:
        return ColumnKind.CATEGORY
    if ratio >= 0.5:
        return ColumnKind.FREE_TEXT if mean_words >= 4 else ColumnKind.IDENTIFIER
    return ColumnKind.CATEGORY


def _value_counts(series: pd.Series) -> tuple[list[str], npt.NDArray[np.int64]]:
    """Distinct non-missing values and their counts, commonest first (ties in order of first appearance)."""
    if isinstance(series.dtype, pd.CategoricalDtype):
        codes = np.asarray(series.cat.codes.to_numpy(), dtype=np.int64)
        categories = [str(c) for c in series.cat.categories]
        counts = np.bincount(codes[codes >= 0], minlength=len(categories)).astype(np.int64)
        texts = categories
    else:
        present = series[series.notna()].astype(str)
        codes_, uniques = pd.factorize(present.to_numpy(dtype=object))
        texts = [str(u) for u in uniques]
        counts = np.bincount(codes_, minlength=len(texts)).astype(np.int64)
    keep = [i for i, t in enumerate(texts) if counts[i] > 0 and t.strip()]
    kept_counts = counts[keep]
    order = np.argsort(-kept_counts, kind="stable")
    return [texts[keep[i]] for i in order], kept_counts[order]


def _top(values: list[str], counts: npt.NDArray[np.int64], top: int) -> tuple[tuple[str, int], ...]:
    """The `top` commonest values, ties broken alphabetically so the same data always shows the same list.

    `values` are sorted by count already; among values tied at the cut-off count only the alphabetically first are
    needed, found without sorting them all (a column of unique IDs is one big tie).
    """
    if top <= 0 or not values:
        return ()
    if len(values) <= top:
        chosen = list(range(len(values)))
    else:
        cutoff = int(counts[top - 1])
        above = [i for i in range(top) if counts[i] > cutoff]
        tied = np.flatnonzero(counts == cutoff).tolist()
        chosen = above + heapq.nsmallest(top - len(above), tied, key=lambda i: values[i])
    chosen.sort(key=lambda i: (-int(counts[i]), values[i]))
    return tuple((values[i], int(counts[i])) for i in chosen)


def profile_column(name: str, series: pd.Series, top: int = 5) -> ColumnProfile:
    values, counts = _value_counts(series)
    non_empty = int(counts.sum())
    distinct = len(values)
    kind = guess_kind(name, values[:PATTERN_SAMPLE], counts[:PATTERN_SAMPLE], non_empty, distinct)
    top_values = _top(values, counts, top)
    return ColumnProfile(name=name, non_empty=non_empty, distinct=distinct, top_values=top_values, kind=kind)


def profile_table(frame: pd.DataFrame, progress: Progress = NO_PROGRESS, top: int = 5) -> TableProfile:
    """Profile every column of `frame` (a `LoadedTable.frame`, or any frame of text). Raises `Cancelled`."""
    columns: list[ColumnProfile] = []
    total = len(frame.columns)
    for position, name in enumerate(frame.columns):
        check_cancelled(progress)
        progress.report(position, total, f"Looking at column {name}")
        columns.append(profile_column(str(name), frame.iloc[:, position], top=top))
    progress.report(total, total, "Columns profiled")
    return TableProfile(row_count=len(frame), columns=tuple(columns))
