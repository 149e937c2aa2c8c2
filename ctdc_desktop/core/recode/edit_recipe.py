"""The edits the Recode page makes to one variable of a recipe: map values, set them to missing, pick the source
column, change the bands. Each gives a new, checked `VariableRecipe`; the recipe file is never changed."""

from __future__ import annotations

from collections.abc import Iterable

from ctdc_desktop.core.recode.recipe import FLAG_LABEL, Band, VariableRecipe, check_bands
from ctdc_desktop.core.recode.recode_countries import country_table
from ctdc_desktop.core.recode.spellings import spelling_key

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


def with_bands(variable: VariableRecipe, bands: tuple[Band, ...]) -> VariableRecipe:
    """New cut points; raises RecipeError with `check_bands`'s own words when they overlap, leave a gap, ..."""
    check_bands(bands, variable.labels)
    return variable.replace(bands=bands)
