"""Columns as candidate sources of a codebook variable: what each variable is looked for as (the shipped hints),
one table's columns read once (values and name), how candidates are weighed, and the words of a proposal's reason.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cache

import pandas as pd

from ctdc_desktop.core.identifiers.remove_identifiers import AGE_COLUMN
from ctdc_desktop.core.number_format import format_number
from ctdc_desktop.core.recode import column_evidence as evidence
from ctdc_desktop.core.recode.column_evidence import ColumnValues
from ctdc_desktop.core.recode.proposal import VariableProposal
from ctdc_desktop.core.recode.recipe import VariableRecipe
from ctdc_desktop.core.translation import translate
from ctdc_desktop.core.words.lexicon import Match, lexicon
from ctdc_desktop.core.words.spellings import spelling_key
from ctdc_desktop.resources import resource_path


@dataclass(frozen=True)
class Hint:
    """What one codebook variable is looked for as (resources/recode/proposal_hints.toml)."""

    look_for: str
    columns: tuple[str, ...] = ()
    values: tuple[tuple[str, tuple[str, ...]], ...] = ()  # label -> "file:concept"s
    missing: tuple[str, ...] = ()
    items: tuple[str, ...] = ()
    lists: tuple[str, ...] = ()

    @property
    def files(self) -> tuple[str, ...]:
        named = [c.split(":")[0] for _, concepts in self.values for c in concepts]
        named += [c.split(":")[0] for c in (*self.missing, *self.items)]
        return tuple(dict.fromkeys(named))


@cache
def hints() -> dict[str, Hint]:
    with resource_path("recode", "proposal_hints.toml").open("rb") as stream:
        tables = tomllib.load(stream)["variables"]
    return {
        name: Hint(
            look_for=str(table["look_for"]),
            columns=tuple(table.get("columns", ())),
            values=tuple((str(k), tuple(v)) for k, v in table.get("values", {}).items()),
            missing=tuple(table.get("missing", ())),
            items=tuple(table.get("items", ())),
            lists=tuple(table.get("lists", ())),
        )
        for name, table in tables.items()
    }


def pct(share: float) -> str:
    return format_number(100 * share, ".0f") + " %"


@dataclass
class SourceTable:
    """One table of the export as the proposer reads it; each column's values and name read once."""

    frame: pd.DataFrame
    of_victims: bool = True
    excluded: set[str] = field(default_factory=set)  # columns another variable's name claims (second pass)
    _values: dict[str, ColumnValues] = field(default_factory=dict)
    _names: dict[tuple[str, str], list[Match]] = field(default_factory=dict)

    @property
    def columns(self) -> list[str]:
        return [str(c) for c in self.frame.columns]

    def values(self, column: str) -> ColumnValues:
        if column not in self._values:
            self._values[column] = ColumnValues.of(column, self.frame[column])
        return self._values[column]

    def name_matches(self, column: str, file: str = "columns") -> list[Match]:
        key = (column, file)
        if key not in self._names:
            matches = lexicon(file).best(column)
            if file == "columns" and column == AGE_COLUMN:  # Stage one's own age column
                matches = [Match("age", 9, AGE_COLUMN)]
            self._names[key] = matches
        return self._names[key]

    def named_for(self, column: str, concepts: tuple[str, ...]) -> Match | None:
        if self.of_victims and "recruiter_relationship" not in concepts and self.about_perpetrators(column):
            return None  # "Nationalité de l'auteur" in the victims' table is not the victim's nationality
        for match in self.name_matches(column):
            if match.concept in concepts:
                return match
        return None

    def about_perpetrators(self, column: str) -> bool:
        """The name says the column describes a perpetrator ("Sexe du trafiquant", "Nationality of recruiter")."""
        return any(m.concept == "perpetrator_marker" for m in lexicon("columns").matches(column))

    def claimed_elsewhere(self, column: str, concepts: tuple[str, ...]) -> bool:
        """The name speaks of another concept, or another variable took it by name: a guess from values alone must
        not take it."""
        if column in self.excluded:
            return True
        matches = self.name_matches(column)
        return bool(matches) and not any(m.concept in concepts for m in matches)


@dataclass(frozen=True)
class Candidate:
    column: str
    named: Match | None
    share: float  # of filled rows the variable's reader places


def choose(candidates: list[Candidate], enough: float = 0.5) -> tuple[Candidate | None, bool, tuple[str, ...]]:
    """The best candidate, whether it is confident, and the other plausible columns.

    Named columns whose values fit come first (confident from 90 % of rows placed, unless another named column fits
    as well); then a named column whose values do not fit (uncertain); then values alone (uncertain, 90 % or more).
    """
    fitting = [c for c in candidates if c.named and c.share >= enough]
    others = [c for c in candidates if c.named or c.share >= 0.9]
    best: Candidate | None
    if fitting:
        best = max(fitting, key=lambda c: (c.named.strength if c.named else 0, c.share))
        rivals = [
            c for c in fitting if c is not best and c.named and best.named and c.named.strength == best.named.strength
        ]
        confident = best.share >= 0.9 and not rivals
    else:
        named = [c for c in candidates if c.named]
        if named:
            best = max(named, key=lambda c: (c.named.strength if c.named else 0, c.share))
        else:
            content = [c for c in candidates if c.share >= 0.9]
            best = max(content, key=lambda c: c.share) if content else None
        confident = False
    alternatives = tuple(c.column for c in sorted(others, key=lambda c: -c.share) if c is not best)
    return best, confident, alternatives


def proposal_found(
    name: str,
    proposed: VariableRecipe,
    best: Candidate,
    confident: bool,
    reasons: list[str],
    alternatives: tuple[str, ...],
    unplaced: list[tuple[str, int]],
) -> VariableProposal:
    """The proposal of a variable whose source is `best`: its reasons joined, the values it could not place."""
    return VariableProposal(
        name,
        proposed,
        True,
        confident,
        "; ".join(reasons),
        alternatives,
        tuple(value for value, _ in unplaced),
        best.named is not None,
    )


def name_reason(candidate: Candidate) -> str:
    if candidate.named is None:
        return translate("Proposals", 'the name "{column}" says nothing we know').format(column=candidate.column)
    return translate("Proposals", 'the name "{column}" matches "{phrase}"').format(
        column=candidate.column, phrase=candidate.named.phrase
    )


def unplaced_text(unplaced: list[tuple[str, int]], why: dict[str, str] | None = None) -> str:
    """ "not placed: "Moldvaia" (1), "Ami/Époux" (3: means more than one category ...)" """
    why = why or {}

    def one(value: str, count: int) -> str:
        return f'"{value}" ({count}: {why[value]})' if why.get(value) else f'"{value}" ({count})'

    shown = ", ".join(one(value, count) for value, count in unplaced[:5])
    more = translate("Proposals", " and {n} more").format(n=len(unplaced) - 5) if len(unplaced) > 5 else ""
    return translate("Proposals", "not placed: {values}{more}").format(values=shown, more=more)


def map_values(
    values: ColumnValues, place: Callable[[str], tuple[str, str]], limit: int = 5000
) -> tuple[dict[str, str], list[str], list[tuple[str, int]]]:
    """The explicit map entries, the values set to missing, and the values not placed (with rows)."""
    mapping: dict[str, str] = {}
    missing: list[str] = []
    unplaced: list[tuple[str, int]] = []
    for value, count in zip(values.values[:limit], values.counts[:limit], strict=True):
        how, what = place(value)
        if how == "label":
            mapping[value] = what
        elif how == "missing":
            missing.append(value)
        elif how == "":
            unplaced.append((value, count))
    return mapping, missing, unplaced


def with_map(variable: VariableRecipe, mapping: dict[str, str], missing: list[str]) -> VariableRecipe:
    merged = dict(variable.map)
    merged.update(mapping)
    known = {spelling_key(m) for m in variable.missing}
    extra = tuple(m for m in missing if spelling_key(m) not in known)
    return replace(variable, map=tuple(merged.items()), missing=(*variable.missing, *extra))


def fresh(variable: VariableRecipe, source: tuple[str, ...]) -> VariableRecipe:
    """The base variable reading `source`, without the sample export's other column settings."""
    return replace(variable, source=source, birth_date=None, registration_date=None, split=(), date_year=False)


def not_found(variable: VariableRecipe, hint: Hint | None, why: str = "") -> VariableProposal:
    if not why:
        why = translate("Proposals", "no column of the export is named like it or holds values like its")
    return VariableProposal(variable.name, variable, False, False, why)


def unknown_or(reads: Callable[[str], bool]) -> Callable[[str], tuple[str, str]]:
    unknown = evidence.answers_of(("answers",))

    def place(value: str) -> tuple[str, str]:
        if reads(value):
            return "vocabulary", ""
        if any(c in ("answers:unknown", "answers:not_applicable") for c in unknown(value)):
            return "missing", ""
        return "", ""

    return place


def named_candidates(
    table: SourceTable, concepts: tuple[str, ...], reads: Callable[[str], bool], content_only: bool = False
) -> list[Candidate]:
    out = []
    for column in table.columns:
        named = table.named_for(column, concepts)
        if named is None and not content_only:
            continue
        values = table.values(column)
        if named is None and table.claimed_elsewhere(column, concepts):
            continue
        out.append(Candidate(column, named, values.share(reads) if values.filled else 0.0))
    return out
