"""A small recoded table, its synthesis and a codebook for it: the common ground of the release tests.

The records are the first 7 columns of tests/fixtures/synth/dados_app_sample.csv (real CTDC rows; see SOURCES.md
there), with a planted `caseworker_notes` column that no codebook lists and one planted rare value.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
from pathlib import Path

import pandas as pd

from ctdc_desktop.core.release.bundle import ReleaseDecisions, ReleaseInputs
from ctdc_desktop.core.release.codebook import Category, CodebookSchema, CodebookVariable
from ctdc_desktop.core.synth.model import DpParams, KAnonParams, SynthesisResult
from ctdc_desktop.core.synth.synthesize import synthesize
from tests.conftest import FIXTURES

COLUMNS = ["yearOfRegistration", "gender", "ageBroad", "citizenship", "isForcedLabour", "isSexualExploit"]
# Planted values: a frequent one in a column the codebook leaves out, a unique one in a released column.
CANARY_FREQUENT = "CANARY Maria Lopez +4477001234"
CANARY_RARE = "CANARY-unique-7731"
RECIPE_SHA = hashlib.sha256(b"test recipe").hexdigest()


@functools.cache
def recoded() -> pd.DataFrame:
    frame = pd.read_csv(FIXTURES / "synth" / "dados_app_sample.csv", dtype=str, keep_default_na=False)[COLUMNS]
    frame = frame.iloc[:600].reset_index(drop=True)
    frame["caseworker_notes"] = [CANARY_FREQUENT if i % 3 == 0 else "" for i in range(len(frame))]
    frame.loc[5, "citizenship"] = CANARY_RARE
    return frame


def codebook(frame: pd.DataFrame | None = None) -> CodebookSchema:
    frame = recoded() if frame is None else frame
    variables = []
    for column in COLUMNS:
        values = sorted({v for v in frame[column] if v and v != CANARY_RARE})
        variables.append(
            CodebookVariable(
                column=column,
                label=f"{column}Label" if column == "gender" else column,
                type="string",
                definition=f"Definition of {column}.",
                categories=tuple(Category(v, f"meaning of {v}") for v in values),
            )
        )
    return CodebookSchema(
        title="Test codebook", variables=tuple(variables), method_text="Synthetic data made on this computer."
    )


@functools.cache
def kanon_result() -> SynthesisResult:
    return synthesize(recoded(), KAnonParams(k=10, reporting_length=3, seed=7))


@functools.cache
def dp_result() -> SynthesisResult:
    return synthesize(recoded(), DpParams(epsilon=2.0, reporting_length=3, seed=7))


def inputs(result: SynthesisResult | None = None, **changes: object) -> ReleaseInputs:
    base = ReleaseInputs(
        dataset_name="Test mission",
        recoded=recoded(),
        synthesis=kanon_result() if result is None else result,
        codebook=codebook(),
        recipe_name="ctdc-2021",
        recipe_sha256=RECIPE_SHA,
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def decisions(location: Path, **changes: object) -> ReleaseDecisions:
    """Decisions writing into `location`, which is made first (the writer never makes it: see
    test_release_folder.py)."""
    location.mkdir(parents=True, exist_ok=True)
    return ReleaseDecisions(location=location, **changes)  # type: ignore[arg-type]
