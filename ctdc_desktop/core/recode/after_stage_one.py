"""A recipe read against what Stage one left of the export (the window's Recode page and `run` both use it)."""

from __future__ import annotations

from dataclasses import replace

from ctdc_desktop.core.identifiers.detect_identifiers import Transform
from ctdc_desktop.core.identifiers.remove_identifiers import CleanedExport
from ctdc_desktop.core.recode.recipe import Recipe


def recipe_for_cleaned_export(recipe: Recipe, cleaned: CleanedExport) -> Recipe:
    """The recipe adjusted to what Stage one left: a birth date it turned into an age is read as that age column
    (beside the recipe's own age column), and one it removed is no longer read."""
    outcomes = {(o.table, o.column): o for o in cleaned.outcomes}
    variables = []
    for variable in recipe.variables:
        outcome = outcomes.get((variable.table, variable.birth_date or ""))
        if outcome is not None and outcome.output_column != outcome.column:
            if outcome.transform is Transform.AGE_AT_REGISTRATION and outcome.output_column is not None:
                source = (*variable.source, outcome.output_column)
                variable = replace(variable, source=source, birth_date=None, registration_date=None)
            else:
                variable = replace(variable, birth_date=None, registration_date=None)
        variables.append(variable)
    return replace(recipe, variables=tuple(variables))
