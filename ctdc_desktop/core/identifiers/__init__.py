"""Stage one: find, review and remove the direct identifiers of a case export (names, contacts, IDs, places).

`detect_identifiers(frame)` reviews each column and proposes an action; `review_export(export)` runs it once on each
table of an export; the caseworker's choices are an `IdentifierDecisions`; `remove_identifiers(export, decisions,
review=...)` applies them and gives a `CleanedExport`.
"""

from ctdc_desktop.core.identifiers.column_kind import ColumnKind, guess_kind
from ctdc_desktop.core.identifiers.column_names import IdentifierKind
from ctdc_desktop.core.identifiers.decisions import (
    ColumnDecision,
    DecisionMatch,
    IdentifierDecisions,
)
from ctdc_desktop.core.identifiers.detect_identifiers import (
    Action,
    ColumnReview,
    Flag,
    IdentifierReport,
    Rule,
    Transform,
    detect_identifiers,
)
from ctdc_desktop.core.identifiers.free_text import SpanExample, SpanKind, SpanSummary, find_spans, redact, scan_cells
from ctdc_desktop.core.identifiers.remove_identifiers import (
    CleanedExport,
    ColumnOutcome,
    UndecidedColumns,
    remove_identifiers,
)
from ctdc_desktop.core.identifiers.review_export import ExportReview, ReviewedColumn, review_export

__all__ = [
    "Action",
    "CleanedExport",
    "ColumnDecision",
    "ColumnKind",
    "ColumnOutcome",
    "ColumnReview",
    "DecisionMatch",
    "ExportReview",
    "Flag",
    "IdentifierDecisions",
    "IdentifierKind",
    "IdentifierReport",
    "ReviewedColumn",
    "Rule",
    "SpanExample",
    "SpanKind",
    "SpanSummary",
    "Transform",
    "UndecidedColumns",
    "detect_identifiers",
    "find_spans",
    "guess_kind",
    "redact",
    "remove_identifiers",
    "review_export",
    "scan_cells",
]
