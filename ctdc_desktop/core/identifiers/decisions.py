"""What the caseworker decided for each column in Stage one, saved in the project and replayed on the next export.

Plain data: `to_dict()` gives JSON-able values, `from_dict()` checks every key and value and names the one that is
wrong. A column the decisions do not know (a new column in next quarter's export) is reported by `matches` so that
the window asks about it before anything is applied.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any

from ctdc_desktop.core.identifiers.detect_identifiers import Action, IdentifierReport, Transform
from ctdc_desktop.core.translation import translate
from ctdc_desktop.core.user_error import UserError

VICTIMS = "victims"
PERPETRATORS = "perpetrators"
TABLES = (VICTIMS, PERPETRATORS)
FORMAT_VERSION = 1

# Which transforms fit which action: a transform is only ever asked for with Action.TRANSFORM.
_TRANSFORMS = {t.value: t for t in Transform}
_ACTIONS = {a.value: a for a in Action}


class DecisionsError(UserError):
    """Saved identifier decisions that cannot be read; the message names the key and what to do.

    The messages are in the user's language: the window shows them when a project is opened. Keys and values are
    quoted as the project file spells them.
    """


def _problem(translated: str, **values: object) -> DecisionsError:
    """The error for a message already translated (`translate` is called where the text is, for lupdate)."""
    return DecisionsError(translated.format(**values))


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
    def from_dict(cls, data: Mapping[str, Any], where: str = "identifier decisions") -> IdentifierDecisions:
        """Read saved decisions; raises `DecisionsError` naming the key that is wrong."""
        if not isinstance(data, Mapping):
            raise _problem(
                translate("IdentifierDecisions", "{where}: expected a table of decisions, found {found}."),
                where=where,
                found=type(data).__name__,
            )
        unknown = set(data) - {"version", *TABLES}
        if unknown:
            raise _problem(
                translate(
                    "IdentifierDecisions", '{where}: unknown key "{key}". Expected "victims" and "perpetrators".'
                ),
                where=where,
                key=sorted(unknown)[0],
            )
        version = data.get("version", FORMAT_VERSION)
        if version != FORMAT_VERSION:
            raise _problem(
                translate(
                    "IdentifierDecisions",
                    '{where}: key "version" is {found}; this program reads version {version}. '
                    "Review the identifier columns again to save them in this version.",
                ),
                where=where,
                found=repr(version),
                version=FORMAT_VERSION,
            )
        tables = {t: _read_table(data.get(t, []), f"{where}, {t}") for t in TABLES}
        return cls(victims=tables[VICTIMS], perpetrators=tables[PERPETRATORS])


def _read_table(items: Any, where: str) -> tuple[ColumnDecision, ...]:
    if not isinstance(items, list):
        raise _problem(
            translate("IdentifierDecisions", "{where}: expected a list of column decisions, found {found}."),
            where=where,
            found=type(items).__name__,
        )
    out: list[ColumnDecision] = []
    seen: set[str] = set()
    for number, item in enumerate(items, start=1):
        at = translate("IdentifierDecisions", "{where}, decision {number}").format(where=where, number=number)
        if not isinstance(item, Mapping):
            raise _problem(
                translate("IdentifierDecisions", "{at}: expected a table with column and action, found {found}."),
                at=at,
                found=type(item).__name__,
            )
        unknown = set(item) - {"column", "action", "transform", "reason", "reference_column"}
        if unknown:
            raise _problem(
                translate("IdentifierDecisions", '{at}: unknown key "{key}".'), at=at, key=sorted(unknown)[0]
            )
        column = item.get("column")
        if not isinstance(column, str) or not column.strip():
            raise _problem(translate("IdentifierDecisions", '{at}: key "column" must name a column.'), at=at)
        at = translate("IdentifierDecisions", "{where}, column “{column}”").format(where=where, column=column)
        if column in seen:
            raise _problem(
                translate("IdentifierDecisions", "{at}: decided twice; keep one decision per column."), at=at
            )
        seen.add(column)
        action = _ACTIONS.get(str(item.get("action")))
        if action is None:
            raise _problem(
                translate("IdentifierDecisions", '{at}: key "action" is {found}; use one of {allowed}.'),
                at=at,
                found=repr(item.get("action")),
                allowed=", ".join(_ACTIONS),
            )
        transform_value = item.get("transform")
        transform = None if transform_value is None else _TRANSFORMS.get(str(transform_value))
        if transform_value is not None and transform is None:
            raise _problem(
                translate("IdentifierDecisions", '{at}: key "transform" is {found}; use one of {allowed}.'),
                at=at,
                found=repr(transform_value),
                allowed=", ".join(_TRANSFORMS),
            )
        if (action is Action.TRANSFORM) != (transform is not None):
            raise _problem(
                translate(
                    "IdentifierDecisions",
                    '{at}: key "transform" is needed with the action "transform", and only with it.',
                ),
                at=at,
            )
        reason = item.get("reason", "")
        if not isinstance(reason, str):
            raise _problem(translate("IdentifierDecisions", '{at}: key "reason" must be text.'), at=at)
        reference = item.get("reference_column")
        if reference is not None and not isinstance(reference, str):
            raise _problem(translate("IdentifierDecisions", '{at}: key "reference_column" must name a column.'), at=at)
        out.append(ColumnDecision(column, action, transform, reason, reference))
    return tuple(out)
