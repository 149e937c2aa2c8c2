"""The Recode step: a case export and a recipe in, the codebook's table (one row per victim) and its coverage out.

Work is done once per distinct value of a source column (a column of 100,000 rows holds a few hundred values),
then spread to the rows through the column's category codes; that is what keeps 100,000 victims and 250,000
perpetrators within a few seconds.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

import numpy as np
import pandas as pd

from ctdc_desktop.core.case_export import CaseExport
from ctdc_desktop.core.link import LinkReport, case_keys, link_report
from ctdc_desktop.core.load.numbered_perpetrators import reading_notes as numbered_reading_notes
from ctdc_desktop.core.load.one_row_per_perpetrator import reading_notes
from ctdc_desktop.core.number_format import count_text
from ctdc_desktop.core.progress import NO_PROGRESS, Progress, check_cancelled
from ctdc_desktop.core.recode.aggregate_perpetrators import (
    aggregate_flag,
    aggregate_values,
    perpetrators_per_victim,
)
from ctdc_desktop.core.recode.coverage import Coverage, ValueCount, VariableCoverage
from ctdc_desktop.core.recode.multi_value import count_answers, split_cell
from ctdc_desktop.core.recode.recipe import FLAG_LABEL, Recipe, VariableRecipe
from ctdc_desktop.core.recode.recode_ages import (
    ADULT_AGE,
    OLDEST_AGE,
    AgeProblem,
    band_of,
    parse_age,
    parse_date,
    parse_dates,
)
from ctdc_desktop.core.recode.recode_countries import country_table
from ctdc_desktop.core.recode.source_columns import closest_columns, find_column
from ctdc_desktop.core.translation import translate
from ctdc_desktop.core.words.spellings import spelling_key, spelling_keys, vocabulary

MOST_PERPETRATORS = 6  # the MiMOSA form records up to six per victim (2022 codebook, Appendix II)

# What a raw value becomes, besides a category (codes 0, 1, ... index the variable's labels):
FALSE = -1  # a flag's "no": an empty cell, and a mapped value
SET_MISSING = -2  # the recipe sets it to missing on purpose
UNMAPPED = -3  # the recipe says nothing about it
ERROR = -4  # it cannot be right (message says why)
EMPTY = -5  # nothing in the source cell
# When several columns make one flag, the most telling outcome of a row wins: a yes, then a problem, then a no.
_RANK = {ERROR: 4, UNMAPPED: 3, FALSE: 2, SET_MISSING: 1, EMPTY: 0}


@dataclass(frozen=True)
class Outcome:
    code: int
    message: str = ""


@dataclass(frozen=True)
class RecodeResult:
    """The recoded table (codebook columns in codebook order, one row per victim, empty cell = missing)."""

    table: pd.DataFrame
    coverage: Coverage
    victims: int
    perpetrator_rows: int  # rows of the perpetrators table (0 without one)
    linked_perpetrator_rows: int  # of those, rows whose case ID matches a victim: the ones recoded
    victims_with_more_than_six: int
    notes: tuple[str, ...] = ()

    @property
    def complete(self) -> bool:
        """True when every value is mapped or set to missing and nothing is wrong: Synthesize may open."""
        return self.coverage.complete


# ------------------------------------------------------------------------------------------------ columns


def _categories_of(column: pd.Series) -> tuple[np.ndarray, list[str]]:
    """Category codes per row (-1 = empty) and the categories as text, for a reader's column or any other."""
    if not isinstance(column.dtype, pd.CategoricalDtype):
        text = column.astype("object").where(column.notna(), None)
        column = text.map(lambda v: None if v is None else str(v)).astype("category")
    codes = column.cat.codes.to_numpy().astype(np.int64)
    return codes, column.cat.categories.astype(str).tolist()


@dataclass
class _Column:
    """One source column as the recoders see it: each distinct value decided once, spread to rows by code."""

    name: str
    codes: np.ndarray
    values: list[str]

    def decide(self, decide: Callable[[str], Outcome]) -> tuple[np.ndarray, list[Outcome]]:
        outcomes = [decide(v) if v.strip() else Outcome(EMPTY) for v in self.values]
        lookup = np.array([o.code for o in outcomes] + [EMPTY], dtype=np.int32)
        return lookup[self.codes], outcomes

    def counts(self, rows: np.ndarray | None = None) -> np.ndarray:
        codes = self.codes if rows is None else self.codes[rows]
        return np.bincount(codes[codes >= 0], minlength=len(self.values))


def _listed(
    column: _Column, outcomes: list[Outcome], decider: _Decider | None = None, rows: np.ndarray | None = None
) -> tuple[list[ValueCount], ...]:
    """The values left unmapped and those in error, with their rows. A cell listing answers (the decider splits)
    is listed answer by answer, since a recipe maps answers, not their combinations."""
    counts = column.counts(rows)
    unmapped: dict[str, int] = {}
    errors: dict[tuple[str, str], int] = {}
    splits = decider is not None and decider.splits
    for value, outcome, count in zip(column.values, outcomes, counts.tolist(), strict=True):
        if not count or outcome.code not in (UNMAPPED, ERROR):
            continue
        parts = [(value, outcome)]
        if splits and decider is not None:
            parts = [(part, decider.one(part)) for part in dict.fromkeys(split_cell(value, decider.variable.split))]
        for part, part_outcome in parts:
            if part_outcome.code == UNMAPPED:
                unmapped[part] = unmapped.get(part, 0) + int(count)
            elif part_outcome.code == ERROR:
                errors[(part, part_outcome.message)] = errors.get((part, part_outcome.message), 0) + int(count)
    return (
        [ValueCount(column.name, value, count) for value, count in unmapped.items()],
        [ValueCount(column.name, value, count, message) for (value, message), count in errors.items()],
    )


def _combine(first: np.ndarray, second: np.ndarray) -> np.ndarray:
    """Row by row, the outcome that says more (a category beats a problem, a problem beats a no)."""
    rank_first = np.where(first >= 0, 9, 0)
    rank_second = np.where(second >= 0, 9, 0)
    for code, rank in _RANK.items():
        rank_first = np.where(first == code, rank, rank_first)
        rank_second = np.where(second == code, rank, rank_second)
    return np.where(rank_second > rank_first, second, first)


# ------------------------------------------------------------------------------------------------ deciders


class _Decider:
    """The per-value decisions of one variable (recipe map first, then missing list, then the recoder's rule)."""

    def __init__(self, variable: VariableRecipe, recipe: Recipe) -> None:
        self.variable = variable
        self.recipe = recipe
        self.map = {spelling_key(raw): label for raw, label in variable.map}
        self.missing = {spelling_key(raw) for raw in variable.missing}
        self.labels = self.output_labels()
        self.position = {label: i for i, label in enumerate(self.labels)}
        self.splits = bool(variable.split) and variable.recoder in ("flag", "other_flag")

    def output_labels(self) -> tuple[str, ...]:
        variable = self.variable
        if variable.type == "flag":
            return (FLAG_LABEL,)
        if variable.recoder == "number":
            assert variable.low is not None and variable.high is not None
            return tuple(str(n) for n in range(variable.low, variable.high + 1))
        if variable.type == "country_code":
            return tuple(sorted(set(country_table().regions)))
        return variable.labels

    def explicit(self, raw: str) -> Outcome | None:
        if not self.map and not self.missing:
            return None
        key = spelling_key(raw)
        if key in self.map:
            label = self.map[key]
            if self.variable.recoder == "country":
                return self.country(label) if label else Outcome(SET_MISSING)
            if not label:
                return Outcome(FALSE if self.variable.type == "flag" else SET_MISSING)
            return Outcome(self.position[label])
        if key in self.missing:
            return Outcome(SET_MISSING)
        return None

    def __call__(self, raw: str) -> Outcome:
        if self.splits:
            parts = split_cell(raw, self.variable.split)
            outcomes = [self.one(p) for p in parts] or [Outcome(EMPTY)]
            return max(outcomes, key=lambda o: 9 if o.code >= 0 else _RANK[o.code])
        return self.one(raw)

    def one(self, raw: str) -> Outcome:
        explicit = self.explicit(raw)
        if explicit is not None:
            return explicit
        recoder = self.variable.recoder
        if recoder == "value_map":
            return self.value_map(raw)
        if recoder == "flag":
            meaning = vocabulary(self.variable.vocabulary or "yes_no").get(spelling_key(raw))
            return Outcome(UNMAPPED) if meaning is None else Outcome(0 if meaning == "Yes" else FALSE)
        if recoder == "other_flag":
            listed = {spelling_key(v) for v in self.variable.listed}
            return Outcome(FALSE if spelling_key(raw) in listed else 0)
        if recoder in ("age_bands", "majority"):
            try:
                return self.age(parse_age(raw), raw)
            except AgeProblem as problem:
                return Outcome(ERROR, str(problem))
        if recoder in ("bands", "number"):
            return self.whole_number(raw)
        if recoder == "country":
            iso3 = country_table().iso3(raw)
            return Outcome(UNMAPPED) if iso3 is None else self.country(iso3)
        raise AssertionError(recoder)

    def value_map(self, raw: str) -> Outcome:
        if raw.strip() in self.position:
            return Outcome(self.position[raw.strip()])
        if self.variable.vocabulary is not None:
            label = vocabulary(self.variable.vocabulary).get(spelling_key(raw))
            if label in self.position:
                return Outcome(self.position[label])
        return Outcome(UNMAPPED)

    def age(self, years: int, raw: str) -> Outcome:
        if self.variable.recoder == "majority":
            return Outcome(self.position["Adult" if years >= ADULT_AGE else "Minor"])
        return self.banded(years, raw)

    def banded(self, number: int, raw: str) -> Outcome:
        band = band_of(number, self.variable.bands)
        if band is None:
            if self.variable.outside == "missing":
                return Outcome(SET_MISSING)
            limits = ", ".join(b.text() for b in self.variable.bands)
            return Outcome(
                ERROR,
                translate("Recode", "{value} is outside the bands ({limits})").format(value=raw.strip(), limits=limits),
            )
        return Outcome(self.position[self.variable.bands[band].label])

    def whole_number(self, raw: str) -> Outcome:
        text = raw.strip()
        if self.variable.date_year:
            try:
                text = str(parse_date(text).year)
            except AgeProblem as problem:
                return Outcome(ERROR, str(problem))
        if text.endswith(".0"):
            text = text[:-2]
        if not text.isdigit():
            return Outcome(ERROR, translate("Recode", '"{value}" is not a whole number').format(value=raw))
        if self.variable.recoder == "bands":
            return self.banded(int(text), raw)
        if str(int(text)) not in self.position:
            return Outcome(
                ERROR,
                translate("Recode", "{value} is outside the codebook's range {low}-{high}").format(
                    value=text, low=self.variable.low, high=self.variable.high
                ),
            )
        return Outcome(self.position[str(int(text))])

    def country(self, iso3: str) -> Outcome:
        if self.variable.output == "iso3":
            if iso3 in self.position:
                return Outcome(self.position[iso3])
            return Outcome(ERROR, translate("Recode", "{code} is not a code").format(code=iso3))
        region = country_table().region(iso3)
        if region is None:
            return Outcome(
                ERROR, translate("Recode", "{code} has no UN region in the CTDC Region table").format(code=iso3)
            )
        label = dict(self.recipe.region_groups).get(region, region)
        return Outcome(self.position[label])


# ------------------------------------------------------------------------------------------------ one variable


def _ages_from_dates(
    frame: pd.DataFrame, decider: _Decider, rows: np.ndarray, codes: np.ndarray
) -> tuple[np.ndarray, list[ValueCount]]:
    """Fill `codes` at `rows` (victims without a usable age) from birth date and registration date."""
    variable = decider.variable
    assert variable.birth_date is not None and variable.registration_date is not None
    birth = _Column(variable.birth_date, *_categories_of(frame[variable.birth_date]))
    registered = _Column(variable.registration_date, *_categories_of(frame[variable.registration_date]))
    errors: list[ValueCount] = []

    def parsed(column: _Column, day_first: bool) -> tuple[np.ndarray, list[str]]:
        days, problems = parse_dates(column.values, day_first)
        if decider.missing:  # placeholder dates or "Unknown" that the recipe sets to missing
            for position, key in enumerate(spelling_keys(column.values)):
                if key in decider.missing:
                    days[position] = 0
                    problems[position] = ""
        return np.vstack([days, np.zeros((1, 3), dtype=np.int32)]), problems  # last row: an empty cell

    birth_days, birth_problems = parsed(birth, variable.day_first)
    registration_days, registration_problems = parsed(registered, True)
    for column, problems in ((birth, birth_problems), (registered, registration_problems)):
        counts = column.counts(rows)
        for value, problem, count in zip(column.values, problems, counts.tolist(), strict=True):
            if problem and count:
                errors.append(ValueCount(column.name, value, int(count), problem))
    b = birth_days[birth.codes[rows]]
    r = registration_days[registered.codes[rows]]
    known = (b[:, 0] > 0) & (r[:, 0] > 0)
    later_birthday = (b[:, 1] > 0) & (r[:, 1] > 0) & ((r[:, 1] * 100 + r[:, 2]) < (b[:, 1] * 100 + b[:, 2]))
    ages = r[:, 0] - b[:, 0] - later_birthday.astype(np.int32)
    filled = codes[rows].copy()
    for age in np.unique(ages[known]).tolist():
        if age < 0:
            outcome = Outcome(ERROR, translate("Recode", "the birth date is after the registration date"))
        elif age > OLDEST_AGE:
            outcome = Outcome(
                ERROR, translate("Recode", "born more than {years} years before registration").format(years=OLDEST_AGE)
            )
        else:
            outcome = decider.age(age, str(age))
        at = known & (ages == age)
        filled[at] = outcome.code
        if outcome.code == ERROR:
            shown = translate("Recode", "(age {age})").format(age=age)
            errors.append(ValueCount(variable.birth_date, shown, int(at.sum()), outcome.message))
    codes = codes.copy()
    codes[rows] = filled
    return codes, errors


def _with_export_columns(frame: pd.DataFrame, variable: VariableRecipe) -> tuple[VariableRecipe, list[str]]:
    """The variable reading the export's own spelling of each column it names, and the names the export lacks."""
    absent: list[str] = []

    def found(name: str) -> str:
        column = find_column(frame.columns, name)
        if column is None:
            absent.append(name)
            return name
        return column

    source = tuple(found(name) for name in variable.source)
    birth = found(variable.birth_date) if variable.birth_date else None
    registered = found(variable.registration_date) if variable.registration_date else None
    return replace(variable, source=source, birth_date=birth, registration_date=registered), absent


def _missing_columns_text(frame: pd.DataFrame, table: str, absent: list[str]) -> str:
    """Every missing column at once, each with the export's closest names, so one look fixes them all."""
    parts = []
    for name in absent:
        near = closest_columns(frame.columns, name)
        if near:
            closest = ", ".join(f'"{n}"' for n in near)
            parts.append(translate("Recode", '"{column}" (closest: {near})').format(column=name, near=closest))
        else:
            parts.append(f'"{name}"')
    shown = ", ".join(str(c) for c in list(frame.columns)[:12]) + (", ..." if len(frame.columns) > 12 else "")
    if table == "perpetrators":
        text = translate(
            "Recode",
            "the perpetrators table has no column {columns} (it has: {names}). Choose the source column of this "
            "variable in the recipe, or let the program propose one.",
        )
    else:
        text = translate(
            "Recode",
            "the victims table has no column {columns} (it has: {names}). Choose the source column of this variable "
            "in the recipe, or let the program propose one.",
        )
    return text.format(columns="; ".join(parts), names=shown)


def _recode_rows(frame: pd.DataFrame, variable: VariableRecipe, recipe: Recipe) -> tuple[np.ndarray, VariableCoverage]:
    """Per row of `frame`: a label code (index of the decider's labels) or one of the negative outcomes."""
    rows = len(frame)
    if variable.recoder == "not_recorded":
        return np.full(rows, EMPTY, dtype=np.int32), VariableCoverage(
            variable.name, variable.table, (), rows, empty=rows, note=variable.note
        )
    variable, absent = _with_export_columns(frame, variable)
    if absent:
        return np.full(rows, EMPTY, dtype=np.int32), VariableCoverage(
            variable.name,
            variable.table,
            variable.source,
            rows,
            problem=_missing_columns_text(frame, variable.table, absent),
            note=variable.note,
        )
    decider = _Decider(variable, recipe)
    unmapped: list[ValueCount] = []
    errors: list[ValueCount] = []
    codes: np.ndarray | None = None
    for name in variable.source:
        column = _Column(name, *_categories_of(frame[name]))
        column_codes, outcomes = column.decide(decider)
        more_unmapped, more_errors = _listed(column, outcomes, decider)
        unmapped += more_unmapped
        errors += more_errors
        codes = column_codes if codes is None else _combine(codes, column_codes)
    if codes is None:  # an age from dates only: every row starts without an age
        codes = np.full(rows, EMPTY, dtype=np.int32)
    if variable.recoder in ("age_bands", "majority") and variable.birth_date and variable.registration_date:
        without_age = np.flatnonzero((codes == EMPTY) | (codes == SET_MISSING))
        codes, date_errors = _ages_from_dates(frame, decider, without_age, codes)
        errors += date_errors
    coverage = VariableCoverage(
        name=variable.name,
        table=variable.table,
        source=variable.source,
        rows=rows,
        mapped=int(((codes >= 0) | (codes == FALSE)).sum()),
        set_missing=int((codes == SET_MISSING).sum()),
        empty=int((codes == EMPTY).sum()),
        unmapped=tuple(sorted(unmapped, key=lambda v: (-v.count, v.column, v.value))),
        errors=tuple(sorted(errors, key=lambda v: (-v.count, v.column, v.value))),
        note=variable.note,
    )
    return codes, coverage


def _victim_column(codes: np.ndarray, labels: tuple[str, ...]) -> pd.Categorical:
    return pd.Categorical.from_codes(np.where(codes >= 0, codes, -1), categories=pd.Index(labels, dtype="object"))


# ------------------------------------------------------------------------------------------------ the step


def _link(export: CaseExport, recipe: Recipe) -> tuple[LinkReport | None, str]:
    """The link the Load step made (Stage one keeps its columns, as link numbers: `link_decision`); an export without
    one (made by hand, or where the Load step found none) is linked by the Load step's rule, with the recipe's pair as
    the one wanted."""
    if export.perpetrators is None:
        return None, translate(
            "Recode", "the export has no perpetrators table; load the perpetrators sheet or file with the victims."
        )
    if export.link is not None:
        return export.link, ""
    link = link_report(export.victim_frame, export.perpetrators.frame, recipe.link)
    if link is None:
        return None, translate(
            "Recode", "no column links the perpetrators to the victims; choose the case-ID columns on the Load page."
        )
    return link, ""


def _victim_of_row(export: CaseExport, link: LinkReport) -> np.ndarray:
    """For each perpetrator row, the position of its victim (the first victim row with that case ID), or -1.

    IDs are compared as `check_link` compares them; the work is done on the distinct IDs, then spread by code.
    """
    assert export.perpetrators is not None
    v_codes, v_values = _categories_of(export.victim_frame[link.victim_column])
    p_codes, p_values = _categories_of(export.perpetrators.frame[link.perpetrator_column])
    keys = case_keys(pd.Series(v_values + p_values, dtype="object"))
    key_ids, _ = pd.factorize(keys, use_na_sentinel=True)  # -1 for an empty ID
    v_ids = np.append(key_ids[: len(v_values)], -1)[v_codes]
    p_ids = np.append(key_ids[len(v_values) :], -1)[p_codes]
    first_victim = np.full(int(key_ids.max(initial=-1)) + 2, -1, dtype=np.int64)  # last slot: no ID
    with_id = np.flatnonzero(v_ids >= 0)
    ids, first = np.unique(v_ids[with_id], return_index=True)
    first_victim[ids] = with_id[first]
    return first_victim[np.where(p_ids >= 0, p_ids, -1)]


def recode(export: CaseExport, recipe: Recipe, progress: Progress = NO_PROGRESS) -> RecodeResult:
    """The export's victims recoded into the recipe's codebook, with the coverage of every variable.

    A variable whose column is missing, or whose values are not all mapped, gets an empty column and its problem in
    the coverage; the result is then not complete. Nothing is set to missing unless the recipe says so.
    """
    victims_frame = export.victim_frame
    victims = len(victims_frame)
    total = len(recipe.variables) + 1
    notes: list[str] = reading_notes(export) + numbered_reading_notes(export)
    needs_perpetrators = any(v.table == "perpetrators" and v.recoder != "not_recorded" for v in recipe.variables)
    link_problem = ""
    victim_of_row = np.zeros(0, dtype=np.int64)
    perpetrators_frame: pd.DataFrame | None = None
    perpetrator_rows = 0 if export.perpetrators is None else len(export.perpetrators.frame)
    over_six = 0
    progress.report(0, total, translate("Recode", "Linking perpetrators to victims"))
    if needs_perpetrators:
        link, link_problem = _link(export, recipe)
        if link is not None and export.perpetrators is not None:
            all_rows = _victim_of_row(export, link)
            linked = np.flatnonzero(all_rows >= 0)
            victim_of_row = all_rows[linked]
            perpetrators_frame = export.perpetrators.frame.iloc[linked]
            per_victim = perpetrators_per_victim(victim_of_row, victims)
            over_six = int((per_victim > MOST_PERPETRATORS).sum())
            if perpetrator_rows - len(linked):
                notes.append(
                    translate(
                        "Recode", "{n} perpetrator rows have a case ID that matches no victim; they are left out."
                    ).format(n=count_text(perpetrator_rows - len(linked)))
                )
            if link.victims_sharing_an_id:
                notes.append(
                    translate(
                        "Recode",
                        "{n} victim rows share a case ID with another; their perpetrators are counted with the first "
                        "of them only.",
                    ).format(n=count_text(link.victims_sharing_an_id))
                )
            if over_six:
                notes.append(
                    translate(
                        "Recode",
                        "{n} victims have more than {most} perpetrators; all of them are summarised, though the "
                        "codebook expects at most six.",
                    ).format(n=count_text(over_six), most=MOST_PERPETRATORS)
                )
    columns: dict[str, pd.Categorical] = {}
    coverages: list[VariableCoverage] = []
    for done, variable in enumerate(recipe.variables, start=1):
        check_cancelled(progress)
        progress.report(done, total, translate("Recode", "Recoding {name}").format(name=variable.name))
        if variable.table == "perpetrators":
            if perpetrators_frame is None and variable.recoder != "not_recorded":
                codes = np.full(victims, EMPTY, dtype=np.int32)
                coverages.append(
                    VariableCoverage(variable.name, variable.table, variable.source, 0, problem=link_problem)
                )
                columns[variable.name] = _victim_column(codes, ())
                continue
            frame = perpetrators_frame if perpetrators_frame is not None else victims_frame.iloc[0:0]
            codes, coverage = _recode_rows(frame, variable, recipe)
            coverages.append(coverage)
            labels = _Decider(variable, recipe).labels if not coverage.problem else ()
            if variable.type == "flag":
                columns[variable.name] = _victim_column(aggregate_flag(codes, victim_of_row, victims), (FLAG_LABEL,))
            elif len(victim_of_row) == len(codes) and labels:
                columns[variable.name] = aggregate_values(codes, victim_of_row, victims, labels)
            else:
                columns[variable.name] = _victim_column(np.full(victims, -1, dtype=np.int32), ())
            continue
        codes, coverage = _recode_rows(victims_frame, variable, recipe)
        coverages.append(coverage)
        labels = _Decider(variable, recipe).labels if not coverage.problem else ()
        columns[variable.name] = _victim_column(codes, labels)
    table = pd.DataFrame(columns, index=victims_frame.index)  # the source row numbers, for previews
    progress.report(total, total, translate("Recode", "Recoded"))
    return RecodeResult(
        table=table,
        coverage=Coverage(tuple(coverages)),
        victims=victims,
        perpetrator_rows=perpetrator_rows,
        linked_perpetrator_rows=len(victim_of_row),
        victims_with_more_than_six=over_six,
        notes=tuple(notes),
    )


@dataclass(frozen=True)
class SourceValue:
    """One distinct value of a source column, how many rows hold it, and what the recipe makes of it."""

    column: str
    value: str
    count: int
    becomes: str  # the category label; "" when it becomes an empty cell
    state: str  # "mapped", "not ticked" (a flag's no), "set to missing", "unmapped" or "error"
    message: str = ""


_STATES = {FALSE: "not ticked", SET_MISSING: "set to missing", UNMAPPED: "unmapped", ERROR: "error"}


def source_values(export: CaseExport, recipe: Recipe, name: str) -> tuple[SourceValue, ...]:
    """The mapping table of one variable: every distinct source value with its count and outcome, most rows first.

    Perpetrator variables count all perpetrator rows (linked or not). Ages worked out from birth dates are not listed
    here (they are per person, not per value); their problems are in the coverage. A flag read from multi-select cells
    (`split`) lists each answer, counted in every row that holds it, since the recipe maps answers one by one.
    """
    variable = recipe.variable(name)
    frame = export.victim_frame if variable.table == "victims" else export.perpetrator_frame
    if frame is None or variable.recoder == "not_recorded":
        return ()
    decider = _Decider(variable, recipe)
    out: list[SourceValue] = []
    for named in variable.source:
        column_name = find_column(frame.columns, named)
        if column_name is None:
            continue
        column = _Column(column_name, *_categories_of(frame[column_name]))
        counts = column.counts().tolist()
        if variable.split and variable.recoder in ("flag", "other_flag"):
            # A multi-select cell ("Agriculture Construction") is decided answer by answer, and the recipe maps
            # answers, not combinations: list each answer with the number of rows holding it.
            answers = count_answers(column.values, counts, variable.split)
            values, counts, outcomes = list(answers), list(answers.values()), [decider.one(a) for a in answers]
        else:
            values = column.values
            _, outcomes = column.decide(decider)
        for value, outcome, count in zip(values, outcomes, counts, strict=True):
            if not count or outcome.code == EMPTY:
                continue
            becomes = decider.labels[outcome.code] if outcome.code >= 0 else ""
            state = "mapped" if outcome.code >= 0 else _STATES[outcome.code]
            out.append(SourceValue(column_name, value, int(count), becomes, state, outcome.message))
    return tuple(sorted(out, key=lambda v: (-v.count, v.column, v.value)))
