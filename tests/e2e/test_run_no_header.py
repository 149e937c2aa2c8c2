"""`run` on an export saved without its header row (issue 19, "Header-less exports"): a first run with `--no-header`
cannot find the recipe's columns by name, so it stops, writing nothing, and lists what to check with the commands
that carry `--no-header`; `run --project` replays a project saved with "The file has no header row" without the flag."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pandas as pd
import pytest

from ctdc_desktop.cli import main
from ctdc_desktop.core.identifiers.decisions import ColumnDecision, IdentifierDecisions
from ctdc_desktop.core.identifiers.detect_identifiers import Action, Transform, detect_identifiers
from ctdc_desktop.core.io.read_export import read_export
from ctdc_desktop.core.load.decisions import LinkColumns, SourceFile, SourceRole
from ctdc_desktop.core.project import Project, save_project
from ctdc_desktop.core.recode.recipe import Recipe, RecodeDecisions, load_recipe
from ctdc_desktop.core.release.check_bundle import bundle_problems
from ctdc_desktop.core.synth.decisions import SynthesisDecisions
from ctdc_desktop.core.synth.model import KAnonParams

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "sample"
ROWS = 600  # a small export: enough victims for k = 5, quick to synthesize


def header_less_copy(source: Path, target: Path, rows: int | None = None) -> list[str]:
    """`source` saved again without its header row (its first `rows` records); returns the names it had."""
    table = pd.read_csv(source, dtype=str, keep_default_na=False)
    if rows is not None:
        table = table.head(rows)
    table.to_csv(target, index=False, header=False)
    return list(table.columns)


@pytest.fixture
def small_export(tmp_path: Path) -> tuple[Path, Path, list[str], list[str]]:
    victims, perpetrators = tmp_path / "victims.csv", tmp_path / "perpetrators.csv"
    victim_names = header_less_copy(SAMPLE / "sample_victims.csv", victims, ROWS)
    cases = set(pd.read_csv(SAMPLE / "sample_victims.csv", dtype=str, keep_default_na=False).head(ROWS)["cas_CaseID"])
    table = pd.read_csv(SAMPLE / "sample_perpetrators.csv", dtype=str, keep_default_na=False)
    table = table[table["cas_CaseID"].isin(cases)]
    table.to_csv(perpetrators, index=False, header=False)
    return victims, perpetrators, victim_names, list(table.columns)


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_a_first_run_with_no_header_stops_and_lists_what_to_check(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], small_export: tuple[Path, Path, list[str], list[str]]
) -> None:
    victims, _, _, _ = small_export
    out, ledger = tmp_path / "out", tmp_path / "appdata"
    out.mkdir()
    code, _, err = cli(
        capsys,
        "run",
        str(victims),
        "--recipe",
        "victim_perpetrator_2022",
        "--drop-flagged",
        "--no-header",
        "--out",
        str(out),
        "--ledger-folder",
        str(ledger),
    )
    assert code == 1, err
    assert "Traceback" not in err
    assert "looks like a record" not in err  # read as asked: row 1 is a record
    assert "Variables to check:" in err and "column " in err
    assert "has no header row" in err
    # What to do names this run's own files, with --no-header on every command that reads the export.
    assert f"recipe propose {victims} --no-header --codebook victim_perpetrator_2022" in err
    assert f"run {victims} --no-header --recipe R.toml --drop-flagged" in err
    assert list(out.iterdir()) == []


def _renamed(recipe: Recipe, victims: list[str], perpetrators: list[str]) -> Recipe:
    """The recipe reading the header-less files: each source column by its number, as the window names it."""

    def numbered(names: list[str], name: str | None) -> str | None:
        return None if name is None else f"column {names.index(name) + 1}"

    variables = []
    for variable in recipe.variables:
        names = perpetrators if variable.table == "perpetrators" else victims
        variables.append(
            replace(
                variable,
                source=tuple(f"column {names.index(s) + 1}" for s in variable.source),
                birth_date=numbered(names, variable.birth_date),
                registration_date=numbered(names, variable.registration_date),
            )
        )
    link = None if recipe.link is None else (numbered(victims, recipe.link[0]), numbered(perpetrators, recipe.link[1]))
    return replace(recipe, variables=tuple(variables), link=link)  # type: ignore[arg-type]


def _no_header_project(
    folder: Path, victims: Path, perpetrators: Path, victim_names: list[str], perpetrator_names: list[str]
) -> Path:
    """What the window saves once "The file has no header row" is ticked for both files and every step is done."""
    read_victims = read_export(victims, has_header=False).frame
    read_perpetrators = read_export(perpetrators, has_header=False).frame
    recipe, shipped = load_recipe("victim_perpetrator_2022")
    renamed = _renamed(recipe, victim_names, perpetrator_names)
    link = renamed.link
    assert link is not None
    identifiers = IdentifierDecisions.proposed(
        detect_identifiers(read_victims.astype("category")), detect_identifiers(read_perpetrators.astype("category"))
    )
    # Without names the caseworker tells Stage one what it cannot see: the case ID is the link (kept for it only),
    # and which column is the registration date the age at registration is counted to.
    registration = f"column {victim_names.index('cas_RegistrationDate') + 1}"

    def decided(decisions: tuple[ColumnDecision, ...], case_id: str) -> tuple[ColumnDecision, ...]:
        out = []
        for decision in decisions:
            if decision.column == case_id:
                decision = ColumnDecision(case_id, Action.TRANSFORM, Transform.LINK_ONLY)
            elif decision.transform is Transform.AGE_AT_REGISTRATION:
                decision = replace(decision, reference_column=registration)
            out.append(decision)
        return tuple(out)

    identifiers = replace(
        identifiers,
        victims=decided(identifiers.victims, link[0]),
        perpetrators=decided(identifiers.perpetrators, link[1]),
    )
    project = Project(
        sources=(
            SourceFile(victims, SourceRole.VICTIMS, has_header=False),
            SourceFile(perpetrators, SourceRole.PERPETRATORS, has_header=False),
        ),
        link_columns=LinkColumns(*link),
        steps={
            "identifiers": identifiers,
            "recode": RecodeDecisions("mission.toml", shipped.recipe_sha256, renamed),
            "synthesize": SynthesisDecisions(KAnonParams(k=5, seed=7)),
        },
    )
    path = folder / "mission.ctdcproj"
    save_project(project, path)
    return path


def test_run_project_reads_the_files_without_a_header_as_the_project_says(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], small_export: tuple[Path, Path, list[str], list[str]]
) -> None:
    victims, perpetrators, victim_names, perpetrator_names = small_export
    project = _no_header_project(tmp_path, victims, perpetrators, victim_names, perpetrator_names)
    out = tmp_path / "out"
    out.mkdir()
    code, _, err = cli(
        capsys, "run", str(victims), "--perpetrators", str(perpetrators), "--project", str(project), "--out", str(out)
    )
    assert code == 0, err
    assert "victims.csv: read without a header row" in err and "perpetrators.csv: read without a header row" in err
    assert "looks like a record" not in err
    bundles = list(out.iterdir())
    assert len(bundles) == 1 and bundle_problems(bundles[0]) == []
    synthetic = pd.read_csv(bundles[0] / "synthetic_data.csv", dtype=str)
    assert len(synthetic) > 0

    # The same project saved as if the files had their header row reads row 1 as names (a date becomes a column): it
    # stops and writes nothing. The saved choice is what made the run above read every record.
    text = project.read_text(encoding="utf-8").replace('"has_header": false', '"has_header": true')
    with_header = tmp_path / "with_header.ctdcproj"
    with_header.write_text(text, encoding="utf-8")
    again = tmp_path / "again"
    again.mkdir()
    code, _, err = cli(
        capsys,
        "run",
        str(victims),
        "--perpetrators",
        str(perpetrators),
        "--project",
        str(with_header),
        "--out",
        str(again),
    )
    assert code != 0 and "read without a header row" not in err, err
    assert list(again.iterdir()) == []
