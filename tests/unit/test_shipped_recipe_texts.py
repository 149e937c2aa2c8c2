"""The shipped recipes' explanations reach the catalogues: shipped_recipe_texts.py lists every one as the recipe files
hold it now, and lupdate reads each listed text whole (long texts are cut over several source lines)."""

from __future__ import annotations

import tomllib
from pathlib import Path

from ctdc_desktop.core.recode.shipped_recipe_texts import SHIPPED_RECIPE_TEXTS
from ctdc_desktop.resources import resource_path
from tests.unit.test_translations import _script, catalogue_messages


def test_the_generated_module_is_up_to_date_with_the_recipe_files() -> None:
    assert _script().stale_recipe_texts() == [], "run: uv run python scripts/build_translations.py update"


def test_every_explanation_of_a_shipped_recipe_is_listed_and_no_label() -> None:
    listed = set(SHIPPED_RECIPE_TEXTS)
    for path in resource_path("recipes").glob("*.toml"):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        assert data["recipe"]["title"] in listed
        for variable in data["variables"]:
            assert variable.get("definition", "") in listed | {""}
            assert variable.get("note", "") in listed | {""}
            for category in variable.get("categories", []):
                label = category["label"] if isinstance(category, dict) else category
                assert label not in listed, f"the category label {label!r} is data, not an explanation"
                if isinstance(category, dict) and category.get("definition"):
                    assert category["definition"] in listed


def test_the_generated_module_changes_with_the_recipes(tmp_path: Path) -> None:
    (tmp_path / "mission.toml").write_text(
        '[recipe]\nname = "m"\ntitle = "A title with \\"quotes\\" and a long tail ' + "word " * 30 + '"\n'
        '[[variables]]\nname = "v"\ndefinition = "What v means."\n'
        'categories = [{ label = "Yes", definition = "it is so" }]\n',
        encoding="utf-8",
    )
    module = _script().recipe_texts_module(tmp_path)
    namespace: dict[str, object] = {}
    exec(compile(module, "generated", "exec"), namespace)  # the module as written is valid Python
    texts = namespace["SHIPPED_RECIPE_TEXTS"]
    assert texts == ('A title with "quotes" and a long tail ' + "word " * 30, "What v means.", "it is so")


def test_lupdate_reads_every_listed_text_whole() -> None:
    in_catalogue = {m.source for m in catalogue_messages("fr") if m.file.name.endswith("shipped_recipe_texts.ts")}
    assert in_catalogue == set(SHIPPED_RECIPE_TEXTS)
