"""Stage one's review of one export: what detection found in each table, and how saved decisions meet it.

Detection reads every column and scans the notes: on a mission's export it is the slowest part of Stage one. It runs
once per table, in `review_export`, and the review travels on: the Identifiers page shows it, `remove_identifiers`
applies the decisions with it, and `ctdc-desktop run` replays saved decisions on it. The cleaned export does not
carry it: a review holds example cells of the notes (the evidence the page shows), and nothing of a removed column
may leave Stage one. The page and `run` match saved decisions to the export's columns here, so that both call the
same columns new and both propose the same for them.
"""

from __future__ import annotations

from dataclasses import dataclass

from ctdc_desktop.core.case_export import CaseExport
from ctdc_desktop.core.identifiers.decisions import (
    PERPETRATORS,
    VICTIMS,
    ColumnDecision,
    IdentifierDecisions,
    link_decision,
)
from ctdc_desktop.core.identifiers.detect_identifiers import Action, ColumnReview, IdentifierReport, detect_identifiers
from ctdc_desktop.core.progress import NO_PROGRESS, Progress, stages
from ctdc_desktop.core.translation import translate


@dataclass(frozen=True)
class ReviewedColumn:
    """One column of the export, what detection found in it, and the decision that applies before anyone looks.

    `decision` None: the caseworker decides (a flagged column without a decision, a column the saved decisions do
    not know when they are replayed, a flagged column saved as kept without a reason). `new`: the saved decisions
    were replayed and do not know this column. `saved`: the decision is the saved one."""

    table: str
    review: ColumnReview
    decision: ColumnDecision | None
    new: bool = False
    saved: bool = False

    @property
    def name(self) -> str:
        return self.review.name


@dataclass(frozen=True)
class ExportReview:
    """What detection found in each table of one export (perpetrators None: the export has none)."""

    victims: IdentifierReport
    perpetrators: IdentifierReport | None = None

    def reports(self) -> tuple[tuple[str, IdentifierReport], ...]:
        """(table, report) for each table the export has, victims first."""
        tables = [(VICTIMS, self.victims), (PERPETRATORS, self.perpetrators)]
        return tuple((table, report) for table, report in tables if report is not None)

    def proposed(self) -> IdentifierDecisions:
        """Every column decided as Stage one proposes (what a first run with `--drop-flagged` applies)."""
        return IdentifierDecisions.proposed(self.victims, self.perpetrators)

    def new_columns(self, saved: IdentifierDecisions) -> tuple[tuple[str, str], ...]:
        """(table, column) for each column of the export that `saved` does not know, in the export's order."""
        return tuple(
            (table, column)
            for table, report in self.reports()
            for column in saved.matches((c.name for c in report.columns), table).new
        )

    def replayed(self, saved: IdentifierDecisions) -> IdentifierDecisions:
        """`saved`, with Stage one's proposal for each column it does not know (`saved` itself when it knows all)."""
        proposed = self.proposed()
        merged = saved
        for table, column in self.new_columns(saved):
            decision = proposed.decision(column, table)
            if decision is not None:
                merged = merged.with_decision(decision, table)
        return merged

    def columns(self, saved: IdentifierDecisions | None, replaying: bool = True) -> tuple[ReviewedColumn, ...]:
        """Every column with `saved` applied, as the Identifiers page lists them.

        `replaying`: `saved` are a project's decisions met again, so a column they do not know is new and waits for
        the caseworker, flagged or not. Otherwise (no saved decisions, or the ones made on the export before this
        one in the same session) a column they do not know takes Stage one's proposal unless it is flagged.
        A flagged column saved as kept without a reason waits for one: it was not flagged when it was kept.
        A column linking the victims to their perpetrators shows the decision Stage one applies to it whatever was
        saved: "link only" (`link_decision`)."""
        out = []
        for table, report in self.reports():
            for column in report.columns:
                decision = None if saved is None else saved.decision(column.name, table)
                if decision is not None and column.links:
                    decision = link_decision(decision)
                if decision is None:
                    new = saved is not None and replaying
                    proposal = ColumnDecision(column.name, column.action, column.transform)
                    out.append(ReviewedColumn(table, column, None if column.flagged or new else proposal, new))
                elif column.flagged and decision.action is Action.KEEP and not decision.reason.strip():
                    out.append(ReviewedColumn(table, column, None))
                else:
                    out.append(ReviewedColumn(table, column, decision, saved=True))
        return tuple(out)


def review_export(export: CaseExport, progress: Progress = NO_PROGRESS) -> ExportReview:
    """Detection on the victims and (if any) the perpetrators, as parts of one progress bar. Raises `Cancelled`.

    The columns linking the two tables are case numbers whatever their names: detection is told, so that they are
    kept only as the link, replaced by a made-up number."""
    tables = {VICTIMS: export.victim_frame}
    if export.perpetrator_frame is not None:
        tables[PERPETRATORS] = export.perpetrator_frame
    parts = stages(
        progress,
        {table: max(1, frame.size) for table, frame in tables.items()},
        {
            VICTIMS: translate("Identifiers", "Victim records: "),
            PERPETRATORS: translate("Identifiers", "Perpetrator records: "),
        },
    )
    link = export.link_columns or (None, None)
    victims = detect_identifiers(tables[VICTIMS], parts[VICTIMS], link_column=link[0])
    perpetrators = None
    if PERPETRATORS in tables:
        perpetrators = detect_identifiers(tables[PERPETRATORS], parts[PERPETRATORS], link_column=link[1])
    return ExportReview(victims, perpetrators)
