"""What Synthesize hands to Export, and the codebook a release gets from its recipe.

The window hands each page only the result of the step before it, so the Synthesize step's result carries what the
bundle needs from the earlier steps: the recoded table (for the k check only, never written), the recipe (for the
codebook and the manifest) and what Stage one and Recode did (for the audit log). `release_inputs` turns it into the
bundle's `ReleaseInputs`; `ctdc-desktop run` and the Export page both go through it.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pandas as pd

from ctdc_desktop.core.evaluate.compare_with_real import RealRecordsComparison, compare_with_real_records
from ctdc_desktop.core.progress import NO_PROGRESS, Progress, stages
from ctdc_desktop.core.recode.recipe import FLAG_LABEL, Recipe, RecodeDecisions
from ctdc_desktop.core.recode.recode import RecodeResult
from ctdc_desktop.core.release.audit_log import AuditStep
from ctdc_desktop.core.release.bundle import ReleaseInputs, UnmappedValue
from ctdc_desktop.core.release.codebook import RECIPE_NOT_KNOWN, Category, CodebookSchema, CodebookVariable
from ctdc_desktop.core.synth.decisions import DEFAULT_CAP, SynthesisDecisions
from ctdc_desktop.core.synth.input_checks import check_synthesis_input, record_input_check
from ctdc_desktop.core.synth.model import KAnonParams, SynthesisResult
from ctdc_desktop.core.synth.synthesize import synthesize
from ctdc_desktop.core.translation import translate

_TYPES = {"flag": "binary numeric", "number": "integer"}
METHOD_TEXT = (
    "The records were made by CTDC Desktop from a case-management export. Names, contact details, case numbers and "
    "other identifying columns were removed or transformed first; the remaining answers were recoded into the "
    "categories of this codebook. The released records are synthetic: they reproduce the patterns of the real "
    "records (how many, which combinations of answers) but none of them is a real person."
)


@dataclass(frozen=True)
class RecodedData:
    """The Recode step's result together with the recipe that made it (what Synthesize works on)."""

    recode: RecodeResult
    recipe: RecodeDecisions | None = None  # None: only the table is known (the codebook then comes from it)
    earlier_steps: tuple[AuditStep, ...] = ()  # Stage one and Recode, for the audit log
    stage_one: str = ""  # what Stage one did, in words ("14 removed, 4 transformed, 56 kept")

    @property
    def table(self) -> pd.DataFrame:
        return self.recode.table


@dataclass(frozen=True)
class SynthesizedData:
    """The Synthesize step's result: the synthesis and everything the Export step needs from earlier steps."""

    synthesis: SynthesisResult
    recoded: RecodedData
    dataset_name: str = ""  # the name the Synthesize page checked the privacy budget under
    privacy_cap: float = DEFAULT_CAP

    @property
    def unmapped_values(self) -> tuple[UnmappedValue, ...]:
        return unmapped_values(self.recoded.recode)


@dataclass(frozen=True)
class SynthesisRun:
    """A synthesis and its screen-only evaluation (real against synthetic records: never written to any file)."""

    synthesized: SynthesizedData
    screen: RealRecordsComparison


# Rare means "held by fewer than this many records" in a DP run's screen figures (k-anonymous runs use their k).
SCREEN_RARE_BELOW = 10


def synthesize_for_release(
    recoded: RecodedData, decisions: SynthesisDecisions, progress: Progress = NO_PROGRESS
) -> SynthesisRun:
    """Synthesize the recoded table and compare the result with it for the caseworker's screen. The result carries
    the dataset's name and privacy cap from `decisions` on to the bundle."""
    parts = stages(
        progress,
        {"check": 1, "synthesize": 3, "evaluate": 1},
        {
            "check": translate("Synthesis", "Checking columns: "),
            "evaluate": translate("Synthesis", "Comparing with the real records: "),
        },
    )
    # The same refusals as `ctdc-desktop synth`: no k below 2, no column that looks like an identifier or free text.
    check = check_synthesis_input(recoded.table, decisions.params, (), parts["check"])
    result = record_input_check(synthesize(recoded.table, decisions.params, parts["synthesize"]), check)
    params = decisions.params
    k = params.k if isinstance(params, KAnonParams) else SCREEN_RARE_BELOW
    used_length = result.parameters.get("reporting_length")
    length = max(1, used_length if isinstance(used_length, int) else params.reporting_length)
    screen = compare_with_real_records(recoded.table, result.records, length, max(2, k), parts["evaluate"])
    return SynthesisRun(SynthesizedData(result, recoded, decisions.dataset_name, decisions.privacy_cap), screen)


def recoded_data(value: object) -> RecodedData | None:
    """What a page received from Recode, as `RecodedData`: a bare `RecodeResult` is wrapped (no recipe known)."""
    if isinstance(value, RecodedData):
        return value
    if isinstance(value, RecodeResult):
        return RecodedData(value)
    return None


def unmapped_values(result: RecodeResult) -> tuple[UnmappedValue, ...]:
    """Every source value the recipe leaves unmapped or finds wrong, by column (never a record)."""
    found = [
        UnmappedValue(value.column, value.value)
        for variable in result.coverage.variables
        for value in (*variable.unmapped, *variable.errors)
    ]
    return tuple(dict.fromkeys(found))


def codebook_from_recipe(recipe: Recipe) -> CodebookSchema:
    """The release's codebook: the recipe's variables in its order, with their types, categories and definitions."""
    variables = []
    for v in recipe.variables:
        categories = tuple(Category(c.label, c.definition) for c in v.categories)
        if v.type == "flag":
            categories = (Category(FLAG_LABEL, "yes (an empty cell: no, or not recorded)"),)
        variables.append(
            CodebookVariable(
                column=v.name,
                label=v.name,
                type=_TYPES.get(v.type, "string"),
                definition=v.definition,
                categories=categories,
                multi_valued=v.multi,
            )
        )
    return CodebookSchema(title=recipe.title, variables=tuple(variables), method_text=METHOD_TEXT)


def codebook_from_table(table: pd.DataFrame) -> CodebookSchema:
    """A codebook when the recipe is not known: each column with the categories the recoded table gives it."""
    variables = []
    for column in table.columns:
        series = table[column]
        if isinstance(series.dtype, pd.CategoricalDtype):
            values = [str(c) for c in series.cat.categories]
        else:
            values = sorted({str(v).strip() for v in series.dropna() if str(v).strip()})
        variables.append(
            CodebookVariable(column=str(column), label=str(column), categories=tuple(Category(v) for v in values))
        )
    return CodebookSchema(title="Recoded table", variables=tuple(variables), method_text=METHOD_TEXT)


def release_inputs(data: SynthesizedData, ledger_folder: Path | None, released_on: date | None = None) -> ReleaseInputs:
    """The bundle's inputs from the Synthesize step's result (its dataset name and cap are the Synthesize step's)."""
    recoded = data.recoded
    if recoded.recipe is not None:
        codebook = codebook_from_recipe(recoded.recipe.recipe)
        recipe_name, recipe_sha256 = recoded.recipe.recipe_file, recoded.recipe.recipe_sha256
    else:
        codebook = codebook_from_table(recoded.table)
        recipe_name = RECIPE_NOT_KNOWN
        layout = json.dumps(codebook.to_dict(), sort_keys=True).encode("utf-8")
        recipe_sha256 = hashlib.sha256(layout).hexdigest()
    return ReleaseInputs(
        dataset_name=data.dataset_name,
        recoded=recoded.table,
        synthesis=data.synthesis,
        codebook=codebook,
        recipe_name=recipe_name,
        recipe_sha256=recipe_sha256,
        unmapped_values=data.unmapped_values,
        earlier_steps=recoded.earlier_steps,
        ledger_folder=ledger_folder,
        privacy_cap=data.privacy_cap,
        released_on=released_on,
    )
