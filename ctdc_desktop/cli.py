"""The `ctdc-desktop` command: no subcommand opens the window; subcommands do the same steps from a terminal."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

from ctdc_desktop import __version__
from ctdc_desktop.activity_log import start_activity_log
from ctdc_desktop.commands import recipe, recode, run, scan, screenshots, synth, validate
from ctdc_desktop.core.activity import logged_step
from ctdc_desktop.core.project import PROJECT_SUFFIX
from ctdc_desktop.crash_report import write_crash_report

# name -> (module, one-line help). Each module has add_arguments() and run(). Imported, not looked up by name, so
# that the import contracts (lint-imports) see every command.
SUBCOMMANDS: dict[str, tuple[ModuleType, str]] = {
    "scan": (scan, "profile the columns of a case export (CSV/TSV/XLSX)"),
    "recipe": (recipe, "propose a recipe from a case export's own columns (recipe propose)"),
    "recode": (recode, "recode a case export into a CTDC codebook's categories with a recipe"),
    "validate": (validate, "check that a table follows a CTDC codebook (columns, labels, multi-values)"),
    "synth": (synth, "make synthetic records and protected counts from a recoded table"),
    "run": (run, "replay a project (or a first run from a recipe) on an export and write the release bundle"),
    "screenshots": (screenshots, "save a PNG of every page of the window, on the sample export"),
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ctdc-desktop",
        description="De-identify a counter-trafficking case export and make CTDC-style release data, offline.",
    )
    parser.add_argument("--version", action="version", version=f"ctdc-desktop {__version__}")
    parser.add_argument("--demo", action="store_true", help="open the window with the bundled sample export loaded")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation: run the whole workflow on the sample export offscreen into a temporary "
        "folder, check the bundle, build the window; prints one line, exit 0 (passed) or 1",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (module, help_text) in SUBCOMMANDS.items():
        sub = subparsers.add_parser(name, help=help_text, description=help_text)
        module.add_arguments(sub)
        sub.set_defaults(_run=module.run)
    return parser


def _silence_stdout() -> None:
    """Point stdout at the null device, so that Python's own flush at exit does not hit the closed pipe again."""
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # no real file behind sys.stdout (tests, embedding)
        pass


def main(argv: Sequence[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else list(argv)
    if len(arguments) == 1 and Path(arguments[0]).suffix.lower() == PROJECT_SUFFIX:
        # `ctdc-desktop FILE.ctdcproj`: what a double-click on a project runs (the Windows file association, the
        # Linux .desktop file, the macOS open event turned into an argument): the window, with the project open.
        from ctdc_desktop.gui.app import run_gui

        return run_gui(project=Path(arguments[0]))
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.self_test:
        from ctdc_desktop.commands.self_test import run_self_test

        return run_self_test()
    if args.command is None:
        from ctdc_desktop.gui.app import run_gui

        return run_gui(demo=args.demo)
    start_activity_log(f"command {args.command}")
    try:
        with logged_step(f"command {args.command}") as logged:
            code: int = args._run(args)
            logged.count(exit_code=code)
    except BrokenPipeError:
        # Whoever read our output stopped early (`ctdc-desktop scan FILE | head`): normal on a terminal, not a bug.
        _silence_stdout()
        return 0
    except Exception as error:  # a bug, not bad input: the subcommands report bad input themselves
        report = write_crash_report(error)
        print(
            f"ctdc-desktop {args.command}: an unexpected error stopped the command ({type(error).__name__}). "
            f"Nothing was written to your output. Please send the report {report} to the support team.",
            file=sys.stderr,
        )
        return 1
    return code


if __name__ == "__main__":
    sys.exit(main())
