"""What one cell value looks like: an e-mail, a phone number, a date, an ID code, a coordinate, a number.

Each test looks at one whole value; `free_text` finds the same things inside sentences.
"""

from __future__ import annotations

import re

import phonenumbers

_MONTH = (
    r"(jan|feb|f[ée]v|mar|apr|avr|abr|may|mai|jun|juin|jul|juil|aug|ao[uû]|ago|sep|sept|set|oct|nov|dec|d[ée]c|dic|ene)"
    r"[a-zéû]*\.?"
)
_TIME = r"([ t]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?( ?[ap]m)?)?"
DATE = re.compile(
    r"^("
    r"\d{4}-\d{1,2}-\d{1,2}"  # 2021-04-03
    r"|\d{4}/\d{1,2}/\d{1,2}"  # 2021/04/03
    r"|\d{1,2}[/.\-]\d{1,2}[/.\-](\d{4}|\d{2})"  # 03/04/2021, 3.4.21
    r"|\d{1,2}(er)?[ \-]" + _MONTH + r"[ \-,]+\d{2,4}"  # 3 Apr 2021, 03-Apr-21, 1er avril 2021
    r"|\d{1,2} de " + _MONTH + r" de \d{4}"  # 3 de abril de 2021
    r"|" + _MONTH + r" \d{1,2},? \d{4}"  # April 3, 2021
    r")" + _TIME + r"$",
    re.IGNORECASE,
)
# A year on its own, perhaps approximate ("1994", "approx. 1994", "ca 1994", "vers 1994", "aprox. 1994").
APPROXIMATE_YEAR = re.compile(
    r"^((approx|aprox|ca|circa|vers|env|around|about|~)\.?\s*)?(19|20)\d{2}\??$", re.IGNORECASE
)
_YEAR_IN_DATE = re.compile(r"(?<!\d)(19\d{2}|20\d{2})(?!\d)|(?<=[/.\-])(\d{2})$")
NUMBER = re.compile(r"^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$|^[+-]?\d+,\d+$|^[+-]?\d*\.\d+$")
EMAIL = re.compile(r"^[\w.+'\-]+@[\w\-]+(\.[\w\-]+)*\.[a-z]{2,}$", re.IGNORECASE)
_PHONE_SHAPE = re.compile(r"^(\+|00)?[\d\s().\-/]{6,}(\s*(x|ext\.?|poste)\s*\d{1,6})?$", re.IGNORECASE)
_DECIMAL = re.compile(r"^[+-]?\d{1,3}[.,]\d+$")
# A precise coordinate: degrees with at least three decimals (about 100 m), or a "lat, lon" pair in one cell.
COORDINATE = re.compile(r"^[+-]?\d{1,3}\.\d{3,}$")
COORDINATE_PAIR = re.compile(r"^\(?[+-]?\d{1,2}\.\d{3,}\s*[,;/ ]\s*[+-]?\d{1,3}\.\d{3,}\)?$")
# Passport, national ID, case numbers: letters and digits mixed, or digits in groups, at least five characters.
ID_CODE = re.compile(r"^(?=.*\d)[A-Z0-9][A-Z0-9\-/.#_ ]{3,}[A-Z0-9]$", re.IGNORECASE)


def is_email(value: str) -> bool:
    return bool(EMAIL.match(value))


_NO_DIGITS = str.maketrans("", "", "0123456789")


def digit_count(value: str) -> int:
    """ASCII digits in `value` (str.translate runs in C; a generator over characters was a third of a scan)."""
    return len(value) - len(value.translate(_NO_DIGITS))


# A span of years as codebooks write bands ("2005--2013", "2014-2018", "1990 – 1999"): a category, not a phone.
YEAR_RANGE = re.compile(r"^(19|20)\d{2}\s*(-{1,2}|–|—|to|a|à)\s*(19|20)\d{2}$", re.IGNORECASE)


def is_phone(value: str) -> bool:
    """A phone number as people write them, valid for its number plan or not (typos and old formats count).

    The phonenumbers library (Google's libphonenumber) reads the number; we do not ask whether it is "valid".
    """
    if not _PHONE_SHAPE.match(value) or DATE.match(value) or _DECIMAL.match(value) or YEAR_RANGE.match(value):
        return False
    digits = digit_count(value.split("x")[0].split("ext")[0])
    if not 7 <= digits <= 15:
        return False
    plain = value.isdigit()
    if plain and not value.startswith("0"):
        return False  # a bare run of digits is as likely an ID number: `is_id_code` decides
    try:
        phonenumbers.parse(value, None if value.startswith("+") else "US")
    except phonenumbers.NumberParseException:
        return False
    return True


def is_date(value: str) -> bool:
    return bool(DATE.match(value))


def year_of(value: str) -> int | None:
    """The year a date or an approximate year names, or None."""
    if APPROXIMATE_YEAR.match(value):
        return int(re.findall(r"(?:19|20)\d{2}", value)[0])
    if not DATE.match(value):
        return None
    match = _YEAR_IN_DATE.search(value)
    if match is None:
        return None
    if match.group(1):
        return int(match.group(1))
    short = int(match.group(2))
    return 2000 + short if short <= 30 else 1900 + short


def is_number(value: str) -> bool:
    return bool(NUMBER.match(value))


def is_coordinate(value: str) -> bool:
    if COORDINATE_PAIR.match(value):
        return True
    if not COORDINATE.match(value):
        return False
    return abs(float(value)) <= 180


def is_id_code(value: str) -> bool:
    """Looks like a passport, ID or case number: letters with digits ("AB1234567", "IOM-PHL-2019-00042"), or a long
    run of digits (seven or more, or with leading zeros), never a date or a decimal number."""
    if len(value) < 5 or len(value) > 40 or not ID_CODE.match(value) or DATE.match(value):
        return False
    digits = digit_count(value)
    letters = sum(c.isalpha() for c in value)
    if letters:
        return digits >= 2 and letters <= 12
    if _DECIMAL.match(value) or "," in value:
        return False
    return digits >= 7 or (value.startswith("0") and digits >= 5)


_MONTHS = {
    "jan": 1, "ene": 1, "feb": 2, "fev": 2, "fév": 2, "mar": 3, "apr": 4, "avr": 4, "abr": 4, "may": 5, "mai": 5,
    "jun": 6, "jui": 6, "jul": 7, "aug": 8, "aou": 8, "aoû": 8, "ago": 8, "sep": 9, "set": 9, "oct": 10, "nov": 11,
    "dec": 12, "déc": 12, "dic": 12,
}  # fmt: skip
_NUMERIC_DATE = re.compile(r"^(\d{1,4})[/.\-](\d{1,2})[/.\-](\d{1,4})")
_WORD_MONTH = re.compile(r"([a-zéû]{3,})", re.IGNORECASE)


def parse_date(value: str) -> tuple[int, int | None, int | None] | None:
    """(year, month, day) of a date as exports write it; month and day are None for a year alone.

    Numeric dates are read day first (03/04/2021 is 3 April) unless the second number cannot be a month: the
    exports we read come from missions that mostly write dates day first; a wrong guess moves an age by at most one.
    """
    text = value.strip()
    if APPROXIMATE_YEAR.match(text):
        year = year_of(text)
        return None if year is None else (year, None, None)
    if not DATE.match(text):
        return None
    numeric = _NUMERIC_DATE.match(text)
    if numeric:
        a, b, c = (int(g) for g in numeric.groups())
        if len(numeric.group(1)) == 4:
            year, month, day = a, b, c
        else:
            year = c if len(numeric.group(3)) == 4 else (2000 + c if c <= 30 else 1900 + c)
            day, month = (a, b) if b <= 12 else (b, a)
    else:
        word = _WORD_MONTH.search(text)
        year_found = year_of(text)
        if word is None or year_found is None:
            return None
        month_number = _MONTHS.get(word.group(1)[:3].casefold())
        days = [int(d) for d in re.findall(r"(?<!\d)\d{1,2}(?!\d)", text)]
        if month_number is None:
            return None
        year, month, day = year_found, month_number, (days[0] if days else 1)
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return year, month, day


def age_on(birth: tuple[int, int | None, int | None], on: tuple[int, int | None, int | None]) -> int | None:
    """Whole years from `birth` to `on`; when a month or day is unknown, the age is counted by years alone."""
    years = on[0] - birth[0]
    if None not in (birth[1], birth[2], on[1], on[2]) and (on[1], on[2]) < (birth[1], birth[2]):
        years -= 1
    return years if 0 <= years <= 120 else None
