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
import json
import shutil
import signal
import sys
import tempfile
import time
from pathlib import Path
from types import FrameType

from ctdc_desktop.commands.terminal_progress import TerminalProgress
from ctdc_desktop.core.evaluate.utility import evaluate_synthesis
from ctdc_desktop.core.io.read_export import read_export
from ctdc_desktop.core.io.table import LoadError
from ctdc_desktop.core.progress import Cancelled, stages
from ctdc_desktop.core.synth.input_checks import check_synthesis_input, check_synthesis_params, record_input_check
from ctdc_desktop.core.synth.model import FABRICATION_MODES, DpParams, KAnonParams, SynthesisResult, SynthInputError
from ctdc_desktop.core.synth.release_csv import check_aggregate_columns, write_aggregates_csv, write_records_csv
from ctdc_desktop.core.synth.synthesize import synthesize

OUTPUT_FILES = ("synthetic_data.csv", "aggregates.csv", "evaluation.json")
EXIT_BAD_INPUT = 2
NOT_FOR_RELEASE = (
    "evaluation.json compares the synthetic data with the real records without any protection. "
    "Use it to judge quality on this computer; do not publish or share it with the release."
)
EXIT_CANCELLED = 130


class BadInput(Exception):
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
    parser.add_argument("--k", type=int, default=None, help="kanon: reporting resolution (default 10)")
    parser.add_argument("--epsilon", type=float, default=None, help="dp: privacy budget epsilon (default 4)")
    parser.add_argument("--delta", type=float, default=None, help="dp: delta (default derived from the record count)")
    parser.add_argument(
        "--reporting-length", type=int, default=None, help="longest combination counted (default 4 kanon, 3 dp)"
    )
    parser.add_argument(
        "--fabrication",
        choices=FABRICATION_MODES,
        default=None,
        help="dp: how strictly to drop combinations that noise alone could create (default balanced)",
    )
    parser.add_argument("--seed", type=int, default=None, help="seed of record sampling, for reproducible runs")
    parser.add_argument("--sheet", default=None, help="the workbook sheet to read (default: the first with records)")
    parser.add_argument("--out", required=True, metavar="DIR", help="folder to write the three output files into")
    parser.add_argument(
        "--allow-column",
        action="append",
        default=[],
        metavar="NAME",
        help="synthesize this column although it looks like an identifier or free text (repeat for each column; "
        "recorded in evaluation.json)",
    )


def _params(args: argparse.Namespace) -> KAnonParams | DpParams:
    """The parameters the flags ask for. Which values are allowed is core's rule (`check_synthesis_params`)."""
    if args.method == "kanon":
        if args.epsilon is not None or args.delta is not None or args.fabrication is not None:
            raise BadInput("--epsilon, --delta and --fabrication apply to --method dp only.")
        params = KAnonParams()
        k = params.k if args.k is None else args.k
        length = params.reporting_length if args.reporting_length is None else args.reporting_length
        return KAnonParams(k=k, reporting_length=length, seed=args.seed)
    if args.k is not None:
        raise BadInput("--k applies to --method kanon only.")
    defaults = DpParams()
    epsilon = defaults.epsilon if args.epsilon is None else args.epsilon
    length = defaults.reporting_length if args.reporting_length is None else args.reporting_length
    fabrication = defaults.fabrication if args.fabrication is None else args.fabrication
    return DpParams(epsilon=epsilon, delta=args.delta, reporting_length=length, fabrication=fabrication, seed=args.seed)


def _check_paths(source: Path, out: Path) -> None:
    if source.is_dir():
        raise BadInput(f"{source}: is a folder, not a file. Give the path of the recoded table inside it.")
    if not source.exists():
        raise BadInput(f"{source}: no such file. Check the path of the recoded table.")
    if out.exists() and not out.is_dir():
        raise BadInput(f"{out}: exists and is not a folder. Choose a folder for --out.")
    if out.resolve() in source.resolve().parents:
        raise BadInput(f"{out}: the output folder holds the input file. Choose another folder for --out.")
    if out.is_dir():
        others = sorted(p.name for p in out.iterdir() if p.name not in OUTPUT_FILES)
        if others:
            raise BadInput(
                f"{out}: the folder already holds other files ({', '.join(others[:3])}). Choose a new or empty folder."
            )


def _evaluation_json(
    result: SynthesisResult, source: Path, rows: int, columns: int, evaluation: dict[str, object]
) -> str:
    document = {
        # The comparison below uses the real records as they are (exact counts, no noise, no rounding).
        "for_release": False,
        "notice": NOT_FOR_RELEASE,
        "method": result.method,
        "parameters": dict(result.parameters),
        "privacy": None
        if result.privacy is None
        else {"epsilon": result.privacy.epsilon, "delta": result.privacy.delta, "rho": result.privacy.rho},
        "input": {"file": source.name, "records": rows, "columns": columns},
        "synthetic_records": len(result.records),
        "timings_seconds": {name: round(seconds, 3) for name, seconds in result.timings.items()},
        "notes": list(result.notes),
        "evaluation": evaluation,
    }
    return json.dumps(document, indent=2, ensure_ascii=False)


def _move_into_place(staging: Path, out: Path) -> None:
    """Replace `out` by `staging` with renames only, so `out` is never half written."""
    if not out.exists():
        staging.rename(out)
        return
    old = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=".old", dir=out.parent))
    old.rmdir()
    out.rename(old)
    try:
        staging.rename(out)
    except OSError:
        old.rename(out)
        raise
    shutil.rmtree(old, ignore_errors=True)


def _run(args: argparse.Namespace, progress: TerminalProgress) -> None:
    params = _params(args)
    check_synthesis_params(params)  # before the file is read: a bad --k needs no reading to be refused
    source = Path(args.input)
    out = Path(args.out)
    _check_paths(source, out)
    parts = stages(
        progress,
        {"reading": 1, "checking": 1, "synthesis": 6, "evaluation": 2},
        prefixes={"checking": "Checking columns: ", "evaluation": "Evaluating: "},
    )
    loaded = read_export(source, args.sheet, parts["reading"])
    for note in loaded.notes:
        print(f"note: {note}", file=sys.stderr)
    check_aggregate_columns([str(c) for c in loaded.frame.columns])
    check = check_synthesis_input(loaded.frame, params, args.allow_column, parts["checking"])
    for warning in check.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    result = record_input_check(synthesize(loaded.frame, params, parts["synthesis"]), check)
    started = time.perf_counter()
    evaluation = evaluate_synthesis(loaded.frame, result.records, int(params.reporting_length), parts["evaluation"])
    timings = {**result.timings, "evaluate": time.perf_counter() - started}
    result = dataclasses.replace(result, timings=timings)

    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=".partial", dir=out.parent))
    try:
        write_records_csv(result.records, staging / "synthetic_data.csv")
        write_aggregates_csv(result.aggregates, staging / "aggregates.csv")
        text = _evaluation_json(result, source, loaded.row_count, len(loaded.frame.columns), evaluation.to_json_dict())
        (staging / "evaluation.json").write_text(text + "\n", encoding="utf-8")
        _move_into_place(staging, out)
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
    progress.finish()
    for note in result.notes:
        if note not in check.warnings:  # those were shown before the run
            print(f"note: {note}", file=sys.stderr)
    print(f"Wrote {len(result.records):,} synthetic records and {_aggregate_rows(result):,} aggregate rows to {out}")
    print(f"note: {NOT_FOR_RELEASE}", file=sys.stderr)


def _aggregate_rows(result: SynthesisResult) -> int:
    return 1 + sum(len(c) for c in result.aggregates.by_length.values())


def run(args: argparse.Namespace) -> int:
    progress = TerminalProgress()

    def on_interrupt(signum: int, frame: FrameType | None) -> None:
        progress.request_cancel()

    try:
        previous = signal.signal(signal.SIGINT, on_interrupt)
    except ValueError:  # not the main thread (embedded use): Ctrl+C handling stays with the caller
        previous = None
    try:
        _run(args, progress)
        return 0
    except (BadInput, SynthInputError) as error:
        progress.finish()
        print(f"ctdc-desktop synth: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except LoadError as error:
        progress.finish()
        print(f"ctdc-desktop synth: {error.message}", file=sys.stderr)
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
            "ctdc-desktop synth: the computer ran out of memory. Try a smaller --reporting-length or fewer columns.",
            file=sys.stderr,
        )
        return 1
    finally:
        if previous is not None:
            signal.signal(signal.SIGINT, previous)
