"""The edits the Recode page makes to one variable of a recipe: map values, set them to missing, pick the source
column(s), the separators of a multi-value cell, the age or its dates, the year or its date, change the bands. Each
gives a new, checked `VariableRecipe` (a `RecipeError` in the check's words when it cannot be); the recipe file is
never changed."""

from __future__ import annotations

from collections.abc import Iterable
from contextlib import suppress
from dataclasses import replace
from itertools import islice

from ctdc_desktop.core.case_export import CaseExport
from ctdc_desktop.core.recode.recipe import FLAG_LABEL, Band, Recipe, VariableRecipe, check_bands
from ctdc_desktop.core.recode.recode_ages import AgeProblem, parse_date
from ctdc_desktop.core.recode.recode_countries import country_table
from ctdc_desktop.core.recode.source_columns import find_column
from ctdc_desktop.core.words.spellings import spelling_key

NOT_TICKED = ""  # a flag's value mapped to "" means "no" (the cell stays empty), as in the recipe's map


def assignable_labels(variable: VariableRecipe) -> tuple[str, ...]:
    """What a raw value may be mapped to: the categories; a flag's "1" or "" (not ticked); a country's ISO3 code."""
    if variable.type == "flag":
        return (FLAG_LABEL, NOT_TICKED)
    if variable.recoder == "country":
        return tuple(sorted(country_table().regions))
    if variable.recoder == "number" and variable.low is not None and variable.high is not None:
        return tuple(str(n) for n in range(variable.low, variable.high + 1))
    return variable.labels


def _without(pairs: Iterable[tuple[str, str]], keys: set[str]) -> tuple[tuple[str, str], ...]:
    return tuple((raw, label) for raw, label in pairs if spelling_key(raw) not in keys)


def assign_values(variable: VariableRecipe, raws: Iterable[str], label: str) -> VariableRecipe:
    """Map every value of `raws` to `label` (replacing what the recipe said of the same spelling before)."""
    values = list(dict.fromkeys(raws))
    keys = {spelling_key(raw) for raw in values}
    mapping = _without(variable.map, keys) + tuple((raw, label) for raw in values)
    missing = tuple(raw for raw in variable.missing if spelling_key(raw) not in keys)
    return variable.replace(map=mapping, missing=missing)


def set_values_missing(variable: VariableRecipe, raws: Iterable[str]) -> VariableRecipe:
    """Set every value of `raws` to missing on purpose (an empty cell in the recoded table)."""
    values = list(dict.fromkeys(raws))
    keys = {spelling_key(raw) for raw in values}
    missing = tuple(raw for raw in variable.missing if spelling_key(raw) not in keys) + tuple(values)
    return variable.replace(map=_without(variable.map, keys), missing=missing)


def with_source(variable: VariableRecipe, column: str) -> VariableRecipe:
    """The variable made from `column` instead (one source column)."""
    return variable.replace(source=(column,))


def with_sources(variable: VariableRecipe, columns: Iterable[str]) -> VariableRecipe:
    """The variable made from these columns (a flag from several yes/no or check-box columns: 1 when any is yes)."""
    return variable.replace(source=tuple(dict.fromkeys(columns)))


def with_split(variable: VariableRecipe, separators: Iterable[str]) -> VariableRecipe:
    """A cell read as several answers separated by any of `separators` (none: the cell is one answer)."""
    return variable.replace(split=tuple(dict.fromkeys(s for s in separators if s)))


def with_age_sources(
    variable: VariableRecipe, age: str | None, birth_date: str | None, registration_date: str | None
) -> VariableRecipe:
    """An age (or majority) from an age column, and/or from a birth date with the registration date (each may be
    None). Refused when neither is given, or a birth date comes without a registration date or the other way round."""
    return variable.replace(
        source=(age,) if age else (), birth_date=birth_date or None, registration_date=registration_date or None
    )


def with_year_source(variable: VariableRecipe, column: str, dates: bool) -> VariableRecipe:
    """A year (or a number) from `column`; `dates`: the column holds dates, whose year is read."""
    return variable.replace(source=(column,), date_year=dates)


DATES_LOOKED_AT = 200  # distinct values enough to tell a date column from a year column


def holds_dates(values: Iterable[str]) -> bool:
    """True when a column's filled values are mostly dates with a month and a day (31/12/2019, 2019-12-31), not bare
    years or other numbers: then its year is what a year variable reads."""
    filled = [v for v in islice((str(v).strip() for v in values), DATES_LOOKED_AT * 4) if v][:DATES_LOOKED_AT]
    if not filled:
        return False
    dated = 0
    for value in filled:
        with suppress(AgeProblem):
            dated += parse_date(value).month > 0
    return dated >= 0.8 * len(filled)


def with_bands(variable: VariableRecipe, bands: tuple[Band, ...]) -> VariableRecipe:
    """New cut points; raises RecipeError with `check_bands`'s own words when they overlap, leave a gap, ..."""
    check_bands(bands, variable.labels)
    return variable.replace(bands=bands)


def keep_sources_found(
    proposed: Recipe, written: Recipe, export: CaseExport, as_read: Recipe | None = None
) -> tuple[Recipe, tuple[str, ...]]:
    """The recipe's own variables where the export has every column they name (the recipe was written or saved for
    exports shaped like this one), the proposals elsewhere; and the names of the variables kept. `as_read`: the
    written recipe as it reads the export (after Stage one turned a birth date into an age), to look the columns up."""
    read = as_read or written
    kept: list[str] = []
    variables = []
    for variable in proposed.variables:
        own, looked_up = written.variable(variable.name), read.variable(variable.name)
        frame = export.victim_frame if own.table == "victims" else export.perpetrator_frame
        named = [*looked_up.source, *(c for c in (looked_up.birth_date, looked_up.registration_date) if c)]
        found = frame is not None and all(find_column(frame.columns, name) is not None for name in named)
        if own.recoder != "not_recorded" and named and found:
            kept.append(own.name)
            variable = own
        variables.append(variable)
    return replace(proposed, variables=tuple(variables)), tuple(kept)


NOT_RECORDED_NOTE = "The export does not record this variable (said on the Recode page); its column is left empty."


def not_recorded(variable: VariableRecipe, note: str = NOT_RECORDED_NOTE) -> VariableRecipe:
    """The variable left empty because the export does not hold it: the user's statement, never a guess. The
    codebook's name, type and categories stay, so the release still has the column (empty, as missing)."""
    return variable.replace(
        recoder="not_recorded",
        source=(),
        map=(),
        split=(),
        birth_date=None,
        registration_date=None,
        date_year=False,
        vocabulary=None,
        bands=(),
        listed=(),
        note=note,
    )
