"""What synthesis refuses before it starts: settings that protect nobody, and columns that point to a person.

Both adapters (the window and `ctdc-desktop synth`) call `check_synthesis_input` once, before `synthesize`, and
`record_input_check` after it, so the rules live here and nowhere else:

- k below 2 is refused: with k = 1 every real record is its own "crowd", and k-anonymous synthesis copies the data.
  Below the codebook's 10 (CTDC Global Synthetic Data, Sept. 2021, section 1) it runs with a warning.
- Columns that look like direct identifiers (names, phone numbers, case IDs) or free text (notes) are refused by
  name: synthesis keeps any value shared by k records, so a first name held by 20 people, or a note sentence pasted
  into 150 files, would be released as it is. The user may allow a column by name; that choice is recorded in the
  output's parameters.
- The DP and k-anon parameter rules are the methods' own (`check_dp_params`, `validate_kanon_params`), so the
  command line and the window cannot disagree with them (the command line used to accept any delta below 1 while
  the DP method refuses 0.01 and above).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass

import pandas as pd

from ctdc_desktop.core.identifiers.column_kind import ColumnKind
from ctdc_desktop.core.identifiers.detect_identifiers import detect_identifiers
from ctdc_desktop.core.progress import NO_PROGRESS, Progress
from ctdc_desktop.core.synth.dp_aggregates import check_dp_params
from ctdc_desktop.core.synth.kanon import validate_kanon_params
from ctdc_desktop.core.synth.model import DpParams, KAnonParams, ParameterError, SynthesisResult, SynthInputError
from ctdc_desktop.core.translation import translate

MIN_K = 2
CODEBOOK_K = 10  # the 2021 release's reporting resolution


class UnsafeColumnsError(SynthInputError):
    """Columns that could point to a person are in the table; the message names each one and what to do."""


@dataclass(frozen=True)
class SynthesisInputCheck:
    """The outcome of `check_synthesis_input` when synthesis may go ahead."""

    warnings: tuple[str, ...]  # plain sentences for the user (e.g. k below 10)
    allowed_columns: tuple[str, ...]  # columns that look unsafe and that the user allowed by name


def check_synthesis_params(params: KAnonParams | DpParams) -> tuple[str, ...]:
    """Refuse (`SynthInputError`) parameters that give no protection or cannot run; return warnings."""
    if isinstance(params, KAnonParams):
        if isinstance(params.k, int) and params.k < MIN_K:
            raise ParameterError(
                "k",
                translate(
                    "Synthesis",
                    "k = {0} protects nobody: every real record would be released as it is. k must be at least {1}; "
                    "the CTDC releases use {2}.",
                ).format(params.k, MIN_K, CODEBOOK_K),
            )
        validate_kanon_params(params)
        if params.k < CODEBOOK_K:
            return (
                translate(
                    "Synthesis",
                    "k = {0} is below the {1} of the CTDC codebook: each released combination is shared by only {0} "
                    "real records, so people are easier to single out. Use it only if your release rules allow it.",
                ).format(params.k, CODEBOOK_K),
            )
        return ()
    if isinstance(params, DpParams):
        check_dp_params(params)
        return ()
    raise TypeError(f"unknown synthesis parameters: {type(params).__name__}")


def unsafe_columns(frame: pd.DataFrame, progress: Progress = NO_PROGRESS) -> list[tuple[str, str]]:
    """(column, why: a sentence naming it) for every column that looks like a direct identifier or free text, in order.

    The same detection as Stage one (`core.identifiers`): a column it flags, by name or by content, is refused here.
    """
    report = detect_identifiers(frame, progress)
    unsafe = []
    for review in report.columns:
        if review.kind is ColumnKind.FREE_TEXT:
            unsafe.append((review.name, translate("Synthesis", "'{0}' holds free text").format(review.name)))
        elif review.flagged:
            kinds = ", ".join(kind.value for kind in review.identifier_kinds)
            why = translate("Synthesis", "'{0}' looks like a direct identifier ({1})").format(review.name, kinds)
            unsafe.append((review.name, why))
    return unsafe


def check_synthesis_input(
    frame: pd.DataFrame,
    params: KAnonParams | DpParams,
    allowed_columns: Iterable[str] = (),
    progress: Progress = NO_PROGRESS,
) -> SynthesisInputCheck:
    """Refuse what must not be synthesized (`SynthInputError`, `UnsafeColumnsError`); else say what to warn about.

    `allowed_columns` are names the user allowed explicitly although they may look unsafe.
    """
    warnings = list(check_synthesis_params(params))
    allowed = list(dict.fromkeys(allowed_columns))
    names = [str(c) for c in frame.columns]
    unknown = [name for name in allowed if name not in names]
    if unknown:
        listed = ", ".join(f"'{name}'" for name in unknown)
        columns = ", ".join(repr(n) for n in names[:12]) + (" …" if len(names) > 12 else "")
        raise SynthInputError(
            translate(
                "Synthesis",
                "A column allowed by name is not in the table: {0}. Check the spelling; the table's columns are {1}.",
            ).format(listed, columns)
        )
    flagged = unsafe_columns(frame, progress)
    refused = [(name, why) for name, why in flagged if name not in allowed]
    if refused:
        listed = "; ".join(why for _, why in refused)
        raise UnsafeColumnsError(
            translate(
                "Synthesis",
                "Synthesis would release values that can point to a person: {0}. Synthesis keeps every value shared "
                "by enough records, so names and note sentences would appear as they are. Remove these columns from "
                "the table (the Identifiers step does this), or, if you are sure a column is safe, allow it by name "
                "(on the command line: --allow-column NAME).",
            ).format(listed)
        )
    let_through = tuple(name for name, _ in flagged if name in allowed)
    for name in let_through:
        warnings.append(
            translate(
                "Synthesis", "Column '{0}' looks unsafe but was allowed by name; the output's parameters record it."
            ).format(name)
        )
    return SynthesisInputCheck(warnings=tuple(warnings), allowed_columns=let_through)


def record_input_check(result: SynthesisResult, check: SynthesisInputCheck) -> SynthesisResult:
    """`result` with the allowed columns in its parameters and the warnings in its notes."""
    parameters = {**result.parameters, "allowed_columns": check.allowed_columns}
    return dataclasses.replace(result, parameters=parameters, notes=(*check.warnings, *result.notes))
