"""A look at the table so far: a recipe that does not place every value, made to set each such value to missing.

`recode --unplaced missing` shows what an unfinished recipe already gives. It does not loosen the recoder: it
derives a recipe whose `missing` lists (the same field a user fills in) also hold every value the first recode
could not place, and whose variables without a usable column are marked not recorded. The derived recipe says, in
its own data, what was set aside; `run` and the Export step still refuse the original one.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from ctdc_desktop.core.case_export import CaseExport
from ctdc_desktop.core.recode.coverage import Coverage, ValueCount
from ctdc_desktop.core.recode.recipe import Recipe, VariableRecipe
from ctdc_desktop.core.recode.recode import source_values


@dataclass(frozen=True)
class SetAside:
    """What the derived recipe sets to missing for one variable: values, or the whole variable (`problem`)."""

    name: str
    values: tuple[ValueCount, ...] = ()  # the values (answers, for a multi-value cell) now in its missing list
    problem: str = ""  # the variable could not be made at all (a missing column): it is left empty


@dataclass(frozen=True)
class PartialRecipe:
    recipe: Recipe
    set_aside: tuple[SetAside, ...]


def recipe_setting_unplaced_missing(export: CaseExport, recipe: Recipe, coverage: Coverage) -> PartialRecipe:
    """`recipe` with every value `coverage` lists as not mapped or wrong added to its variable's `missing`, and every
    variable that could not be made at all turned into a not-recorded one (its note says why)."""
    variables: list[VariableRecipe] = []
    set_aside: list[SetAside] = []
    for variable in recipe.variables:
        covered = coverage.variable(variable.name)
        if covered.problem:
            variables.append(
                replace(
                    variable,
                    recoder="not_recorded",
                    source=(),
                    birth_date=None,
                    registration_date=None,
                    note=covered.problem,
                )
            )
            set_aside.append(SetAside(variable.name, problem=covered.problem))
            continue
        unplaced = [*covered.unmapped, *covered.errors]
        if not unplaced:
            variables.append(variable)
            continue
        if variable.split and variable.recoder in ("flag", "other_flag"):
            # A multi-value cell is decided answer by answer: its unplaced answers go to the missing list, not the
            # whole cell (which the recoder never compares with that list).
            source = set(covered.source)
            answers = [
                ValueCount(v.column, v.value, v.count, v.message)
                for v in source_values(export, recipe, variable.name)
                if v.state in ("unmapped", "error")
            ]
            unplaced = answers + [v for v in covered.errors if v.column not in source]
        known = set(variable.missing)
        added = tuple(dict.fromkeys(v.value for v in unplaced if v.value not in known))
        variables.append(replace(variable, missing=variable.missing + added))
        set_aside.append(SetAside(variable.name, tuple(unplaced)))
    return PartialRecipe(replace(recipe, variables=tuple(variables)), tuple(set_aside))
