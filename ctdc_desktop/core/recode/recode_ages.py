"""Ages as exports hold them: a number of years, or a birth date and the date of registration.

An age must be a whole number of years from 0 to 120 (``17``, ``17.0``; ``17.5`` counts as 17, the completed years).
``17 ans``, ``-3``, ``250`` or ``unknown`` are refused with a message; a recipe may list such spellings as missing.

Birth dates are read in the forms exports use: ``1994-03-07``, ``07/03/1994`` (day first unless the recipe says
otherwise; ``3/25/1994`` can only be month first and is read so), ``07.03.1994``, ``7 Mar 1994`` and
``7 de março de 1994`` (month names in English, French, Spanish and Portuguese), ``1994``, ``approx. 1994`` and
spreadsheet day numbers (``34400``). With a full birth date the age is the completed years at registration; with a
birth year only it is the registration year minus the birth year, which is one year too high for a person whose
birthday comes later in the year: near a band limit (17/18) such an age can fall in the band above.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np

from ctdc_desktop.core.recode.recipe import Band
from ctdc_desktop.core.translation import translate
from ctdc_desktop.core.words.spellings import spelling_key

OLDEST_AGE = 120
ADULT_AGE = 18  # UN Convention on the Rights of the Child, as both codebooks use it

_MONTHS = {
    name: number
    for number, spellings in enumerate(
        (
            ("jan", "january", "janv", "janvier", "ene", "enero", "janeiro"),
            ("feb", "february", "fev", "fevr", "fevrier", "febrero", "fevereiro"),
            ("mar", "march", "mars", "marzo", "marco"),
            ("apr", "april", "avr", "avril", "abr", "abril"),
            ("may", "mai", "mayo", "maio"),
            ("jun", "june", "juin", "junio", "junho"),
            ("jul", "july", "juil", "juillet", "julio", "julho"),
            ("aug", "august", "aou", "aout", "ago", "agosto"),
            ("sep", "sept", "september", "septembre", "septiembre", "set", "setiembre", "setembro"),
            ("oct", "october", "octobre", "octubre", "out", "outubro"),
            ("nov", "november", "novembre", "noviembre", "novembro"),
            ("dec", "december", "decembre", "dic", "diciembre", "dez", "dezembro"),
        ),
        start=1,
    )
    for name in spellings
}
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$")
_NUMERIC = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$")
_NAMED = re.compile(r"^(\d{1,2})\s+(?:de\s+)?([^\W\d_]+)\.?\s+(?:de\s+)?(\d{4})$")  # 7 mars 1994, 7 de março de 1994
# A date cell saved as a number by a spreadsheet: days since 30 December 1899 (Excel's and LibreOffice's count);
# five digits are 1927 to 2173, far from any age or year.
_SERIAL = re.compile(r"^(\d{5})(?:\.0+)?$")
_ABOUT = r"approx\.?|ca\.?|c\.|circa|about|around|vers|env\.|environ|aprox\.?|hacia"
_YEAR = re.compile(rf"^(?:(?:{_ABOUT})\s*)?(\d{{4}})$")
_EXCEL_ZERO = date(1899, 12, 30)
_NUMBER = re.compile(r"^\d+(?:\.\d+)?$")


class AgeProblem(ValueError):
    """A value that is not an age or a date; str() says why, for the coverage list."""


@dataclass(frozen=True)
class Day:
    """A date as far as it is known: month and day are 0 when only the year was given."""

    year: int
    month: int = 0
    day: int = 0


def parse_age(text: str) -> int:
    """A whole number of years from 0 to OLDEST_AGE; raises AgeProblem for anything else."""
    value = text.strip()
    if not _NUMBER.match(value):
        if value.startswith("-") and _NUMBER.match(value[1:]):
            raise AgeProblem(translate("Ages", '"{value}" is negative; an age is 0 or more years').format(value=text))
        raise AgeProblem(translate("Ages", '"{value}" is not a number of years').format(value=text))
    age = int(float(value))
    if age > OLDEST_AGE:
        raise AgeProblem(translate("Ages", '"{value}" is more than {years} years').format(value=text, years=OLDEST_AGE))
    return age


def _checked(year: int, month: int, day: int, text: str) -> Day:
    if not (1 <= month <= 12 and 1 <= day <= 31) or year < 1880:
        raise AgeProblem(translate("Ages", '"{value}" is not a real date').format(value=text))
    return Day(year, month, day)


def parse_date(text: str, day_first: bool = True) -> Day:
    """A birth or registration date in the forms listed in the module docstring; raises AgeProblem otherwise."""
    value = " ".join(text.strip().split())
    match = _ISO.match(value)
    if match:
        return _checked(int(match.group(1)), int(match.group(2)), int(match.group(3)), text)
    match = _NUMERIC.match(value)
    if match:
        first, second, year = int(match.group(1)), int(match.group(2)), int(match.group(3))
        # A number above 12 can only be the day; otherwise the recipe's day_first decides.
        month_first = False if first > 12 else True if second > 12 else not day_first
        day, month = (second, first) if month_first else (first, second)
        return _checked(year, month, day, text)
    match = _NAMED.match(value)
    if match:
        named = _MONTHS.get(spelling_key(match.group(2)))
        if named is None:
            raise AgeProblem(translate("Ages", '"{value}" has a month name we do not know').format(value=text))
        return _checked(int(match.group(3)), named, int(match.group(1)), text)
    match = _SERIAL.match(value)
    if match:
        counted = _EXCEL_ZERO + timedelta(days=int(match.group(1)))
        return Day(counted.year, counted.month, counted.day)
    match = _YEAR.match(value.casefold())
    if match:
        year = int(match.group(1))
        if year < 1880:
            raise AgeProblem(translate("Ages", '"{value}" is not a real year').format(value=text))
        return Day(year)
    raise AgeProblem(translate("Ages", '"{value}" is not a date we can read (use e.g. 1994-03-07)').format(value=text))


def parse_dates(values: list[str], day_first: bool = True) -> tuple[np.ndarray, list[str]]:
    """`parse_date` of many values: rows of (year, month, day) (0s when unknown) and a problem text per value."""
    rows: list[tuple[int, int, int]] = []
    problems = [""] * len(values)
    for position, value in enumerate(values):
        try:
            day = parse_date(value, day_first)
            rows.append((day.year, day.month, day.day))
        except AgeProblem as problem:
            rows.append((0, 0, 0))
            problems[position] = str(problem)
    return np.array(rows, dtype=np.int32).reshape(len(values), 3), problems


def band_of(value: int, bands: tuple[Band, ...]) -> int | None:
    """The position of the band holding `value`, or None when it is outside every band."""
    for position, band in enumerate(bands):
        if value >= band.low and (band.high is None or value <= band.high):
            return position
    return None
