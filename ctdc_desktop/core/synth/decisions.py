"""The Synthesize step's decisions: the method and its parameters, checked in one place for the window and the CLI."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Self

from ctdc_desktop.core import decisions as read
from ctdc_desktop.core.synth.input_checks import check_synthesis_params
from ctdc_desktop.core.synth.model import FABRICATION_MODES, DpParams, KAnonParams, SynthInputError
from ctdc_desktop.core.translation import translate

METHODS = ("kanon", "dp")
# The method each shipped recipe's codebook was released with (000_*: DP in 2022; 001_*: k-anonymity in 2021). A
# mission's copy of a shipped recipe keeps its codebook file, so it is known by that too.
DEFAULT_METHOD = {"victim_perpetrator_2022": "dp", "global_synthetic_2021": "kanon"}
DEFAULT_METHOD_BY_CODEBOOK = {"000_": "dp", "001_": "kanon"}
DEFAULT_CAP = 10.0  # total ε a dataset may spend over all its DP releases unless the user sets another
_BUDGET_KEYS = ("dataset_name", "privacy_cap", "done")


def default_method(recipe_name: str | None, codebook: str = "") -> str:
    """The method a recipe's release is made with unless the user chooses another: the window and `run` both follow
    it (kanon for a recipe of no known codebook)."""
    if recipe_name in DEFAULT_METHOD:
        return DEFAULT_METHOD[recipe_name]
    for prefix, method in DEFAULT_METHOD_BY_CODEBOOK.items():
        if codebook.startswith(prefix):
            return method
    return "kanon"


def default_params(method: str) -> KAnonParams | DpParams:
    """The method's parameters as shipped (k = 10; ε = 4)."""
    if method not in METHODS:
        raise ValueError(f"method should be one of {METHODS}, not {method!r}")
    return KAnonParams() if method == "kanon" else DpParams()


@dataclass(frozen=True)
class SynthesisDecisions:
    """Which method, with which parameters; `params` holds the method's own dataclass (defaults filled in)."""

    params: KAnonParams | DpParams = field(default_factory=KAnonParams)
    # The dataset's name in the privacy budget ledger, and the cap on its total ε over all releases: named once per
    # project (proposed from its file names, see `core.project.propose_dataset_name`) and set on the Synthesize
    # page, where the budget is checked. Kept here only (the Export step shows them, the bundle writer and `run` take
    # them from here), so that the window, `run --project` and next quarter's release count against the same entry
    # and cap.
    dataset_name: str = ""
    privacy_cap: float = DEFAULT_CAP
    # The synthetic records had been made when the project was saved: reopening it makes them again (they are never
    # stored in the project; the records and the privacy they cost are only spent when a release is exported).
    done: bool = False

    @property
    def method(self) -> str:
        return "kanon" if isinstance(self.params, KAnonParams) else "dp"

    def to_dict(self) -> dict[str, Any]:
        p = self.params
        budget: dict[str, Any] = {"dataset_name": self.dataset_name, "privacy_cap": self.privacy_cap}
        if self.done:
            budget["done"] = True
        if isinstance(p, KAnonParams):
            return {"method": "kanon", "k": p.k, "reporting_length": p.reporting_length, "seed": p.seed, **budget}
        return {
            "method": "dp",
            "epsilon": p.epsilon,
            "delta": p.delta,
            "reporting_length": p.reporting_length,
            "fabrication": p.fabrication,
            "seed": p.seed,
            **budget,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], where: str = "") -> Self:
        data = read.mapping(data, where)
        method = read.choice(data, "method", where, METHODS)
        seed = read.whole_number(data, "seed", where, None, optional=True)
        if method == "kanon":
            read.only_keys(data, ("method", "k", "reporting_length", "seed", *_BUDGET_KEYS), where)
            kanon = KAnonParams()
            params: KAnonParams | DpParams = KAnonParams(
                k=read.whole_number(data, "k", where, kanon.k),
                reporting_length=read.whole_number(data, "reporting_length", where, kanon.reporting_length),
                seed=seed,
            )
        else:
            read.only_keys(
                data, ("method", "epsilon", "delta", "reporting_length", "fabrication", "seed", *_BUDGET_KEYS), where
            )
            dp = DpParams()
            params = DpParams(
                epsilon=read.number(data, "epsilon", where, dp.epsilon),
                delta=read.number(data, "delta", where, None, optional=True),
                reporting_length=read.whole_number(data, "reporting_length", where, dp.reporting_length),
                fabrication=read.choice(data, "fabrication", where, FABRICATION_MODES, dp.fabrication),
                seed=seed,
            )
        try:
            check_synthesis_params(params)
        except SynthInputError as error:
            raise read.DecisionsError(
                where, translate("SynthesisDecisions", "holds a parameter that cannot be used: {0}").format(error)
            ) from error
        return cls(
            params,
            dataset_name=read.text(data, "dataset_name", where, "", empty=True),
            privacy_cap=read.positive_number(data, "privacy_cap", where, DEFAULT_CAP),
            done=read.flag(data, "done", where, False),
        )
