"""Recipe proposals on exports the tool has never seen: sources by name and by values, value maps from the shipped
word lists, and what must be refused (listed, or left for the user to confirm) rather than guessed."""

from __future__ import annotations

import numpy as np
import pytest

from ctdc_desktop.core.recode.propose import RecipeProposal, propose_recipe
from ctdc_desktop.core.recode.recipe import load_recipe
from ctdc_desktop.core.recode.recode import recode
from tests.unit.recode_cases import export

N = 40
RNG = np.random.default_rng(7)


def _pick(values: list[str], n: int = N) -> list[str | None]:
    return [str(v) for v in RNG.choice(values, n)]


def _propose(
    victims: dict[str, list[str | None]], perpetrators: dict[str, list[str | None]] | None = None
) -> RecipeProposal:
    base, _ = load_recipe("victim_perpetrator_2022")
    return propose_recipe(export(victims, perpetrators), base)


def _cases(n: int = N) -> list[str | None]:
    return [f"C{i:03d}" for i in range(n)]


@pytest.mark.parametrize("name", ["Sexe", "Sexo", "prs_Gender", "Genre de la victime", "GENDER"])
def test_the_sex_column_is_found_by_its_name_in_any_language(name: str) -> None:
    proposal = _propose({"case": _cases(), name: _pick(["F", "M"]), "Pays": _pick(["Mali", "Niger"])})
    gender = proposal.variable("gender")
    assert gender.found and gender.confident and gender.source == (name,)
    assert name in gender.reason


def test_a_column_found_by_its_values_alone_is_proposed_but_not_applied() -> None:
    proposal = _propose({"case": _cases(), "Q7": _pick(["Femme", "Homme"])})
    gender = proposal.variable("gender")
    assert gender.found and gender.source == ("Q7",)
    assert not gender.confident and not gender.by_name
    assert proposal.confident_recipe.variable("gender").source == ("prs_Gender",)  # left as the base has it
    assert proposal.recipe.variable("gender").source == ("Q7",)


def test_two_country_columns_go_by_their_names() -> None:
    proposal = _propose(
        {
            "case": _cases(),
            "Nationalité": _pick(["Mali", "Niger", "France"]),
            "Pays d'exploitation": _pick(["Liban", "Koweït", "France"]),
        }
    )
    assert proposal.variable("UN_COO_Region").source == ("Nationalité",)
    assert proposal.variable("UN_COE_Region").source == ("Pays d'exploitation",)
    assert proposal.variable("UN_COO_Region").confident


def test_a_misspelt_country_is_listed_never_placed() -> None:
    proposal = _propose({"case": _cases(), "Nacionalidad": ["Moldvaia", *_pick(["Perú", "Chile"], N - 1)]})
    citizenship = proposal.variable("UN_COO_Region")
    assert citizenship.source == ("Nacionalidad",)
    assert citizenship.unplaced == ("Moldvaia",)  # the column is sure; the value is listed for the user
    assert "Moldvaia" in citizenship.reason and not proposal.complete
    result = recode(export({"case": _cases(), "Nacionalidad": ["Moldvaia"]}), proposal.confident_recipe)
    assert not result.complete and result.coverage.variable("UN_COO_Region").unmapped[0].value == "Moldvaia"


def test_an_age_written_with_its_unit_is_listed() -> None:
    proposal = _propose({"case": _cases(), "Âge": ["17 ans", *_pick(["16", "25", "40"], N - 1)]})
    majority = proposal.variable("majorityStatus")
    assert majority.variable.source == ("Âge",)
    assert majority.unplaced == ("17 ans",) and not proposal.complete


def test_majority_from_birth_and_registration_dates_when_there_is_no_age() -> None:
    proposal = _propose(
        {
            "case": _cases(),
            "Fecha de nacimiento": _pick(["12/03/1990", "01/07/2008", "30/11/1975"]),
            "Fecha de registro": _pick(["05/02/2020", "17/09/2021"]),
        }
    )
    majority = proposal.variable("majorityStatus").variable
    assert majority.source == ()
    assert (majority.birth_date, majority.registration_date) == ("Fecha de nacimiento", "Fecha de registro")
    year = proposal.variable("yearRegister").variable
    assert year.source == ("Fecha de registro",) and year.date_year


def test_roles_listed_in_one_cell_are_split_and_mapped_word_by_word() -> None:
    roles = ["Recruteur/intermédiaire; Passeur; Ravisseur", "Passeur", "Exploiteur; Recruteur", "Ravisseur", None]
    perpetrators = {"case": _cases(5), "Rôle(s) du trafiquant": roles}
    proposal = _propose({"case": _cases(5)}, perpetrators)
    recruiter = proposal.variable("IP_RecruiterBroker")
    assert recruiter.source == ("Rôle(s) du trafiquant",) and recruiter.variable.split == (";",)
    assert dict(recruiter.variable.map)["Recruteur/intermédiaire"] == "1"
    assert dict(recruiter.variable.map)["Passeur"] == ""
    table = recode(export({"case": _cases(5)}, perpetrators), proposal.recipe).table
    as_list = {name: [None if v != v else v for v in table[name]] for name in table.columns}
    assert as_list["IP_RecruiterBroker"] == ["1", None, "1", None, None]  # an empty cell: no role
    assert as_list["IP_TransactionProcess"] == ["1", "1", None, None, None]
    assert as_list["IP_ControlAbuseKidnap"] == ["1", None, None, "1", None]
    assert as_list["IP_Exploiter"] == [None, None, "1", None, None]


def test_roles_as_yes_no_columns_one_per_role() -> None:
    perpetrators = {
        "case": _cases(),
        "¿Reclutó?": _pick(["Sí", "No"]),
        "¿Transportó?": _pick(["Sí", "No"]),
        "¿Explotó?": _pick(["Sí", "No"]),
        "Sexo": _pick(["Mujer", "Hombre"]),
    }
    proposal = _propose({"case": _cases()}, perpetrators)
    assert proposal.variable("IP_RecruiterBroker").source == ("¿Reclutó?",)
    assert proposal.variable("IP_TransactionProcess").source == ("¿Transportó?",)
    assert proposal.variable("IP_Exploiter").source == ("¿Explotó?",)
    assert proposal.variable("IP_Gender").source == ("Sexo",)
    assert not proposal.variable("IP_ControlAbuseKidnap").found


def test_a_relationship_meaning_two_categories_is_listed_with_its_reason() -> None:
    perpetrators = {"case": _cases(), "Relation avec la victime": ["Ami/Époux", *_pick(["Voisin", "Oncle"], N - 1)]}
    relation = _propose({"case": _cases()}, perpetrators).variable("IP_Relation")
    assert relation.source == ("Relation avec la victime",)
    assert relation.unplaced == ("Ami/Époux",)
    assert "more than one category" in relation.reason


def test_a_variable_no_column_speaks_of_is_not_found_and_says_so() -> None:
    proposal = _propose({"case": _cases(), "District": _pick(["North", "South"])})
    forced = proposal.variable("isForcedLabour")
    assert not forced.found and forced.reason
    assert proposal.recipe.variable("isForcedLabour") == load_recipe("victim_perpetrator_2022")[0].variable(
        "isForcedLabour"
    )


@pytest.mark.parametrize(
    ("letters", "meaning"),
    [
        (["H", "F"], {"H": "Male", "F": "Female"}),
        (["H", "M"], {"H": "Male", "M": "Female"}),
        (["M", "F"], {"M": "Male", "F": "Female"}),
    ],
)
def test_one_letter_sexes_are_read_by_the_letters_the_column_holds(letters: list[str], meaning: dict[str, str]) -> None:
    raw = [letters[i % 2] for i in range(N)]
    proposal = _propose({"case": _cases(), "Sexo": raw})
    table = recode(export({"case": _cases(), "Sexo": raw}), proposal.recipe).table
    assert [table["gender"].iloc[i] for i in range(2)] == [meaning[letters[0]], meaning[letters[1]]]


def test_a_column_that_could_make_two_variables_is_applied_to_neither() -> None:
    proposal = _propose({"case": _cases(), "Pays": _pick(["Mali", "Niger", "France"])})
    for name in ("UN_COO_Region", "UN_COE_Region"):
        country = proposal.variable(name)
        assert country.source == ("Pays",) and not country.confident
        assert "choose" in country.reason
    assert proposal.confident_recipe.variable("UN_COO_Region").source == ("prs_Citizenship",)


def test_a_victims_column_about_the_perpetrator_is_not_the_victims_own() -> None:
    proposal = _propose(
        {
            "case": _cases(),
            "Nationalité du trafiquant": _pick(["Nigeria", "Ghana"]),
            "Nationalité": _pick(["Mali", "Niger"]),
            "Sexe de l'auteur": _pick(["F", "M"]),
        }
    )
    assert proposal.variable("UN_COO_Region").source == ("Nationalité",)
    assert proposal.variable("UN_COO_Region").confident
    assert not proposal.variable("gender").confident  # only "Sexe de l'auteur", whose name is about someone else
