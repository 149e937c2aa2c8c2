"""`ctdc-desktop recode EXPORT --recipe NAME_OR_PATH --out FILE`: the export recoded into a CTDC codebook's table.

Reads the victims (and perpetrators: ``--perpetrators FILE`` and/or ``--perpetrators-sheet S``; in a workbook a
sheet whose name starts with "Perp" is taken when none is given), links them by case ID (the recipe's ``link`` or
the proposed columns), recodes with the recipe and writes one row per victim in the codebook's columns as CSV.
The table is written only when the recode is complete: every value mapped or set to missing, nothing wrong.
Exit codes: 0 written, 1 not complete (the problems are listed, nothing written), 2 bad input, 130 cancelled.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ctdc_desktop.commands.terminal_progress import TerminalProgress, cancel_on_ctrl_c
from ctdc_desktop.core.case_export import CaseExport
from ctdc_desktop.core.io.output_folder import write_file_atomically
from ctdc_desktop.core.io.read_export import list_sheets, read_export
from ctdc_desktop.core.io.table import LoadedTable
from ctdc_desktop.core.link import check_link, propose_link
from ctdc_desktop.core.progress import Cancelled, Progress, stages
from ctdc_desktop.core.recode.recipe import Recipe, load_recipe
from ctdc_desktop.core.recode.recode import RecodeResult, recode
from ctdc_desktop.core.user_error import UserError

EXIT_INCOMPLETE = 1
EXIT_BAD_INPUT = 2
EXIT_CANCELLED = 130


class BadInput(UserError):
    """A problem with the command line the user can fix."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("export", metavar="EXPORT", help="the case export (.csv or .xlsx): victims, one row each")
    parser.add_argument("--sheet", default=None, help="the victims sheet of a workbook (default: the first)")
    parser.add_argument("--perpetrators", default=None, metavar="FILE", help="the perpetrators file, if separate")
    parser.add_argument("--perpetrators-sheet", default=None, metavar="S", help="the perpetrators sheet of a workbook")
    parser.add_argument(
        "--recipe",
        required=True,
        metavar="NAME_OR_PATH",
        help="victim_perpetrator_2022, global_synthetic_2021, or the path of a recipe file (.toml)",
    )
    parser.add_argument("--out", required=True, metavar="FILE", help="the recoded table to write (.csv)")


def _perpetrators(args: argparse.Namespace, progress: Progress) -> LoadedTable | None:
    path = args.perpetrators or (args.export if args.perpetrators_sheet else None)
    sheet = args.perpetrators_sheet
    if path is None:
        named = [s.name for s in list_sheets(args.export) if s.name.strip().casefold().startswith("perp")]
        if named:
            path, sheet = args.export, named[0]
            print(f'note: perpetrators read from the sheet "{sheet}" of {args.export}', file=sys.stderr)
    return None if path is None else read_export(path, sheet, progress)


def _export(args: argparse.Namespace, recipe: Recipe, progress: Progress) -> CaseExport:
    parts = stages(progress, {"victims": 1, "perpetrators": 1})
    victims = read_export(args.export, args.sheet, parts["victims"])
    perpetrators = _perpetrators(args, parts["perpetrators"])
    if perpetrators is None:
        return CaseExport(victims)
    pair = recipe.link or propose_link(victims.frame, perpetrators.frame)
    if pair is None:
        raise BadInput(
            "No column links the perpetrators to the victims (a case ID both tables hold). "
            'Name the two columns in the recipe as link = ["victims column", "perpetrators column"].'
        )
    try:
        link = check_link(victims.frame, perpetrators.frame, pair[0], pair[1])
    except KeyError as error:
        raise BadInput(f"The recipe's link: {error.args[0]}. Correct link in the recipe.") from None
    print(
        f"Linked {link.linked_perpetrators:,} of {link.perpetrators:,} perpetrator rows to the victims through "
        f"{link.victim_column} / {link.perpetrator_column}.",
        file=sys.stderr,
    )
    return CaseExport(victims, perpetrators, link)


def _table_csv(result: RecodeResult) -> bytes:
    # Labels come from the codebook only (no user text), so no cell can start a spreadsheet formula.
    text: str = result.table.to_csv(index=False, lineterminator="\n")
    return text.encode("utf-8")


def _run(args: argparse.Namespace, progress: TerminalProgress) -> int:
    out = Path(args.out)
    if out.suffix.casefold() != ".csv":
        raise BadInput(f"{out}: the recoded table is written as CSV; give --out a name ending in .csv.")
    for given in (args.export, args.perpetrators):
        if given and Path(given).exists() and out.exists() and out.resolve() == Path(given).resolve():
            raise BadInput(f"{out}: this is an input file; the input is never overwritten. Choose another --out.")
    recipe, _ = load_recipe(args.recipe)
    parts = stages(progress, {"read": 2, "recode": 1})
    export = _export(args, recipe, parts["read"])
    result = recode(export, recipe, parts["recode"])
    progress.finish()
    for note in result.notes:
        print(f"note: {note}", file=sys.stderr)
    for coverage in result.coverage.variables:
        print(f"  [{coverage.state}] {coverage.summary()}", file=sys.stderr)
    if not result.complete:
        problems = result.coverage.problems()
        print(
            f"ctdc-desktop recode: the recode is not complete ({len(problems)} problem(s)); nothing was written:",
            file=sys.stderr,
        )
        for line in problems:
            print(f"  {line}", file=sys.stderr)
        return EXIT_INCOMPLETE
    write_file_atomically(out, _table_csv(result))
    print(f"Wrote {result.victims:,} victims x {len(result.table.columns)} variables ({recipe.name}) to {out}")
    return 0


def run(args: argparse.Namespace) -> int:
    progress = TerminalProgress()
    with cancel_on_ctrl_c(progress):
        try:
            return _run(args, progress)
        except UserError as error:
            progress.finish()
            print(f"ctdc-desktop recode: {error}", file=sys.stderr)
            return EXIT_BAD_INPUT
        except (Cancelled, KeyboardInterrupt):
            progress.finish()
            print("ctdc-desktop recode: cancelled; nothing was written.", file=sys.stderr)
            return EXIT_CANCELLED
        except OSError as error:
            progress.finish()
            print(
                f"ctdc-desktop recode: could not write {args.out} ({error.strerror or type(error).__name__}); nothing "
                "was written. Check that the folder can be written to and that the disk has space.",
                file=sys.stderr,
            )
            return 1
