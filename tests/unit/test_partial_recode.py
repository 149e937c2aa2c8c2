"""recipe_setting_unplaced_missing: the look at the table so far is made by the recipe's own missing lists."""

from __future__ import annotations

from pathlib import Path

from ctdc_desktop.core.load.open_export import command_line_load, open_case_export
from ctdc_desktop.core.recode.partial_recode import recipe_setting_unplaced_missing
from ctdc_desktop.core.recode.recipe import parse_recipe
from ctdc_desktop.core.recode.recode import recode
from ctdc_desktop.core.recode.save_recipe import recipe_to_toml

RECIPE = """
[recipe]
name = "mine"

[[variables]]
name = "gender"
type = "category"
categories = ["Female", "Male"]
recoder = "value_map"
source = "gender"
vocabulary = "gender"

[[variables]]
name = "recruited"
type = "flag"
recoder = "flag"
source = "roles"
split = ";"
map = { Recruiter = "1", Other = "" }

[[variables]]
name = "age"
type = "number"
recoder = "number"
source = "age_years"
low = 0
high = 99
"""


def test_unplaced_values_go_to_missing_and_a_missing_column_leaves_its_variable_empty(tmp_path: Path) -> None:
    victims = tmp_path / "victims.csv"
    victims.write_text(
        "case,gender,roles\nA,Femme,Recruiter\nB,Alien,Other;Alien role\nC,Alien,\nD,Male,Recruiter;Other\n",
        encoding="utf-8",
    )
    export = open_case_export(command_line_load(victims))
    recipe = parse_recipe(RECIPE)
    first = recode(export, recipe)
    assert not first.complete
    partial = recipe_setting_unplaced_missing(export, recipe, first.coverage)
    assert partial.recipe.variable("gender").missing == ("Alien",)
    assert partial.recipe.variable("recruited").missing == ("Alien role",)  # the answer, not the cell
    age = partial.recipe.variable("age")
    assert age.recoder == "not_recorded" and "age_years" in age.note
    assert [a.name for a in partial.set_aside] == ["gender", "recruited", "age"]
    again = recode(export, partial.recipe)
    assert again.complete
    assert again.table["gender"].astype(object).where(again.table["gender"].notna(), "").tolist() == [
        "Female",
        "",
        "",
        "Male",
    ]
    # The derived recipe is a recipe like any other: saved and read back the same.
    assert parse_recipe(recipe_to_toml(partial.recipe)) == partial.recipe


def test_a_complete_recode_sets_nothing_aside(tmp_path: Path) -> None:
    victims = tmp_path / "victims.csv"
    victims.write_text("case,gender,roles,age_years\nA,F,Recruiter,30\n", encoding="utf-8")
    export = open_case_export(command_line_load(victims))
    recipe = parse_recipe(RECIPE)
    result = recode(export, recipe)
    assert result.complete
    partial = recipe_setting_unplaced_missing(export, recipe, result.coverage)
    assert partial.recipe == recipe and partial.set_aside == ()
