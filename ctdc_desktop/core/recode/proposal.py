"""What the recipe proposer answers: per codebook variable, the source it proposes, how sure it is, and why.

The answer is data only (no Qt, no files); `propose.propose_recipe` makes it and the Recode page, `recipe propose` and
`run --recipe` read it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from ctdc_desktop.core.recode.recipe import Recipe, VariableRecipe


@dataclass(frozen=True)
class VariableProposal:
    """What the tool proposes for one codebook variable, and why."""

    name: str
    variable: VariableRecipe  # the variable as proposed (source, map, split, dates); the base's when none found
    found: bool  # a source was found in the export
    # The name and the values agree on the column: applied without asking. Values it cannot place do not make the
    # column less sure; they stay listed (`unplaced`), and the variable is not complete until the user maps them.
    confident: bool
    reason: str  # in plain words: "name matches 'sexo'; 2 values, both known spellings of Female/Male"
    alternatives: tuple[str, ...] = ()  # other columns that could make it, best first
    unplaced: tuple[str, ...] = ()  # raw values no word list places (listed for the user, never guessed)
    by_name: bool = True  # the source's name speaks of the variable (False: found by its values alone)

    @property
    def source(self) -> tuple[str, ...]:
        return self.variable.source if self.found else ()


@dataclass(frozen=True)
class RecipeProposal:
    """A proposal for every variable of a recipe, on one export."""

    base: Recipe
    variables: tuple[VariableProposal, ...]
    link: tuple[str, str] | None  # (victims column, perpetrators column) the perpetrators are linked by

    def variable(self, name: str) -> VariableProposal:
        for proposal in self.variables:
            if proposal.name == name:
                return proposal
        raise KeyError(name)

    @property
    def uncertain(self) -> tuple[VariableProposal, ...]:
        """Proposals the user should confirm (or variables for which nothing was found)."""
        return tuple(p for p in self.variables if not (p.found and p.confident))

    @property
    def complete(self) -> bool:
        """Every variable has a source and every value is placed (or set to missing by a stated rule)."""
        return all(p.found and not p.unplaced for p in self.variables)

    def recipe_with(self, accepted: Iterable[str]) -> Recipe:
        """The base recipe with the proposals of the `accepted` variables applied (and the proposed link)."""
        names = set(accepted)
        variables = tuple(
            p.variable if p.found and p.name in names else self.base.variable(p.name) for p in self.variables
        )
        return replace(self.base, variables=variables, link=self.link or self.base.link)

    @property
    def confident_recipe(self) -> Recipe:
        """Confident proposals applied, the others left as the base has them: what the window starts from."""
        return self.recipe_with(p.name for p in self.variables if p.found and p.confident)

    @property
    def recipe(self) -> Recipe:
        """Every proposal applied, confident or not: what `recipe propose` writes (uncertain ones marked)."""
        return self.recipe_with(p.name for p in self.variables if p.found)
