"""The Load step's decisions: which files (and sheets) hold the victims and perpetrators, and the columns that link
them. The project file writes them as its own `sources` and `link_columns` (with relative paths too)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from ctdc_desktop.core import decisions as read
from ctdc_desktop.core.decisions import DecisionsError
from ctdc_desktop.core.translation import translate


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

    def to_dict(self) -> dict[str, Any]:
        """``{"victims": {"path", "sheet"}, "perpetrators": {...}, "link_columns": {"victims", "perpetrators"}}``;
        roles without a file and a missing link are left out. (The project file writes these as its own
        ``sources`` and ``link_columns``, with relative paths too.)"""
        result: dict[str, Any] = {s.role.value: _source_dict(s) for s in self.sources}
        if self.link_columns is not None:
            result["link_columns"] = {
                "victims": self.link_columns.victims,
                "perpetrators": self.link_columns.perpetrators,
            }
        return result

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], where: str) -> LoadDecisions:
        read.only_keys(data, ("victims", "perpetrators", "link_columns"), where)
        sources = []
        for role in SourceRole:
            if role.value in data:
                entry = read.mapping(data[role.value], f"{where}.{role.value}")
                sheet = read.optional_text(entry, "sheet", f"{where}.{role.value}")
                per_perpetrator = entry.get("one_row_per_perpetrator")
                if per_perpetrator is not None and not isinstance(per_perpetrator, bool):
                    raise DecisionsError(
                        f"{where}.{role.value}.one_row_per_perpetrator",
                        translate("Project", "should be true, false or null."),
                    )
                has_header = entry.get("has_header", True)
                if not isinstance(has_header, bool):
                    raise DecisionsError(
                        f"{where}.{role.value}.has_header", translate("Project", "should be true or false.")
                    )
                path = Path(read.text(entry, "path", f"{where}.{role.value}"))
                sources.append(SourceFile(path, role, sheet, per_perpetrator, has_header))
        link = None
        if data.get("link_columns") is not None:
            pair = read.mapping(data["link_columns"], f"{where}.link_columns")
            link = LinkColumns(
                read.text(pair, "victims", f"{where}.link_columns"),
                read.text(pair, "perpetrators", f"{where}.link_columns"),
            )
        return cls(tuple(sources), link)


def _source_dict(source: SourceFile) -> dict[str, Any]:
    entry: dict[str, Any] = {"path": str(source.path), "sheet": source.sheet}
    if source.one_row_per_perpetrator is not None:
        entry["one_row_per_perpetrator"] = source.one_row_per_perpetrator
    if not source.has_header:
        entry["has_header"] = False
    return entry
