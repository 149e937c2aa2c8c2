"""What the Export step works on, and the bundle's inputs made from it.

Export takes the results of two earlier steps, not only the one before it: the recoded data (for the codebook, the
manifest's recipe, the audit log's earlier lines and the k check) and the synthesis (what is released). The dataset's
name and its privacy cap are the Synthesize step's decisions (`SynthesisDecisions` owns them); they travel with the
input so that Export counts the release against the budget the Synthesize page checked.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pandas as pd

from ctdc_desktop.core.progress import NO_PROGRESS, Progress
from ctdc_desktop.core.recode.recipe import FLAG_LABEL, Recipe
from ctdc_desktop.core.recode.recode import RecodeResult
from ctdc_desktop.core.recode.recoded_data import RecodedData
from ctdc_desktop.core.release.bundle import (
    ReleaseDecisions,
    ReleaseInputs,
    ReleaseResult,
    UnmappedValue,
    write_release_bundle,
)
from ctdc_desktop.core.release.codebook import RECIPE_NOT_KNOWN, Category, CodebookSchema, CodebookVariable
from ctdc_desktop.core.synth.decisions import DEFAULT_CAP, SynthesisDecisions
from ctdc_desktop.core.synth.model import SynthesisResult

_TYPES = {"flag": "binary numeric", "number": "integer"}
METHOD_TEXT = (
    "The records were made by CTDC Desktop from a case-management export. Names, contact details, case numbers and "
    "other identifying columns were removed or transformed first; the remaining answers were recoded into the "
    "categories of this codebook. The released records are synthetic: they reproduce the patterns of the real "
    "records (how many, which combinations of answers) but none of them is a real person."
)


@dataclass(frozen=True, eq=False)
class ExportInput:
    """What the Export step writes a release from: the Recode and Synthesize steps' results, the dataset's name and
    privacy cap (from the Synthesize step's decisions), and where the privacy budget ledger is kept."""

    recoded: RecodedData
    synthesis: SynthesisResult
    dataset_name: str = ""  # the name the Synthesize page checked the privacy budget under
    privacy_cap: float = DEFAULT_CAP
    ledger_folder: Path | None = None  # the application-data folder; required for a DP release
    released_on: date | None = None  # the bundle's date (today when None)

    @property
    def unmapped_values(self) -> tuple[UnmappedValue, ...]:
        return unmapped_values(self.recoded.recode)

    def same_as(self, other: ExportInput | None) -> bool:
        """True when `other` holds the very same results and the same choices: nothing new to write. (The results
        are compared by identity: a step run again hands on a new result even when it is equal.)"""
        return (
            other is not None
            and other.recoded is self.recoded
            and other.synthesis is self.synthesis
            and (other.dataset_name, other.privacy_cap, other.ledger_folder, other.released_on)
            == (self.dataset_name, self.privacy_cap, self.ledger_folder, self.released_on)
        )


def export_input(
    recoded: RecodedData | None, synthesis: SynthesisResult | None, decisions: SynthesisDecisions | None
) -> ExportInput | None:
    """The Export step's input from the steps before it; None while the recoded data or the synthesis is missing."""
    if recoded is None or synthesis is None:
        return None
    decisions = decisions if decisions is not None else SynthesisDecisions()
    return ExportInput(recoded, synthesis, decisions.dataset_name, decisions.privacy_cap)


def export_release(data: ExportInput, decisions: ReleaseDecisions, progress: Progress = NO_PROGRESS) -> ReleaseResult:
    """The Export step: write the release bundle of `data` where `decisions` say (see `write_release_bundle`)."""
    # The cap is the Synthesize step's: the same one its page checked the budget against.
    decisions = dataclasses.replace(decisions, privacy_cap=data.privacy_cap)
    return write_release_bundle(release_inputs(data), decisions, progress)


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


def release_inputs(data: ExportInput) -> ReleaseInputs:
    """The bundle's inputs from the Export step's input."""
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
        ledger_folder=data.ledger_folder,
        released_on=data.released_on,
    )
