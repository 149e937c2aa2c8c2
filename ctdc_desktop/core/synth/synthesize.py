"""The one entry point of synthesis: a recoded table and the method's parameters in, a `SynthesisResult` out.

`synthesize_checked` is the Synthesize step as the window, `run` and `synth` all take it: the input check first
(`input_checks.py`: no k below 2, no column that looks like an identifier or free text), then the synthesis, with the
check's warnings and the columns allowed by name recorded in the result."""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable, Iterable

import pandas as pd

from ctdc_desktop.core.progress import NO_PROGRESS, Progress, stages
from ctdc_desktop.core.synth.input_checks import check_synthesis_input, record_input_check
from ctdc_desktop.core.synth.kanon import synthesize_kanon
from ctdc_desktop.core.synth.model import DpParams, KAnonParams, SynthesisResult
from ctdc_desktop.core.synth.table import encode_table
from ctdc_desktop.core.translation import translate


def synthesize(
    frame: pd.DataFrame, params: KAnonParams | DpParams, progress: Progress = NO_PROGRESS
) -> SynthesisResult:
    """Encode `frame` (every column categorical, blank = missing) and run the method `params` names.

    Raises `SynthInputError` (a message for the user) for a table that cannot be synthesized, and `Cancelled` when the
    user stops. The result's `timings` gain ``encode`` and ``total`` (seconds) beside the method's own stages.
    """
    started = time.perf_counter()
    table = encode_table(frame)
    encoded = time.perf_counter()
    if isinstance(params, KAnonParams):
        result = synthesize_kanon(table, params, progress)
    elif isinstance(params, DpParams):
        # Imported here: the DP method lives in its own modules and pulls in its noise sampler only when used.
        from ctdc_desktop.core.synth.dp_synthesis import synthesize_dp

        result = synthesize_dp(table, params, progress)
    else:
        raise TypeError(f"unknown synthesis parameters: {type(params).__name__}")
    timings = {"encode": encoded - started, **result.timings, "total": time.perf_counter() - started}
    return dataclasses.replace(result, timings=timings)


def synthesize_checked(
    frame: pd.DataFrame,
    params: KAnonParams | DpParams,
    allowed_columns: Iterable[str] = (),
    progress: Progress = NO_PROGRESS,
    warn: Callable[[str], None] | None = None,
) -> SynthesisResult:
    """Check `frame` and `params` as every synthesis must be checked, then synthesize.

    Raises what `check_synthesis_input` refuses (`SynthInputError`, `UnsafeColumnsError`: nothing is synthesized),
    what `synthesize` raises, and `Cancelled`. `allowed_columns` are names the user allowed although they look
    unsafe. `warn` is told each warning as soon as the check is done, before the synthesis starts (the command line
    prints them then); the result's notes hold them too.
    """
    parts = stages(progress, {"check": 1, "synthesize": 3}, {"check": translate("Synthesis", "Checking columns: ")})
    check = check_synthesis_input(frame, params, allowed_columns, parts["check"])
    if warn is not None:
        for warning in check.warnings:
            warn(warning)
    return record_input_check(synthesize(frame, params, parts["synthesize"]), check)
