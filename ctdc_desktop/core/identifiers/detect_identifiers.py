"""Stage one, step 1: find the columns that name, locate or contact a person, and say why.

Every column is read twice, by its name (English, French, Spanish, Portuguese, HTCDS field codes; `column_names`) and
by its values whatever it is called (`column_kind.measure_values`, and `free_text.scan_cells` for notes). Each rule
that fires becomes a `Flag` with the number of cells it matched, so the caseworker sees the evidence, and the column
gets a proposed action: remove it, transform it (birth date → age at registration, date → year, case ID → link only,
notes → spans redacted) or keep it. A country, nationality, gender or registration-year column is a category and is
never flagged.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any

import pandas as pd

from ctdc_desktop.core.identifiers.column_kind import ColumnKind, ValueEvidence, is_free_text, kind_of, measure_values
from ctdc_desktop.core.identifiers.column_names import IdentifierKind, NameSignal, read_column_name
from ctdc_desktop.core.identifiers.column_values import value_counts
from ctdc_desktop.core.identifiers.free_text import SpanKind, SpanSummary, scan_cells
from ctdc_desktop.core.identifiers.name_lists import NameLists, load_name_lists
from ctdc_desktop.core.number_format import count_text
from ctdc_desktop.core.progress import NO_PROGRESS, Progress, check_cancelled, stages
from ctdc_desktop.core.translation import QT_TRANSLATE_NOOP, translate

# Patterns are tested on this many distinct values at most (the commonest), as in the profile.
PATTERN_SAMPLE = 3_000
# A content rule flags a column when at least this share of its cells match; contact details need fewer, since one
# phone number in a column already reaches a person.
MAIN_SHARE = 0.5
CONTACT_SHARE = 0.05
MIN_CONTACT_CELLS = 3
NEAR_UNIQUE = 0.9
# Distinct notes read per free-text column when reviewing (all of them in a sheet of this size or less). Removing
# or redacting reads every note; the review only needs to show what the notes hold.
NOTES_READ = 1_500


class Action(Enum):
    REMOVE = "remove"
    TRANSFORM = "transform"
    KEEP = "keep"


class Transform(Enum):
    # birth date → age in whole years on the registration date
    AGE_AT_REGISTRATION = QT_TRANSLATE_NOOP("Transform", "age at registration")
    YEAR_ONLY = QT_TRANSLATE_NOOP("Transform", "year only")  # a date → its year
    # case ID → kept as the victims-perpetrators link, replaced by a number, never exported
    LINK_ONLY = QT_TRANSLATE_NOOP("Transform", "link only")
    # free text → identifying spans replaced by their kind, e.g. "[phone number]"
    REDACT_SPANS = QT_TRANSLATE_NOOP("Transform", "redact spans")

    @property
    def label(self) -> str:
        """The transform's short name in the user's language (the value stays English in saved decisions)."""
        return translate("Transform", self.value)


class Rule(Enum):
    NAME = "column name"
    CONTENT = "values"
    NEAR_UNIQUE = "near-unique values"
    FREE_TEXT = "free text"


@dataclass(frozen=True)
class Flag:
    """One reason to think a column identifies people: the rule, what it found, and how many cells showed it."""

    kind: IdentifierKind
    rule: Rule
    reason: str  # plain words in the user's language (English for the commands), shown as it is
    cells: int = 0  # cells that matched (0 for a rule on the column name)
    of_cells: int = 0  # cells looked at

    def to_json_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind.value,
            "rule": self.rule.value,
            "reason": self.reason,
            "evidence": {"cells_matched": self.cells, "cells_looked_at": self.of_cells},
        }


@dataclass(frozen=True)
class ColumnReview:
    """What Stage one found in one column and what it proposes."""

    name: str
    kind: ColumnKind
    flags: tuple[Flag, ...]
    action: Action
    transform: Transform | None
    non_empty: int
    distinct: int
    spans: SpanSummary | None = None  # for free text: identifying spans found in the notes
    note: str = ""  # one sentence on the proposal, in plain words
    # The column links the victims to their perpetrators (the Load step's link): kept only as that link whatever the
    # decision (decisions.link_decision), since removing it would cut every perpetrator from their victim.
    links: bool = False

    @property
    def flagged(self) -> bool:
        return bool(self.flags)

    @property
    def identifier_kinds(self) -> tuple[IdentifierKind, ...]:
        return tuple(dict.fromkeys(f.kind for f in self.flags))

    def to_json_dict(self, show_values: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {
            "name": self.name,
            "kind": self.kind.value,
            "flags": [f.to_json_dict() for f in self.flags],
            "action": self.action.value,
            "transform": None if self.transform is None else self.transform.value,
            "non_empty": self.non_empty,
            "distinct": self.distinct,
            "note": self.note,
        }
        if self.spans is not None:
            spans: dict[str, Any] = {
                "cells_total": self.spans.cells_total,
                "cells_scanned": self.spans.cells_scanned,
                "cells_with_spans": self.spans.cells_with_spans,
                "counts": {k.value: n for k, n in self.spans.counts},
            }
            if show_values:
                # The matched text can name a person: only on request (the window, `--show-values`).
                spans["examples"] = [
                    {"kind": e.kind.value, "row_position": e.row, "text": e.text, "start": e.start, "end": e.end}
                    for e in self.spans.examples
                ]
            out["spans"] = spans
        return out


@dataclass(frozen=True)
class IdentifierReport:
    row_count: int
    columns: tuple[ColumnReview, ...]

    def column(self, name: str) -> ColumnReview:
        for review in self.columns:
            if review.name == name:
                return review
        raise KeyError(name)

    @property
    def flagged(self) -> tuple[ColumnReview, ...]:
        return tuple(c for c in self.columns if c.flagged)

    def summary(self) -> str:
        """In words: "9 of 49 columns flagged: 7 to remove, 2 to transform"."""
        flagged = self.flagged
        remove = sum(1 for c in flagged if c.action is Action.REMOVE)
        transform = sum(1 for c in flagged if c.action is Action.TRANSFORM)
        return (
            f"{len(flagged)} of {len(self.columns)} columns flagged as identifying: "
            f"{remove} to remove, {transform} to transform"
        )

    def to_json_dict(self, show_values: bool = False) -> dict[str, Any]:
        return {
            "rows": self.row_count,
            "summary": self.summary(),
            "columns": [c.to_json_dict(show_values) for c in self.columns],
        }


@dataclass
class _Flags:
    """Flags being gathered for one column, one per identifier kind and rule."""

    items: list[Flag] = field(default_factory=list)

    def add(self, flag: Flag) -> None:
        if not any(f.kind is flag.kind and f.rule is flag.rule for f in self.items):
            self.items.append(flag)


def _content_flags(name: NameSignal, e: ValueEvidence, flags: _Flags) -> None:
    n = e.looked_at

    def share(count: int) -> float:
        return e.share(count)

    contact = e.emails + e.phones
    if share(contact) >= CONTACT_SHARE and contact >= min(MIN_CONTACT_CELLS, n):
        if e.emails and e.phones:
            reason = translate("Identifiers", "{cells} of {looked} cells are e-mail addresses and phone numbers")
        elif e.emails:
            reason = translate("Identifiers", "{cells} of {looked} cells are e-mail addresses")
        else:
            reason = translate("Identifiers", "{cells} of {looked} cells are phone numbers")
        flags.add(Flag(IdentifierKind.CONTACT, Rule.CONTENT, _counted(reason, contact, n), contact, n))
    if name.category:
        return  # a country, gender or year column: only contact details in it can be wrong
    dates = e.dates + e.years_alone
    if e.birth_like and e.date_share >= 0.8:
        reason = translate("Identifiers", "{cells} of {looked} cells are dates spread over decades, as birth dates are")
        flags.add(Flag(IdentifierKind.BIRTH_DATE, Rule.CONTENT, _counted(reason, dates, n), dates, n))
    if share(e.id_codes) >= MAIN_SHARE and e.ratio >= 0.5:
        reason = translate("Identifiers", "{cells} of {looked} cells look like ID, passport or case numbers")
        flags.add(Flag(IdentifierKind.ID_NUMBER, Rule.CONTENT, _counted(reason, e.id_codes, n), e.id_codes, n))
    if share(e.coordinates) >= 0.8 and e.records_per_value < 5:
        # Degrees with three decimals or more (about 100 m) that few records share; a country's centre point,
        # repeated by hundreds of records, is not flagged.
        reason = translate("Identifiers", "{cells} of {looked} cells are precise GPS coordinates")
        flags.add(Flag(IdentifierKind.LOCATION, Rule.CONTENT, _counted(reason, e.coordinates, n), e.coordinates, n))
    if share(e.person_names) >= MAIN_SHARE and e.distinct >= 3:
        reason = translate("Identifiers", "{cells} of {looked} cells are first or last names found in our name lists")
        reason = _counted(reason, e.person_names, n)
        flags.add(Flag(IdentifierKind.PERSON_NAME, Rule.CONTENT, reason, e.person_names, n))
    # Names count only where there are several: a yes/no column whose "Sim" is also a name in our lists (Portuguese
    # yes, a Korean surname) names nobody.
    identifying = e.emails + e.phones + e.id_codes + (e.person_names if e.distinct >= 3 else 0)
    if not flags.items and share(identifying) >= MAIN_SHARE:
        reason = translate("Identifiers", "{cells} of {looked} cells hold names, contact details or ID numbers")
        flags.add(Flag(IdentifierKind.CONTACT, Rule.CONTENT, _counted(reason, identifying, n), identifying, n))


def _counted(reason: str, cells: int, looked: int) -> str:
    """A reason "{cells} of {looked} cells ..." with its numbers written in."""
    return reason.format(cells=count_text(cells), looked=count_text(looked))


def _near_unique_flag(name: NameSignal, e: ValueEvidence, kind: ColumnKind, flags: _Flags) -> None:
    if flags.items or name.category or e.non_empty < 20 or e.ratio < NEAR_UNIQUE:
        return
    if kind in (ColumnKind.NUMBER, ColumnKind.DATE, ColumnKind.FREE_TEXT, ColumnKind.EMPTY):
        return
    reason = translate(
        "Identifiers", "{distinct} different values in {records} records: almost every record has its own"
    ).format(distinct=count_text(e.distinct), records=count_text(e.non_empty))
    flags.add(Flag(IdentifierKind.ID_NUMBER, Rule.NEAR_UNIQUE, reason, e.distinct, e.non_empty))


_TICK_VALUES = frozenset(
    {"0", "1", "0.0", "1.0", "yes", "no", "true", "false", "y", "n", "oui", "non", "si", "sí", "x"}
)


def _name_flags(column: str, name: NameSignal, e: ValueEvidence, values: list[str], flags: _Flags) -> None:
    if values and all(v.strip().casefold() in _TICK_VALUES for v in values[:20]) and len(values) <= 3:
        return  # a tick box such as "meansOfControlWithholdsDocuments" (1/0) says nothing about a person
    for kind in name.kinds:
        # A column named for a position is flagged whatever its values: a position many records share is still a
        # place (a shelter, an office, a meeting point). Values may add flags, never remove the name's.
        if kind is IdentifierKind.FREE_TEXT and e.non_empty and not is_free_text(e) and e.small_set:
            continue  # "Details" holding a handful of repeated words is a category
        reason = translate("Identifiers", "the column name “{column}” says it holds a {kind}")
        flags.add(Flag(kind, Rule.NAME, reason.format(column=column, kind=kind.label)))


def _propose(kind: ColumnKind, flags: tuple[Flag, ...]) -> tuple[Action, Transform | None, str]:
    kinds = {f.kind for f in flags}
    if not flags:
        if kind is ColumnKind.DATE:
            return (
                Action.TRANSFORM,
                Transform.YEAR_ONLY,
                translate("Identifiers", "An exact date can help single a person out; its year is enough."),
            )
        return Action.KEEP, None, ""
    if IdentifierKind.BIRTH_DATE in kinds and kinds <= {IdentifierKind.BIRTH_DATE, IdentifierKind.ID_NUMBER}:
        return (
            Action.TRANSFORM,
            Transform.AGE_AT_REGISTRATION,
            translate("Identifiers", "The age at registration is kept and the birth date removed."),
        )
    if IdentifierKind.CASE_ID in kinds:
        return (
            Action.TRANSFORM,
            Transform.LINK_ONLY,
            translate(
                "Identifiers", "Kept only to link victims and perpetrators, replaced by a number, never exported."
            ),
        )
    if kinds == {IdentifierKind.FREE_TEXT}:
        note = translate(
            "Identifiers", "Notes are removed; you may instead keep them with names and numbers blacked out."
        )
        return Action.REMOVE, None, note
    return Action.REMOVE, None, ""


def review_column(
    column: str,
    series: pd.Series,
    lists: NameLists | None = None,
    progress: Progress = NO_PROGRESS,
    links: bool = False,
) -> ColumnReview:
    """Flags, kind and proposal for one column of text cells (see `core.io.table` for the cell contract).

    `links`: the column links the victims to their perpetrators (the Load step's link). It is a case number whatever
    its name ("Código do caso"), and is kept only as that link, replaced by a made-up number: removing it would cut
    every perpetrator from their victim."""
    lists = lists or load_name_lists()
    name = read_column_name(column)
    values, counts = value_counts(series)
    non_empty = int(counts.sum())
    evidence = measure_values(values[:PATTERN_SAMPLE], counts[:PATTERN_SAMPLE], non_empty, len(values), lists)
    kind = kind_of(name, evidence)
    flags = _Flags()
    _name_flags(column, name, evidence, values, flags)
    _content_flags(name, evidence, flags)
    spans: SpanSummary | None = None
    if kind is ColumnKind.FREE_TEXT or (IdentifierKind.FREE_TEXT in name.kinds and non_empty):
        spans = scan_cells(series, lists, progress, limit=NOTES_READ)
        found = spans.cells_with_spans
        if spans.cells_scanned < spans.cells_total:
            reason = translate(
                "Identifiers",
                "{found} of {scanned} notes hold names, contacts, ID numbers or places ({scanned} of the {total} notes "
                "read)",
            )
        else:
            reason = translate("Identifiers", "{found} of {scanned} notes hold names, contacts, ID numbers or places")
        reason = reason.format(
            found=count_text(found), scanned=count_text(spans.cells_scanned), total=count_text(spans.cells_total)
        )
        flags.add(Flag(IdentifierKind.FREE_TEXT, Rule.FREE_TEXT, reason, found, spans.cells_scanned))
    else:
        _near_unique_flag(name, evidence, kind, flags)
    if links and IdentifierKind.CASE_ID not in {f.kind for f in flags.items}:
        reason = translate("Identifiers", "it links the victims to their perpetrators, so it holds case numbers")
        flags.add(Flag(IdentifierKind.CASE_ID, Rule.CONTENT, reason))
    # `kind` stays the shape of the values (the same as the Load page's); the flags say what can identify a person,
    # so a "Mr/Ms" salutation column is a category that is flagged by its name.
    action, transform, note = _propose(kind, tuple(flags.items))
    if links:
        action, transform = Action.TRANSFORM, Transform.LINK_ONLY
        note = translate(
            "Identifiers",
            "It links each perpetrator to their victim, so it cannot be removed: it is kept only as that link, "
            "replaced by a made-up number (the same in both tables) that is never exported.",
        )
    return ColumnReview(
        name=column,
        kind=kind,
        flags=tuple(flags.items),
        action=action,
        transform=transform,
        non_empty=non_empty,
        distinct=len(values),
        spans=spans,
        note=note,
        links=links,
    )


def detect_identifiers(
    table: pd.DataFrame,
    progress: Progress = NO_PROGRESS,
    lists: NameLists | None = None,
    link_column: str | None = None,
) -> IdentifierReport:
    """Review every column of `table` (a `LoadedTable.frame`, victims or perpetrators). Raises `Cancelled`.

    `link_column`: the column that links this table to the other (see `review_column`)."""
    lists = lists or load_name_lists()
    # Notes take most of the time: weigh each column by its text so the bar moves evenly.
    weights = {str(i): 1.0 + _text_weight(table.iloc[:, i]) for i in range(len(table.columns))}
    parts = stages(
        progress, weights or {"none": 1.0}, {str(i): f"{table.columns[i]}: " for i in range(len(table.columns))}
    )
    reviews: list[ColumnReview] = []
    for position, column in enumerate(table.columns):
        check_cancelled(progress)
        part = parts[str(position)]
        part.report(0, 1, translate("Identifiers", "reading"))
        links = link_column is not None and str(column) == link_column
        reviews.append(review_column(str(column), table.iloc[:, position], lists, part, links))
        part.report(1, 1, translate("Identifiers", "done"))
    return IdentifierReport(row_count=len(table), columns=tuple(reviews))


def _text_weight(series: pd.Series) -> float:
    """Rough share of the work a column takes: long texts are scanned cell by cell."""
    if isinstance(series.dtype, pd.CategoricalDtype):
        categories = series.cat.categories
        if len(categories) == 0:
            return 0.0
        sample = categories[: min(len(categories), 200)]
        mean = sum(len(str(c)) for c in sample) / len(sample)
        return float(min(len(categories), len(series)) * mean / 20_000) if mean > 40 else 0.0
    return 0.0


__all__ = [
    "Action",
    "ColumnReview",
    "Flag",
    "IdentifierReport",
    "Rule",
    "SpanKind",
    "Transform",
    "detect_identifiers",
    "review_column",
]
