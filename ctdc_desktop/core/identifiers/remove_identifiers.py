"""Stage one, step 2: apply the caseworker's decisions to the victims and perpetrators tables.

Refuses while a flagged column has no decision, or a flagged column is kept without a reason. A removed column is
gone from the result; a transformed one holds only what the transform keeps (an age, a year, a link number, notes
with names and numbers replaced by "[person name]", "[phone number]", ...). The real case IDs never leave this step:
a case ID kept as the link is replaced on both tables by the same made-up number. The columns linking the victims to
their perpetrators are always kept so, whatever the decision (`link_decision`): removing one would leave the recode
nothing to join them by.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

import numpy as np
import pandas as pd

from ctdc_desktop.core.case_export import CaseExport
from ctdc_desktop.core.identifiers import value_patterns as vp
from ctdc_desktop.core.identifiers.column_names import read_column_name
from ctdc_desktop.core.identifiers.decisions import (
    PERPETRATORS,
    VICTIMS,
    ColumnDecision,
    IdentifierDecisions,
    link_decision,
)
from ctdc_desktop.core.identifiers.detect_identifiers import Action, ColumnReview, IdentifierReport, Transform
from ctdc_desktop.core.identifiers.free_text import redact
from ctdc_desktop.core.identifiers.name_lists import load_name_lists
from ctdc_desktop.core.identifiers.review_export import ExportReview, review_export
from ctdc_desktop.core.io.table import LoadedTable
from ctdc_desktop.core.progress import NO_PROGRESS, Progress, check_cancelled, stages
from ctdc_desktop.core.translation import translate
from ctdc_desktop.core.user_error import UserError

AGE_COLUMN = "ageAtRegistration"
LISTED = 8


class UndecidedColumns(UserError):
    """Flagged columns without a decision, or kept without the caseworker's reason."""


@dataclass(frozen=True)
class ColumnOutcome:
    table: str  # "victims" or "perpetrators"
    column: str
    action: Action
    transform: Transform | None
    output_column: str | None  # the column in the cleaned table; None when removed


@dataclass(frozen=True)
class CleanedExport:
    """The export with identifiers removed or transformed, and what was done to each column."""

    export: CaseExport
    outcomes: tuple[ColumnOutcome, ...]
    link_only_columns: tuple[tuple[str, str], ...]  # (table, column) holding link numbers: never to be exported
    # Where Stage one did not do what the decisions say (a link column decided otherwise, kept as the link), in words.
    notes: tuple[str, ...] = ()

    def _count(self, action: Action) -> int:
        return sum(1 for o in self.outcomes if o.action is action)

    @property
    def removed(self) -> int:
        return self._count(Action.REMOVE)

    @property
    def transformed(self) -> int:
        return self._count(Action.TRANSFORM)

    @property
    def kept(self) -> int:
        return self._count(Action.KEEP)

    @property
    def summary(self) -> str:
        """In words, e.g. "12 removed, 2 transformed, 26 kept". English: it goes into the release's audit trail."""
        return f"{self.removed} removed, {self.transformed} transformed, {self.kept} kept"


def _categorical(values: list[object] | np.ndarray, index: pd.Index) -> pd.Series:
    """A column that follows the cell contract (text categories, NaN for missing)."""
    series = pd.Series(values, index=index, dtype=object)
    return series.astype("category")


def _map_categories(
    series: pd.Series, transform: Callable[[str], str | None], progress: Progress = NO_PROGRESS
) -> pd.Series:
    """Apply `transform(text) -> text | None` once per distinct value, reporting progress every 500 values."""
    text = series if isinstance(series.dtype, pd.CategoricalDtype) else series.astype("category")
    categories = [str(c) for c in text.cat.categories]
    results: list[str | None] = [None]
    for start in range(0, len(categories), 500):
        check_cancelled(progress)
        progress.report(start, len(categories), "")
        results.extend(transform(c) for c in categories[start : start + 500])
    mapped: np.ndarray[Any, Any] = np.empty(len(categories) + 1, dtype=object)
    mapped[:] = results
    codes = np.asarray(text.cat.codes.to_numpy(), dtype=np.int64) + 1
    return _categorical(mapped[codes], series.index)


def _parsed(series: pd.Series) -> list[tuple[int, int | None, int | None] | None]:
    text = series if isinstance(series.dtype, pd.CategoricalDtype) else series.astype("category")
    table = [None] + [vp.parse_date(str(c)) for c in text.cat.categories]
    codes = np.asarray(text.cat.codes.to_numpy(), dtype=np.int64) + 1
    return [table[c] for c in codes]


# How exports name the registration (intake) date, in English, French, Spanish and Portuguese.
_REGISTRATION_WORDS = frozenset(
    {
        "registration", "registered", "intake", "enregistrement", "inscription", "accueil", "registro", "inscripcion",
        "ingreso", "cadastro", "registo", "inscricao", "atendimento",
    }
)  # fmt: skip


def _reference_column(frame: pd.DataFrame, birth_column: str, chosen: str | None) -> str | None:
    """The registration date (or year) column an age is counted to: the one chosen, else one named so."""
    if chosen is not None:
        return chosen if chosen in frame.columns else None
    candidates = []
    for column in frame.columns:
        words = set(read_column_name(str(column)).words)
        if column != birth_column and words & _REGISTRATION_WORDS:
            dated = bool(words & {"date", "fecha", "data", "year", "annee", "ano", "yearofregistration"})
            full = words & {"date", "fecha", "data"}
            candidates.append((0 if full else 1 if dated else 2, str(column)))
    return min(candidates)[1] if candidates else None


def _ages(frame: pd.DataFrame, birth: str, reference: str) -> pd.Series:
    births = _parsed(frame[birth])
    on = _parsed(frame[reference])
    ages: list[object] = []
    for b, r in zip(births, on, strict=True):
        age = None if b is None or r is None else vp.age_on(b, r)
        ages.append(None if age is None else str(age))
    return _categorical(ages, frame.index)


class _LinkNumbers:
    """One made-up number per case ID, the same on both tables ("case-01 " and "CASE-01" are one case)."""

    def __init__(self) -> None:
        self.numbers: dict[str, str] = {}

    def __call__(self, value: str) -> str | None:
        key = value.strip().casefold()
        if not key:
            return None
        if key not in self.numbers:
            self.numbers[key] = f"L{len(self.numbers) + 1:06d}"
        return self.numbers[key]

    def replace(self, series: pd.Series) -> pd.Series:
        """The column with each case ID replaced by its number, numbered in the order the records come (not in
        the order of the IDs, which would tell how they sort)."""
        text = series if isinstance(series.dtype, pd.CategoricalDtype) else series.astype("category")
        categories = [str(c) for c in text.cat.categories]
        codes = np.asarray(text.cat.codes.to_numpy(), dtype=np.int64)
        for code in pd.unique(codes[codes >= 0]):
            self(categories[int(code)])
        mapped: np.ndarray[Any, Any] = np.empty(len(categories) + 1, dtype=object)
        mapped[:] = [None] + [self(c) for c in categories]
        return _categorical(mapped[codes + 1], series.index)


def _undecided(table: str, report: IdentifierReport, decisions: IdentifierDecisions) -> list[str]:
    problems = []
    for review in report.flagged:
        decision = decisions.decision(review.name, table)
        if decision is not None and review.links:
            decision = link_decision(decision)
        kinds = ", ".join(k.label for k in review.identifier_kinds)
        if decision is None:
            if table == VICTIMS:
                problem = translate("Identifiers", 'victims "{column}" ({kinds}): no decision')
            else:
                problem = translate("Identifiers", 'perpetrators "{column}" ({kinds}): no decision')
            problems.append(problem.format(column=review.name, kinds=kinds))
        elif decision.action is Action.KEEP and not decision.reason.strip():
            if table == VICTIMS:
                problem = translate("Identifiers", 'victims "{column}": kept without a reason')
            else:
                problem = translate("Identifiers", 'perpetrators "{column}": kept without a reason')
            problems.append(problem.format(column=review.name))
    return problems


def _table_words(table: str) -> str:
    return (
        translate("Identifiers", "victim records")
        if table == VICTIMS
        else translate("Identifiers", "perpetrator records")
    )


def _decided_text(decision: ColumnDecision) -> str:
    if decision.action is Action.REMOVE:
        return translate("Identifiers", "remove")
    if decision.action is Action.KEEP:
        return translate("Identifiers", "keep")
    return decision.transform.label if decision.transform is not None else ""


def _link_kept_note(table: str, decided: ColumnDecision) -> str:
    return translate(
        "Identifiers",
        'Column "{column}" of the {table} links each perpetrator to their victim, so Stage one kept it only as that '
        'link (a made-up number, never exported), not as the saved decisions say ({decided}). Choose "link only" for '
        "it in the Identifiers step and save the project.",
    ).format(column=decided.column, table=_table_words(table), decided=_decided_text(decided))


def _clean_table(
    table: str,
    loaded: LoadedTable,
    report: IdentifierReport,
    decisions: IdentifierDecisions,
    links: _LinkNumbers,
    progress: Progress,
) -> tuple[LoadedTable, list[ColumnOutcome], list[str]]:
    frame = loaded.frame
    out: dict[str, pd.Series] = {}
    outcomes: list[ColumnOutcome] = []
    notes: list[str] = []
    lists = load_name_lists()
    for position, column in enumerate(frame.columns):
        check_cancelled(progress)
        progress.report(position, len(frame.columns), str(column))
        review: ColumnReview = report.columns[position]
        saved = decisions.decision(str(column), table)
        decision = saved or ColumnDecision(str(column), review.action, review.transform)
        if review.links:
            decision = link_decision(decision)
            if saved is not None and decision is not saved:
                notes.append(_link_kept_note(table, saved))
        series = frame.iloc[:, position]
        target: str | None = str(column)
        if decision.action is Action.REMOVE:
            target = None
        elif decision.action is Action.KEEP:
            out[str(column)] = series
        elif decision.transform is Transform.YEAR_ONLY:
            out[str(column)] = _map_categories(
                series, lambda v: None if vp.year_of(v.strip()) is None else str(vp.year_of(v.strip()))
            )
        elif decision.transform is Transform.LINK_ONLY:
            out[str(column)] = links.replace(series)
        elif decision.transform is Transform.REDACT_SPANS:
            out[str(column)] = _map_categories(series, lambda v: redact(v, lists), progress)
        elif decision.transform is Transform.AGE_AT_REGISTRATION:
            reference = _reference_column(frame, str(column), decision.reference_column)
            if reference is None:
                raise UndecidedColumns(
                    translate(
                        "Identifiers",
                        'Column "{column}" of the {table}: the age at registration needs the registration date, and '
                        "no column was chosen or is named like one. Choose the registration date column for this "
                        "transform, or remove the birth date instead.",
                    ).format(column=column, table=_table_words(table))
                )
            target = AGE_COLUMN if AGE_COLUMN not in frame.columns and AGE_COLUMN not in out else f"{column}_age"
            out[target] = _ages(frame, str(column), reference)
        outcomes.append(ColumnOutcome(table, str(column), decision.action, decision.transform, target))
    cleaned = pd.DataFrame(out, index=frame.index)
    return replace(loaded, frame=cleaned), outcomes, notes


def remove_identifiers(
    export: CaseExport,
    decisions: IdentifierDecisions,
    progress: Progress = NO_PROGRESS,
    review: ExportReview | None = None,
) -> CleanedExport:
    """The export with every decision applied. Raises `UndecidedColumns` (a `UserError`) and `Cancelled`.

    `review`: Stage one's review of this export (`review_export`), when it has been made: detection is not run again.
    It must be of tables with these columns (the first rows of the export, for a preview, are reviewed by it)."""
    tables = [(VICTIMS, export.victims)] + ([(PERPETRATORS, export.perpetrators)] if export.perpetrators else [])
    parts = stages(
        progress,
        {"detect": 2 if review is None else 0, "apply": 1},
        {
            "detect": translate("Identifiers", "Checking columns: "),
            "apply": translate("Identifiers", "Applying your decisions: "),
        },
    )
    if review is None:
        review = review_export(export, parts["detect"])
    reports = dict(review.reports())
    for table, loaded in tables:
        reviewed = [c.name for c in reports[table].columns] if table in reports else None
        if reviewed != [str(c) for c in loaded.frame.columns]:
            raise ValueError(f"the review given is not of this export's {table} table")
    problems = [p for t, _ in tables for p in _undecided(t, reports[t], decisions)]
    if problems:
        # lupdate reads the count only from a plain name, not from an expression.
        shown, more, count = "; ".join(problems[:LISTED]), len(problems) - LISTED, len(problems)
        if more > 0:
            shown = translate("Identifiers", "{listed}; and %n more", None, more).format(listed=shown)
        message = translate(
            "Identifiers",
            "Stage one cannot finish. Flagged columns still to decide: %n ({listed}). Choose Remove, Transform or Keep "
            "for each, and give your reason when you keep one.",
            None,
            count,
        )
        raise UndecidedColumns(message.format(listed=shown))
    links = _LinkNumbers()
    apply_parts = stages(parts["apply"], {t: 1 for t, _ in tables})
    cleaned: dict[str, LoadedTable] = {}
    outcomes: list[ColumnOutcome] = []
    notes: list[str] = []
    for table, loaded in tables:
        cleaned[table], table_outcomes, table_notes = _clean_table(
            table, loaded, reports[table], decisions, links, apply_parts[table]
        )
        outcomes.extend(table_outcomes)
        notes.extend(table_notes)
    link = export.link
    if link is not None:
        kept = {(o.table, o.column) for o in outcomes if o.output_column == o.column}
        if (VICTIMS, link.victim_column) not in kept or (PERPETRATORS, link.perpetrator_column) not in kept:
            link = None  # a link column the review did not know was removed: the tables can no longer be joined
    result = CaseExport(
        victims=cleaned[VICTIMS],
        perpetrators=cleaned.get(PERPETRATORS),
        link=link,
        one_row_per_perpetrator=export.one_row_per_perpetrator,
        numbered_perpetrators=export.numbered_perpetrators,
    )
    link_only = tuple((o.table, o.column) for o in outcomes if o.transform is Transform.LINK_ONLY)
    parts["apply"].report(1, 1, translate("Identifiers", "decisions applied"))
    return CleanedExport(export=result, outcomes=tuple(outcomes), link_only_columns=link_only, notes=tuple(notes))
