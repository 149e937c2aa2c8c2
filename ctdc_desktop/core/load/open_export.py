"""The Load step's use cases, shared by the window and the CLI: pick the sheet, read and profile, link the tables.

The window runs each of these in a background worker; `ctdc-desktop scan` and `run` call them directly. One rule for
the sheet, one reader, one link check, so a file opens the same way in both.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from pathlib import Path

from ctdc_desktop.core.case_export import CaseExport
from ctdc_desktop.core.io.read_export import list_sheets, read_export
from ctdc_desktop.core.io.table import LoadedTable, SheetInfo
from ctdc_desktop.core.link import LinkReport, link_report
from ctdc_desktop.core.load.decisions import LinkColumns, LoadDecisions, SourceFile, SourceRole
from ctdc_desktop.core.load.numbered_perpetrators import (
    find_numbered_perpetrators,
    read_numbered_perpetrators,
    split_numbered_perpetrators,
)
from ctdc_desktop.core.load.one_row_per_perpetrator import (
    find_perpetrator_rows,
    read_one_row_per_perpetrator,
    split_perpetrator_rows,
)
from ctdc_desktop.core.load.profile import TableProfile, profile_table
from ctdc_desktop.core.progress import NO_PROGRESS, Progress, stages
from ctdc_desktop.core.translation import translate
from ctdc_desktop.core.user_error import UserError

# Words a sheet name uses for each kind of record, to preselect the sheet the user most likely wants: English,
# French, Spanish and Portuguese stems, without accents (sheet names are compared with theirs taken off), so that
# "Vítimas" / "Aliciadores" or "Victimes" / "Auteurs" are told apart as "Victims" / "Perpetrators" are.
_ROLE_WORDS = {
    SourceRole.VICTIMS: (
        "victim",  # victim(s), victime(s), víctima(s)
        "vitim",  # vítima(s)
        "survivor",
        "survivant",
        "sobrevivient",
        "case",
        "caso",
        "cas ",
        "client",
        "beneficiar",
        "person",
        "individual",
    ),
    SourceRole.PERPETRATORS: (
        "perp",  # perpetrator(s), perpetrador(es), perpétrateur
        "traffick",
        "trafiquant",
        "traficant",  # traficante(s)
        "tratante",
        "offender",
        "suspect",
        "sospechos",
        "suspeit",
        "exploiter",
        "exploiteur",
        "explotador",
        "explorador",
        "recruiter",
        "recruteur",
        "reclutador",
        "aliciador",
        "auteur",
        "autor",
        "agresor",
        "agressor",
        "victimario",  # Spanish for the one who victimises: checked before the victims' words
    ),
}


def _plain(name: str) -> str:
    """A sheet name casefolded, without accents, with a space after it (so "cas " matches a last word "Cas")."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)) + " "


def preselect_sheet(sheets: list[SheetInfo], role: SourceRole) -> str | None:
    """The sheet for `role`: one named for the role, else the largest not named for the other role."""
    if not sheets:
        return None
    other = SourceRole.PERPETRATORS if role is SourceRole.VICTIMS else SourceRole.VICTIMS

    def named_for(sheet: SheetInfo, which: SourceRole) -> bool:
        name = _plain(sheet.name)
        if which is SourceRole.VICTIMS and any(word in name for word in _ROLE_WORDS[SourceRole.PERPETRATORS]):
            return False  # "Victimarios", "Perpetrators of the case": named for the perpetrators
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


def read_and_profile(
    path: Path, sheet: str | None, progress: Progress = NO_PROGRESS, *, has_header: bool = True
) -> LoadedExport:
    """Read one export (`has_header` False: it has no header row) and profile its columns."""
    parts = stages(progress, {"read": 3, "profile": 1})
    table = read_export(path, sheet=sheet, progress=parts["read"], has_header=has_header)
    return LoadedExport(table, profile_table(table.frame, parts["profile"]))


def sheet_to_read(path: Path, sheet: str | None, role: SourceRole = SourceRole.VICTIMS) -> str | None:
    """The sheet a command-line run reads: the one asked for, else the one the window would preselect."""
    if sheet is not None:
        return sheet
    return preselect_sheet(list_sheets(path), role)


def command_line_load(
    export: Path,
    sheet: str | None = None,
    perpetrators: Path | None = None,
    perpetrators_sheet: str | None = None,
    link: tuple[str, str] | None = None,
    one_row_per_perpetrator: bool | None = None,
    has_header: bool = True,
) -> LoadDecisions:
    """What a command (`run`, `recode`, `recipe propose`) opens, decided as the window decides it.

    The victims' sheet is the one asked for, else the window's preselection. The perpetrators are their own file
    (its sheet as asked, else preselected), or the sheet asked for in the victims' workbook, or, in a workbook with
    several sheets, the sheet the window proposes for them when that is not the victims' sheet. `link` is the pair
    wanted (a recipe's or a project's): used when both tables have those columns, else the proposed pair is.
    `one_row_per_perpetrator` (`--one-row-per-perpetrator` True, `--one-row-per-victim` False, None: as it looks):
    whether the victims' sheet, with no perpetrators beside it, is read as one row per perpetrator; True looks for no
    perpetrators' sheet, and refuses a perpetrators file or sheet given too. `has_header` False (`--no-header`):
    every file has no header row (each source says so; `open_case_export` reads it so).
    """
    export = Path(export)
    victims_sheet = sheet_to_read(export, sheet, SourceRole.VICTIMS)
    sources = [SourceFile(export, SourceRole.VICTIMS, victims_sheet, one_row_per_perpetrator, has_header)]
    if one_row_per_perpetrator and (perpetrators is not None or perpetrators_sheet is not None):
        raise UserError(
            translate(
                "OpenExport",
                "One row per perpetrator: the perpetrators are read from the victims' rows of {file}; a perpetrators "
                "file or sheet cannot be given too.",
            ).format(file=export.name)
        )
    if perpetrators is not None:
        sources.append(SourceFile(Path(perpetrators), SourceRole.PERPETRATORS, perpetrators_sheet, None, has_header))
    elif perpetrators_sheet is not None:
        sources.append(SourceFile(export, SourceRole.PERPETRATORS, perpetrators_sheet, None, has_header))
    elif not one_row_per_perpetrator:
        sheets = list_sheets(export)
        other = preselect_sheet(sheets, SourceRole.PERPETRATORS) if len(sheets) > 1 else None
        if other is not None and other != victims_sheet:
            sources.append(SourceFile(export, SourceRole.PERPETRATORS, other, None, has_header))
    return LoadDecisions(tuple(sources), None if link is None else LinkColumns(*link))


def perpetrators_found_in_workbook(decisions: LoadDecisions, asked_sheet: str | None) -> str | None:
    """The perpetrators' sheet when it was found (not asked for) in the victims' workbook: worth a note."""
    victims, perpetrators = decisions.source(SourceRole.VICTIMS), decisions.source(SourceRole.PERPETRATORS)
    if victims is None or perpetrators is None or perpetrators.path != victims.path or asked_sheet is not None:
        return None
    return perpetrators.sheet


def link_tables(
    victims: LoadedTable, perpetrators: LoadedTable, wanted: tuple[str, str] | None, progress: Progress = NO_PROGRESS
) -> LinkReport | None:
    """Check the link with the user's pair if it still fits both files, else with the proposed pair (None if none)."""
    return link_report(victims.frame, perpetrators.frame, wanted)


def one_sheet_split(table: LoadedTable, wanted: bool | None, progress: Progress = NO_PROGRESS) -> CaseExport | None:
    """The victims and perpetrators one sheet can be read as, for the Load page to offer: its numbered perpetrator
    columns (looked for first, as `open_case_export` does) or its rows per perpetrator. None when it plainly is
    neither and `wanted` (the project's `one_row_per_perpetrator`) does not ask for it. Unlike `open_case_export`,
    `wanted` False still finds a plain reading, which the page then offers unticked."""
    parts = stages(progress, {"find": 1, "split": 1})
    numbered = find_numbered_perpetrators(table.frame)
    if numbered is not None and (numbered.clear or wanted) and (numbered.perpetrators or wanted):
        return split_numbered_perpetrators(table, numbered, parts["split"])
    reading = find_perpetrator_rows(table.frame, parts["find"])
    if reading is None or not (reading.clear or wanted):
        return None
    return split_perpetrator_rows(table, reading, parts["split"])


def open_case_export(decisions: LoadDecisions, progress: Progress = NO_PROGRESS) -> CaseExport:
    """The Load step without a window: read the sources the decisions name and link them as they say.

    A workbook named for both roles with no sheet chosen gets each role's preselected sheet. Each file is read with
    its source's `has_header` (False: it has no header row, as the Load page's box or `--no-header` said). Without a
    perpetrators source, the victims' table is split into victims and perpetrators when it has one row per
    perpetrator as the decisions say (`LoadDecisions.one_row_per_perpetrator`; not decided: when it plainly looks so;
    see `core.one_row_per_perpetrator`), or into victims and the perpetrators of its numbered columns ("Auteur 1 -
    Sexe", "Auteur 2 - Sexe"; see `core.load.numbered_perpetrators`), which is looked for first. Raises
    `LoadError` (a message naming the file) when a file cannot be read, `UserError` when a table said to have one row
    per perpetrator cannot be read so.
    """
    victims_source = decisions.source(SourceRole.VICTIMS)
    if victims_source is None:
        raise ValueError("the Load decisions name no victim records")
    perpetrators_source = decisions.source(SourceRole.PERPETRATORS)
    parts = stages(progress, {"victims": 2, "perpetrators": 1, "link": 0.2})
    victims = read_export(
        victims_source.path,
        sheet_to_read(victims_source.path, victims_source.sheet, SourceRole.VICTIMS),
        parts["victims"],
        has_header=victims_source.has_header,
    )
    if perpetrators_source is None:
        # Numbered columns are told by their names alone, so they are looked for first; a sheet with one row per
        # victim has no repeated case ID, so the other reading would find nothing there anyway.
        wide = read_numbered_perpetrators(victims, victims_source.one_row_per_perpetrator, parts["perpetrators"])
        if wide is not None:
            return wide
        split = read_one_row_per_perpetrator(victims, victims_source.one_row_per_perpetrator, parts["perpetrators"])
        return split if split is not None else CaseExport(victims)
    perpetrators = read_export(
        perpetrators_source.path,
        sheet_to_read(perpetrators_source.path, perpetrators_source.sheet, SourceRole.PERPETRATORS),
        parts["perpetrators"],
        has_header=perpetrators_source.has_header,
    )
    link = decisions.link_columns
    wanted = None if link is None else (link.victims, link.perpetrators)
    return CaseExport(victims, perpetrators, link_tables(victims, perpetrators, wanted, parts["link"]))
