"""What a recipe does to each variable, in plain words for the Recode page and the release report.

The sentences are translated; column names, labels and spellings are the data's and stay as written. The recipe's own
explanations (a variable's note) are translated when they are a shipped recipe's (see shipped_recipe_texts.py); a
mission's own recipe shows them as written.
"""

from __future__ import annotations

from ctdc_desktop.core.recode.recipe import Recipe, VariableRecipe
from ctdc_desktop.core.translation import translate


def _columns(names: tuple[str, ...]) -> str:
    return ", ".join(names) if len(names) > 1 else names[0]


def _bands(variable: VariableRecipe) -> str:
    return ", ".join(f"{b.text()} → {b.label}" for b in variable.bands)


def _age_text(variable: VariableRecipe, source: str) -> str:
    dated = bool(variable.birth_date and variable.registration_date)
    if variable.recoder == "majority":
        if dated:
            return translate(
                "RecipeDescription",
                "Age in years from {source} (or, when it is empty, from {birth} and {registered}): Minor under 18, "
                "Adult from 18.",
            ).format(source=source, birth=variable.birth_date, registered=variable.registration_date)
        return translate("RecipeDescription", "Age in years from {source}: Minor under 18, Adult from 18.").format(
            source=source
        )
    if dated:
        return translate(
            "RecipeDescription",
            "Age in years from {source} (or, when it is empty, from {birth} and {registered}), in bands: {bands}.",
        ).format(
            source=source, birth=variable.birth_date, registered=variable.registration_date, bands=_bands(variable)
        )
    return translate("RecipeDescription", "Age in years from {source}, in bands: {bands}.").format(
        source=source, bands=_bands(variable)
    )


def _country_text(variable: VariableRecipe, recipe: Recipe, source: str) -> str:
    if variable.output == "iso3":
        return translate(
            "RecipeDescription",
            "Country from {source} (ISO2, ISO3 or a name in English, French or Spanish) → its ISO3 code.",
        ).format(source=source)
    groups = "; ".join(f"{region} → {label}" for region, label in recipe.region_groups)
    if groups:
        return translate(
            "RecipeDescription",
            "Country from {source} (ISO2, ISO3 or a name in English, French or Spanish) → its UN region ({groups}).",
        ).format(source=source, groups=groups)
    return translate(
        "RecipeDescription",
        "Country from {source} (ISO2, ISO3 or a name in English, French or Spanish) → its UN region.",
    ).format(source=source)


def _rule_text(variable: VariableRecipe, recipe: Recipe, source: str) -> str:
    recoder = variable.recoder
    if recoder == "value_map":
        labels = ", ".join(variable.labels)
        if variable.vocabulary:
            return translate(
                "RecipeDescription",
                "From {source}: each value becomes one of {labels}, by the recipe's map and the shipped {vocabulary} "
                "spellings.",
            ).format(source=source, labels=labels, vocabulary=variable.vocabulary)
        return translate(
            "RecipeDescription", "From {source}: each value becomes one of {labels}, by the recipe's map."
        ).format(source=source, labels=labels)
    if recoder == "flag":
        if len(variable.source) > 1:
            return translate("RecipeDescription", "1 when any of {source} says yes; empty otherwise.").format(
                source=source
            )
        return translate("RecipeDescription", "1 when {source} says yes; empty otherwise.").format(source=source)
    if recoder == "other_flag":
        return translate(
            "RecipeDescription", "1 when {source} holds a value other than {listed} (those have their own variable)."
        ).format(source=source, listed=", ".join(variable.listed))
    if recoder in ("age_bands", "majority"):
        return _age_text(variable, source)
    if recoder == "bands":
        if variable.outside == "missing":
            text = translate(
                "RecipeDescription",
                "Whole numbers from {source}, in bands: {bands}. A number outside the bands is set to missing.",
            )
        else:
            text = translate(
                "RecipeDescription",
                "Whole numbers from {source}, in bands: {bands}. A number outside the bands is listed as wrong.",
            )
        return text.format(source=source, bands=_bands(variable))
    if recoder == "number":
        return translate("RecipeDescription", "Whole number from {source}, kept as it is within {low}-{high}.").format(
            source=source, low=variable.low, high=variable.high
        )
    return _country_text(variable, recipe, source)


def describe_variable(variable: VariableRecipe, recipe: Recipe) -> str:
    """One short paragraph: where the variable comes from, how values become categories, what is set to missing."""
    note = translate("Recipe", variable.note) if variable.note else ""
    if variable.recoder == "not_recorded":
        return " ".join([translate("RecipeDescription", "Not in the export: the column stays empty."), note]).strip()
    sentences = [_rule_text(variable, recipe, _columns(variable.source) if variable.source else "")]
    if variable.missing:
        sentences.append(
            translate("RecipeDescription", "Set to missing on purpose: {values}.").format(
                values=", ".join(variable.missing)
            )
        )
    if variable.table == "perpetrators":
        if variable.type == "flag":
            sentences.append(
                translate("RecipeDescription", "Per victim: 1 when at least one of the victim's perpetrators has it.")
            )
        else:
            sentences.append(
                translate(
                    "RecipeDescription",
                    'Per victim: every different answer among the victim\'s perpetrators, once, joined with ";" in '
                    "the codebook's order; a victim without perpetrators or answers gets an empty cell.",
                )
            )
    if note:
        sentences.append(note)
    return " ".join(sentences)
