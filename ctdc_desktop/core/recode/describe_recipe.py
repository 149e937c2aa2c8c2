"""What a recipe does to each variable, in plain words for the Recode page and the release report."""

from __future__ import annotations

from ctdc_desktop.core.recode.recipe import Recipe, VariableRecipe

_PER_VICTIM_VALUES = (
    "Per victim: every different answer among the victim's perpetrators, once, joined with \";\" in the codebook's "
    "order; a victim without perpetrators or answers gets an empty cell."
)
_PER_VICTIM_FLAG = "Per victim: 1 when at least one of the victim's perpetrators has it."


def _columns(names: tuple[str, ...]) -> str:
    return ", ".join(names) if len(names) > 1 else names[0]


def describe_variable(variable: VariableRecipe, recipe: Recipe) -> str:
    """One short paragraph: where the variable comes from, how values become categories, what is set to missing."""
    source = _columns(variable.source) if variable.source else ""
    recoder = variable.recoder
    if recoder == "not_recorded":
        return f"Not in the export: the column stays empty. {variable.note}".strip()
    if recoder == "value_map":
        vocabulary = f" and the shipped {variable.vocabulary} spellings" if variable.vocabulary else ""
        labels = ", ".join(variable.labels)
        text = f"From {source}: each value becomes one of {labels}, by the recipe's map{vocabulary}."
    elif recoder == "flag":
        text = f"1 when {'any of ' if len(variable.source) > 1 else ''}{source} says yes; empty otherwise."
    elif recoder == "other_flag":
        text = f"1 when {source} holds a value other than {', '.join(variable.listed)} (those have their own variable)."
    elif recoder in ("age_bands", "majority"):
        dates = ""
        if variable.birth_date and variable.registration_date:
            dates = f" (or, when it is empty, from {variable.birth_date} and {variable.registration_date})"
        if recoder == "majority":
            text = f"Age in years from {source}{dates}: Minor under 18, Adult from 18."
        else:
            bands = ", ".join(f"{b.text()} → {b.label}" for b in variable.bands)
            text = f"Age in years from {source}{dates}, in bands: {bands}."
    elif recoder == "bands":
        bands = ", ".join(f"{b.text()} → {b.label}" for b in variable.bands)
        outside = "set to missing" if variable.outside == "missing" else "listed as wrong"
        text = f"Whole numbers from {source}, in bands: {bands}. A number outside the bands is {outside}."
    elif recoder == "number":
        text = f"Whole number from {source}, kept as it is within {variable.low}-{variable.high}."
    else:
        groups = "; ".join(f"{region} → {label}" for region, label in recipe.region_groups)
        target = "its ISO3 code" if variable.output == "iso3" else "its UN region" + (f" ({groups})" if groups else "")
        text = f"Country from {source} (ISO2, ISO3 or a name in English, French or Spanish) → {target}."
    if variable.missing:
        text += f" Set to missing on purpose: {', '.join(variable.missing)}."
    if variable.table == "perpetrators":
        text += " " + (_PER_VICTIM_FLAG if variable.type == "flag" else _PER_VICTIM_VALUES)
    if variable.note:
        text += f" {variable.note}"
    return text
