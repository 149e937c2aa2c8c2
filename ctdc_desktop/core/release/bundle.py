"""The release bundle: the folder a caseworker puts on the shared drive for headquarters to publish.

`write_release_bundle(inputs, decisions, progress)` writes a new folder ``<dataset>_<method>_<date>/`` holding:

- ``synthetic_data.csv`` and ``synthetic_data.xlsx``: the synthetic records, codebook variables in codebook order
  under their codebook labels;
- ``reportable_aggregates.csv``: the protected counts (layout of `core.synth.release_csv`), the release's accurate
  counts;
- ``codebook.xlsx`` and ``codebook.md``: variables, categories, definitions, de-identification method and parameters;
- ``evaluation_report.html``: figures from protected outputs only, explained, self-contained;
- ``audit_log.jsonl``: the steps taken, hash-chained, never a data value;
- ``manifest.json``: app version, recipe and its hash, parameters, record counts, privacy spent, SHA-256 of every file.

Refused (`ReleaseRefused`, listing every reason) while a stage-one flag is undecided, a value is unmapped or outside
the codebook, or the k guarantee fails on the output. Every file is made in memory, hashed, written into a temporary
folder beside the target, read back and checked against the manifest, then the folder is renamed into place
(`write_folder_atomically`): an interrupted export leaves nothing. An existing bundle is never replaced unless the
decisions say so. Cells a spreadsheet would run as formulas are neutralised in every CSV and workbook.

The real records are used for checks only (the k guarantee); nothing computed from them without protection is
written. Screen-only figures live in `core.evaluate.compare_with_real`.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import logging
import math
import os
import re
import signal
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pandas as pd
from xlsxwriter.worksheet import Worksheet

from ctdc_desktop import __version__
from ctdc_desktop.core import decisions as read
from ctdc_desktop.core.activity import ACTIVITY_LOGGER
from ctdc_desktop.core.audit_step import AuditStep, now, recipe_file_name
from ctdc_desktop.core.evaluate.compare_with_release import ReleaseComparison, compare_with_release
from ctdc_desktop.core.io.output_folder import (
    StagedFolder,
    folder_identity,
    remove_unfinished_folders,
    staged_folder,
)
from ctdc_desktop.core.number_format import count_text
from ctdc_desktop.core.progress import NO_PROGRESS, Progress, check_cancelled, stages
from ctdc_desktop.core.release import ledger
from ctdc_desktop.core.release.audit_log import audit_log_text
from ctdc_desktop.core.release.check_bundle import (
    AGGREGATES_CSV,
    AUDIT_LOG,
    BUNDLE_FILES,
    CODEBOOK_MD,
    CODEBOOK_XLSX,
    MANIFEST,
    REPORT_HTML,
    SYNTHETIC_CSV,
    SYNTHETIC_XLSX,
    bundle_problems,
    sha256_hex,
)
from ctdc_desktop.core.release.codebook import CodebookSchema, check_schema, codebook_markdown, codebook_workbook
from ctdc_desktop.core.release.k_guarantee import k_guarantee_problems
from ctdc_desktop.core.release.release_columns import (
    ReleaseRefused,
    release_aggregates,
    release_columns,
    release_records,
    values_outside_codebook,
)
from ctdc_desktop.core.release.report import ReportFacts, evaluation_report_html
from ctdc_desktop.core.release.workbook import workbook_bytes
from ctdc_desktop.core.synth.decisions import DEFAULT_CAP
from ctdc_desktop.core.synth.model import Aggregates, SynthesisResult
from ctdc_desktop.core.synth.release_csv import aggregates_csv_bytes, excel_safe, records_csv_bytes
from ctdc_desktop.core.synth.table import encode_table
from ctdc_desktop.core.translation import translate
from ctdc_desktop.core.user_error import UserError

MANIFEST_FORMAT = 1
activity = logging.getLogger(ACTIVITY_LOGGER)
_NUMERIC_TYPES = ("numeric", "binary numeric", "integer")
_ROWS_PER_CHECK = 2000


class BundleCheckFailed(UserError):
    """A file read back from the bundle's temporary folder differs from what was written."""


@dataclass(frozen=True)
class UnmappedValue:
    """A value the recipe does not map to a codebook category (shown to the user; never written to a file)."""

    column: str
    value: str


@dataclass(frozen=True)
class ReleaseInputs:
    """Everything the earlier steps produced that the bundle needs."""

    dataset_name: str  # names the bundle folder and the privacy ledger's entry (a Synthesize step's decision)
    recoded: pd.DataFrame  # the recoded table synthesis read: for the k check only, never written
    synthesis: SynthesisResult
    codebook: CodebookSchema
    recipe_name: str
    recipe_sha256: str  # SHA-256 (hex) of the recipe file as used
    undecided_flags: tuple[str, ...] = ()  # stage-one columns flagged and not yet decided
    unmapped_values: tuple[UnmappedValue, ...] = ()
    earlier_steps: tuple[AuditStep, ...] = ()  # stage one, recode, ... (for the audit log)
    ledger_folder: Path | None = None  # the application-data folder; required for a DP release
    privacy_cap: float = DEFAULT_CAP  # total ε the dataset may spend over all its DP releases (a Synthesize decision)
    released_on: date | None = None  # the bundle's date (today when None)


@dataclass(frozen=True)
class ReleaseDecisions:
    """Where the bundle goes. The dataset's name and privacy cap are the Synthesize step's decisions (`ReleaseInputs`
    carries them here)."""

    location: Path  # the folder the bundle folder is created in (a mapped drive or UNC path works)
    replace_existing: bool = False  # replace a bundle of the same name; never done without this

    def to_dict(self) -> dict[str, Any]:
        return {"location": str(self.location), "replace_existing": self.replace_existing}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], where: str = "") -> ReleaseDecisions:
        """Read what `to_dict` wrote; raises `DecisionsError` naming the key (``steps.export.location``)."""
        data = read.mapping(data, where)
        # Older versions kept the privacy cap here too: still read and checked, and moved to the Synthesize step's
        # decisions by `core.project`.
        read.only_keys(data, ("location", "replace_existing", "privacy_cap"), where)
        if "privacy_cap" in data:
            read.positive_number(data, "privacy_cap", where)
        return cls(Path(read.text(data, "location", where)), read.flag(data, "replace_existing", where, False))


@dataclass(frozen=True)
class ReleaseResult:
    folder: Path
    files: tuple[str, ...]
    figures: ReleaseComparison
    privacy_total_after: float | None  # DP: ε spent on the dataset including this release
    warnings: tuple[str, ...] = field(default_factory=tuple)


_UNSAFE_NAME = re.compile(r'(?:[<>:"/\\|?*\x00-\x1f]|\s)+')
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)), *(f"lpt{i}" for i in range(1, 10))}


def bundle_name(dataset: str, method: str, released_on: date) -> str:
    """``<dataset>_<method>_<date>``, with what Windows or a network share refuses in a name replaced by ``_``."""
    safe = _UNSAFE_NAME.sub("_", dataset.strip()).strip("._ ")[:80]
    if not safe:
        raise ReleaseRefused(
            translate("Release", "The dataset needs a name (letters or digits) to name the bundle folder. Enter one.")
        )
    if safe.lower() in _RESERVED:
        safe += "_data"
    return f"{safe}_{method}_{released_on.isoformat()}"


UNMAPPED_LISTED = 20  # unmapped values named in a problem; the rest are counted


@dataclass(frozen=True)
class FolderLook:
    """What the disk said, once, about the folder chosen to save in: whether it is a folder, and whether the bundle
    folder `bundle_name` is already in it. On Windows a look at a share that is gone, or a mapped drive disconnected,
    can take 20 to 60 seconds, so the window looks off its GUI thread and keeps the answer (`look_at_folder`)."""

    location: Path
    bundle_name: str | None  # None: not looked for (no name yet)
    location_is_dir: bool
    bundle_exists: bool

    def is_about(self, location: Path, bundle_name: str | None) -> bool:
        return (self.location, self.bundle_name) == (Path(location), bundle_name)


def look_at_folder(location: Path, bundle_name: str | None) -> FolderLook:
    """Look at `location` and, when it is a folder, at the bundle folder `bundle_name` in it. Never raises: a path
    that cannot be looked at (a share refusing us, a name Windows rejects) is a folder that cannot be found."""
    location = Path(location)
    is_dir = os.path.isdir(location)
    exists = is_dir and bundle_name is not None and os.path.exists(location / bundle_name)
    return FolderLook(location, bundle_name, is_dir, exists)


def release_problems(
    inputs: ReleaseInputs, decisions: ReleaseDecisions | None, looked: FolderLook | None = None
) -> list[str]:
    """Everything that stops the release before it is made, in plain words: what the Export page shows and what
    `write_release_bundle` refuses on (the k guarantee, the values against the codebook and the privacy budget are
    checked on the release as it is made). `decisions` None: no folder chosen yet, only the inputs are checked.
    `looked`: the chosen folder as last looked at (the window looks off its GUI thread); when it is missing, or about
    another folder or bundle name, the folder is looked at now."""
    problems = []
    if inputs.undecided_flags:
        problems.append(
            translate(
                "Release",
                "Stage one has flagged columns without a decision: {0}. Decide for each whether to drop, transform or "
                "keep it.",
            ).format(", ".join(f"'{c}'" for c in inputs.undecided_flags))
        )
    unmapped = inputs.unmapped_values
    if unmapped:
        listed = "; ".join(f"{u.column}: “{u.value}”" for u in unmapped[:UNMAPPED_LISTED])
        if len(unmapped) > UNMAPPED_LISTED:
            text = translate(
                "Release", "Values not mapped to a codebook category: {0} and {1} more. Map each in the Recode step."
            ).format(listed, count_text(len(unmapped) - UNMAPPED_LISTED))
        else:
            text = translate(
                "Release", "Values not mapped to a codebook category: {0}. Map each in the Recode step."
            ).format(listed)
        problems.append(text)
    result = inputs.synthesis
    if len(result.records) == 0:
        notes = " ".join(result.notes) or translate(
            "Release", "Group rare answers into broader categories in the recode step."
        )
        problems.append(
            translate("Release", "The synthesis produced no records, so there is nothing to release. {0}").format(notes)
        )
    try:
        name = bundle_name(inputs.dataset_name, result.method, inputs.released_on or date.today())
    except ReleaseRefused as error:
        return [*problems, str(error)]
    if decisions is None:
        return problems
    location = Path(decisions.location)
    if looked is None or not looked.is_about(location, name):
        looked = look_at_folder(location, name)
    if not looked.location_is_dir:
        problems.append(
            translate(
                "Release",
                "The folder {0} cannot be found. Check the path, or that the network drive is connected.",
            ).format(location)
        )
    elif looked.bundle_exists and not decisions.replace_existing:
        problems.append(
            translate(
                "Release",
                "A bundle named {0} already exists in {1}. Choose another location, or confirm that it should be "
                "replaced (on the command line: --replace).",
            ).format(name, location)
        )
    return problems


def _records_workbook(records: pd.DataFrame, schema: CodebookSchema, progress: Progress) -> bytes:
    numeric = [v.type.strip().lower() in _NUMERIC_TYPES for v in schema.variables]
    total = len(records)
    # Each distinct value is converted once (a release has few distinct values and many rows).
    cells = []
    for position, is_number in enumerate(numeric):
        column = records.iloc[:, position]
        converted = {value: _xlsx_cell(value, is_number) for value in pd.unique(column.dropna())}
        cells.append([converted.get(value) if value is not None else None for value in column.tolist()])
    rows = zip(*cells, strict=True) if cells else iter(())

    def fill(sheet: Worksheet) -> None:
        sheet.write_row(0, 0, [excel_safe(str(label)) for label in records.columns])
        for number, row in enumerate(rows, start=1):
            if number % _ROWS_PER_CHECK == 0:
                check_cancelled(progress)
                progress.report(number, total, translate("Release", "Making {0}").format(SYNTHETIC_XLSX))
            for column, cell in enumerate(row):
                if isinstance(cell, str):
                    sheet.write_string(number, column, cell)
                elif cell is not None:
                    sheet.write_number(number, column, cell)

    return workbook_bytes({"synthetic_data": fill})


def _xlsx_cell(value: object, is_number: bool) -> str | int | None:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    text = str(value)
    if is_number and re.fullmatch(r"-?\d{1,15}", text.strip()):
        return int(text)
    return excel_safe(text)


def _write_file(folder: Path, name: str, data: bytes) -> None:
    """One file of the bundle into the temporary folder (a seam the interruption tests break)."""
    (folder / name).write_bytes(data)


def _check_written(folder: Path, manifest: dict[str, Any]) -> None:
    """Read every file back and check it against the manifest; raise `BundleCheckFailed` on any difference."""
    problems = bundle_problems(folder, manifest)
    if problems:
        raise BundleCheckFailed(
            translate(
                "Release",
                "The bundle read back from the disk is not what was written; nothing was written. The drive may be "
                "failing or full: try again or choose another location.",
            )
            + "\n- "
            + "\n- ".join(problems)
        )


def _checked_release(
    inputs: ReleaseInputs, steps: list[AuditStep], figures_progress: Progress, checks_progress: Progress
) -> tuple[pd.DataFrame, Aggregates, ReleaseComparison]:
    """The records and aggregates cut to the codebook, refused when a value is outside it or (k-anonymous releases)
    when the k guarantee fails on them; and the figures of the bundle."""
    result = inputs.synthesis
    chosen = release_columns(inputs.codebook, tuple(str(c) for c in result.records.columns))
    records = release_records(result.records, chosen)
    aggregates = release_aggregates(result.aggregates, chosen)
    steps.append(
        AuditStep(f"Synthesis ({result.method}) made synthetic records", now(), len(result.records), len(chosen.labels))
    )
    if chosen.left_out:
        steps.append(AuditStep("Columns not in the codebook left out of every file", now(), None, len(chosen.left_out)))
    outside = values_outside_codebook(records, inputs.codebook)
    if outside:
        listed = "; ".join(f"'{label}': '{value}'" for label, value in outside[:20])
        if len(outside) > 20:
            refusal = translate(
                "Release",
                "The synthetic data holds values that the codebook does not list: {0} and {1} more. Map them to "
                "codebook categories in the recode step (or add them to the recipe's categories) and run synthesis "
                "again.",
            ).format(listed, len(outside) - 20)
        else:
            refusal = translate(
                "Release",
                "The synthetic data holds values that the codebook does not list: {0}. Map them to codebook "
                "categories in the recode step (or add them to the recipe's categories) and run synthesis again.",
            ).format(listed)
        raise ReleaseRefused(refusal)
    figures = compare_with_release(
        records, aggregates, result.method, result.parameters, result.privacy, figures_progress
    )
    if result.method == "kanon":
        k_value = result.parameters["k"]
        k = k_value if isinstance(k_value, int) else 0
        recoded = inputs.recoded.copy()
        recoded.columns = [str(c).strip() for c in recoded.columns]
        table = encode_table(release_records(recoded, release_columns(inputs.codebook, tuple(recoded.columns))))
        problems = k_guarantee_problems(table, aggregates, k, figures, checks_progress)
        if problems:
            raise ReleaseRefused(
                translate("Release", "The k guarantee does not hold on the output:") + "\n- " + "\n- ".join(problems)
            )
        steps.append(
            AuditStep(f"Checked: every released combination is held by at least {k} records", now(), None, None)
        )
    return records, aggregates, figures


def _check_budget(inputs: ReleaseInputs, warnings: list[str]) -> None:
    """For a DP release: refuse it past the cap (before any work), and warn near it."""
    privacy = inputs.synthesis.privacy
    if privacy is None:
        return
    if inputs.ledger_folder is None:
        raise ValueError("a DP release needs the ledger folder (the application-data folder)")
    check = ledger.read_ledger(inputs.ledger_folder).check(inputs.dataset_name, privacy.epsilon, inputs.privacy_cap)
    if not check.allowed:
        raise ReleaseRefused(check.describe())
    if check.warning:
        warnings.append(check.describe())


def _record_pending(
    inputs: ReleaseInputs,
    staged: StagedFolder,
    name: str,
    release_id: str,
    released_on: date,
    steps: list[AuditStep],
) -> float | None:
    """For a DP release: record it in the ledger as pending (refused past the cap, re-checked under the ledger's
    lock) before the first file of the bundle is written, and return the dataset's new total."""
    privacy = inputs.synthesis.privacy
    if privacy is None or inputs.ledger_folder is None:
        return None
    location = staged.target.parent
    pending = ledger.PendingWrite(str(location.absolute()), folder_identity(location), staged.lock_path.name)
    entry = ledger.LedgerEntry(released_on, privacy.epsilon, privacy.delta, name, release_id, pending)
    try:
        updated = ledger.record_release(inputs.ledger_folder, inputs.dataset_name, entry, inputs.privacy_cap)
    except ledger.LedgerError as error:
        raise ReleaseRefused(str(error)) from None
    steps.append(AuditStep("Privacy budget of this release recorded in the ledger", now(), None, None))
    return updated.spent(inputs.dataset_name)


# The points of the write a test can stop the writer at (`_reached`), in order.
WRITE_STAGES = (
    "budget checked",
    "staging folder made",
    "pending entry recorded",
    "files made",
    *(f"wrote {file_name}" for file_name in BUNDLE_FILES),
    "files written",
    "earlier bundle moved aside",  # only when replacing one
    "published",
    "ledger entry made final",
)
KILL_AT_VARIABLE = "CTDC_DESKTOP_TEST_KILL_WRITER_AT"


def _reached(stage: str) -> None:
    """A test hook: the writer kills its own process at `stage` when the variable names it, as a power cut would
    stop it (no clean-up of any kind runs). Does nothing otherwise."""
    if os.environ.get(KILL_AT_VARIABLE) == stage:
        os.kill(os.getpid(), getattr(signal, "SIGKILL", signal.SIGTERM))


def _is_bundle_name(name: str) -> bool:
    return _BUNDLE_NAME.fullmatch(name) is not None


_BUNDLE_NAME = re.compile(r".+_(?:dp|kanon)_\d{4}-\d{2}-\d{2}")


def remove_unfinished_bundles(location: Path) -> int:
    """Remove what killed exports left in `location` (hidden ``.<bundle>.<8 letters>.partial`` folders holding only
    bundle files, whose writer has stopped); say it in the activity log; return how many."""
    removed = remove_unfinished_folders(location, _is_bundle_name, frozenset(BUNDLE_FILES))
    if removed:
        activity.info("release bundle: unfinished bundle folders left by a stopped export removed, folders=%d", removed)
    return removed


def _folder_missing(location: Path) -> ReleaseRefused:
    return ReleaseRefused(
        translate(
            "Release",
            "The folder {0} cannot be found (a shared drive that is not connected, or a folder moved or deleted); "
            "nothing was written. Connect the drive or choose an existing folder, then write again.",
        ).format(location)
    )


def write_release_bundle(
    inputs: ReleaseInputs, decisions: ReleaseDecisions, progress: Progress = NO_PROGRESS
) -> ReleaseResult:
    """Check, evaluate and write the release bundle (see the module docstring). Raises `ReleaseRefused` with every
    reason when the release is not safe or complete, `UserError` when the location cannot be written, `Cancelled`
    when the user stops (nothing is written then)."""
    _refuse_incomplete(inputs, decisions)
    result = inputs.synthesis
    released_on = inputs.released_on or date.today()
    name = bundle_name(inputs.dataset_name, result.method, released_on)
    location = Path(decisions.location)
    parts = stages(
        progress,
        {"figures": 2, "checks": 3, "workbook": 2, "files": 1},
        prefixes={"files": translate("Release", "Writing: ")},
    )
    steps = [_as_published(step, inputs.recipe_name) for step in inputs.earlier_steps]
    records, aggregates, figures = _checked_release(inputs, steps, parts["figures"], parts["checks"])
    check_cancelled(progress)
    warnings: list[str] = []
    _check_budget(inputs, warnings)
    _reached("budget checked")
    removed = remove_unfinished_bundles(location)
    if removed:
        warnings.append(
            translate("Release", "Unfinished bundle folders left by a stopped export were removed: {0}.").format(
                count_text(removed)
            )
        )
    bundle = _Bundle(name, uuid.uuid4().hex, released_on, location, records, aggregates, figures, steps)
    total_after = _write_and_publish(inputs, decisions, bundle, parts["workbook"], parts["files"], progress)
    return ReleaseResult(
        folder=bundle.target,
        files=BUNDLE_FILES,
        figures=figures,
        privacy_total_after=total_after,
        warnings=tuple(warnings),
    )


def _refuse_incomplete(inputs: ReleaseInputs, decisions: ReleaseDecisions) -> None:
    """Refuse, with every reason, a release that `release_problems` stops; stop on a codebook or recipe digest that
    is not well formed."""
    reasons = release_problems(inputs, decisions)
    if reasons:
        raise ReleaseRefused(translate("Release", "The release cannot be written yet:") + "\n- " + "\n- ".join(reasons))
    check_schema(inputs.codebook)
    if not re.fullmatch(r"[0-9a-f]{64}", inputs.recipe_sha256):
        raise ValueError("recipe_sha256 must be 64 lower-case hex digits")


@dataclass(frozen=True)
class _Bundle:
    """The bundle to write: its name and id, where it goes, and the checked outputs and audit steps it is made of."""

    name: str
    release_id: str
    released_on: date
    location: Path
    records: pd.DataFrame
    aggregates: Aggregates
    figures: ReleaseComparison
    steps: list[AuditStep]

    @property
    def target(self) -> Path:
        return self.location / self.name


def _write_and_publish(
    inputs: ReleaseInputs,
    decisions: ReleaseDecisions,
    bundle: _Bundle,
    workbook_progress: Progress,
    files_progress: Progress,
    progress: Progress,
) -> float | None:
    """Write the bundle into a staging folder and publish it whole; for a DP release, record it in the ledger first
    and make the entry final once published. Return the dataset's privacy total after it (DP only).

    When anything fails, nothing is published and the ledger entry is withdrawn; a failure the user can act on is
    said as such (`_writing_problem`)."""
    pending_recorded = False
    try:
        with staged_folder(bundle.target, replace=decisions.replace_existing) as staged:
            _reached("staging folder made")
            total_after = _record_pending(
                inputs, staged, bundle.name, bundle.release_id, bundle.released_on, bundle.steps
            )
            pending_recorded = total_after is not None
            _reached("pending entry recorded")
            files = _build_files(
                inputs,
                bundle.name,
                bundle.release_id,
                bundle.records,
                bundle.aggregates,
                bundle.figures,
                bundle.steps,
                total_after,
                workbook_progress,
            )
            _write_files(staged, files, bundle.location, files_progress, progress)
            if pending_recorded and inputs.ledger_folder is not None:
                pending_recorded = False  # published: it must never be withdrawn now
                # If this fails, the entry stays pending, and counts; the next read of the ledger finds the bundle.
                with contextlib.suppress(ledger.LedgerError):
                    ledger.finalize_release(inputs.ledger_folder, inputs.dataset_name, bundle.release_id)
                _reached("ledger entry made final")
    except BaseException as error:
        if pending_recorded and inputs.ledger_folder is not None:
            # If withdrawing fails too, the entry stays pending and the next read of the ledger settles it.
            with contextlib.suppress(UserError):
                ledger.withdraw_release(inputs.ledger_folder, inputs.dataset_name, bundle.name, bundle.release_id)
        problem = _writing_problem(error, bundle, decisions)
        if problem is not None:
            raise problem from None
        raise
    return total_after


def _write_files(
    staged: StagedFolder, files: dict[str, bytes], location: Path, files_progress: Progress, progress: Progress
) -> None:
    """Write `files` into the staging folder, then publish it once they read back as the manifest says."""
    manifest = json.loads(files[MANIFEST])
    _reached("files made")
    for number, file_name in enumerate(files):
        check_cancelled(progress)
        _write_file(staged.path, file_name, files[file_name])
        files_progress.report(number + 1, len(files), file_name)
        _reached(f"wrote {file_name}")
    _reached("files written")
    if not location.is_dir():  # the share went away while the files were made
        raise FileNotFoundError(2, os.strerror(2), str(location))
    staged.publish(
        check=lambda folder: _check_written(folder, manifest),
        moved_aside=lambda: _reached("earlier bundle moved aside"),
    )
    _reached("published")


def _writing_problem(error: BaseException, bundle: _Bundle, decisions: ReleaseDecisions) -> UserError | None:
    """What the user is told when writing failed in a way they can act on; None for any other failure (raised as
    it is)."""
    if isinstance(error, FileExistsError):
        return ReleaseRefused(
            translate(
                "Release",
                "A bundle named {0} appeared in {1} meanwhile; nothing was written. Choose another location, or "
                "confirm that it should be replaced (on the command line: --replace).",
            ).format(bundle.name, decisions.location)
        )
    if isinstance(error, FileNotFoundError) and not bundle.location.is_dir():
        return _folder_missing(bundle.location)
    if isinstance(error, OSError):
        reason = error.strerror or type(error).__name__
        return UserError(
            translate(
                "Release",
                "Could not write the release bundle into {0} ({1}); nothing was written. Check that the folder "
                "exists, that you may write to it, and that the drive has space.",
            ).format(decisions.location, reason)
        )
    return None


def _as_published(step: AuditStep, recipe: str) -> AuditStep:
    """An earlier step's line as the bundle may publish it: without its row count (the exact number of victims or
    perpetrators, which the method protects; the activity log on this computer keeps it) and with the recipe named by
    its file name only (a full path names the computer and its user)."""
    what = step.what.replace(recipe, recipe_file_name(recipe)) if recipe.strip() else step.what
    return dataclasses.replace(step, what=what, rows=None)


def _build_files(
    inputs: ReleaseInputs,
    name: str,
    release_id: str,
    records: pd.DataFrame,
    aggregates: Aggregates,
    figures: ReleaseComparison,
    steps: list[AuditStep],
    total_after: float | None,
    progress: Progress,
) -> dict[str, bytes]:
    result = inputs.synthesis
    created = datetime.now().astimezone().isoformat(timespec="seconds")
    files: dict[str, bytes] = {}
    n_columns = len(records.columns)
    aggregate_rows = 1 + sum(len(c) for c in aggregates.by_length.values())

    def add(file_name: str, make: Callable[[], bytes], rows: int | None, columns: int | None) -> None:
        check_cancelled(progress)
        files[file_name] = make()
        steps.append(AuditStep(f"Made {file_name}", now(), rows, columns))

    add(SYNTHETIC_CSV, lambda: records_csv_bytes(records), len(records), n_columns)
    add(SYNTHETIC_XLSX, lambda: _records_workbook(records, inputs.codebook, progress), len(records), n_columns)
    add(AGGREGATES_CSV, lambda: aggregates_csv_bytes(aggregates), aggregate_rows, n_columns + 2)
    add(CODEBOOK_XLSX, lambda: codebook_workbook(inputs.codebook, result.method, result.parameters), None, None)
    add(CODEBOOK_MD, lambda: codebook_markdown(inputs.codebook, result.method, result.parameters).encode(), None, None)
    facts = ReportFacts(
        dataset=inputs.dataset_name,
        bundle=name,
        created=created,
        app_version=__version__,
        recipe_name=recipe_file_name(inputs.recipe_name),
        synthetic_records=len(records),
        privacy_total_after=total_after,
        privacy_cap=inputs.privacy_cap if total_after is not None else None,
    )
    add(REPORT_HTML, lambda: evaluation_report_html(facts, figures).encode("utf-8"), None, None)
    files[AUDIT_LOG] = audit_log_text(steps).encode("utf-8")
    privacy = result.privacy
    manifest = {
        "format": MANIFEST_FORMAT,
        "app": {"name": "CTDC Desktop", "version": __version__},
        "bundle": name,
        "release_id": release_id,
        "dataset": inputs.dataset_name,
        "created": created,
        "recipe": {"name": recipe_file_name(inputs.recipe_name), "sha256": inputs.recipe_sha256},
        "method": result.method,
        "parameters": dict(result.parameters),
        "privacy": None
        if privacy is None
        else {"epsilon": privacy.epsilon, "delta": privacy.delta, "rho": privacy.rho},
        "privacy_budget": None
        if total_after is None
        else {"dataset_epsilon_spent_after_release": total_after, "cap": inputs.privacy_cap},
        "records": {
            "synthetic": len(records),
            "released_record_count": float(aggregates.record_count),
            "aggregate_rows": aggregate_rows,
        },
        "columns": list(records.columns),
        "files": {file_name: {"sha256": sha256_hex(data), "bytes": len(data)} for file_name, data in files.items()},
    }
    files[MANIFEST] = (json.dumps(manifest, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    return files
