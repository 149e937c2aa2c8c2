"""Save a recipe (as the Recode page edited it) to a new TOML file that `load_recipe` reads back the same.

The file is written with tomli-w (a TOML writer, the counterpart of the standard library's tomllib) and goes through
`write_file_atomically`: it is parsed back before it replaces anything, so a recipe that would not load again is never
left on disk.

A recipe saved from the window says everything the window used on the export in front of it (`recipe_as_used`): the
link is the pair of columns the perpetrators were actually linked by, not the one the recipe was first written with,
so that `ctdc-desktop recode EXPORT --recipe SAVED.toml` gives the window's table row for row.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace
from pathlib import Path
from typing import Any

import tomli_w

from ctdc_desktop.core.case_export import CaseExport
from ctdc_desktop.core.io.output_folder import write_file_atomically
from ctdc_desktop.core.link import link_pair
from ctdc_desktop.core.recode.recipe import Recipe, RecipeError, RecodeDecisions, parse_recipe
from ctdc_desktop.core.translation import translate

_HEADER = (
    "# A CTDC Desktop recode recipe, saved from the Recode page.\n"
    "# It holds no data: only how each codebook variable is made from the export's columns.\n\n"
)


def link_used(export: CaseExport, recipe: Recipe) -> tuple[str, str] | None:
    """The (victims column, perpetrators column) recode links the perpetrators by on `export` (as `recode` finds it:
    the export's chosen link, else `link_pair`'s with the recipe's as the one wanted); without perpetrators, or when
    nothing links them, the recipe's."""
    if export.perpetrators is None:
        return recipe.link
    if export.link_columns is not None:
        return export.link_columns
    return link_pair(export.victim_frame, export.perpetrators.frame, recipe.link) or recipe.link


def recipe_as_used(recipe: Recipe, export: CaseExport | None) -> Recipe:
    """`recipe` with the link the window used on `export` (the recipe as it is without an export)."""
    if export is None:
        return recipe
    return replace(recipe, link=link_used(export, recipe))


def recipe_to_toml(recipe: Recipe) -> str:
    """The recipe as the text of a recipe file (a [recipe] table, [region_groups], one [[variables]] each)."""
    data = recipe.to_dict()
    head: dict[str, Any] = {key: data[key] for key in ("name", "title", "codebook", "description") if data[key]}
    head["name"] = recipe.name
    if recipe.link is not None:
        head["link"] = list(recipe.link)
    document: dict[str, Any] = {"recipe": head}
    if recipe.region_groups:
        document["region_groups"] = data["region_groups"]
    document["variables"] = data["variables"]
    return _HEADER + tomli_w.dumps(document)


def save_recipe(recipe: Recipe, path: Path) -> RecodeDecisions:
    """Write `recipe` to `path` (whole or not at all); the decisions now name that file and its hash."""
    path = Path(path)
    raw = recipe_to_toml(recipe).encode("utf-8")

    def reads_back(written: Path) -> None:
        if parse_recipe(written.read_text(encoding="utf-8"), str(path)) != recipe:
            raise RecipeError(
                translate(
                    "RecipeCheck", "{path}: the saved recipe did not read back the same; nothing was saved."
                ).format(path=path)
            )

    try:
        write_file_atomically(path, raw, check=reads_back)
    except OSError as error:
        raise RecipeError(
            translate(
                "RecipeCheck", "{path}: the recipe could not be saved ({why}). Choose a folder you can write to."
            ).format(path=path, why=error.strerror or error)
        ) from None
    return RecodeDecisions(str(path), hashlib.sha256(raw).hexdigest(), recipe)
