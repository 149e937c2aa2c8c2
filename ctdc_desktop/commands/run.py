"""`ctdc-desktop run INPUT --project P.ctdcproj --out DIR`: the whole workflow without the window.

Replays a saved project's decisions (Stage one, recipe, synthesis, export) on a new export and writes the same
release bundle into DIR. Instead of ``--project``, ``--recipe R --drop-flagged [--method kanon|dp ...]`` makes a first
run: every column Stage one flags is removed or made safe as it proposes. A workbook holding victims and perpetrators
on two sheets needs no ``--perpetrators``: the sheets and the link are found as in the window.

The run stops, writing nothing, when the export differs from what the project was saved with, and lists every
difference at once with what to do: new columns, missing columns, the new column proposed as a missing one renamed,
new values (column and value, never a record). Exit codes: 0 bundle written, 1 stopped for review or refused (the
reasons are listed), 2 bad input, 130 cancelled.
"""

from __future__ import annotations

import argparse
import shlex
import sys
from dataclasses import replace
from pathlib import Path

from ctdc_desktop import app_folders
from ctdc_desktop.commands.recode import (
    add_no_header_argument,
    add_one_row_per_perpetrator_arguments,
    inputs_text,
    say_when_row_one_looks_like_a_record,
)
from ctdc_desktop.commands.synthesis_options import add_synthesis_options, synthesis_params
from ctdc_desktop.commands.terminal_progress import TerminalProgress, cancel_on_ctrl_c
from ctdc_desktop.core.case_export import CaseExport
from ctdc_desktop.core.identifiers.decisions import IdentifierDecisions
from ctdc_desktop.core.load.decisions import LoadDecisions, SourceFile, SourceRole
from ctdc_desktop.core.load.open_export import command_line_load, perpetrators_found_in_workbook
from ctdc_desktop.core.pipeline.run_workflow import RecipeNeedsCheck, RunDecisions, RunStopped, run_workflow
from ctdc_desktop.core.progress import Cancelled
from ctdc_desktop.core.project import Project, load_project, propose_dataset_name
from ctdc_desktop.core.recode.recipe import SHIPPED_RECIPES, RecodeDecisions, load_recipe
from ctdc_desktop.core.release.bundle import ReleaseDecisions
from ctdc_desktop.core.release.ledger import dataset_key
from ctdc_desktop.core.release.release_columns import ReleaseRefused
from ctdc_desktop.core.synth.decisions import DEFAULT_CAP, SynthesisDecisions, default_method
from ctdc_desktop.core.user_error import UserError

EXIT_STOPPED = 1
EXIT_BAD_INPUT = 2
EXIT_CANCELLED = 130

_METHOD_FLAGS = ("method", "k", "epsilon", "delta", "reporting_length", "fabrication", "seed")


class BadInput(UserError):
    """A problem with the command line the user can fix."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.epilog = (
        "Either --project (replay saved decisions) or --recipe with --drop-flagged (a first run).\n"
        "Writes one new folder <dataset>_<method>_<date> into DIR: synthetic_data.csv/.xlsx,\n"
        "reportable_aggregates.csv, codebook.xlsx/.md, evaluation_report.html, audit_log.jsonl, manifest.json.\n"
        "Stops without writing (exit 1) when the export differs from the project's: it lists every new, missing\n"
        "and renamed column and every value the recipe does not place at once, each with what to do."
    )
    parser.add_argument("input", metavar="INPUT", help="the case export (.csv or .xlsx): victims, one row each")
    parser.add_argument("--sheet", default=None, help="the victims sheet of a workbook (default: as the window picks)")
    parser.add_argument("--perpetrators", default=None, metavar="FILE", help="the perpetrators file, if separate")
    parser.add_argument("--perpetrators-sheet", default=None, metavar="NAME", help="the perpetrators sheet")
    add_one_row_per_perpetrator_arguments(parser)
    add_no_header_argument(parser)
    parser.add_argument("--project", default=None, metavar="P.ctdcproj", help="replay this project's decisions")
    parser.add_argument(
        "--recipe", default=None, metavar="R", help="first run: a shipped recipe's name or a recipe file (.toml)"
    )
    parser.add_argument(
        "--drop-flagged",
        action="store_true",
        help="remove (or make safe, as Stage one proposes) every column flagged as identifying that no saved "
        "decision covers; needed for a first run",
    )
    parser.add_argument("--method", choices=("kanon", "dp"), default=None, help="first run: default from the recipe")
    add_synthesis_options(parser)
    parser.add_argument("--out", required=True, metavar="DIR", help="the folder to write the bundle folder into")
    parser.add_argument(
        "--dataset",
        default=None,
        help="the dataset's name: names the bundle and its privacy budget entry "
        "(default: the project's; for a first run, the input's file name, with a fingerprint of its place when the "
        "name alone says nothing, such as export.xlsx)",
    )
    parser.add_argument("--privacy-cap", type=float, default=None, help=f"total ε allowed (default {DEFAULT_CAP:g})")
    parser.add_argument("--replace", action="store_true", help="replace a bundle of the same name in DIR")
    parser.add_argument(
        "--ledger-folder",
        default=None,
        metavar="DIR",
        help="where the privacy budget ledger is kept (default: the application-data folder the window uses)",
    )


def _load_decisions(args: argparse.Namespace, project: Project | None) -> LoadDecisions:
    link = None if project is None or project.link_columns is None else project.link_columns
    # As asked, else as the project was read in the window (one row per perpetrator or not), else as it looks.
    rows = args.one_row_per_perpetrator
    if rows is None and project is not None and not args.perpetrators and not args.perpetrators_sheet:
        rows = project.load.one_row_per_perpetrator
    decisions = command_line_load(
        Path(args.input),
        args.sheet,
        Path(args.perpetrators) if args.perpetrators else None,
        args.perpetrators_sheet,
        None if link is None else (link.victims, link.perpetrators),
        rows,
        has_header=not args.no_header,
    )
    if project is not None and not args.no_header:
        # As the project's files were read in the window: one the user said has no header row is read so again.
        saved = {source.role: source.has_header for source in project.sources}
        sources = tuple(replace(s, has_header=saved.get(s.role, True)) for s in decisions.sources)
        decisions = replace(decisions, sources=sources)
        for source in sources:
            if not source.has_header:
                print(
                    f"note: {source.path.name}: read without a header row (every row a record, columns named "
                    "column 1, column 2...), as the project's file was",
                    file=sys.stderr,
                )
    found = perpetrators_found_in_workbook(decisions, args.perpetrators_sheet)
    if found is not None:
        print(f'note: perpetrators read from the sheet "{found}" of {Path(args.input).name}', file=sys.stderr)
    return decisions


def _decisions(args: argparse.Namespace) -> RunDecisions:
    if (args.project is None) == (args.recipe is None):
        raise BadInput("Give either --project P.ctdcproj (replay its decisions) or --recipe R (a first run).")
    out = Path(args.out)
    if not out.is_dir():
        raise BadInput(f"{out}: no such folder. Give --out an existing folder; the bundle is made inside it.")
    project = None if args.project is None else load_project(Path(args.project))
    if project is not None:
        given = [f"--{name.replace('_', '-')}" for name in _METHOD_FLAGS if getattr(args, name) is not None]
        if given:
            raise BadInput(f"{', '.join(given)}: a run with --project uses the project's synthesis settings.")
        recode = project.steps.get("recode")
        synthesis = project.steps.get("synthesize")
        if not isinstance(recode, RecodeDecisions) or not isinstance(synthesis, SynthesisDecisions):
            raise BadInput(
                f"{args.project}: the project has no recipe or no synthesis settings yet. Finish the Recode and "
                "Synthesize steps in the window and save the project, or make a first run with --recipe."
            )
        saved_identifiers = project.steps.get("identifiers")
        identifiers = saved_identifiers if isinstance(saved_identifiers, IdentifierDecisions) else None
        if identifiers is None and not args.drop_flagged:
            raise BadInput(
                f"{args.project}: the project has no Stage one decisions. Finish the Identifiers step in the window "
                "and save the project, or run again with --drop-flagged to take Stage one's proposal."
            )
        # The dataset's ledger entry and cap are the Synthesize step's, as in the window (an older project's cap,
        # kept with Export, was moved there when the project was read): both count against the same entry and cap.
        dataset = project.dataset_name or Path(args.project).stem
        if args.dataset and dataset_key(args.dataset) != dataset_key(dataset):
            raise BadInput(
                f"--dataset {args.dataset}: this project's releases count against the dataset '{dataset}'; another "
                "name would start a second privacy budget for the same data. Leave out --dataset, or rename the "
                "dataset on the Synthesize page (the ledger records the rename)."
            )
    else:
        if not args.drop_flagged:
            raise BadInput(
                "A first run needs --drop-flagged: every column Stage one flags as identifying is then removed or "
                "made safe as it proposes. To decide column by column, use the window and run with --project."
            )
        _, recode = load_recipe(args.recipe)
        method = args.method or default_method(recode.recipe.name, recode.recipe.codebook)
        synthesis = SynthesisDecisions(synthesis_params(args, method))
        identifiers = None
        # Named as the window names a new project's dataset: an export called only "export" or "data" gets a
        # fingerprint of where it is, so that two missions' exports never share a privacy budget by default.
        victims = SourceFile(Path(args.input).resolve(), SourceRole.VICTIMS)
        dataset = args.dataset or propose_dataset_name(Project(sources=(victims,)))
    if args.privacy_cap is not None and not args.privacy_cap > 0:
        raise BadInput("--privacy-cap must be a positive number.")
    cap = synthesis.privacy_cap if args.privacy_cap is None else args.privacy_cap
    # The dataset's name and cap as the window keeps them: with the synthesis decisions, which own them.
    synthesis = replace(synthesis, dataset_name=dataset, privacy_cap=cap)
    ledger_folder = None
    if synthesis.method == "dp":
        ledger_folder = Path(args.ledger_folder) if args.ledger_folder else app_folders.app_data_folder()
        try:
            ledger_folder.mkdir(parents=True, exist_ok=True)  # the ledger itself expects its folder to exist
        except OSError as error:
            raise BadInput(
                f"{ledger_folder}: the privacy budget ledger's folder cannot be made ({error.strerror}). "
                "Give --ledger-folder a folder you can write to."
            ) from None
    return RunDecisions(
        load=_load_decisions(args, project),
        recode=recode,
        synthesis=synthesis,
        release=ReleaseDecisions(location=out, replace_existing=args.replace),
        identifiers=identifiers,
        propose_for_new_columns=args.drop_flagged,
        propose_recipe=project is None,  # a first run; a project's recipe is the user's, replayed as saved
        ledger_folder=ledger_folder,
    )


class _Read:
    """The export as the run read it (None before): the reader's note that row 1 looks like a record is said as soon
    as it is read, as `scan`, `recode` and `recipe propose` say it, so that it comes before any stop."""

    def __init__(self) -> None:
        self.export: CaseExport | None = None

    def __call__(self, export: CaseExport) -> None:
        self.export = export
        say_when_row_one_looks_like_a_record(export)

    def row_one_hint(self) -> str | None:
        """For a stop on missing columns: the files whose row 1 looks like a record, and --no-header."""
        export = self.export
        tables = () if export is None else (export.victims, export.perpetrators)
        rows = [
            f"row {t.header_row} of {t.source.name}" for t in tables if t is not None and t.header_looks_like_record
        ]
        if not rows:
            return None
        if len(rows) == 1:
            read = f"{rows[0]} was read as the column names but looks"
        else:
            read = f"{' and '.join(rows)} were read as the column names but look"
        return (
            f"Columns may be missing only because the export was saved without its header row: {read} like a record "
            "(see the note above). If so, run again with --no-header, or save the export again with its header row."
        )


def _run(args: argparse.Namespace, progress: TerminalProgress, read: _Read) -> int:
    decisions = _decisions(args)
    result = run_workflow(decisions, progress, read)
    progress.finish()
    for note in result.notes:
        print(f"note: {note}", file=sys.stderr)
    for warning in result.release.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    release = result.release
    print(f"Stage one: {result.stage_one} columns.")
    print(f"Wrote {len(result.synthesis.records):,} synthetic records to {release.folder}:")
    for name in release.files:
        print(f"  {name}")
    if release.privacy_total_after is not None:
        print(
            f"Privacy budget spent on '{decisions.synthesis.dataset_name}' after this release: ε = "
            f"{release.privacy_total_after:g} of {decisions.synthesis.privacy_cap:g}."
        )
    return 0


def _what_to_do(args: argparse.Namespace, stopped: RecipeNeedsCheck) -> str:
    """The commands that finish the job, with this run's own files in them."""
    given = inputs_text(args.input, args)
    name = stopped.recipe.name
    if name in SHIPPED_RECIPES:
        first = (
            f"  1. ctdc-desktop recipe propose {given} --codebook {name} --out R.toml\n"
            "  2. check each variable marked CHECK in R.toml (its source columns and values), correct what is wrong\n"
        )
    else:
        first = (
            f"  1. ctdc-desktop recipe propose {given} --codebook <the codebook of {args.recipe}> --out R.toml, or "
            f"correct the source columns in {args.recipe} yourself\n"
            "  2. check each variable marked CHECK in R.toml (its source columns and values), correct what is wrong\n"
        )
    return (
        "What to do:\n"
        + first
        + f"  3. ctdc-desktop run {given} --recipe R.toml --drop-flagged --out {shlex.quote(args.out)}\n"
        "  (or open the export in the window and finish its Recode step there)"
    )


def _say_stop(error: RunStopped | ReleaseRefused, read: _Read) -> None:
    """The stop's message; when it is for missing columns and a file's row 1 looks like a record, with --no-header."""
    print(f"ctdc-desktop run: {error}", file=sys.stderr)
    hint = read.row_one_hint() if isinstance(error, RunStopped) and error.columns_missing else None
    if hint is not None:
        print(hint, file=sys.stderr)


def run(args: argparse.Namespace) -> int:
    progress = TerminalProgress()
    read = _Read()
    with cancel_on_ctrl_c(progress):
        try:
            return _run(args, progress, read)
        except RecipeNeedsCheck as error:
            progress.finish()
            _say_stop(error, read)
            if args.no_header:
                print(
                    "The export has no header row, so its columns have no names (column 1, column 2...): the "
                    "recipe's sources can only be proposed from the columns' values, and each needs a person's check.",
                    file=sys.stderr,
                )
            print(_what_to_do(args, error), file=sys.stderr)
            return EXIT_STOPPED
        except (RunStopped, ReleaseRefused) as error:
            progress.finish()
            _say_stop(error, read)
            return EXIT_STOPPED
        except UserError as error:
            progress.finish()
            print(f"ctdc-desktop run: {error}", file=sys.stderr)
            return EXIT_BAD_INPUT
        except (Cancelled, KeyboardInterrupt):
            progress.finish()
            print("ctdc-desktop run: cancelled; nothing was written.", file=sys.stderr)
            return EXIT_CANCELLED
