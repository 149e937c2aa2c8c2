"""The Load step's decisions: which files (and sheets) hold the victims and perpetrators, and the columns that link
them. The project file holds them at its top, as ``sources`` and ``link_columns`` (`to_dict` writes exactly that)."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from ctdc_desktop.core import decisions as read
from ctdc_desktop.core.decisions import DecisionsError
from ctdc_desktop.core.translation import translate

_SOURCE_KEYS = ("role", "path", "relative_path", "sheet", "one_row_per_perpetrator", "has_header")


class SourceRole(StrEnum):
    VICTIMS = "victims"
    PERPETRATORS = "perpetrators"


@dataclass(frozen=True)
class SourceFile:
    """One export file the project reads: where it is, which sheet (workbooks only), and what it holds.

    `one_row_per_perpetrator` (victims only): True when the table has one row per perpetrator and is read as victims
    and perpetrators (`core.one_row_per_perpetrator`), False when it is read as it is, None when not decided (read so
    when it plainly looks so). `has_header` False: the file has no header row (the user said so): every row is a
    record, the columns are named `column 1`, `column 2`… (saved only when False, so older projects read as before)."""

    path: Path
    role: SourceRole
    sheet: str | None = None
    one_row_per_perpetrator: bool | None = None
    has_header: bool = True


@dataclass(frozen=True)
class LinkColumns:
    """The columns holding the case ID that ties each perpetrator row to its victim."""

    victims: str
    perpetrators: str


@dataclass(frozen=True)
class LoadDecisions:
    """The Load step's decisions: which files (and sheets) hold the records, and the columns that link them."""

    sources: tuple[SourceFile, ...] = ()
    link_columns: LinkColumns | None = None

    def source(self, role: SourceRole) -> SourceFile | None:
        return next((s for s in self.sources if s.role is role), None)

    @property
    def one_row_per_perpetrator(self) -> bool | None:
        """The victims file's `one_row_per_perpetrator` (None without a victims file)."""
        victims = self.source(SourceRole.VICTIMS)
        return None if victims is None else victims.one_row_per_perpetrator

    def to_dict(self, project_folder: Path | None = None) -> dict[str, Any]:
        """``{"sources": [{"role", "path", "sheet", ...}], "link_columns": {"victims", "perpetrators"} or None}``.

        With `project_folder` (where the project file is saved), a relative path is taken from there, and each source
        also gets its ``relative_path`` from there: a project copied with its exports (another folder, another drive
        letter) still finds them."""
        link = self.link_columns
        return {
            "sources": [_source_dict(source, project_folder) for source in self.sources],
            "link_columns": None if link is None else {"victims": link.victims, "perpetrators": link.perpetrators},
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], where: str = "", project_folder: Path | None = None) -> LoadDecisions:
        """Read what `to_dict` wrote. With `project_folder`, a source that is not at its path but is at its
        ``relative_path`` from there is read from there."""
        data = read.mapping(data, where)
        read.only_keys(data, ("sources", "link_columns"), where)
        listed = read.listing(data, "sources", where)
        sources = tuple(
            _source_from_dict(entry, read.nth(read.at(where, "sources"), number), project_folder)
            for number, entry in enumerate(listed)
        )
        roles = [source.role for source in sources]
        if len(roles) != len(set(roles)):
            raise DecisionsError(read.at(where, "sources"), translate("Project", "lists the same role twice."))
        link = None
        if data.get("link_columns") is not None:
            pair = read.mapping_in(data, "link_columns", where)
            at = read.at(where, "link_columns")
            link = LinkColumns(read.text(pair, "victims", at), read.text(pair, "perpetrators", at))
        return cls(sources, link)


def _source_dict(source: SourceFile, project_folder: Path | None) -> dict[str, Any]:
    path = source.path
    entry: dict[str, Any] = {"role": source.role.value}
    if project_folder is None:
        entry["path"] = str(path)
    else:
        absolute = path if path.is_absolute() else project_folder / path
        entry["path"] = str(absolute)
        entry["relative_path"] = _relative_or_none(absolute, project_folder)
    entry["sheet"] = source.sheet
    if source.one_row_per_perpetrator is not None:
        entry["one_row_per_perpetrator"] = source.one_row_per_perpetrator
    if not source.has_header:
        entry["has_header"] = False
    return entry


def _relative_or_none(target: Path, folder: Path) -> str | None:
    try:
        return Path(os.path.relpath(target, folder.resolve())).as_posix()
    except ValueError:  # a different drive on Windows
        return None


def _source_from_dict(value: object, where: str, project_folder: Path | None) -> SourceFile:
    entry = read.mapping(value, where)
    read.only_keys(entry, _SOURCE_KEYS, where)
    role = SourceRole(read.choice(entry, "role", where, [role.value for role in SourceRole]))
    path = Path(read.text(entry, "path", where))
    relative = read.optional_text(entry, "relative_path", where, empty=True)
    if project_folder is not None and relative is not None and not path.is_file():
        beside = project_folder / relative
        if beside.is_file():
            path = beside.resolve()
    return SourceFile(
        path,
        role,
        sheet=read.optional_text(entry, "sheet", where, empty=True),
        one_row_per_perpetrator=read.optional_flag(entry, "one_row_per_perpetrator", where),
        has_header=read.flag(entry, "has_header", where, True),
    )
