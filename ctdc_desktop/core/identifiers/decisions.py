"""What the caseworker decided for each column in Stage one, saved in the project and replayed on the next export.

Plain data: `to_dict()` gives JSON-able values, `from_dict()` checks every key and value and raises `DecisionsError`
naming the dotted key that is wrong (``steps.identifiers.victims[3].action``). A column the decisions do not know (a
new column in next quarter's export) is reported by `matches` so that the window asks about it before anything is
applied.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any

from ctdc_desktop.core import decisions as read
from ctdc_desktop.core.decisions import DecisionsError
from ctdc_desktop.core.identifiers.detect_identifiers import Action, IdentifierReport, Transform
from ctdc_desktop.core.translation import translate

VICTIMS = "victims"
PERPETRATORS = "perpetrators"
TABLES = (VICTIMS, PERPETRATORS)
FORMAT_VERSION = 1

_COLUMN_KEYS = ("column", "action", "transform", "reason", "reference_column")


@dataclass(frozen=True)
class ColumnDecision:
    """One column's decision. `reason` is the caseworker's own words when a flagged column is kept."""

    column: str
    action: Action
    transform: Transform | None = None
    reason: str = ""
    reference_column: str | None = None  # for age at registration: the registration date (or year) column

    def __post_init__(self) -> None:
        if (self.action is Action.TRANSFORM) != (self.transform is not None):
            raise ValueError(f'column "{self.column}": a transform goes with the action "transform" and only with it')

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"column": self.column, "action": self.action.value}
        if self.transform is not None:
            out["transform"] = self.transform.value
        if self.reason:
            out["reason"] = self.reason
        if self.reference_column is not None:
            out["reference_column"] = self.reference_column
        return out


def link_decision(decision: ColumnDecision) -> ColumnDecision:
    """The decision applied to a column that links the victims to their perpetrators (`ColumnReview.links`): "link
    only" whatever was decided. Removed (or changed into a year, or redacted) it would cut every perpetrator from
    their victim, and the recode would have nothing to join them by; kept as it is, the real case IDs would stay, on
    one table while the other holds link numbers. A made-up number, the same on both tables and never exported, is
    as safe as removing it. The window offers nothing else for such a column; Stage one applies this to saved
    decisions, so a project saved with another decision still runs (and says so: `remove_identifiers`)."""
    if decision.action is Action.TRANSFORM and decision.transform is Transform.LINK_ONLY:
        return decision
    return ColumnDecision(decision.column, Action.TRANSFORM, Transform.LINK_ONLY)


@dataclass(frozen=True)
class DecisionMatch:
    """How saved decisions fit the columns of a new export."""

    decided: tuple[str, ...]  # columns with a saved decision
    new: tuple[str, ...]  # columns never seen before: they need a review
    gone: tuple[str, ...]  # decided columns the export no longer has

    @property
    def complete(self) -> bool:
        return not self.new


@dataclass(frozen=True)
class IdentifierDecisions:
    victims: tuple[ColumnDecision, ...] = ()
    perpetrators: tuple[ColumnDecision, ...] = ()

    def _table(self, table: str) -> tuple[ColumnDecision, ...]:
        if table not in TABLES:
            raise ValueError(f"table must be one of {TABLES}, not {table!r}")
        return self.victims if table == VICTIMS else self.perpetrators

    def decision(self, column: str, table: str = VICTIMS) -> ColumnDecision | None:
        for decision in self._table(table):
            if decision.column == column:
                return decision
        return None

    def with_decision(self, decision: ColumnDecision, table: str = VICTIMS) -> IdentifierDecisions:
        """A copy with `decision` replacing any earlier one for the same column."""
        kept = (*tuple(d for d in self._table(table) if d.column != decision.column), decision)
        return replace(self, **{table: kept})

    def matches(self, columns: Iterable[str], table: str = VICTIMS) -> DecisionMatch:
        """Which of `columns` these decisions cover, which are new (to review), and which decided ones are gone."""
        names = [str(c) for c in columns]
        known = {d.column for d in self._table(table)}
        present = set(names)
        return DecisionMatch(
            decided=tuple(c for c in names if c in known),
            new=tuple(c for c in names if c not in known),
            gone=tuple(d.column for d in self._table(table) if d.column not in present),
        )

    @classmethod
    def proposed(cls, victims: IdentifierReport, perpetrators: IdentifierReport | None = None) -> IdentifierDecisions:
        """Every column decided as Stage one proposes (flagged columns removed or transformed, others kept).

        The window starts from this and the caseworker changes what they disagree with; keeping a flagged column
        still needs their reason.
        """

        def of(report: IdentifierReport | None) -> tuple[ColumnDecision, ...]:
            if report is None:
                return ()
            return tuple(ColumnDecision(c.name, c.action, c.transform) for c in report.columns)

        return cls(victims=of(victims), perpetrators=of(perpetrators))

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": FORMAT_VERSION,
            VICTIMS: [d.to_dict() for d in self.victims],
            PERPETRATORS: [d.to_dict() for d in self.perpetrators],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], where: str = "") -> IdentifierDecisions:
        """Read saved decisions; raises `DecisionsError` naming the key that is wrong."""
        data = read.mapping(data, where)
        read.only_keys(data, ("version", *TABLES), where)
        version = data.get("version", FORMAT_VERSION)
        if version != FORMAT_VERSION:
            raise DecisionsError(
                read.at(where, "version"),
                translate(
                    "IdentifierDecisions",
                    "is {0}; this program reads version {1}. Review the identifier columns again to save them in "
                    "this version.",
                ).format(repr(version), FORMAT_VERSION),
            )
        victims, perpetrators = (
            _read_table(read.listing(data, table, where, []), read.at(where, table)) for table in TABLES
        )
        return cls(victims=victims, perpetrators=perpetrators)


def _read_table(items: list[Any], where: str) -> tuple[ColumnDecision, ...]:
    out: list[ColumnDecision] = []
    seen: set[str] = set()
    for number, item in enumerate(items):
        at = read.nth(where, number)
        entry = read.mapping(item, at)
        read.only_keys(entry, _COLUMN_KEYS, at)
        column = read.text(entry, "column", at)
        if column in seen:
            raise DecisionsError(
                read.at(at, "column"),
                translate(
                    "IdentifierDecisions", "names a column decided twice (“{0}”); keep one decision per column."
                ).format(column),
            )
        seen.add(column)
        action = Action(read.choice(entry, "action", at, [a.value for a in Action]))
        transform = None
        if entry.get("transform") is not None:
            transform = Transform(read.choice(entry, "transform", at, [t.value for t in Transform]))
        if (action is Action.TRANSFORM) != (transform is not None):
            # A transform is only ever asked for with the action "transform".
            raise DecisionsError(
                read.at(at, "transform"),
                translate("IdentifierDecisions", 'is needed with the action "transform", and only with it.'),
            )
        reason = read.text(entry, "reason", at, "", empty=True)
        reference = read.optional_text(entry, "reference_column", at, empty=True)
        out.append(ColumnDecision(column, action, transform, reason, reference))
    return tuple(out)
