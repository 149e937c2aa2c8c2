"""The Recode page's edits to a recipe (map, set to missing, source, bands) and saving the edited recipe as TOML."""

from __future__ import annotations

from pathlib import Path

import pytest

from ctdc_desktop.core.recode.edit_recipe import (
    NOT_TICKED,
    assign_values,
    assignable_labels,
    set_values_missing,
    with_bands,
    with_source,
)
from ctdc_desktop.core.recode.recipe import SHIPPED_RECIPES, Band, RecipeError, load_recipe
from ctdc_desktop.core.recode.recode import recode, source_values
from ctdc_desktop.core.recode.review_recode import EMPTY_LABEL, review_recode
from ctdc_desktop.core.recode.save_recipe import recipe_to_toml, save_recipe
from tests.unit.recode_cases import export, recipe

GENDER = """
[[variables]]
name = "gender"
type = "category"
categories = ["Female", "Male"]
recoder = "value_map"
source = "sex"
"""

AGE = """
[[variables]]
name = "ageBroad"
type = "category"
categories = ["0--29", "30--38", "39+"]
recoder = "age_bands"
source = "age"
bands = [{from = 0, to = 29, label = "0--29"}, {from = 30, to = 38, label = "30--38"}, {from = 39, label = "39+"}]
"""


def test_an_unmapped_spelling_mapped_on_the_page_makes_the_recode_complete() -> None:
    data = export({"sex": ["Femme", "Mujer", "Mujer", None], "age": ["20", "30", "40", "29"]})
    made = recipe(GENDER + AGE)
    assert not recode(data, made).complete
    states = {v.value: v.state for v in source_values(data, made, "gender")}
    assert states == {"Mujer": "unmapped", "Femme": "unmapped"}
    gender = assign_values(made.variable("gender"), ["Mujer", "Femme"], "Female")
    edited = made.with_variable(gender)
    result = recode(data, edited)
    assert result.complete
    assert result.table["gender"].tolist()[:3] == ["Female"] * 3


def test_set_to_missing_replaces_a_mapping_of_the_same_spelling_and_back() -> None:
    gender = recipe(GENDER).variable("gender")
    mapped = assign_values(gender, ["MUJER"], "Female")
    missing = set_values_missing(mapped, ["mujer"])
    assert missing.map == () and missing.missing == ("mujer",)
    again = assign_values(missing, ["Mujer"], "Female")
    assert again.missing == () and again.map == (("Mujer", "Female"),)


def test_a_category_the_codebook_does_not_have_is_refused() -> None:
    gender = recipe(GENDER).variable("gender")
    with pytest.raises(RecipeError, match='"Mujer" is mapped to "Woman", which the codebook does not have'):
        assign_values(gender, ["Mujer"], "Woman")


def test_overlapping_or_gapped_bands_are_refused_with_check_bands_words() -> None:
    age = recipe(AGE).variable("ageBroad")
    overlap = (Band(0, 30, "0--29"), Band(30, 38, "30--38"), Band(39, None, "39+"))
    with pytest.raises(RecipeError, match=r"^bands 0-30 and 30-38 overlap\.$"):
        with_bands(age, overlap)
    gap = (Band(0, 28, "0--29"), Band(30, 38, "30--38"), Band(39, None, "39+"))
    with pytest.raises(RecipeError, match=r"leave a gap \(29 to 29\)"):
        with_bands(age, gap)
    moved = with_bands(age, (Band(0, 30, "0--29"), Band(31, 38, "30--38"), Band(39, None, "39+")))
    data = export({"age": ["30"]})
    assert recode(data, recipe(AGE).with_variable(moved)).table["ageBroad"].tolist() == ["0--29"]


def test_assignable_labels_per_recoder() -> None:
    flag = recipe('[[variables]]\nname = "f"\ntype = "flag"\nrecoder = "flag"\nsource = "x"\n').variable("f")
    assert assignable_labels(flag) == ("1", NOT_TICKED)
    assert assignable_labels(recipe(GENDER).variable("gender")) == ("Female", "Male")
    shipped, _ = load_recipe("victim_perpetrator_2022")
    countries = assignable_labels(shipped.variable("UN_COO_Region"))
    assert "VNM" in countries and "FRA" in countries


def test_with_source_names_the_new_column_and_review_counts_before_and_after() -> None:
    data = export({"sex": ["F"], "gender_2": ["Male", "Male", None][:1]})
    made = recipe(GENDER).with_variable(with_source(recipe(GENDER).variable("gender"), "gender_2"))
    review = review_recode(data, made)
    assert [(v.column, v.value, v.count, v.becomes) for v in review.values["gender"]] == [
        ("gender_2", "Male", 1, "Male")
    ]
    data = export({"sex": ["Female", "Female", "Male", None]})
    review = review_recode(data, recipe(GENDER))
    assert review.after["gender"] == (("Female", 2), ("Male", 1), (EMPTY_LABEL, 1))


@pytest.mark.parametrize("name", SHIPPED_RECIPES)
def test_a_shipped_recipe_saved_and_loaded_back_is_the_same(name: str, tmp_path: Path) -> None:
    shipped, _ = load_recipe(name)
    decisions = save_recipe(shipped, tmp_path / "copy.toml")
    loaded, loaded_decisions = load_recipe(tmp_path / "copy.toml")
    assert loaded == shipped
    assert decisions == loaded_decisions  # same file name, same hash, same recipe


def test_an_edited_recipe_with_awkward_spellings_round_trips(tmp_path: Path) -> None:
    shipped, _ = load_recipe("victim_perpetrator_2022")
    awkward = ['Époux "de fait"', "a.b = c", "[x]", "Côte d'Ivoire\\", "tab\there", "# not a comment"]
    gender = assign_values(shipped.variable("gender"), awkward, "Female")
    gender = set_values_missing(gender, ["Ne sait pas", "ключ"])
    edited = shipped.with_variable(gender)
    save_recipe(edited, tmp_path / "edited.toml")
    loaded, _ = load_recipe(tmp_path / "edited.toml")
    assert loaded == edited
    assert loaded.variable("gender").map[-len(awkward) :] == tuple((raw, "Female") for raw in awkward)
    assert recipe_to_toml(edited).startswith("# A CTDC Desktop recode recipe")


def test_a_save_that_does_not_read_back_leaves_the_old_file_and_no_partial_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import ctdc_desktop.core.recode.save_recipe as module

    shipped, _ = load_recipe("victim_perpetrator_2022")
    target = tmp_path / "recipe.toml"
    target.write_text("old", encoding="utf-8")
    other, _ = load_recipe("global_synthetic_2021")
    monkeypatch.setattr(module, "parse_recipe", lambda text, where: other)
    with pytest.raises(RecipeError, match="did not read back the same; nothing was saved"):
        save_recipe(shipped, target)
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["recipe.toml"]


def test_a_folder_that_is_not_there_gives_a_message_naming_the_file(tmp_path: Path) -> None:
    shipped, _ = load_recipe("victim_perpetrator_2022")
    with pytest.raises(RecipeError, match=r"gone.*recipe\.toml: the recipe could not be saved"):
        save_recipe(shipped, tmp_path / "gone" / "recipe.toml")


LABOUR = """
[[variables]]
name = "typeOfLabourAgriculture"
type = "flag"
recoder = "flag"
source = "industry"
split = " "
map = { "Agriculture" = "1", "Construction" = "" }
"""


def test_multi_select_cells_are_listed_answer_by_answer_so_that_mapping_one_takes_effect() -> None:
    data = export({"industry": ["Agriculture Construction", "Fishing Construction", "Construction", None]})
    made = recipe(LABOUR)
    listed = {(v.value, v.count, v.state) for v in source_values(data, made, "typeOfLabourAgriculture")}
    assert listed == {("Agriculture", 1, "mapped"), ("Construction", 3, "not ticked"), ("Fishing", 1, "unmapped")}
    assert not recode(data, made).complete
    edited = made.with_variable(assign_values(made.variable("typeOfLabourAgriculture"), ["Fishing"], NOT_TICKED))
    result = recode(data, edited)
    assert result.complete
    assert result.table["typeOfLabourAgriculture"].isna().tolist() == [False, True, True, True]
