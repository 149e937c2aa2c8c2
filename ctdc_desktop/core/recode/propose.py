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

from dataclasses import replace

from ctdc_desktop.core.case_export import CaseExport
from ctdc_desktop.core.link import link_pair
from ctdc_desktop.core.progress import NO_PROGRESS, Progress, check_cancelled
from ctdc_desktop.core.recode.proposal import RecipeProposal, VariableProposal
from ctdc_desktop.core.recode.propose_flags import propose_flag
from ctdc_desktop.core.recode.propose_values import (
    propose_age_or_dates,
    propose_answers,
    propose_country,
    propose_majority,
    propose_year,
)
from ctdc_desktop.core.recode.recipe import Recipe
from ctdc_desktop.core.recode.source_candidates import SourceTable, hints, not_found
from ctdc_desktop.core.translation import translate

__all__ = ["RecipeProposal", "VariableProposal", "propose_recipe"]


_PROPOSERS = {
    "answers": propose_answers,
    "country": propose_country,
    "age": propose_age_or_dates,
    "majority": propose_majority,
    "year": propose_year,
    "flag": propose_flag,
}


def propose_recipe(export: CaseExport, base: Recipe, progress: Progress = NO_PROGRESS) -> RecipeProposal:
    """Propose every variable of `base` from the export's own columns (see the module docstring).

    A variable the recipe marks `not_recorded`, or one without a rule in proposal_hints.toml, is left as the base
    has it (and said so). Values are read, never changed; nothing is written.
    """
    victims = SourceTable(export.victim_frame)
    perpetrators = None if export.perpetrator_frame is None else SourceTable(export.perpetrator_frame, False)
    proposals = _propose_all(base, victims, perpetrators, progress)
    # Second pass: a column found by its values alone for one variable but named for another goes to the named one.
    for table, name in ((victims, "victims"), (perpetrators, "perpetrators")):
        if table is None:
            continue
        table.excluded = {
            column
            for p in proposals
            if p.found and p.by_name and p.variable.table == name
            for column in (*p.variable.source, p.variable.birth_date or "", p.variable.registration_date or "")
        }
    if any(p.found and not p.by_name and set(p.source) & _all_excluded(victims, perpetrators) for p in proposals):
        again = {p.name for p in proposals if p.found and not p.by_name}
        redone = {p.name: p for p in _propose_all(base, victims, perpetrators, NO_PROGRESS, again)}
        proposals = [redone.get(p.name, p) for p in proposals]
    proposals = _shared_columns_uncertain(proposals)
    link = export.link_columns
    if link is None and export.perpetrator_frame is not None:
        # The pair recode would link by on this export (the Load step's rule, the recipe's pair wanted).
        link = link_pair(export.victim_frame, export.perpetrator_frame, base.link)
    progress.report(len(base.variables), len(base.variables), translate("Proposals", "Proposed"))
    return RecipeProposal(base, tuple(proposals), link)


_ONE_VARIABLE_EACH = ("answers", "country", "age", "year")  # kinds whose column makes one variable only


def _shared_columns_uncertain(proposals: list[VariableProposal]) -> list[VariableProposal]:
    """A column proposed for two variables that each need their own (two countries, two sexes of one table) is a
    guess for at least one of them: neither is applied without the user."""
    known = hints()
    users: dict[tuple[str, str], list[str]] = {}
    for p in proposals:
        hint = known.get(p.name)
        if p.found and hint is not None and hint.look_for in _ONE_VARIABLE_EACH:
            for column in p.source:
                users.setdefault((p.variable.table, column), []).append(p.name)
    shared: dict[str, list[str]] = {}
    for names in users.values():
        if len(names) > 1:
            for name in names:
                shared[name] = names
    out = []
    for p in proposals:
        if p.name in shared:
            others = ", ".join(n for n in shared[p.name] if n != p.name)
            why = translate("Proposals", "the same column is proposed for {others}: choose which").format(others=others)
            p = replace(p, confident=False, reason=f"{p.reason}; {why}")
        out.append(p)
    return out


def _all_excluded(victims: SourceTable, perpetrators: SourceTable | None) -> set[str]:
    return victims.excluded | (perpetrators.excluded if perpetrators is not None else set())


def _propose_all(
    base: Recipe,
    victims: SourceTable,
    perpetrators: SourceTable | None,
    progress: Progress,
    only: set[str] | None = None,
) -> list[VariableProposal]:
    known = hints()
    proposals: list[VariableProposal] = []
    total = len(base.variables)
    for done, variable in enumerate(base.variables):
        if only is not None and variable.name not in only:
            continue
        check_cancelled(progress)
        progress.report(done, total, translate("Proposals", "Looking for {name}").format(name=variable.name))
        hint = known.get(variable.name)
        if variable.recoder == "not_recorded":
            proposals.append(VariableProposal(variable.name, variable, True, True, variable.note))
            continue
        if hint is None:
            proposals.append(
                not_found(variable, None, translate("Proposals", "the program has no rule to find this variable"))
            )
            continue
        table = victims if variable.table == "victims" else perpetrators
        if table is None:
            proposals.append(
                not_found(
                    variable,
                    hint,
                    translate("Proposals", "the export has no perpetrators table; load the perpetrators too"),
                )
            )
            continue
        proposals.append(_PROPOSERS[hint.look_for](variable, hint, table))
    return proposals
