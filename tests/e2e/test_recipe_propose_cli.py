"""`recipe propose`, `recode` and `run --recipe` end to end on exports whose columns are not the shipped recipe's.

The exports are written by the tests themselves (French headers and values, one sheet per role or two files), plus
the Portuguese mission export in ../shared/exports when the checkout sits beside it. What is checked does not
depend on how many variables the matchers find: the file written is the proposal, loads, and gives `recode` the same
table; the export is never touched; a run either completes or lists each variable to check.
"""

from __future__ import annotations

import hashlib
import random
import re
from pathlib import Path

import pandas as pd
import pytest

from ctdc_desktop.cli import main
from ctdc_desktop.core.io.read_export import list_sheets
from ctdc_desktop.core.load.decisions import SourceRole
from ctdc_desktop.core.load.open_export import command_line_load, open_case_export, preselect_sheet
from ctdc_desktop.core.recode.partial_recode import recipe_setting_unplaced_missing
from ctdc_desktop.core.recode.propose import propose_recipe
from ctdc_desktop.core.recode.recipe import load_recipe
from ctdc_desktop.core.recode.recode import recode

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "resources" / "sample"
MISSION_PT = REPO.parent / "shared" / "exports" / "mission_pt.xlsx"
FIXTURES = REPO / "tests" / "fixtures" / "exports"
# The generated mission exports (tests/fixtures/exports/SOURCES.md): what to open, as command-line arguments.
MISSIONS = {
    "fr": [str(FIXTURES / "fr_mission" / "dossiers.xlsx")],
    "es": [
        str(FIXTURES / "es_mission" / "victimas.csv"),
        "--perpetrators",
        str(FIXTURES / "es_mission" / "tratantes.csv"),
    ],
}


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def french_export(victims: int = 80, seed: int = 7) -> tuple[pd.DataFrame, pd.DataFrame]:
    """A small French export: victims under their own column names; perpetrators one row each, roles in one cell."""
    rng = random.Random(seed)
    countries = ["France", "Roumanie", "Nigéria", "Maroc", "Viet Nam", "Brésil"]
    yes_no = ["Oui", "Non"]
    rows = []
    for i in range(victims):
        rows.append(
            {
                "N° dossier": f"D-{1000 + i}",
                "Nom complet": f"Personne{i} Inventée{i}",
                "Sexe": rng.choice(["Féminin", "Masculin"]),
                "Âge": str(rng.randint(12, 60)),
                "Nationalité": rng.choice(countries),
                "Pays d'exploitation": rng.choice(countries),
                "Date d'enregistrement": f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(2015, 2021)}",
                "Travail forcé": rng.choice(yes_no),
                "Exploitation sexuelle": rng.choice(yes_no),
            }
        )
    perpetrators = []
    roles = ["Recruteur", "Passeur", "Ravisseur", "Exploiteur", "Intermédiaire"]
    for i in range(victims):
        for _ in range(rng.randint(1, 2)):
            perpetrators.append(
                {
                    "N° dossier": f"D-{1000 + i}",
                    "Sexe de l'auteur": rng.choice(["Homme", "Femme"]),
                    "Âge de l'auteur": str(rng.randint(20, 60)),
                    "Nationalité de l'auteur": rng.choice(countries),
                    "Lien avec la victime": rng.choice(["Voisin", "Ami", "Inconnu", "Époux/épouse"]),
                    "Rôles": "; ".join(sorted(rng.sample(roles, rng.randint(1, 3)))),
                    "A payé": rng.choice(yes_no),
                }
            )
    return pd.DataFrame(rows), pd.DataFrame(perpetrators)


@pytest.fixture
def french_workbook(tmp_path: Path) -> Path:
    """Victims and perpetrators on two sheets named in French; the perpetrators' sheet is the larger one."""
    victims, perpetrators = french_export()
    path = tmp_path / "export_fr.xlsx"
    with pd.ExcelWriter(path) as writer:
        victims.to_excel(writer, sheet_name="Victimes", index=False)
        perpetrators.to_excel(writer, sheet_name="Auteurs", index=False)
    return path


@pytest.fixture
def french_csvs(tmp_path: Path) -> tuple[Path, Path]:
    victims, perpetrators = french_export()
    v, p = tmp_path / "victimes.csv", tmp_path / "auteurs.csv"
    victims.to_csv(v, index=False, sep=";", encoding="cp1252")
    perpetrators.to_csv(p, index=False, sep=";", encoding="cp1252")
    return v, p


# ------------------------------------------------------------------------------------------------ recipe propose


def test_propose_writes_the_proposal_and_recode_gives_the_same_table_from_the_file(
    french_workbook: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = digest(french_workbook)
    recipe_file = tmp_path / "R.toml"
    code, out, err = cli(
        capsys, "recipe", "propose", str(french_workbook), "--codebook", "victim_perpetrator_2022", "--out",
        str(recipe_file),
    )  # fmt: skip
    assert "Traceback" not in err
    assert digest(french_workbook) == before, "the export is never written to"
    # The same proposal in process, on the export opened as the command opens it.
    base, _ = load_recipe("victim_perpetrator_2022")
    export = open_case_export(command_line_load(french_workbook, link=base.link))
    assert export.perpetrators is not None and export.perpetrators.sheet == "Auteurs"
    proposal = propose_recipe(export, base)
    assert code == (0 if proposal.complete and recode(export, proposal.recipe).complete else 1), err
    written, _ = load_recipe(recipe_file)
    assert written == proposal.recipe
    assert written.link == export.link_columns == ("N° dossier", "N° dossier")
    text = recipe_file.read_text(encoding="utf-8")
    # Every variable's block has the proposal's reason just above it; uncertain ones say CHECK.
    lines = text.splitlines()
    heads = [i for i, line in enumerate(lines) if line == "[[variables]]"]
    assert len(heads) == len(proposal.variables)
    for at, variable in zip(heads, proposal.variables, strict=True):
        comments = []
        i = at - 1
        while i >= 0 and lines[i].startswith("#"):
            comments.insert(0, lines[i])
            i -= 1
        assert comments, f"no comment above {variable.name}"
        assert variable.name in comments[0]
        assert " ".join(variable.reason.split()) in comments[0]
        assert comments[0].startswith("# CHECK:") == (not (variable.found and variable.confident))
    assert f"{len(proposal.uncertain)} marked CHECK" in out

    # `recode --recipe R.toml` makes the table the proposal makes (here with --unplaced missing, which derives the
    # same partial recipe in process), one row per victim in the export's order.
    table = tmp_path / "table.csv"
    code, out, err = cli(
        capsys, "recode", str(french_workbook), "--recipe", str(recipe_file), "--unplaced", "missing", "--out",
        str(table),
    )  # fmt: skip
    assert code == 0, err
    expected = recode(export, proposal.recipe)
    if not expected.complete:
        expected = recode(export, recipe_setting_unplaced_missing(export, proposal.recipe, expected.coverage).recipe)
    assert table.read_text(encoding="utf-8") == expected.table.to_csv(index=False, lineterminator="\n")
    assert len(pd.read_csv(table, dtype=str)) == 80
    assert digest(french_workbook) == before


def test_propose_on_two_files_prints_each_variable_and_what_it_could_not_place(
    french_csvs: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    victims, perpetrators = french_csvs
    recipe_file = tmp_path / "G.toml"
    code, _, err = cli(
        capsys, "recipe", "propose", str(victims), "--perpetrators", str(perpetrators), "--codebook",
        "global_synthetic_2021", "--out", str(recipe_file),
    )  # fmt: skip
    assert code in (0, 1) and "Traceback" not in err
    base, _ = load_recipe("global_synthetic_2021")
    for variable in base.variables:
        assert re.search(rf"\] {re.escape(variable.name)} <- ", err), variable.name
    assert load_recipe(recipe_file)[0].name == "global_synthetic_2021"


@pytest.mark.parametrize(
    ("arguments", "expected"),
    [
        (["--out", "{export}"], "the input is never overwritten"),
        (["--out", "{tmp}/R.txt"], "give --out a name ending in .toml"),
        (["--out", "{tmp}/R.toml", "--sheet", "Nowhere"], "Nowhere"),
    ],
)
def test_propose_bad_input_is_one_line_naming_the_problem(
    french_workbook: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], arguments: list[str], expected: str
) -> None:
    before = digest(french_workbook)
    filled = [a.format(export=french_workbook, tmp=tmp_path) for a in arguments]
    code, _, err = cli(
        capsys, "recipe", "propose", str(french_workbook), "--codebook", "victim_perpetrator_2022", *filled
    )
    assert code == 2
    assert expected in err and "Traceback" not in err
    assert digest(french_workbook) == before


def test_propose_on_a_missing_file_names_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = cli(
        capsys, "recipe", "propose", str(tmp_path / "gone.xlsx"), "--codebook", "victim_perpetrator_2022", "--out",
        str(tmp_path / "R.toml"),
    )  # fmt: skip
    assert code == 2 and "gone.xlsx" in err and "Traceback" not in err
    assert not (tmp_path / "R.toml").exists()


# ------------------------------------------------------------------------------------------------ recode


def test_recode_finds_the_perpetrators_sheet_the_window_finds(
    french_workbook: Path, french_csvs: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Not "Perp...": the old rule of `recode` (a sheet starting with "perp") found nothing here.
    sheets = list_sheets(french_workbook)
    assert preselect_sheet(sheets, SourceRole.VICTIMS) == "Victimes"
    assert preselect_sheet(sheets, SourceRole.PERPETRATORS) == "Auteurs"
    recipe_file = tmp_path / "R.toml"
    cli(
        capsys, "recipe", "propose", str(french_workbook), "--codebook", "victim_perpetrator_2022", "--out",
        str(recipe_file),
    )  # fmt: skip
    from_workbook, from_files = tmp_path / "wb.csv", tmp_path / "files.csv"
    code, _, err = cli(
        capsys, "recode", str(french_workbook), "--recipe", str(recipe_file), "--unplaced", "missing", "--out",
        str(from_workbook),
    )  # fmt: skip
    assert code == 0, err
    assert 'perpetrators read from the sheet "Auteurs"' in err
    victims, perpetrators = french_csvs
    code, _, err = cli(
        capsys, "recode", str(victims), "--perpetrators", str(perpetrators), "--recipe", str(recipe_file),
        "--unplaced", "missing", "--out", str(from_files),
    )  # fmt: skip
    assert code == 0, err
    assert from_workbook.read_bytes() == from_files.read_bytes()


def test_recode_unplaced_missing_writes_the_table_so_far_and_lists_each_value(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    victims = tmp_path / "victims.csv"
    victims.write_text(
        "case,gender,roles\nA,Femme,Recruiter\nB,Alien,Other;Alien role\nC,Alien,\nD,Male,Recruiter;Other\n",
        encoding="utf-8",
    )
    recipe = tmp_path / "mine.toml"
    recipe.write_text(
        '[recipe]\nname = "mine"\n\n'
        '[[variables]]\nname = "gender"\ntype = "category"\ncategories = ["Female", "Male"]\nrecoder = "value_map"\n'
        'source = "gender"\nvocabulary = "gender"\n\n'
        '[[variables]]\nname = "recruited"\ntype = "flag"\nrecoder = "flag"\nsource = "roles"\nsplit = ";"\n'
        'map = { Recruiter = "1", Other = "" }\n\n'
        '[[variables]]\nname = "age"\ntype = "number"\nrecoder = "number"\nsource = "age_years"\nlow = 0\nhigh = 99\n',
        encoding="utf-8",
    )
    out = tmp_path / "out.csv"
    code, _, err = cli(capsys, "recode", str(victims), "--recipe", str(recipe), "--out", str(out))
    assert code == 1 and not out.exists()
    assert "--unplaced missing" in err
    code, stdout, err = cli(
        capsys, "recode", str(victims), "--recipe", str(recipe), "--unplaced", "missing", "--out", str(out)
    )
    assert code == 0, err
    assert 'column gender, "Alien" (2 rows)' in err
    assert 'column roles, "Alien role" (1 rows)' in err  # the answer, not the whole cell
    assert 'age: left empty: the victims table has no column "age_years"' in err
    assert "not a release" in err and "Not complete" in stdout
    table = pd.read_csv(out, dtype=str, keep_default_na=False)
    assert table["gender"].tolist() == ["Female", "", "", "Male"]  # one row per victim, in the export's order
    assert table["recruited"].tolist() == ["1", "", "", "1"]
    assert table["age"].tolist() == ["", "", "", ""]


# ------------------------------------------------------------------------------------------------ run --recipe


def test_run_with_the_shipped_recipe_on_other_column_names_completes_or_lists_each_variable(
    french_workbook: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "bundles"
    out.mkdir()
    code, _, err = cli(
        capsys, "run", str(french_workbook), "--recipe", "victim_perpetrator_2022", "--drop-flagged", "--method",
        "kanon", "--out", str(out),
    )  # fmt: skip
    assert "Traceback" not in err
    assert "no column prs_Gender" not in err and 'no column "prs_Gender"' not in err
    if code == 0:
        assert len(list(out.iterdir())) == 1
        return
    assert code == 1, err
    assert list(out.iterdir()) == [], "nothing is written when the run stops"
    assert "need a person's check" in err and "Variables to check:" in err
    base, _ = load_recipe("victim_perpetrator_2022")
    export = open_case_export(command_line_load(french_workbook, link=base.link))
    proposal = propose_recipe(export, base)
    for variable in proposal.variables:
        if not (variable.found and variable.confident and not variable.unplaced):
            assert f"\n  {variable.name}: " in err, variable.name
            assert " ".join(variable.reason.split()) in " ".join(err.split())
    assert "recipe propose" in err and "--recipe R.toml" in err


def test_a_recipe_column_stage_one_removes_is_reported_as_a_missing_column(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    victims = tmp_path / "victims.csv"
    rows = ["case,full_name,gender"] + [
        f"C{i},{first} {last},{'F' if i % 2 else 'M'}"
        for i, (first, last) in enumerate(
            [("Amara", "Okafor"), ("Lucia", "Ferreira"), ("Ioana", "Popescu"), ("Thi", "Nguyen"), ("Maria", "Silva")]
            * 6
        )
    ]
    victims.write_text("\n".join(rows) + "\n", encoding="utf-8")
    recipe = tmp_path / "mine.toml"
    recipe.write_text(
        '[recipe]\nname = "mine"\n\n'
        '[[variables]]\nname = "gender"\ntype = "category"\ncategories = ["Female", "Male"]\nrecoder = "value_map"\n'
        'source = "gender"\nvocabulary = "gender"\n\n'
        '[[variables]]\nname = "named"\ntype = "category"\ncategories = ["Yes"]\nrecoder = "value_map"\n'
        'source = "full_name"\n',
        encoding="utf-8",
    )
    out = tmp_path / "bundles"
    out.mkdir()
    code, _, err = cli(
        capsys, "run", str(victims), "--recipe", str(recipe), "--drop-flagged", "--method", "kanon", "--out", str(out)
    )
    assert code == 1, err
    assert "reads columns this export does not have" in err
    assert "does not place every value" not in err
    assert "Stage one removed full_name" in err
    assert list(out.iterdir()) == []


# ------------------------------------------------------------------------------------------------ a mission's export


@pytest.mark.skipif(not MISSION_PT.is_file(), reason="../shared/exports/mission_pt.xlsx is not beside the checkout")
def test_the_portuguese_mission_export_from_proposal_to_table(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = digest(MISSION_PT)
    recipe_file = tmp_path / "R.toml"
    code, _, err = cli(
        capsys, "recipe", "propose", str(MISSION_PT), "--codebook", "victim_perpetrator_2022", "--out",
        str(recipe_file),
    )  # fmt: skip
    assert code in (0, 1) and "Traceback" not in err
    assert 'perpetrators read from the sheet "Aliciadores"' in err
    table = tmp_path / "table.csv"
    code, _, err = cli(
        capsys, "recode", str(MISSION_PT), "--recipe", str(recipe_file), "--unplaced", "missing", "--out", str(table)
    )
    assert code == 0, err
    recoded = pd.read_csv(table, dtype=str)
    assert recoded.shape == (1000, 16)
    out = tmp_path / "bundles"
    out.mkdir()
    code, _, err = cli(
        capsys, "run", str(MISSION_PT), "--recipe", "victim_perpetrator_2022", "--drop-flagged", "--method", "kanon",
        "--out", str(out),
    )  # fmt: skip
    assert code in (0, 1) and "Traceback" not in err
    assert "no column prs_Gender" not in err and 'no column "prs_Gender"' not in err
    assert digest(MISSION_PT) == before


@pytest.mark.parametrize("mission", sorted(MISSIONS))
def test_a_generated_mission_export_from_proposal_to_table(
    mission: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    inputs = MISSIONS[mission]
    before = {path: digest(Path(path)) for path in inputs if path.startswith(str(FIXTURES))}
    recipe_file = tmp_path / "R.toml"
    code, _, err = cli(
        capsys, "recipe", "propose", *inputs, "--codebook", "victim_perpetrator_2022", "--out", str(recipe_file)
    )
    assert code in (0, 1) and "Traceback" not in err
    if code == 1 and len(inputs) > 1:
        hint = next(line for line in err.splitlines() if line.startswith("Check the variables marked CHECK"))
        assert "--perpetrators" in hint, "the command to run next names the perpetrators' file"
    base, _ = load_recipe("victim_perpetrator_2022")
    perpetrators = Path(inputs[2]) if len(inputs) > 1 else None
    export = open_case_export(command_line_load(Path(inputs[0]), perpetrators=perpetrators, link=base.link))
    assert export.perpetrators is not None and export.link is not None
    proposal = propose_recipe(export, base)
    assert load_recipe(recipe_file)[0] == proposal.recipe
    for variable in proposal.variables:  # each variable's line, and each value it could not place
        assert re.search(rf"\] {re.escape(variable.name)} <- ", err), variable.name
        for value in variable.unplaced if variable.found else ():
            assert f'"{value}"' in err, (variable.name, value)

    table = tmp_path / "table.csv"
    code, _, err = cli(
        capsys, "recode", *inputs, "--recipe", str(recipe_file), "--unplaced", "missing", "--out", str(table)
    )
    assert code == 0, err
    recoded = pd.read_csv(table, dtype=str, keep_default_na=False)
    truth = pd.read_csv(FIXTURES / f"{mission}_mission" / "truth.csv", dtype=str, keep_default_na=False)
    assert list(recoded.columns) == list(truth.columns) and len(recoded) == len(truth) == 60
    # One row per victim in the export's order: the victims' gender, proposed with confidence, lines up row by row.
    gender = proposal.variable("gender")
    if gender.found and gender.confident and not gender.unplaced:
        assert (recoded["gender"] == truth["gender"]).mean() >= 0.95
    assert {path: digest(Path(path)) for path in before} == before


@pytest.mark.parametrize("mission", sorted(MISSIONS))
def test_run_on_a_generated_mission_export_completes_or_lists_each_variable_to_check(
    mission: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "bundles"
    out.mkdir()
    code, _, err = cli(
        capsys, "run", *MISSIONS[mission], "--recipe", "victim_perpetrator_2022", "--drop-flagged", "--method",
        "kanon", "--out", str(out),
    )  # fmt: skip
    assert "Traceback" not in err and "no column prs_" not in err and 'no column "prs_' not in err
    if code == 0:
        assert len(list(out.iterdir())) == 1
        return
    assert code == 1, err
    assert list(out.iterdir()) == []
    assert "Variables to check:" in err and "recipe propose" in err
    if len(MISSIONS[mission]) > 1:
        assert "--perpetrators" in err.split("What to do:")[1], "the commands to run name the perpetrators' file"
