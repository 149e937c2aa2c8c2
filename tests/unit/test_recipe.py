"""Recipe files: the shipped ones load in codebook order; malformed ones are refused naming key and line."""

from __future__ import annotations

import json

import pytest

from ctdc_desktop.core.decisions import DecisionsError
from ctdc_desktop.core.recode.recipe import (
    Band,
    Recipe,
    RecipeError,
    RecodeDecisions,
    check_bands,
    load_recipe,
    parse_recipe,
)

VP_2022 = [
    "yearRegister",
    "gender",
    "majorityStatus",
    "isForcedLabour",
    "isSexualExploit",
    "UN_COO_Region",
    "UN_COE_Region",
    "IP_RecruiterBroker",
    "IP_TransactionProcess",
    "IP_ControlAbuseKidnap",
    "IP_Exploiter",
    "IP_Relation",
    "IP_Gender",
    "IP_ageBroad",
    "IP_citizen_UNRegion",
    "IP_PayMoney",
]
GLOBAL_2021 = [
    "yearOfRegistration",
    "gender",
    "ageBroad",
    "majorityStatusAtExploit",
    "citizenship",
    "CountryOfExploitation",
    "traffickMonths",
    "meansOfControlDebtBondage",
    "meansOfControlTakesEarnings",
    "meansOfControlThreats",
    "meansOfControlPsychologicalAbuse",
    "meansOfControlPhysicalAbuse",
    "meansOfControlSexualAbuse",
    "meansOfControlFalsePromises",
    "meansOfControlPsychoactiveSubstances",
    "meansOfControlRestrictsMovement",
    "meansOfControlRestrictsMedicalCare",
    "meansOfControlExcessiveWorkingHours",
    "meansOfControlThreatOfLawEnforcement",
    "meansOfControlWithholdsNecessities",
    "meansOfControlWithholdsDocuments",
    "meansOfControlOther",
    "isForcedLabour",
    "isSexualExploit",
    "isOtherExploit",
    "typeOfLabourAgriculture",
    "typeOfLabourConstruction",
    "typeOfLabourDomesticWork",
    "typeOfLabourHospitality",
    "typeOfLabourOther",
    "typeOfSexProstitution",
    "typeOfSexPornography",
    "typeOfSexOther",
    "recruiterRelationIntimatePartner",
    "recruiterRelationFriend",
    "recruiterRelationFamily",
    "recruiterRelationOther",
]

GOOD_VARIABLE = """
[[variables]]
name = "IP_ageBroad"
type = "category"
categories = ["0--29", "30--38", "39--47", "48+"]
recoder = "age_bands"
source = "perp_Age"
bands = [
    { from = 0, to = 29, label = "0--29" },
    { from = 30, to = 38, label = "30--38" },
    { from = 39, to = 47, label = "39--47" },
    { from = 48, label = "48+" },
]
"""


def _text(variables: str) -> str:
    first = '[[variables]]\nname = "first"\ntype = "flag"\nrecoder = "flag"\nsource = "x"\n'
    return f'[recipe]\nname = "test"\n\n{first}{variables}'


@pytest.mark.parametrize(
    ("name", "columns"), [("victim_perpetrator_2022", VP_2022), ("global_synthetic_2021", GLOBAL_2021)]
)
def test_shipped_recipes_hold_the_codebook_variables_in_order(name: str, columns: list[str]) -> None:
    recipe, decisions = load_recipe(name)
    assert list(recipe.columns) == columns
    assert decisions.recipe_file == name and len(decisions.recipe_sha256) == 64


def test_recipe_and_decisions_round_trip_through_json() -> None:
    recipe, decisions = load_recipe("victim_perpetrator_2022")
    assert Recipe.from_dict(json.loads(json.dumps(recipe.to_dict()))) == recipe
    again = RecodeDecisions.from_dict(json.loads(json.dumps(decisions.to_dict())))
    assert again == decisions
    edited = again.recipe.with_variable(again.recipe.variable("gender").replace(missing=("Unknown",)))
    assert RecodeDecisions(decisions.recipe_file, decisions.recipe_sha256, edited).edited_variables(recipe) == (
        "gender",
    )


def test_malformed_toml_names_the_line() -> None:
    with pytest.raises(RecipeError, match=r"test\.toml: not a valid TOML file .*line 3"):
        parse_recipe('[recipe]\nname = "x"\nbroken = \n', "test.toml")


@pytest.mark.parametrize(
    ("bands", "words"),
    [
        ('{ from = 0, to = 30, label = "0--29" }, { from = 30, to = 38, label = "30--38" }', "overlap"),
        ('{ from = 0, to = 28, label = "0--29" }, { from = 30, to = 38, label = "30--38" }', "leave a gap (29 to 29)"),
        ('{ from = 0, label = "0--29" }, { from = 30, to = 38, label = "30--38" }', "no upper end"),
        ('{ from = 0, to = 29, label = "0-29" }', 'label "0-29", which is not a category'),
    ],
)
def test_bad_bands_are_refused_naming_variable_key_and_line(bands: str, words: str) -> None:
    variable = GOOD_VARIABLE.split("bands = [")[0] + f"bands = [{bands}]\n"
    with pytest.raises(RecipeError) as caught:
        parse_recipe(_text(variable), "test.toml")
    message = str(caught.value)
    assert "test.toml, line 16, key variables[1].bands: IP_ageBroad:" in message
    assert words in message


def test_a_mapped_category_the_codebook_does_not_have_is_refused() -> None:
    variable = """
[[variables]]
name = "gender"
type = "category"
categories = ["Female", "Male"]
recoder = "value_map"
source = "sex"
map = { "Femme" = "Woman" }
"""
    with pytest.raises(RecipeError, match=r'line 16, key variables\[1\]\.map: gender: "Femme" is mapped to "Woman"'):
        parse_recipe(_text(variable), "test.toml")


def test_an_unknown_key_is_refused_with_its_line() -> None:
    with pytest.raises(RecipeError, match=r"line 15, key variables\[1\]\.sorce: is not a variable key"):
        parse_recipe(_text(GOOD_VARIABLE.replace("source =", "sorce =")), "test.toml")


def test_a_variable_without_source_must_say_why() -> None:
    variable = (
        '\n[[variables]]\nname = "traffickMonths"\ntype = "category"\ncategories = ["a"]\nrecoder = "not_recorded"\n'
    )
    with pytest.raises(RecipeError, match="note"):
        parse_recipe(_text(variable), "test.toml")


def test_region_groups_must_give_codebook_categories() -> None:
    variable = """
[[variables]]
name = "UN_COO_Region"
type = "category"
categories = ["Africa", "Americas/Oceania", "Asia", "Europe"]
recoder = "country"
source = "citizenship"
"""
    with pytest.raises(RecipeError, match='UN region "Americas" becomes "Americas"'):
        parse_recipe(_text(variable), "test.toml")


def test_check_bands_is_usable_by_a_bands_editor() -> None:
    labels = ("0--29", "30--38")
    check_bands((Band(0, 29, "0--29"), Band(30, None, "30--38")), labels)
    with pytest.raises(RecipeError, match="overlap"):
        check_bands((Band(0, 29, "0--29"), Band(29, None, "30--38")), labels)


def test_edits_are_checked_like_a_loaded_recipe() -> None:
    recipe, _ = load_recipe("victim_perpetrator_2022")
    with pytest.raises(RecipeError, match=r"IP_ageBroad.*overlap"):
        recipe.variable("IP_ageBroad").replace(bands=(Band(0, 30, "0--29"), Band(30, None, "30--38")))


def test_decisions_from_a_damaged_project_name_the_key() -> None:
    with pytest.raises(DecisionsError, match=r"'steps\.recode\.recipe_sha256' is missing"):
        RecodeDecisions.from_dict({"recipe_file": "x"}, "steps.recode")
    with pytest.raises(DecisionsError, match=r"'steps\.recode\.recipe\.variables' the recipe has no"):
        RecodeDecisions.from_dict({"recipe_file": "x", "recipe_sha256": "y", "recipe": {"name": "n"}}, "steps.recode")


def test_a_recipe_error_is_a_decisions_error() -> None:
    """Whoever reads decisions catches one type, whether the fault is in a project's key or in a recipe file."""
    with pytest.raises(DecisionsError) as caught:
        parse_recipe("[recipe]\nname = 3\n", "mission.toml")
    assert isinstance(caught.value, RecipeError)
    assert str(caught.value) == "mission.toml, line 2, key recipe.name: must be text and is required."
    assert (caught.value.key, caught.value.problem) == ("recipe.name", "must be text and is required.")


def test_every_shipped_variable_is_described_in_plain_words() -> None:
    from ctdc_desktop.core.recode.describe_recipe import describe_variable

    recipe, _ = load_recipe("victim_perpetrator_2022")
    texts = {v.name: describe_variable(v, recipe) for v in recipe.variables}
    assert "Americas → Americas/Oceania" in texts["UN_COO_Region"]
    assert "30-38 → 30--38" in texts["IP_ageBroad"] and "joined with" in texts["IP_ageBroad"]
    assert "any of perp_RoleRecruiter, perp_RoleBroker" in texts["IP_RecruiterBroker"]
    assert "at least one of the victim's perpetrators" in texts["IP_RecruiterBroker"]
    recipe_2021, _ = load_recipe("global_synthetic_2021")
    assert describe_variable(recipe_2021.variable("traffickMonths"), recipe_2021).startswith("Not in the export")
