"""The Load step's use cases, shared by the window and the CLI: pick the sheet, read and profile, link the tables.

The window runs each of these in a background worker; `ctdc-desktop scan` and `run` call them directly. One rule for
the sheet, one reader, one link check, so a file opens the same way in both.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ctdc_desktop.core.case_export import CaseExport
from ctdc_desktop.core.io.read_export import list_sheets, read_export
from ctdc_desktop.core.io.table import LoadedTable, SheetInfo
from ctdc_desktop.core.link import LinkReport, check_link, propose_link
from ctdc_desktop.core.profile import TableProfile, profile_table
from ctdc_desktop.core.progress import NO_PROGRESS, Progress, stages
from ctdc_desktop.core.project import LoadDecisions, SourceRole

# Words a sheet name uses for each kind of record, to preselect the sheet the user most likely wants.
_ROLE_WORDS = {
    SourceRole.VICTIMS: ("victim", "survivor", "case", "client", "beneficiar", "person", "individual"),
    SourceRole.PERPETRATORS: ("perpetrator", "perp", "trafficker", "offender", "suspect", "exploiter", "recruiter"),
}


def preselect_sheet(sheets: list[SheetInfo], role: SourceRole) -> str | None:
    """The sheet for `role`: one named for the role, else the largest not named for the other role."""
    if not sheets:
        return None
    other = SourceRole.PERPETRATORS if role is SourceRole.VICTIMS else SourceRole.VICTIMS

    def named_for(sheet: SheetInfo, which: SourceRole) -> bool:
        name = sheet.name.casefold()
        return any(word in name for word in _ROLE_WORDS[which])

    # Perpetrator words are checked first for both roles: "Perpetrators of the case" is not a victims sheet.
    own = [s for s in sheets if named_for(s, role) and not (role is SourceRole.VICTIMS and named_for(s, other))]
    if own:
        return max(own, key=lambda s: s.rows).name
    rest = [s for s in sheets if not named_for(s, other)] or sheets
    return max(rest, key=lambda s: s.rows).name


@dataclass(frozen=True)
class LoadedExport:
    """One role's export, read and profiled."""

    table: LoadedTable
    profile: TableProfile


def read_and_profile(path: Path, sheet: str | None, progress: Progress = NO_PROGRESS) -> LoadedExport:
    parts = stages(progress, {"read": 3, "profile": 1})
    table = read_export(path, sheet=sheet, progress=parts["read"])
    return LoadedExport(table, profile_table(table.frame, parts["profile"]))


def sheet_to_read(path: Path, sheet: str | None, role: SourceRole = SourceRole.VICTIMS) -> str | None:
    """The sheet a command-line run reads: the one asked for, else the one the window would preselect."""
    if sheet is not None:
        return sheet
    return preselect_sheet(list_sheets(path), role)


def link_tables(
    victims: LoadedTable, perpetrators: LoadedTable, wanted: tuple[str, str] | None, progress: Progress = NO_PROGRESS
) -> LinkReport | None:
    """Check the link with the user's pair if it still fits both files, else with the proposed pair (None if none)."""
    if wanted is not None and wanted[0] in victims.frame.columns and wanted[1] in perpetrators.frame.columns:
        pair: tuple[str, str] | None = wanted
    else:
        pair = propose_link(victims.frame, perpetrators.frame)
    if pair is None:
        return None
    return check_link(victims.frame, perpetrators.frame, pair[0], pair[1])


def open_case_export(decisions: LoadDecisions, progress: Progress = NO_PROGRESS) -> CaseExport:
    """The Load step without a window: read the sources the decisions name and link them as they say.

    A workbook named for both roles with no sheet chosen gets each role's preselected sheet. Raises `LoadError`
    (a message naming the file) when a file cannot be read.
    """
    victims_source = decisions.source(SourceRole.VICTIMS)
    if victims_source is None:
        raise ValueError("the Load decisions name no victim records")
    perpetrators_source = decisions.source(SourceRole.PERPETRATORS)
    parts = stages(progress, {"victims": 2, "perpetrators": 1 if perpetrators_source else 0, "link": 0.2})
    victims = read_export(
        victims_source.path,
        sheet_to_read(victims_source.path, victims_source.sheet, SourceRole.VICTIMS),
        parts["victims"],
    )
    if perpetrators_source is None:
        return CaseExport(victims)
    perpetrators = read_export(
        perpetrators_source.path,
        sheet_to_read(perpetrators_source.path, perpetrators_source.sheet, SourceRole.PERPETRATORS),
        parts["perpetrators"],
    )
    link = decisions.link_columns
    wanted = None if link is None else (link.victims, link.perpetrators)
    return CaseExport(victims, perpetrators, link_tables(victims, perpetrators, wanted, parts["link"]))
