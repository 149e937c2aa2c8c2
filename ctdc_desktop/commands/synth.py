"""`ctdc-desktop synth`: synthetic records, protected aggregates and an evaluation from a recoded table.

Writes into ``--out DIR``: ``synthetic_data.csv``, ``aggregates.csv`` (layout in `core.synth.release_csv`) and
``evaluation.json`` (parameters actually used, privacy spent for DP, timings, notes, and the evaluation of the
synthetic records against the input). The three files are written into a temporary folder beside DIR and moved into
place at the end, so a failure or Ctrl+C leaves no partial output. Exit codes: 0 done, 2 bad input, 130 cancelled,
1 unexpected error.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import time
from pathlib import Path

from ctdc_desktop.commands.synthesis_options import add_synthesis_options, synthesis_params
from ctdc_desktop.commands.terminal_progress import TerminalProgress, cancel_on_ctrl_c
from ctdc_desktop.core.evaluate.utility import evaluate_synthesis
from ctdc_desktop.core.io.read_export import read_export
from ctdc_desktop.core.progress import Cancelled, stages
from ctdc_desktop.core.synth.model import SynthesisResult
from ctdc_desktop.core.synth.output_folder import (
    NOT_FOR_RELEASE,
    check_output_folder,
    evaluation_document,
    write_synthesis_output,
)
from ctdc_desktop.core.synth.release_csv import check_aggregate_columns
from ctdc_desktop.core.synth.synthesize import synthesize_checked
from ctdc_desktop.core.user_error import UserError

EXIT_BAD_INPUT = 2
EXIT_CANCELLED = 130


class BadInput(UserError):
    """A problem the user can fix; the message is printed as it is."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.epilog = (
        "Writes into DIR (replacing an earlier run's files; a folder with other files is refused):\n"
        "  synthetic_data.csv  the synthetic records, same columns as INPUT, empty cell = missing\n"
        "  aggregates.csv      one row per reported combination: its value under each variable in it (others\n"
        "                      empty), then length and count; the first row (length 0) is the record count\n"
        "  evaluation.json     parameters used, privacy spent (dp), timings, and how the synthetic counts\n"
        "                      compare with the real ones for each combination length. It is computed from\n"
        "                      the real records without protection: for checking here, NOT for publishing\n"
        "Cells starting with = + - @ that are not plain numbers are written with a leading ' so Excel shows\n"
        "them as text instead of running them as formulas."
    )
    parser.add_argument("input", metavar="INPUT", help="the recoded table (.csv or .xlsx); every column categorical")
    parser.add_argument("--method", required=True, choices=("kanon", "dp"), help="k-anonymous (2021) or DP (2022)")
    add_synthesis_options(parser)
    parser.add_argument("--sheet", default=None, help="the workbook sheet to read (default: the first with records)")
    parser.add_argument(
        "--no-header",
        action="store_true",
        help="the table has no header row: row 1 is a record too (the columns are named column 1, column 2...)",
    )
    parser.add_argument(
        "--allow-column",
        action="append",
        default=[],
        metavar="NAME",
        help="synthesize this column although it looks like an identifier or free text (repeat for each column; "
        "recorded in evaluation.json)",
    )
    parser.add_argument("--out", required=True, metavar="DIR", help="folder to write the three output files into")


def _run(args: argparse.Namespace, progress: TerminalProgress) -> None:
    params = synthesis_params(args, args.method)  # before the file is read: a bad --k needs no reading to be refused
    source = Path(args.input)
    out = Path(args.out)
    if source.is_dir():
        raise BadInput(f"{source}: is a folder, not a file. Give the path of the recoded table inside it.")
    if not source.exists():
        raise BadInput(f"{source}: no such file. Check the path of the recoded table.")
    check_output_folder(source, out)
    parts = stages(progress, {"reading": 1, "synthesis": 7, "evaluation": 2}, prefixes={"evaluation": "Evaluating: "})
    loaded = read_export(source, args.sheet, parts["reading"], has_header=not getattr(args, "no_header", False))
    for note in loaded.notes:
        print(f"note: {note}", file=sys.stderr)
    check_aggregate_columns([str(c) for c in loaded.frame.columns])
    warned: list[str] = []

    def warn(warning: str) -> None:  # before the synthesis starts: it may take a while
        warned.append(warning)
        print(f"warning: {warning}", file=sys.stderr)

    result = synthesize_checked(loaded.frame, params, args.allow_column, parts["synthesis"], warn)
    started = time.perf_counter()
    evaluation = evaluate_synthesis(loaded.frame, result.records, int(params.reporting_length), parts["evaluation"])
    timings = {**result.timings, "evaluate": time.perf_counter() - started}
    result = dataclasses.replace(result, timings=timings)

    document = evaluation_document(
        result, source.name, loaded.row_count, len(loaded.frame.columns), evaluation.to_json_dict()
    )
    write_synthesis_output(out, result, document)
    progress.finish()
    for note in result.notes:
        if note not in warned:  # those were shown before the run
            print(f"note: {note}", file=sys.stderr)
    print(f"Wrote {len(result.records):,} synthetic records and {_aggregate_rows(result):,} aggregate rows to {out}")
    print(f"note: {NOT_FOR_RELEASE}", file=sys.stderr)


def _aggregate_rows(result: SynthesisResult) -> int:
    return 1 + sum(len(c) for c in result.aggregates.by_length.values())


def run(args: argparse.Namespace) -> int:
    progress = TerminalProgress()
    with cancel_on_ctrl_c(progress):
        try:
            _run(args, progress)
            return 0
        except UserError as error:
            progress.finish()
            print(f"ctdc-desktop synth: {error}", file=sys.stderr)
            return EXIT_BAD_INPUT
        except (Cancelled, KeyboardInterrupt):
            progress.finish()
            print("ctdc-desktop synth: cancelled; nothing was written.", file=sys.stderr)
            return EXIT_CANCELLED
        except OSError as error:  # reading errors are LoadErrors already: this is the output folder or the disk
            progress.finish()
            reason = error.strerror or type(error).__name__
            print(
                f"ctdc-desktop synth: could not write the results to {args.out} ({reason}); nothing was written. "
                "Check that the folder can be written to and that the disk has space.",
                file=sys.stderr,
            )
            return 1
        except MemoryError:
            progress.finish()
            print(
                "ctdc-desktop synth: the computer ran out of memory. "
                "Try a smaller --reporting-length or fewer columns.",
                file=sys.stderr,
            )
            return 1
