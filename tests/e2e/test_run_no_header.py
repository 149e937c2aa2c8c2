"""`run` on an export saved without its header row (issue 19, "Header-less exports"): a first run with `--no-header`
cannot find the recipe's columns by name, so it stops, writing nothing, and lists what to check with the commands
that carry `--no-header`; `run --project` replays a project saved with "The file has no header row" without the flag."""

from __future__ import annotations

import re
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
    sources = (
        SourceFile(victims, SourceRole.VICTIMS, has_header=False),
        SourceFile(perpetrators, SourceRole.PERPETRATORS, has_header=False),
    )
    recode = RecodeDecisions("mission.toml", shipped.recipe_sha256, renamed)
    return _saved(folder / "mission.ctdcproj", sources, identifiers, recode, LinkColumns(*link))


def _saved(
    path: Path,
    sources: tuple[SourceFile, ...],
    identifiers: IdentifierDecisions,
    recode: RecodeDecisions,
    link: LinkColumns | None = None,
) -> Path:
    """The project with every step done (k-anonymity, k = 5), saved at `path`."""
    steps = {"identifiers": identifiers, "recode": recode, "synthesize": SynthesisDecisions(KAnonParams(k=5, seed=7))}
    save_project(Project(sources=sources, link_columns=link, steps=steps), path)
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


def _note_then_stop(err: str, *names: str) -> int:
    """Checks the reader's note for each file (as `scan`, `recode` and `recipe propose` print it) comes before the
    stop; returns where the stop starts."""
    stop = err.index("ctdc-desktop run: ")
    for name in names:
        found = re.search(
            f"note: {re.escape(name)}: Row [0-9]+ was read as the column names, but it looks like a record", err
        )
        assert found is not None and found.start() < stop, err
    return stop


def _stop_names_no_header(err: str, stop: int, *names: str) -> None:
    """The stop itself (before its "What to do") says why columns may be missing, for each file, and --no-header."""
    said = err[stop:].split("What to do:")[0]
    assert "saved without its header row" in said and "run again with --no-header" in said, err
    for name in names:
        assert re.search(f"row [0-9]+ of {re.escape(name)}", said), err


def test_a_first_run_on_an_export_without_its_header_row_says_so_and_names_no_header(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], small_export: tuple[Path, Path, list[str], list[str]]
) -> None:
    """The known bug: `run` did not say what `scan`, `recode` and `recipe propose` say of such a file, and stopped on
    the recipe's missing columns without a word of the header row."""
    victims, _, _, _ = small_export
    out = tmp_path / "out"
    out.mkdir()
    code, _, err = cli(
        capsys, "run", str(victims), "--recipe", "victim_perpetrator_2022", "--drop-flagged", "--out", str(out)
    )
    assert code == 1 and "Traceback" not in err, err
    stop = _note_then_stop(err, "victims.csv")
    _stop_names_no_header(err, stop, "victims.csv")
    assert err.count("but it looks like a record") == 1  # the reader's note, once
    assert list(out.iterdir()) == []


def _project_with_header(folder: Path, victims: Path, perpetrators: Path, names: tuple[list[str], list[str]]) -> Path:
    """The project a caseworker saved on the files as they were, with their header row (the names `names`)."""
    frames = [
        pd.read_csv(path, dtype=str, keep_default_na=False, header=None, names=columns).astype("category")
        for path, columns in zip((victims, perpetrators), names, strict=True)
    ]
    _, recode = load_recipe("victim_perpetrator_2022")
    sources = (SourceFile(victims, SourceRole.VICTIMS), SourceFile(perpetrators, SourceRole.PERPETRATORS))
    identifiers = IdentifierDecisions.proposed(*(detect_identifiers(frame) for frame in frames))
    return _saved(folder / "quarter.ctdcproj", sources, identifiers, recode)


@pytest.mark.parametrize("without_header", [("perpetrators.csv",), ("victims.csv", "perpetrators.csv")])
def test_a_replay_on_files_without_their_header_row_says_so(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    small_export: tuple[Path, Path, list[str], list[str]],
    without_header: tuple[str, ...],
) -> None:
    """The project was saved on the files with their header row; this quarter's were saved without it."""
    victims, perpetrators, victim_names, perpetrator_names = small_export
    project = _project_with_header(tmp_path, victims, perpetrators, (victim_names, perpetrator_names))
    if "victims.csv" not in without_header:
        (tmp_path / "named").mkdir()
        named = pd.read_csv(victims, dtype=str, keep_default_na=False, header=None, names=victim_names)
        victims = tmp_path / "named" / "victims.csv"
        named.to_csv(victims, index=False)
    out = tmp_path / "out"
    out.mkdir()
    args = ["run", str(victims), "--perpetrators", str(perpetrators), "--project", str(project)]
    code, _, err = cli(capsys, *args, "--out", str(out))
    assert code != 0 and "Traceback" not in err, err
    stop = _note_then_stop(err, *without_header)
    if without_header == ("perpetrators.csv",):
        # The replay stops on the perpetrators' missing columns, and says why they may be missing.
        assert code == 1 and "Missing columns" in err
        _stop_names_no_header(err, stop, "perpetrators.csv")
        assert "note: victims.csv" not in err and "of victims.csv" not in err  # its row 1 is its header
    # Both without: Stage one stops first, on the victims' birth date (now a column named by a date) that it cannot
    # turn into an age without a registration date; the notes above it say why.
    assert list(out.iterdir()) == []
