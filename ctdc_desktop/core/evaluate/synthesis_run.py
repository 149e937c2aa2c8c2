"""The Synthesize step as the window takes it: the synthesis, and its comparison with the real records for the screen.

The comparison is computed from the real records without protection: the Synthesize page shows it and nothing ever
writes it to a file. The step's result, handed on to Export, is the synthesis alone (`SynthesisRun.synthesis`).
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from ctdc_desktop.core.evaluate.compare_with_real import RealRecordsComparison, compare_with_real_records
from ctdc_desktop.core.progress import NO_PROGRESS, Progress, stages
from ctdc_desktop.core.synth.decisions import SynthesisDecisions
from ctdc_desktop.core.synth.model import KAnonParams, SynthesisResult
from ctdc_desktop.core.synth.synthesize import synthesize_checked
from ctdc_desktop.core.translation import translate

# Rare means "held by fewer than this many records" in a DP run's screen figures (k-anonymous runs use their k).
SCREEN_RARE_BELOW = 10


@dataclass(frozen=True)
class SynthesisRun:
    """A synthesis and its screen-only evaluation (real against synthetic records: never written to any file)."""

    synthesis: SynthesisResult
    screen: RealRecordsComparison


def synthesize_for_release(
    recoded: pd.DataFrame, decisions: SynthesisDecisions, progress: Progress = NO_PROGRESS
) -> SynthesisRun:
    """Synthesize the recoded table (with the input check every synthesis gets) and compare the result with it for
    the caseworker's screen."""
    parts = stages(
        progress,
        {"synthesize": 4, "evaluate": 1},
        {"evaluate": translate("Synthesis", "Comparing with the real records: ")},
    )
    params = decisions.params
    result = synthesize_checked(recoded, params, (), parts["synthesize"])
    k = params.k if isinstance(params, KAnonParams) else SCREEN_RARE_BELOW
    used_length = result.parameters.get("reporting_length")
    length = max(1, used_length if isinstance(used_length, int) else params.reporting_length)
    screen = compare_with_real_records(recoded, result.records, length, max(2, k), parts["evaluate"])
    return SynthesisRun(result, screen)
