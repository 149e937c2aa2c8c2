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

import tomllib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from functools import cache

import pandas as pd

from ctdc_desktop.core.case_export import CaseExport
from ctdc_desktop.core.identifiers.remove_identifiers import AGE_COLUMN
from ctdc_desktop.core.link import propose_link
from ctdc_desktop.core.number_format import format_number
from ctdc_desktop.core.progress import NO_PROGRESS, Progress, check_cancelled
from ctdc_desktop.core.recode import column_evidence as evidence
from ctdc_desktop.core.recode.column_evidence import ColumnValues
from ctdc_desktop.core.recode.lexicon import CODE_STRENGTH, Match, lexicon
from ctdc_desktop.core.recode.multi_value import split_cell
from ctdc_desktop.core.recode.recipe import FLAG_LABEL, Recipe, VariableRecipe
from ctdc_desktop.core.recode.spellings import spelling_key, vocabulary
from ctdc_desktop.core.translation import translate
from ctdc_desktop.resources import resource_path


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


# ------------------------------------------------------------------------------------------------ hints


@dataclass(frozen=True)
class _Hint:
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
def _hints() -> dict[str, _Hint]:
    with resource_path("recode", "proposal_hints.toml").open("rb") as stream:
        tables = tomllib.load(stream)["variables"]
    return {
        name: _Hint(
            look_for=str(table["look_for"]),
            columns=tuple(table.get("columns", ())),
            values=tuple((str(k), tuple(v)) for k, v in table.get("values", {}).items()),
            missing=tuple(table.get("missing", ())),
            items=tuple(table.get("items", ())),
            lists=tuple(table.get("lists", ())),
        )
        for name, table in tables.items()
    }


# ------------------------------------------------------------------------------------------------ one table


def _pct(share: float) -> str:
    return format_number(100 * share, ".0f") + " %"


@dataclass
class _Table:
    """One table of the export as the proposer reads it; each column's values and name read once."""

    frame: pd.DataFrame
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
        for match in self.name_matches(column):
            if match.concept in concepts:
                return match
        return None

    def claimed_elsewhere(self, column: str, concepts: tuple[str, ...]) -> bool:
        """The name speaks of another concept, or another variable took it by name: a guess from values alone must
        not take it."""
        if column in self.excluded:
            return True
        matches = self.name_matches(column)
        return bool(matches) and not any(m.concept in concepts for m in matches)


@dataclass(frozen=True)
class _Candidate:
    column: str
    named: Match | None
    share: float  # of filled rows the variable's reader places


def _choose(candidates: list[_Candidate], enough: float = 0.5) -> tuple[_Candidate | None, bool, tuple[str, ...]]:
    """The best candidate, whether it is confident, and the other plausible columns.

    Named columns whose values fit come first (confident from 90 % of rows placed, unless another named column fits
    as well); then a named column whose values do not fit (uncertain); then values alone (uncertain, 90 % or more).
    """
    fitting = [c for c in candidates if c.named and c.share >= enough]
    others = [c for c in candidates if c.named or c.share >= 0.9]
    best: _Candidate | None
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


def _name_reason(candidate: _Candidate) -> str:
    if candidate.named is None:
        return translate("Proposals", 'the name "{column}" says nothing we know').format(column=candidate.column)
    return translate("Proposals", 'the name "{column}" matches "{phrase}"').format(
        column=candidate.column, phrase=candidate.named.phrase
    )


def _unplaced_text(unplaced: list[tuple[str, int]], why: dict[str, str] | None = None) -> str:
    """ "not placed: "Moldvaia" (1), "Ami/Époux" (3: means more than one category ...)" """
    why = why or {}

    def one(value: str, count: int) -> str:
        return f'"{value}" ({count}: {why[value]})' if why.get(value) else f'"{value}" ({count})'

    shown = ", ".join(one(value, count) for value, count in unplaced[:5])
    more = translate("Proposals", " and {n} more").format(n=len(unplaced) - 5) if len(unplaced) > 5 else ""
    return translate("Proposals", "not placed: {values}{more}").format(values=shown, more=more)


# ------------------------------------------------------------------------------------------------ answers


class _Answers:
    """Places one value of an answers column: a codebook label, "missing" by a stated rule, or nothing."""

    def __init__(self, variable: VariableRecipe, hint: _Hint) -> None:
        self.variable = variable
        self.hint = hint
        self.reader = evidence.answers_of(hint.files)
        self.known = vocabulary(variable.vocabulary) if variable.vocabulary else {}
        self.missing = {spelling_key(v) for v in variable.missing}
        self.label_of = {concept: label for label, concepts in hint.values for concept in concepts}

    def place(self, value: str) -> tuple[str, str]:
        """("label", L), ("missing", concept), ("vocabulary", L) or ("", why) when it cannot be placed."""
        text = value.strip()
        if text in self.variable.labels:
            return "vocabulary", text
        key = spelling_key(text)
        if key in self.missing:
            return "missing", ""
        label = self.known.get(key)
        if label in self.variable.labels:
            return "vocabulary", label
        concepts = self.reader(text)
        labels = {self.label_of[c] for c in concepts if c in self.label_of}
        if len(labels) == 1:
            return "label", labels.pop()
        if len(labels) > 1:
            return "", translate("Proposals", "means more than one category ({labels})").format(
                labels=", ".join(sorted(labels))
            )
        if any(c in self.hint.missing for c in concepts):
            return "missing", concepts[0]
        if label is not None:  # a known spelling of a category this codebook leaves out (e.g. other genders)
            return "", translate("Proposals", "{label} is not a category of this variable").format(label=label)
        return "", ""

    def places(self, value: str) -> bool:
        return self.place(value)[0] != ""


def _sex_letters(values: ColumnValues, variable: VariableRecipe) -> dict[str, str]:
    """One-letter sexes read by the letters the column holds: H/F is homme/femme, M/F male/female, but H/M is
    hombre/mujer, where M is a woman. Empty when the column is not written so."""
    if not {"Female", "Male"} <= set(variable.labels):
        return {}
    keys = {spelling_key(v): v for v in values.values if len(spelling_key(v)) == 1}
    if "h" in keys and "m" in keys and "f" not in keys:
        return {value: ("Male" if key == "h" else "Female") for key, value in keys.items() if key in ("h", "m")}
    return {}


def _two_labels(values: ColumnValues, answers: _Answers) -> bool:
    """Values alone speak for an answers column only when they hold two of its categories or more."""
    labels = {answers.place(v)[1] for v in values.values[:30] if answers.place(v)[0] in ("label", "vocabulary")}
    return len(labels) >= 2


def _map_values(
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


def _with_map(variable: VariableRecipe, mapping: dict[str, str], missing: list[str]) -> VariableRecipe:
    merged = dict(variable.map)
    merged.update(mapping)
    known = {spelling_key(m) for m in variable.missing}
    extra = tuple(m for m in missing if spelling_key(m) not in known)
    return replace(variable, map=tuple(merged.items()), missing=(*variable.missing, *extra))


def _fresh(variable: VariableRecipe, source: tuple[str, ...]) -> VariableRecipe:
    """The base variable reading `source`, without the sample export's other column settings."""
    return replace(variable, source=source, birth_date=None, registration_date=None, split=(), date_year=False)


def _propose_answers(variable: VariableRecipe, hint: _Hint, table: _Table) -> VariableProposal:
    answers = _Answers(variable, hint)
    candidates = []
    for column in table.columns:
        named = table.named_for(column, hint.columns)
        values = table.values(column)
        if named is None and (
            len(values.values) > 30 or table.claimed_elsewhere(column, hint.columns) or not _two_labels(values, answers)
        ):
            continue
        candidates.append(_Candidate(column, named, values.share(answers.places) if values.filled else 0.0))
    best, confident, alternatives = _choose(candidates)
    if best is None:
        return _not_found(variable, hint)
    values = table.values(best.column)
    mapping, missing, unplaced = _map_values(values, answers.place)
    why = {value: answers.place(value)[1] for value, _ in unplaced}
    reason = [_name_reason(best)]
    letters = _sex_letters(values, variable)
    if letters:
        mapping.update(letters)
        reason.append(translate("Proposals", "H and M read as hombre/mujer (no F in the column)"))
    proposed = _with_map(_fresh(variable, (best.column,)), mapping, missing)
    categories = "/".join(variable.labels)
    if not unplaced:
        reason.append(
            translate(
                "Proposals", "{n} different values, all placed (known spellings of {categories}, or unknown)"
            ).format(n=len(values.values), categories=categories)
        )
    else:
        reason.append(_unplaced_text(unplaced, why))
    if missing:
        reason.append(
            translate("Proposals", "set to missing as unknown: {values}").format(
                values=", ".join(f'"{m}"' for m in missing[:4])
            )
        )
    return VariableProposal(
        variable.name,
        proposed,
        True,
        confident,
        "; ".join(reason),
        alternatives,
        tuple(v for v, _ in unplaced),
        best.named is not None,
    )


def _not_found(variable: VariableRecipe, hint: _Hint | None, why: str = "") -> VariableProposal:
    if not why:
        why = translate("Proposals", "no column of the export is named like it or holds values like its")
    return VariableProposal(variable.name, variable, False, False, why)


# ------------------------------------------------------------------------------------------------ countries, ages


def _propose_country(variable: VariableRecipe, hint: _Hint, table: _Table) -> VariableProposal:
    unknown = evidence.answers_of(("answers",))
    missing_keys = {spelling_key(v) for v in variable.missing}

    def place(value: str) -> tuple[str, str]:
        if evidence.is_country(value):
            return "vocabulary", ""
        if spelling_key(value) in missing_keys:
            return "missing", ""
        if any(c in ("answers:unknown", "answers:not_applicable", "answers:stateless") for c in unknown(value)):
            return "missing", ""
        return "", translate("Proposals", "not a country we know")

    candidates = []
    for column in table.columns:
        named = table.named_for(column, hint.columns)
        values = table.values(column)
        if named is None and (values.many_distinct or table.claimed_elsewhere(column, hint.columns)):
            continue
        candidates.append(_Candidate(column, named, values.share(lambda v: place(v)[0] != "")))
    best, confident, alternatives = _choose(candidates)
    if best is None:
        return _not_found(variable, hint)
    values = table.values(best.column)
    _, missing, unplaced = _map_values(values, place)
    proposed = _with_map(_fresh(variable, (best.column,)), {}, missing)
    reason = [_name_reason(best)]
    reason.append(
        translate("Proposals", "{share} of its rows are countries (codes or names)").format(share=_pct(best.share))
    )
    if unplaced:
        reason.append(_unplaced_text(unplaced))
    return VariableProposal(
        variable.name,
        proposed,
        True,
        confident,
        "; ".join(reason),
        alternatives,
        tuple(v for v, _ in unplaced),
        best.named is not None,
    )


def _unknown_or(reads: Callable[[str], bool]) -> Callable[[str], tuple[str, str]]:
    unknown = evidence.answers_of(("answers",))

    def place(value: str) -> tuple[str, str]:
        if reads(value):
            return "vocabulary", ""
        if any(c in ("answers:unknown", "answers:not_applicable") for c in unknown(value)):
            return "missing", ""
        return "", ""

    return place


def _candidates(
    table: _Table, concepts: tuple[str, ...], reads: Callable[[str], bool], content_only: bool = False
) -> list[_Candidate]:
    out = []
    for column in table.columns:
        named = table.named_for(column, concepts)
        if named is None and not content_only:
            continue
        values = table.values(column)
        if named is None and table.claimed_elsewhere(column, concepts):
            continue
        out.append(_Candidate(column, named, values.share(reads) if values.filled else 0.0))
    return out


def _propose_age(variable: VariableRecipe, hint: _Hint, table: _Table) -> VariableProposal:
    place = _unknown_or(evidence.is_age_in_years)
    best, confident, alternatives = _choose(_candidates(table, hint.columns, lambda v: place(v)[0] != ""))
    if best is None:
        return _not_found(variable, hint)
    values = table.values(best.column)
    _, missing, unplaced = _map_values(values, place)
    proposed = _with_map(_fresh(variable, (best.column,)), {}, missing)
    reason = [
        _name_reason(best),
        translate("Proposals", "{share} of its rows are ages in years").format(share=_pct(best.share)),
    ]
    if unplaced:
        reason.append(_unplaced_text(unplaced))
    return VariableProposal(
        variable.name,
        proposed,
        True,
        confident,
        "; ".join(reason),
        alternatives,
        tuple(v for v, _ in unplaced),
        best.named is not None,
    )


def _dated(table: _Table, date_concept: str, year_concept: str) -> tuple[_Candidate | None, bool]:
    """The best column named for the date (or year) concept holding dates or years; (candidate, full dates).

    Either name goes with either content: Stage one turns a registration date into its year under the same name,
    and exports call a column of years "Date"."""
    candidates = _candidates(
        table, (date_concept, year_concept), lambda v: evidence.is_full_date(v) or evidence.is_year(v)
    )
    best = _choose(candidates)[0]
    if best is None or best.share < 0.5:
        return None, False
    values = table.values(best.column)
    return best, values.share(evidence.is_full_date) >= values.share(evidence.is_year)


def _propose_age_or_dates(variable: VariableRecipe, hint: _Hint, table: _Table) -> VariableProposal:
    """An age column, and where the export has them a birth date and a registration date for the rows without one
    (only victims have both)."""
    if variable.table == "victims":
        return _propose_majority(variable, hint, table)
    return _propose_age(variable, hint, table)


def _propose_majority(variable: VariableRecipe, hint: _Hint, table: _Table) -> VariableProposal:
    age = _propose_age(variable, hint, table) if hint.columns else None
    birth, _ = _dated(table, "birth_date", "birth_year")
    registered, _ = _dated(table, "registration_date", "registration_year")
    reason: list[str] = []
    proposed = _fresh(variable, ())
    confident = True
    unplaced: tuple[str, ...] = ()
    if age is not None and age.found and age.variable.source:
        proposed = age.variable
        reason.append(age.reason)
        confident = age.confident
        unplaced = age.unplaced
    if birth is not None and registered is not None:
        proposed = replace(proposed, birth_date=birth.column, registration_date=registered.column)
        reason.append(
            translate(
                "Proposals", 'age counted from "{birth}" to "{registered}" (dates or years in {b} and {r} of rows)'
            ).format(birth=birth.column, b=_pct(birth.share), registered=registered.column, r=_pct(registered.share))
        )
        dates_sure = birth.share >= 0.9 and registered.share >= 0.9 and birth.named and registered.named
        confident = bool(dates_sure) if not proposed.source else confident
    if not proposed.source and not proposed.birth_date:
        return _not_found(
            variable,
            hint,
            translate("Proposals", "no age column, and no birth date (or year) with a registration date (or year)"),
        )
    return VariableProposal(variable.name, proposed, True, confident, "; ".join(reason), (), unplaced)


def _propose_year(variable: VariableRecipe, hint: _Hint, table: _Table) -> VariableProposal:
    best, full_dates = _dated(table, "registration_date", "registration_year")
    if best is None:
        return _not_found(variable, hint)
    proposed = replace(_fresh(variable, (best.column,)), date_year=full_dates)
    what = (
        translate("Proposals", "{share} of its rows are dates; the year is read")
        if full_dates
        else translate("Proposals", "{share} of its rows are years")
    )
    reason = f"{_name_reason(best)}; {what.format(share=_pct(best.share))}"
    return VariableProposal(variable.name, proposed, True, best.share >= 0.9, reason, (), (), best.named is not None)


# ------------------------------------------------------------------------------------------------ flags


class _Items:
    """Places one answer of a flag: "1" when it names one of the variable's items, "" when it names another known
    answer (another role, "no", "unknown"), nothing when no list knows it."""

    def __init__(self, hint: _Hint) -> None:
        self.items = set(hint.items)
        self.reader = evidence.answers_of(tuple(dict.fromkeys(c.split(":")[0] for c in hint.items)))

    def place(self, value: str) -> tuple[str, str]:
        concepts = self.reader(value)
        if any(c in self.items for c in concepts):
            return "label", FLAG_LABEL
        if concepts:
            return "label", ""
        answer = evidence.yes_no_answer(value)
        if answer in ("no", "unknown"):
            return "label", ""
        return "", ""


def _yes_no_place(value: str) -> tuple[str, str]:
    answer = evidence.yes_no_answer(value)
    if answer is None:
        return "", translate("Proposals", "not a yes/no answer")
    if vocabulary("yes_no").get(spelling_key(value)) is not None:
        return "vocabulary", ""
    return "label", FLAG_LABEL if answer == "yes" else ""


_ITEM_FILES = ("roles", "exploitation", "control", "sectors", "sex_work", "relationships")


def _item_matches(table: _Table, column: str) -> list[tuple[str, Match]]:
    """The strongest item matches of a column's name over every item list, (file, match)."""
    found = [(file, m) for file in _ITEM_FILES for m in table.name_matches(column, file)]
    if not found:
        return []
    top = max(m.strength for _, m in found)
    return [(file, m) for file, m in found if m.strength == top]


def _propose_flag(variable: VariableRecipe, hint: _Hint, table: _Table) -> VariableProposal:
    # 1. Yes/no or check-box columns named for one of the items ("Trabalho forçado", "¿Reclutó?", "Aliciador"). The
    #    name is read against every item list, the strongest phrase deciding.
    checks: list[tuple[str, Match, float]] = []
    wanted = set(hint.items)
    for column in table.columns:
        strongest = _item_matches(table, column)
        match = next((m for file, m in strongest if f"{file}:{m.concept}" in wanted), None)
        if spelling_key(column) == spelling_key(variable.name):  # the export uses the codebook's own names
            match = Match(variable.name, CODE_STRENGTH, column)
        elif match is None or (match.concept == "other" and match.strength < 2):
            continue  # no item, or "other" alone: every list has an "other", so it names no flag
        said = table.name_matches(column)
        if said and said[0].strength > match.strength and table.named_for(column, hint.lists) is None:
            continue  # the name says more clearly it is something else
        values = table.values(column)
        share = values.share(lambda v: evidence.yes_no_answer(v) is not None) if values.filled else 0.0
        if share >= 0.8 and len({evidence.yes_no_answer(v) for v in values.values[:50]}) <= 3:
            checks.append((column, match, share))  # yes, no and unknown, however many ways each is written
    if checks:
        columns = tuple(column for column, _, _ in checks)
        mapping: dict[str, str] = {}
        unplaced: list[tuple[str, int]] = []
        for column in columns:
            more_map, _, more_unplaced = _map_values(table.values(column), _yes_no_place)
            mapping.update(more_map)
            unplaced += more_unplaced
        proposed = _with_map(replace(_fresh(variable, columns), recoder="flag", listed=()), mapping, [])
        named = ", ".join(f'"{column}" ({match.phrase})' for column, match, _ in checks)
        reason = translate("Proposals", "yes/no columns named for it: {columns}").format(columns=named)
        if unplaced:
            reason += "; " + _unplaced_text(unplaced)
        sure = all(share >= 0.95 for _, _, share in checks)
        return VariableProposal(variable.name, proposed, True, sure, reason, (), tuple(v for v, _ in unplaced))
    # 2. One column listing the answers ("Recruteur/intermédiaire; Passeur").
    items = _Items(hint)
    candidates = []
    for column in table.columns:
        list_named = table.named_for(column, hint.lists)
        values = table.values(column)
        if list_named is None and (values.many_distinct or table.claimed_elsewhere(column, hint.lists)):
            continue
        if values.filled and values.share(lambda v: evidence.yes_no_answer(v) is not None) >= 0.8:
            continue  # a yes/no column ("Autre rôle ?") lists no answers
        separators = values.separators

        def answers_placed(value: str, separators: tuple[str, ...] = separators) -> bool:
            parts = split_cell(value, separators)
            return bool(parts) and all(items.place(p)[0] != "" for p in parts)

        candidates.append(_Candidate(column, list_named, values.share(answers_placed) if values.filled else 0.0))
    best, confident, alternatives = _choose(candidates, enough=0.3)
    if best is None or (best.named is None and best.share < 0.9):
        return _not_found(variable, hint)
    values = table.values(best.column)
    separators = values.separators
    answers = ColumnValues(best.column, [], [])
    totals: dict[str, int] = {}
    for value, count in zip(values.values, values.counts, strict=True):
        for part in dict.fromkeys(split_cell(value, separators)):
            totals[part] = totals.get(part, 0) + count
    answers.values = list(totals)
    answers.counts = list(totals.values())
    mapping, _, unplaced = _map_values(answers, items.place)
    proposed = _with_map(
        replace(_fresh(variable, (best.column,)), recoder="flag", split=separators, listed=()), mapping, []
    )
    listed = ", ".join(f'"{s.strip() or s}"' for s in separators) or translate("Proposals", "none")
    reasons = [
        _name_reason(best),
        translate(
            "Proposals", "its cells list answers (separated by {separators}); {share} of rows fully placed"
        ).format(separators=listed, share=_pct(best.share)),
    ]
    ones = sorted(answer for answer, label in mapping.items() if label == FLAG_LABEL)
    if ones:
        reasons.append(translate("Proposals", "1 for: {answers}").format(answers=", ".join(f'"{a}"' for a in ones[:6])))
    if unplaced:
        reasons.append(_unplaced_text(sorted(unplaced, key=lambda u: -u[1])))
    return VariableProposal(
        variable.name,
        proposed,
        True,
        confident,
        "; ".join(reasons),
        alternatives,
        tuple(v for v, _ in unplaced),
        best.named is not None,
    )


# ------------------------------------------------------------------------------------------------ the whole recipe

_PROPOSERS = {
    "answers": _propose_answers,
    "country": _propose_country,
    "age": _propose_age_or_dates,
    "majority": _propose_majority,
    "year": _propose_year,
    "flag": _propose_flag,
}


def propose_recipe(export: CaseExport, base: Recipe, progress: Progress = NO_PROGRESS) -> RecipeProposal:
    """Propose every variable of `base` from the export's own columns (see the module docstring).

    A variable the recipe marks `not_recorded`, or one without a rule in proposal_hints.toml, is left as the base
    has it (and said so). Values are read, never changed; nothing is written.
    """
    victims = _Table(export.victim_frame)
    perpetrators = None if export.perpetrator_frame is None else _Table(export.perpetrator_frame)
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
        link = propose_link(export.victim_frame, export.perpetrator_frame)
    progress.report(len(base.variables), len(base.variables), translate("Proposals", "Proposed"))
    return RecipeProposal(base, tuple(proposals), link)


_ONE_VARIABLE_EACH = ("answers", "country", "age", "year")  # kinds whose column makes one variable only


def _shared_columns_uncertain(proposals: list[VariableProposal]) -> list[VariableProposal]:
    """A column proposed for two variables that each need their own (two countries, two sexes of one table) is a
    guess for at least one of them: neither is applied without the user."""
    hints = _hints()
    users: dict[tuple[str, str], list[str]] = {}
    for p in proposals:
        hint = hints.get(p.name)
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


def _all_excluded(victims: _Table, perpetrators: _Table | None) -> set[str]:
    return victims.excluded | (perpetrators.excluded if perpetrators is not None else set())


def _propose_all(
    base: Recipe,
    victims: _Table,
    perpetrators: _Table | None,
    progress: Progress,
    only: set[str] | None = None,
) -> list[VariableProposal]:
    hints = _hints()
    proposals: list[VariableProposal] = []
    total = len(base.variables)
    for done, variable in enumerate(base.variables):
        if only is not None and variable.name not in only:
            continue
        check_cancelled(progress)
        progress.report(done, total, translate("Proposals", "Looking for {name}").format(name=variable.name))
        hint = hints.get(variable.name)
        if variable.recoder == "not_recorded":
            proposals.append(VariableProposal(variable.name, variable, True, True, variable.note))
            continue
        if hint is None:
            proposals.append(
                _not_found(variable, None, translate("Proposals", "the program has no rule to find this variable"))
            )
            continue
        table = victims if variable.table == "victims" else perpetrators
        if table is None:
            proposals.append(
                _not_found(
                    variable,
                    hint,
                    translate("Proposals", "the export has no perpetrators table; load the perpetrators too"),
                )
            )
            continue
        proposals.append(_PROPOSERS[hint.look_for](variable, hint, table))
    return proposals
