"""What a column's values look like: the share of its rows that read as sexes, yes/no answers, countries, dates,
years, ages, or answers of a word list. The recipe proposer weighs these shares against what the name says.

Shares are over filled rows and are measured on the column's distinct values (a column of 100,000 rows holds a few
hundred), at most `SAMPLE` of them: the most frequent ones and an even spread of the rest, so a column of 100,000
birth dates costs no more than one of two sexes.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

import numpy as np
import pandas as pd

from ctdc_desktop.core.identifiers.column_values import value_counts
from ctdc_desktop.core.recode.multi_value import separators_in
from ctdc_desktop.core.recode.recode_ages import AgeProblem, parse_age, parse_date
from ctdc_desktop.core.recode.recode_countries import country_table
from ctdc_desktop.core.words.lexicon import Lexicon, lexicon
from ctdc_desktop.core.words.spellings import spelling_key, vocabulary

SAMPLE = 400
_YEAR = re.compile(r"^\s*(\d{4})(?:\.0)?\s*$")


@dataclass
class ColumnValues:
    """One column's distinct values (as text) with their row counts, most frequent first."""

    name: str
    values: list[str]
    counts: list[int]

    @classmethod
    def of(cls, name: str, column: pd.Series) -> ColumnValues:
        values, counts = value_counts(column)  # Stage one's own count of a column's values
        return cls(name, values, counts.tolist())

    @property
    def filled(self) -> int:
        return sum(self.counts)

    @cached_property
    def sample(self) -> list[int]:
        """Positions of the values the shares are measured on."""
        if len(self.values) <= SAMPLE:
            return list(range(len(self.values)))
        head = list(range(SAMPLE // 2))
        rest = np.linspace(SAMPLE // 2, len(self.values) - 1, SAMPLE - SAMPLE // 2).astype(int).tolist()
        return sorted(set(head + rest))

    def share(self, reads: Callable[[str], bool]) -> float:
        """The share of filled rows (estimated on the sample) whose value `reads` accepts."""
        positions = self.sample
        weight = sum(self.counts[i] for i in positions)
        if not weight:
            return 0.0
        return sum(self.counts[i] for i in positions if reads(self.values[i])) / weight

    @cached_property
    def separators(self) -> tuple[str, ...]:
        return separators_in([self.values[i] for i in self.sample], [self.counts[i] for i in self.sample])

    @property
    def many_distinct(self) -> bool:
        """Nearly one value per row: names, phone numbers, notes, dates; never a list of categories."""
        return len(self.values) > 200 and len(self.values) > 0.3 * self.filled


# ------------------------------------------------------------------------------------------------ value readers


def is_country(value: str) -> bool:
    return country_table().iso3(value) is not None


def is_year(value: str) -> bool:
    match = _YEAR.match(value)
    return match is not None and 1900 <= int(match.group(1)) <= 2100


def is_full_date(value: str) -> bool:
    try:
        day = parse_date(value)
    except AgeProblem:
        return False
    return day.month > 0


def answers_of(files: tuple[str, ...]) -> Callable[[str], list[str]]:
    """A reader that gives the "file:concept"s of a value among the lexicon files, strongest phrase only."""
    lexicons: list[Lexicon] = [lexicon(name) for name in files]

    def concepts(value: str) -> list[str]:
        best: list[tuple[int, str]] = []
        for found in lexicons:
            for match in found.best(value):
                best.append((match.strength, f"{found.name}:{match.concept}"))
        if not best:
            return []
        top = max(strength for strength, _ in best)
        return sorted({concept for strength, concept in best if strength == top})

    return concepts


def yes_no_answer(value: str) -> str | None:
    """ "yes", "no", "unknown" or None: a check-box mark, a yes/no in any of our languages, or neither."""
    meaning = vocabulary("yes_no").get(spelling_key(value))
    if meaning is not None:
        return meaning.casefold()
    found = answers_of(("answers",))(value)
    for answer in ("answers:yes", "answers:no", "answers:unknown", "answers:not_applicable"):
        if found == [answer]:
            return answer.split(":")[1].replace("not_applicable", "unknown")
    return None


def is_age_in_years(value: str) -> bool:
    try:
        parse_age(value)  # a whole number of years from 0 to OLDEST_AGE, or AgeProblem
    except AgeProblem:
        return False
    return True
