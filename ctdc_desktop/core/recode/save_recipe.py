"""Save a recipe (as the Recode page edited it) to a new TOML file that `load_recipe` reads back the same.

The file is written with tomli-w (a TOML writer, the counterpart of the standard library's tomllib) and goes through
`write_file_atomically`: it is parsed back before it replaces anything, so a recipe that would not load again is never
left on disk.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import tomli_w

from ctdc_desktop.core.io.output_folder import write_file_atomically
from ctdc_desktop.core.recode.recipe import Recipe, RecipeError, RecodeDecisions, parse_recipe
from ctdc_desktop.core.translation import translate

_HEADER = (
    "# A CTDC Desktop recode recipe, saved from the Recode page.\n"
    "# It holds no data: only how each codebook variable is made from the export's columns.\n\n"
)


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
