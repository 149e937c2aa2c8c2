"""`ctdc-desktop scan FILE [--sheet NAME] [--json] [--show-values]`: what is in each column of a case export.

The commonest values of columns that can point to a person (identifier-like, free text) are hidden unless
--show-values is given: terminal output ends up in shell history, logs and screenshots.

Exit codes: 0 success, 2 bad input (one line on stderr), 130 interrupted with Ctrl+C.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from ctdc_desktop.commands.terminal_progress import TerminalProgress
from ctdc_desktop.core.case_export import NumberedPerpetrators, PerpetratorRows
from ctdc_desktop.core.identifiers.detect_identifiers import ColumnReview, IdentifierReport, detect_identifiers
from ctdc_desktop.core.io.read_export import list_sheets, read_export
from ctdc_desktop.core.io.table import LoadedTable, LoadError, SheetInfo
from ctdc_desktop.core.load.decisions import SourceRole
from ctdc_desktop.core.load.numbered_perpetrators import find_numbered_perpetrators
from ctdc_desktop.core.load.one_row_per_perpetrator import find_perpetrator_rows
from ctdc_desktop.core.load.open_export import preselect_sheet
from ctdc_desktop.core.load.profile import ColumnKind, ColumnProfile, TableProfile, profile_table
from ctdc_desktop.core.progress import NO_PROGRESS, Cancelled, Progress, stages

VALUE_WIDTH = 24
# Kinds whose values are names, contacts, IDs or notes about a person: counted, never printed without --show-values.
MASKED_KINDS = frozenset({ColumnKind.IDENTIFIER, ColumnKind.FREE_TEXT})
HIDDEN = "hidden (--show-values shows them)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, help="the export to look at (CSV, TSV, TXT, XLSX, XLSM, XLS)")
    parser.add_argument("--sheet", help="the workbook sheet to read (default: the first sheet with records)")
    parser.add_argument("--json", action="store_true", help="print the profile as JSON instead of a table")
    parser.add_argument(
        "--no-header",
        action="store_true",
        help="the file has no header row: row 1 is a record too (the columns are named column 1, column 2...)",
    )
    parser.add_argument(
        "--show-values",
        action="store_true",
        help="also print the commonest values of identifier-like and free-text columns (hidden by default: "
        "terminal output ends up in logs)",
    )


def _short(text: str, width: int = VALUE_WIDTH) -> str:
    text = " ".join(text.split())  # line breaks inside a cell would break the table
    return text if len(text) <= width else text[: width - 1] + "…"


def _plural(count: int, word: str) -> str:
    return f"{count:,} {word}" + ("" if count == 1 else "s")


def _shown_values(
    column: ColumnProfile, show_values: bool, review: ColumnReview | None = None
) -> tuple[tuple[str, int], ...] | None:
    """The commonest values to print, or None when they are hidden (identifier-like, free text, or flagged by
    Stage one, unless --show-values)."""
    if not show_values and (column.kind in MASKED_KINDS or (review is not None and review.flagged)):
        return None
    return column.top_values


# What scan reports about where the perpetrators are in a victims' sheet: none, numbered columns, or rows.
Reading = PerpetratorRows | NumberedPerpetrators | None


def _perpetrator_rows(table: LoadedTable, sheets: list[SheetInfo]) -> Reading:
    """How the window, `recode` and `run` read this sheet when it has numbered perpetrator columns or one row per
    perpetrator (and the workbook has no perpetrators' sheet beside it), else None."""
    if len(sheets) > 1 and preselect_sheet(sheets, SourceRole.PERPETRATORS) != table.sheet:
        return None
    numbered = find_numbered_perpetrators(table.frame)
    if numbered is not None and numbered.clear and numbered.perpetrators:
        return numbered  # looked for first, as open_case_export does
    reading = find_perpetrator_rows(table.frame)
    return reading if reading is not None and reading.clear else None


def _perpetrator_rows_text(reading: PerpetratorRows | NumberedPerpetrators) -> str:
    if isinstance(reading, NumberedPerpetrators):
        numbers = sorted({c.number for c in reading.columns})
        return (
            f"Perpetrators in numbered columns (up to {len(numbers)}: {', '.join(reading.fields)}). The window, recode "
            f"and run read them as {reading.perpetrators:,} perpetrator records of {reading.victims:,} victims, linked "
            f"by {reading.case_column}{' (made up: the row number)' if reading.made_up_case_column else ''}; "
            "--one-row-per-victim on recode and run reads the columns as they are."
        )
    return (
        f"One row per perpetrator: several rows for {reading.several_row_cases:,} of {reading.cases:,} cases "
        f"(column {reading.case_column}). The window, recode and run read it as {reading.cases:,} victims (columns: "
        f"{', '.join(reading.victim_columns)}) and their perpetrators (columns: "
        f"{', '.join(reading.perpetrator_columns)}); --one-row-per-victim on recode and run reads each row as a victim."
    )


def _as_json(
    table: LoadedTable,
    profile: TableProfile,
    sheets: list[SheetInfo],
    report: IdentifierReport,
    show_values: bool = False,
    reading: Reading = None,
) -> dict[str, Any]:
    reviews = {review.name: review.to_json_dict(show_values) for review in report.columns}
    return {
        "file": str(table.source),
        "sheet": table.sheet,
        "sheets": [{"name": s.name, "rows": s.rows} for s in sheets],
        "header_row": table.header_row,
        "encoding": table.encoding,
        "delimiter": table.delimiter,
        "rows": profile.row_count,
        "notes": list(table.notes),
        "stage_one": report.summary(),
        "numbered_perpetrators": None
        if not isinstance(reading, NumberedPerpetrators)
        else {
            "case_column": reading.case_column,
            "case_column_made_up": reading.made_up_case_column,
            "columns": [{"column": c.column, "number": c.number, "field": c.field} for c in reading.columns],
            "victims": reading.victims,
            "perpetrators": reading.perpetrators,
        },
        "one_row_per_perpetrator": None
        if not isinstance(reading, PerpetratorRows)
        else {
            "case_column": reading.case_column,
            "victim_columns": list(reading.victim_columns),
            "perpetrator_columns": list(reading.perpetrator_columns),
            "cases": reading.cases,
            "cases_with_several_rows": reading.several_row_cases,
            "disagreements": [
                {"column": d.column, "cases": d.cases, "rows": list(d.rows)} for d in reading.disagreements
            ],
        },
        "columns": [
            {
                "name": c.name,
                "kind": c.kind.value,
                "non_empty": c.non_empty,
                "distinct": c.distinct,
                "top_values": [
                    [value, count] for value, count in _shown_values(c, show_values, report.column(c.name)) or ()
                ],
                "values_hidden": _shown_values(c, show_values, report.column(c.name)) is None,
                # Stage one: why the column may identify people (each flag with its evidence) and what to do.
                "flags": reviews[c.name]["flags"],
                "action": reviews[c.name]["action"],
                "transform": reviews[c.name]["transform"],
                **({"spans": reviews[c.name]["spans"]} if "spans" in reviews[c.name] else {}),
            }
            for c in profile.columns
        ],
    }


def _print_table(
    table: LoadedTable,
    profile: TableProfile,
    sheets: list[SheetInfo],
    report: IdentifierReport,
    show_values: bool = False,
    reading: Reading = None,
) -> None:
    out = sys.stdout
    where = f' sheet "{table.sheet}"' if table.sheet is not None else ""
    out.write(f"{table.source.name}{where}: {_plural(profile.row_count, 'record')}, ")
    out.write(f"{_plural(len(profile.columns), 'column')}, column names in row {table.header_row}\n")
    if len(sheets) > 1:
        listed = ", ".join(f'"{s.name}" ({_plural(s.rows, "record")})' for s in sheets)
        out.write(f"This workbook has {len(sheets)} sheets: {listed}.\n")
        out.write(f'Showing "{table.sheet}"; choose another with --sheet NAME.\n')
    if table.encoding:
        names = {",": "comma", ";": "semicolon", "\t": "tab", "|": "vertical bar"}
        out.write(f"Read as {table.encoding}, separated by {names.get(table.delimiter or '', table.delimiter)}.\n")
    for note in table.notes:
        out.write(f"Note: {note}\n")
    if reading is not None:
        out.write(f"Note: {_perpetrator_rows_text(reading)}\n")
    out.write("\n")
    name_width = min(32, max([len("Column")] + [len(c.name) for c in profile.columns]))
    kind_width = max(len("Kind"), *(len(c.kind.value) for c in profile.columns)) if profile.columns else 4
    header = (
        f"{'Column':<{name_width}}  {'Kind':<{kind_width}}  {'Filled':>9}  {'Distinct':>9}  {'Stage one':<10}  "
        "Top values"
    )
    out.write(header + "\n" + "-" * len(header) + "\n")
    for c in profile.columns:
        review = report.column(c.name)
        shown = _shown_values(c, show_values, review)
        top = HIDDEN if shown is None else ", ".join(f"{_short(v)} ({n:,})" for v, n in shown[:3])
        out.write(
            f"{_short(c.name, name_width):<{name_width}}  {c.kind.value:<{kind_width}}  "
            f"{c.non_empty:>9,}  {c.distinct:>9,}  {review.action.value:<10}  {top}\n"
        )
    out.write(f"\nStage one: {report.summary()}.\n")
    for review in report.flagged:
        reasons = "; ".join(flag.reason for flag in review.flags)
        out.write(f"  {_short(review.name, name_width)}: {reasons}\n")
    kinds = sorted({c.kind for c in profile.columns}, key=lambda k: k.value)
    if kinds:
        out.write("\nKinds:\n")
        for kind in kinds:
            out.write(f"  {kind.value}: {kind.explanation}\n")


def run(args: argparse.Namespace) -> int:
    path: Path = args.file
    interactive = hasattr(sys.stderr, "isatty") and sys.stderr.isatty()
    terminal = TerminalProgress() if interactive else None
    progress: Progress = terminal if terminal is not None else NO_PROGRESS
    try:
        sheets = list_sheets(path)
        sheet = args.sheet
        if sheet is None:
            # The sheet the window would preselect for the victim records: one rule for both.
            sheet = preselect_sheet(sheets, SourceRole.VICTIMS)
        parts = stages(progress, {"read": 3, "profile": 1, "identifiers": 2}, {"identifiers": "Stage one: "})
        table = read_export(path, sheet=sheet, progress=parts["read"], has_header=not args.no_header)
        profile = profile_table(table.frame, progress=parts["profile"])
        report = detect_identifiers(table.frame, parts["identifiers"])
        reading = _perpetrator_rows(table, sheets)
    except LoadError as error:
        if terminal is not None:
            terminal.finish()
        print(f"ctdc-desktop scan: {error.message}", file=sys.stderr)
        return 2
    except (Cancelled, KeyboardInterrupt):
        if terminal is not None:
            terminal.finish()
        print("ctdc-desktop scan: stopped.", file=sys.stderr)
        return 130
    if terminal is not None:
        terminal.finish()
    if args.json:
        document = _as_json(table, profile, sheets, report, args.show_values, reading)
        json.dump(document, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        _print_table(table, profile, sheets, report, args.show_values, reading)
    return 0
