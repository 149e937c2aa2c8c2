"""`ctdc-desktop validate FILE --schema NAME`: does a table follow a CTDC codebook?

Lists every column, label and multi-value form that does not match the codebook, as the published data spell them.
Exit codes: 0 matches, 1 does not match, 2 the file cannot be read.
"""

from __future__ import annotations

import argparse
import sys

from ctdc_desktop.commands.terminal_progress import TerminalProgress
from ctdc_desktop.core.io.read_export import read_export
from ctdc_desktop.core.recode.recipe import SHIPPED_RECIPES, load_recipe
from ctdc_desktop.core.recode.validate_release import validate_release
from ctdc_desktop.core.user_error import UserError

EXIT_MISMATCH = 1
EXIT_BAD_INPUT = 2


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help="the table to check (.csv or .xlsx)")
    parser.add_argument("--schema", required=True, choices=SHIPPED_RECIPES, help="the codebook to check against")
    parser.add_argument("--sheet", default=None, help="the workbook sheet to read (default: the first with records)")


def run(args: argparse.Namespace) -> int:
    progress = TerminalProgress()
    try:
        recipe, _ = load_recipe(args.schema)
        table = read_export(args.file, args.sheet, progress)
        report = validate_release(table.frame, recipe, progress)
    except UserError as error:
        progress.finish()
        print(f"ctdc-desktop validate: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    progress.finish()
    if report.valid:
        print(f"{args.file}: {report.rows:,} rows; every column and label matches the codebook of {recipe.title}.")
        return 0
    print(f"{args.file}: {len(report.problems)} problem(s) against the codebook of {recipe.title}:")
    for problem in report.problems:
        print(f"  {problem.line()}")
    return EXIT_MISMATCH
