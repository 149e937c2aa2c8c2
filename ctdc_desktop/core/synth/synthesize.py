"""The one entry point of synthesis: a recoded table and the method's parameters in, a `SynthesisResult` out."""

from __future__ import annotations

import dataclasses
import time

import pandas as pd

from ctdc_desktop.core.progress import NO_PROGRESS, Progress
from ctdc_desktop.core.synth.kanon import synthesize_kanon
from ctdc_desktop.core.synth.model import DpParams, KAnonParams, SynthesisResult
from ctdc_desktop.core.synth.table import encode_table


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
