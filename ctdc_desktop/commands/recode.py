"""`ctdc-desktop recode EXPORT --recipe NAME_OR_PATH --out FILE`: the export recoded into a CTDC codebook's table.

Opens the export as the window and `run` do (`core.open_export`: the victims' sheet, the perpetrators' sheet or file,
the link: the recipe's ``link`` when both tables have those columns, else the proposed pair), recodes with the recipe
and writes one row per victim, in the export's order, in the codebook's columns as CSV. The table is written only
when the recode is complete: every value mapped or set to missing, nothing wrong. ``--unplaced missing`` writes it
anyway, each value the recipe does not place set to missing and listed: a look at the table so far, which `run` and
the Export step still refuse.
Exit codes: 0 written, 1 not complete (the problems are listed, nothing written), 2 bad input, 130 cancelled.
"""

from __future__ import annotations

import argparse
import shlex
import sys
from pathlib import Path

from ctdc_desktop.commands.terminal_progress import TerminalProgress
from ctdc_desktop.commands.writing_command import run_writing_command
from ctdc_desktop.core.case_export import CaseExport
from ctdc_desktop.core.io.output_folder import write_file_atomically
from ctdc_desktop.core.load.numbered_perpetrators import numbered_reading_text
from ctdc_desktop.core.load.one_row_per_perpetrator import disagreement_text
from ctdc_desktop.core.load.open_export import command_line_load, open_case_export, perpetrators_found_in_workbook
from ctdc_desktop.core.progress import Progress, stages
from ctdc_desktop.core.recode.partial_recode import PartialRecipe, recipe_setting_unplaced_missing
from ctdc_desktop.core.recode.recipe import Recipe, load_recipe
from ctdc_desktop.core.recode.recode import RecodeResult, recode
from ctdc_desktop.core.user_error import UserError

EXIT_INCOMPLETE = 1
SHOWN_VALUES = 20  # values listed per variable set aside; the rest are counted


class BadInput(UserError):
    """A problem with the command line the user can fix."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("export", metavar="EXPORT", help="the case export (.csv or .xlsx): victims, one row each")
    parser.add_argument("--sheet", default=None, help="the victims sheet of a workbook (default: as the window picks)")
    parser.add_argument("--perpetrators", default=None, metavar="FILE", help="the perpetrators file, if separate")
    parser.add_argument("--perpetrators-sheet", default=None, metavar="S", help="the perpetrators sheet of a workbook")
    parser.add_argument(
        "--recipe",
        required=True,
        metavar="NAME_OR_PATH",
        help="victim_perpetrator_2022, global_synthetic_2021, or the path of a recipe file (.toml)",
    )
    parser.add_argument("--out", required=True, metavar="FILE", help="the recoded table to write (.csv)")
    add_no_header_argument(parser)
    add_one_row_per_perpetrator_arguments(parser)
    parser.add_argument(
        "--unplaced",
        choices=("refuse", "missing"),
        default="refuse",
        help="refuse (default): write nothing while a value is not placed; missing: write the table so far, each "
        "value not placed set to missing and listed (not a release: run and Export still refuse the recipe)",
    )


def add_no_header_argument(parser: argparse.ArgumentParser) -> None:
    """`--no-header`, for the commands that read a case export (`recode`, `recipe propose`, `run`)."""
    parser.add_argument(
        "--no-header",
        action="store_true",
        help="the export has no header row: row 1 is a record too (the columns are named column 1, column 2...)",
    )


def add_one_row_per_perpetrator_arguments(parser: argparse.ArgumentParser) -> None:
    """`--one-row-per-perpetrator` / `--one-row-per-victim`, for the commands that open a case export."""
    rows = parser.add_mutually_exclusive_group()
    rows.add_argument(
        "--one-row-per-perpetrator",
        dest="one_row_per_perpetrator",
        action="store_const",
        const=True,
        default=None,
        help="the export is one sheet with one row per perpetrator (the victim's columns repeated on each): read it "
        "as victims, once per case, and perpetrators (default: so when it looks so, with a note); also reads "
        "numbered perpetrator columns abbreviated P1, P2... as perpetrators",
    )
    rows.add_argument(
        "--one-row-per-victim",
        dest="one_row_per_perpetrator",
        action="store_const",
        const=False,
        help="read the export's rows as victims, one each, even when it looks like one row per perpetrator or has "
        "numbered perpetrator columns (Auteur 1 - Sexe, Perpetrator 2 Gender), which are then kept as victim columns",
    )


def say_how_rows_were_read(export: CaseExport, asked: bool | None) -> None:
    """The note on the terminal when a table was read as one row per perpetrator, or with numbered perpetrators
    (how, and how to undo it)."""
    numbered = export.numbered_perpetrators
    if numbered is not None:
        perpetrators = 0 if export.perpetrators is None else export.perpetrators.row_count
        why = "as asked" if asked else "its column names say so; --one-row-per-victim reads the row as it is"
        print(
            f"note: {export.victims.source.name} ({why}): {numbered_reading_text(numbered, perpetrators)}",
            file=sys.stderr,
        )
        return
    reading = export.one_row_per_perpetrator
    if reading is None:
        return
    perpetrators = 0 if export.perpetrators is None else export.perpetrators.row_count
    why = "as asked" if asked else "it looks so; --one-row-per-victim reads each row as a victim"
    print(
        f"note: {export.victims.source.name} has one row per perpetrator ({why}): several rows for "
        f"{reading.several_row_cases:,} of {reading.cases:,} cases (column {reading.case_column}). Read as "
        f"{reading.cases:,} victims (columns: {', '.join(reading.victim_columns)}) and {perpetrators:,} perpetrator "
        f"rows (columns: {', '.join(reading.perpetrator_columns)}).",
        file=sys.stderr,
    )
    for disagreement in reading.disagreements:
        print(f"note: {disagreement_text(disagreement)}", file=sys.stderr)


def say_when_row_one_looks_like_a_record(export: CaseExport) -> None:
    """The reader's note, on the terminal, when a table's row 1 was read as names but looks like a record."""
    for table in (export.victims, export.perpetrators):
        if table is not None and table.header_looks_like_record:
            note = next((n for n in table.notes if "--no-header" in n), "row 1 looks like a record (--no-header?)")
            print(f"note: {table.source.name}: {note}", file=sys.stderr)


def open_export_for(args: argparse.Namespace, recipe: Recipe | None, progress: Progress) -> CaseExport:
    """The export the arguments name, opened as the window opens it (shared with `recipe propose`)."""
    perpetrators = Path(args.perpetrators) if args.perpetrators else None
    asked = getattr(args, "one_row_per_perpetrator", None)
    decisions = command_line_load(
        Path(args.export),
        args.sheet,
        perpetrators,
        args.perpetrators_sheet,
        None if recipe is None else recipe.link,
        asked,
        has_header=not getattr(args, "no_header", False),
    )
    found = perpetrators_found_in_workbook(decisions, args.perpetrators_sheet)
    if found is not None:
        print(f'note: perpetrators read from the sheet "{found}" of {Path(args.export).name}', file=sys.stderr)
    export = open_case_export(decisions, progress)
    say_when_row_one_looks_like_a_record(export)
    say_how_rows_were_read(export, asked)
    if export.perpetrators is not None and export.link is None:
        print(
            "note: no column links the perpetrators to the victims (a case ID both tables hold); name the two "
            'columns in the recipe as link = ["victims column", "perpetrators column"].',
            file=sys.stderr,
        )
    elif export.link is not None:
        link = export.link
        wanted = ""
        if recipe is not None and recipe.link is not None and recipe.link != export.link_columns:
            wanted = f" (proposed: the export has no columns {recipe.link[0]} / {recipe.link[1]}, the recipe's link)"
        print(
            f"Linked {link.linked_perpetrators:,} of {link.perpetrators:,} perpetrator rows to the victims through "
            f"{link.victim_column} / {link.perpetrator_column}{wanted}.",
            file=sys.stderr,
        )
    return export


def inputs_text(export: str, args: argparse.Namespace) -> str:
    """The export and its sheet and perpetrators options, as a command line names them (for "what to do" hints)."""
    words = [shlex.quote(export)]
    for option, value in (
        ("--sheet", args.sheet),
        ("--perpetrators", args.perpetrators),
        ("--perpetrators-sheet", args.perpetrators_sheet),
    ):
        if value:
            words += [option, shlex.quote(value)]
    asked = getattr(args, "one_row_per_perpetrator", None)
    if asked is not None:
        words.append("--one-row-per-perpetrator" if asked else "--one-row-per-victim")
    if getattr(args, "no_header", False):
        words.append("--no-header")
    return " ".join(words)


def refuse_overwriting_inputs(args: argparse.Namespace, out: Path) -> None:
    for given in (args.export, args.perpetrators):
        if given and Path(given).exists() and out.exists() and out.resolve() == Path(given).resolve():
            raise BadInput(f"{out}: this is an input file; the input is never overwritten. Choose another --out.")


def _table_csv(result: RecodeResult) -> bytes:
    # Labels come from the codebook only (no user text), so no cell can start a spreadsheet formula.
    text: str = result.table.to_csv(index=False, lineterminator="\n")
    return text.encode("utf-8")


def _print_coverage(result: RecodeResult) -> None:
    for note in result.notes:
        print(f"note: {note}", file=sys.stderr)
    for coverage in result.coverage.variables:
        print(f"  [{coverage.state}] {coverage.summary()}", file=sys.stderr)


def _print_set_aside(partial: PartialRecipe) -> None:
    """Every value (or variable) the look at the table so far set to missing, so that none goes unnoticed."""
    print(
        "ctdc-desktop recode: --unplaced missing: the recipe does not place everything; what it does not place is "
        "set to missing below. This table is a look at the work so far, not a release.",
        file=sys.stderr,
    )
    for aside in partial.set_aside:
        if aside.problem:
            print(f"  {aside.name}: left empty: {aside.problem}", file=sys.stderr)
            continue
        rows = sum(v.count for v in aside.values)
        print(f"  {aside.name}: {len(aside.values)} value(s) set to missing ({rows:,} rows):", file=sys.stderr)
        for value in aside.values[:SHOWN_VALUES]:
            why = f" ({value.message})" if value.message else ""
            print(f'    column {value.column}, "{value.value}" ({value.count:,} rows){why}', file=sys.stderr)
        if len(aside.values) > SHOWN_VALUES:
            print(f"    ... and {len(aside.values) - SHOWN_VALUES} more", file=sys.stderr)


def _run(args: argparse.Namespace, progress: TerminalProgress) -> int:
    out = Path(args.out)
    if out.suffix.casefold() != ".csv":
        raise BadInput(f"{out}: the recoded table is written as CSV; give --out a name ending in .csv.")
    refuse_overwriting_inputs(args, out)
    recipe, _ = load_recipe(args.recipe)
    partial_look = args.unplaced == "missing"
    parts = stages(progress, {"read": 2, "recode": 1, "again": 1 if partial_look else 0})
    export = open_export_for(args, recipe, parts["read"])
    result = recode(export, recipe, parts["recode"])
    partial: PartialRecipe | None = None
    if partial_look and not result.complete:
        partial = recipe_setting_unplaced_missing(export, recipe, result.coverage)
        result = recode(export, partial.recipe, parts["again"])
    progress.finish()
    _print_coverage(result)
    if partial is not None:
        _print_set_aside(partial)
        left = result.coverage.problems()
        if left:  # e.g. ages computed from dates that cannot be right: their cells are empty in the table too
            print("  Also left empty (no missing list can name them):", file=sys.stderr)
            for line in left:
                print(f"    {line}", file=sys.stderr)
    elif not result.complete:
        problems = result.coverage.problems()
        print(
            f"ctdc-desktop recode: the recode is not complete ({len(problems)} problem(s)); nothing was written "
            "(--unplaced missing writes a look at the table so far):",
            file=sys.stderr,
        )
        for line in problems:
            print(f"  {line}", file=sys.stderr)
        return EXIT_INCOMPLETE
    write_file_atomically(out, _table_csv(result))
    print(f"Wrote {result.victims:,} victims x {len(result.table.columns)} variables ({recipe.name}) to {out}")
    if partial is not None:
        print("Not complete: the values listed above were set to missing; run and Export refuse this recipe as is.")
    return 0


def run(args: argparse.Namespace) -> int:
    return run_writing_command("recode", args.out, lambda progress: _run(args, progress))
