"""The working output of synthesis (not a release bundle): records, aggregates and the unprotected evaluation.

Used by `ctdc-desktop synth`. The evaluation compares synthetic and real records without protection, so this
folder is for checking quality on the caseworker's computer; the release bundle (core.release) never includes it.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path

from ctdc_desktop.core.io.output_folder import write_folder_atomically
from ctdc_desktop.core.synth.model import SynthesisResult
from ctdc_desktop.core.synth.release_csv import write_aggregates_csv, write_records_csv
from ctdc_desktop.core.user_error import UserError

OUTPUT_FILES = ("synthetic_data.csv", "aggregates.csv", "evaluation.json")
NOT_FOR_RELEASE = (
    "evaluation.json compares the synthetic data with the real records without any protection. "
    "Use it to judge quality on this computer; do not publish or share it with the release."
)


class OutputFolderProblem(UserError):
    """The chosen output folder cannot be used; the message says which and what to choose instead."""


def check_output_folder(source: Path, out: Path) -> None:
    """Refuse an output folder that is a file, holds the input, or holds files other than an earlier run's."""
    if out.exists() and not out.is_dir():
        raise OutputFolderProblem(f"{out}: exists and is not a folder. Choose a folder for --out.")
    if out.resolve() in source.resolve().parents:
        raise OutputFolderProblem(f"{out}: the output folder holds the input file. Choose another folder for --out.")
    if out.is_dir():
        others = sorted(p.name for p in out.iterdir() if p.name not in OUTPUT_FILES)
        if others:
            raise OutputFolderProblem(
                f"{out}: the folder already holds other files ({', '.join(others[:3])}). Choose a new or empty folder."
            )


def evaluation_document(
    result: SynthesisResult, source_name: str, rows: int, columns: int, evaluation: Mapping[str, object]
) -> dict[str, object]:
    """What evaluation.json holds: parameters used, privacy spent, timings, notes and the unprotected comparison."""
    return {
        # The comparison below uses the real records as they are (exact counts, no noise, no rounding).
        "for_release": False,
        "notice": NOT_FOR_RELEASE,
        "method": result.method,
        "parameters": dict(result.parameters),
        "privacy": None
        if result.privacy is None
        else {"epsilon": result.privacy.epsilon, "delta": result.privacy.delta, "rho": result.privacy.rho},
        "input": {"file": source_name, "records": rows, "columns": columns},
        "synthetic_records": len(result.records),
        "timings_seconds": {name: round(seconds, 3) for name, seconds in result.timings.items()},
        "notes": list(result.notes),
        "evaluation": dict(evaluation),
    }


def write_synthesis_output(out: Path, result: SynthesisResult, evaluation_doc: Mapping[str, object]) -> None:
    """Write the three files into `out`, replacing an earlier run's, all at once or not at all."""

    def fill(staging: Path) -> None:
        write_records_csv(result.records, staging / "synthetic_data.csv")
        write_aggregates_csv(result.aggregates, staging / "aggregates.csv")
        text = json.dumps(evaluation_doc, indent=2, ensure_ascii=False)
        (staging / "evaluation.json").write_text(text + "\n", encoding="utf-8")

    # A working folder on this computer (not a release on a share): made if its parent is missing, as `--out` says.
    out.parent.mkdir(parents=True, exist_ok=True)
    write_folder_atomically(out, fill, replace=True)
