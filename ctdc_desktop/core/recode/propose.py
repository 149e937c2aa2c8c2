"""Recipe proposals: which column of an export the tool has never seen makes each codebook variable, and how.

A mission's export names its columns in its own language and words (``Sexe``, ``Sexo``, ``prs_Gender``,
``Genre de la victime``) and writes its values its own way (``F``, ``Féminin``, ``Sim``, ``Recruteur; Passeur``).
For each variable of a codebook recipe this module proposes the source column(s) and the settings the recoder needs
(how a multi-value cell is split, how each answer maps, which dates give an age), from two kinds of evidence:

- the column's *name*, matched against shipped multilingual word lists (resources/recode/lexicon/columns.toml and
  the item lists: roles, kinds of exploitation...) ignoring case, accents, punctuation and word order;
- the column's *values*: the share of its rows the variable's recoder would place (sexes, yes/no answers, countries,
  dates, years, ages, roles, relationships).

Each proposal carries its reason in words and a confidence: confident when the name and the values agree, uncertain
when only one of them speaks or two columns compete. A value no list places is listed, never guessed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from ctdc_desktop.core.case_export import CaseExport
from ctdc_desktop.core.progress import NO_PROGRESS, Progress
from ctdc_desktop.core.recode.recipe import Recipe, VariableRecipe


@dataclass(frozen=True)
class VariableProposal:
    """What the tool proposes for one codebook variable, and why."""

    name: str
    variable: VariableRecipe  # the variable as proposed (source, map, split, dates); the base's when none found
    found: bool  # a source was found in the export
    confident: bool  # name and values agree: applied without asking
    reason: str  # in plain words: "name matches 'sexo'; 2 values, both known spellings of Female/Male"
    alternatives: tuple[str, ...] = ()  # other columns that could make it, best first
    unplaced: tuple[str, ...] = ()  # raw values no word list places (listed for the user, never guessed)

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


def propose_recipe(export: CaseExport, base: Recipe, progress: Progress = NO_PROGRESS) -> RecipeProposal:
    """Propose every variable of `base` from the export's own columns (see the module docstring)."""
    # First landing: the shape of the answer; the matchers follow.
    variables = tuple(
        VariableProposal(v.name, v, found=False, confident=False, reason="nothing proposed yet") for v in base.variables
    )
    return RecipeProposal(base, variables, export.link_columns)
