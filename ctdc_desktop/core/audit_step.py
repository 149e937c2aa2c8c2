"""One line of a release's audit log: what a step did, when, and how many rows and columns it touched.

Every step that a release's audit log speaks of makes its own lines (Stage one and Recode hand theirs on with their
result; the bundle writer adds its own), so the line lives here, below all of them, and the log that chains the lines
by hash stays with the bundle (`core/release/audit_log.py`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import PureWindowsPath
from typing import Any


@dataclass(frozen=True)
class AuditStep:
    """One step of the work. `what` is the program's own description (never a cell value or a free text by a user)."""

    what: str
    when: datetime
    rows: int | None = None
    columns: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"what": self.what, "when": _iso(self.when), "rows": self.rows, "columns": self.columns}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> AuditStep:
        return cls(
            what=str(data["what"]),
            when=datetime.fromisoformat(str(data["when"])),
            rows=None if data.get("rows") is None else int(data["rows"]),
            columns=None if data.get("columns") is None else int(data["columns"]),
        )


def now() -> datetime:
    return datetime.now(UTC)


def _iso(moment: datetime) -> str:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def recipe_file_name(recipe: str) -> str:
    """How a bundle names a recipe: by its file name (a shipped recipe by its own name), never the folder it is in.
    Both separators are cut, so a Windows path is cut on any system."""
    return PureWindowsPath(recipe.strip()).name or recipe.strip()
