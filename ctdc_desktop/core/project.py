"""The user's decisions, saved to and read from a `.ctdcproj` file (JSON).

A project holds where the source files are and what the user decided on each step, never a value from the data:
the file may be copied, mailed to HQ or left on a shared drive, and must not expose anyone.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path
from typing import Any

from ctdc_desktop.core.file_problem import FileProblem

FORMAT_VERSION = 1
PROJECT_SUFFIX = ".ctdcproj"


class ProjectError(FileProblem):
    """A project file that cannot be read or written. The message names the file, the problem and what to do."""


class SourceRole(StrEnum):
    VICTIMS = "victims"
    PERPETRATORS = "perpetrators"


@dataclass(frozen=True)
class SourceFile:
    """One export file the project reads: where it is, which sheet (workbooks only), and what it holds."""

    path: Path
    role: SourceRole
    sheet: str | None = None


@dataclass(frozen=True)
class LinkColumns:
    """The columns holding the case ID that ties each perpetrator row to its victim."""

    victims: str
    perpetrators: str


@dataclass(frozen=True)
class Project:
    """Everything needed to redo the work on the same or next quarter's export, and nothing from the data."""

    sources: tuple[SourceFile, ...] = ()
    link_columns: LinkColumns | None = None
    # Page key ("load", "identifiers", ...) -> that page's decisions, as plain JSON-able data.
    steps: dict[str, dict[str, Any]] = field(default_factory=dict)

    def source(self, role: SourceRole) -> SourceFile | None:
        return next((s for s in self.sources if s.role is role), None)

    def missing_sources(self) -> tuple[SourceFile, ...]:
        """The source files that are not where the project says (moved, renamed, or on an unplugged drive)."""
        return tuple(s for s in self.sources if not s.path.is_file())

    def with_source_moved(self, old: Path, new: Path) -> Project:
        """The same project reading `new` wherever it read `old` (the user located a moved file).

        The path is swapped in the pages' decisions too, wherever a page stored it as text.
        """
        sources = tuple(replace(s, path=new) if s.path == old else s for s in self.sources)
        steps = {key: _swap_path(decisions, old, new) for key, decisions in self.steps.items()}
        return replace(self, sources=sources, steps=steps)


def project_from_decisions(steps: dict[str, dict[str, Any]], loaded: Sequence[Path] = ()) -> Project:
    """The project for the pages' decisions: sources and link columns are read from the Load step's decisions.

    Understands `{"victims": {"path", "sheet"}, "perpetrators": {...}, "link_columns": {"victims", "perpetrators"}}`
    and the flat spelling (`victims_path`, `victims_sheet`, `victims_link_column`, ...); files the Load page
    reports as `loaded` (victims first) fill in a path its decisions leave out.
    """
    load = steps.get("load", {})
    sources = []
    links: dict[str, str] = {}
    for number, role in enumerate(SourceRole):
        nested = load.get(role.value)
        entry: dict[str, Any] = nested if isinstance(nested, dict) else {}
        path = entry.get("path", load.get(f"{role.value}_path"))
        if not isinstance(path, str) and number < len(loaded):
            path = str(loaded[number])
        if isinstance(path, str) and path:
            sheet = entry.get("sheet", load.get(f"{role.value}_sheet"))
            sources.append(SourceFile(Path(path), role, sheet if isinstance(sheet, str) else None))
        link = entry.get("link_column", load.get(f"{role.value}_link_column"))
        if isinstance(link, str) and link:
            links[role.value] = link
    pair = load.get("link_columns")
    if isinstance(pair, dict):
        links.update({key: value for key, value in pair.items() if isinstance(value, str) and value})
    link_columns = None
    if SourceRole.VICTIMS.value in links and SourceRole.PERPETRATORS.value in links:
        link_columns = LinkColumns(links[SourceRole.VICTIMS.value], links[SourceRole.PERPETRATORS.value])
    return Project(sources=tuple(sources), link_columns=link_columns, steps=steps)


def _swap_path(value: Any, old: Path, new: Path) -> Any:
    if isinstance(value, dict):
        return {key: _swap_path(item, old, new) for key, item in value.items()}
    if isinstance(value, list):
        return [_swap_path(item, old, new) for item in value]
    if isinstance(value, str) and value and Path(value) == old:
        return str(new)
    return value


def save_project(project: Project, path: Path) -> None:
    """Write `project` to `path` so that a crash or a full disk leaves either the old file or the new one.

    The text goes to a temporary file in the same folder, is flushed to disk and read back, then renamed over
    the target (a rename within one folder is atomic on Windows and POSIX).
    """
    path = Path(path)
    try:
        text = json.dumps(_project_to_json(project, path.parent), indent=2, ensure_ascii=False, allow_nan=False)
    except (TypeError, ValueError) as error:
        raise ProjectError(
            path, f"a decision cannot be saved as JSON ({error}).", "This is a bug; please report it."
        ) from error
    temp_name: str | None = None
    try:
        with tempfile.NamedTemporaryFile(
            "w", encoding="utf-8", dir=path.parent, prefix=f".{path.name}.", suffix=".tmp", delete=False
        ) as handle:
            temp_name = handle.name
            handle.write(text + "\n")
            handle.flush()
            os.fsync(handle.fileno())
        # Read back what reached the disk before it replaces a good file.
        load_project(Path(temp_name))
        os.replace(temp_name, path)
        temp_name = None
        _sync_folder(path.parent)
    except OSError as error:
        raise ProjectError(
            path, f"could not be saved ({error.strerror or error}).", "Choose a folder you can write to."
        ) from error
    finally:
        if temp_name is not None:
            Path(temp_name).unlink(missing_ok=True)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); Windows cannot open a folder for this and journals renames anyway."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    except OSError:
        pass  # some file systems (network shares) do not sync folders; the file itself is already on disk
    finally:
        os.close(descriptor)


def load_project(path: Path) -> Project:
    """Read a project file, checking every key; raise `ProjectError` naming the file and the key at fault."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError as error:
        raise ProjectError(path, "the file does not exist.", "Check the name and folder.") from error
    except OSError as error:
        raise ProjectError(path, f"could not be read ({error.strerror or error}).") from error
    try:
        document = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as error:
        raise ProjectError(path, "is not a CTDC Desktop project (it is not text).", _OPEN_A_PROJECT) from error
    except json.JSONDecodeError as error:
        raise ProjectError(
            path,
            f"is not a valid project file (broken JSON at line {error.lineno}, column {error.colno}).",
            _OPEN_A_PROJECT,
        ) from error
    return _project_from_json(document, path)


_OPEN_A_PROJECT = "Open a .ctdcproj file saved by CTDC Desktop, or save the project again."


def _project_to_json(project: Project, folder: Path) -> dict[str, Any]:
    sources = []
    for source in project.sources:
        absolute = source.path if source.path.is_absolute() else (folder / source.path)
        sources.append(
            {
                "role": source.role.value,
                "path": str(absolute),
                # Lets a project found beside its exports (copied folder, other drive letter) still find them.
                "relative_path": _relative_or_none(absolute, folder),
                "sheet": source.sheet,
            }
        )
    link = project.link_columns
    return {
        "format_version": FORMAT_VERSION,
        "sources": sources,
        "link_columns": None if link is None else {"victims": link.victims, "perpetrators": link.perpetrators},
        "steps": project.steps,
    }


def _relative_or_none(target: Path, folder: Path) -> str | None:
    try:
        return Path(os.path.relpath(target, folder.resolve())).as_posix()
    except ValueError:  # a different drive on Windows
        return None


def _project_from_json(document: object, path: Path) -> Project:
    top = _mapping(document, path, "the top level")
    version = _required(top, "format_version", path)
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ProjectError(path, f"key 'format_version' should be a whole number, not {version!r}.", _OPEN_A_PROJECT)
    if version > FORMAT_VERSION:
        raise ProjectError(
            path,
            f"was saved by a newer CTDC Desktop (project format {version}; this version reads up to {FORMAT_VERSION}).",
            "Update CTDC Desktop to open it.",
        )
    sources_raw = _required(top, "sources", path)
    if not isinstance(sources_raw, list):
        raise ProjectError(path, "key 'sources' should be a list.", _OPEN_A_PROJECT)
    sources = tuple(_source_from_json(item, path, f"sources[{i}]") for i, item in enumerate(sources_raw))
    roles = [s.role for s in sources]
    if len(roles) != len(set(roles)):
        raise ProjectError(path, "key 'sources' lists the same role twice.", _OPEN_A_PROJECT)

    link_raw = top.get("link_columns")
    link = None
    if link_raw is not None:
        link_map = _mapping(link_raw, path, "key 'link_columns'")
        link = LinkColumns(
            victims=_text(link_map, "victims", path, "link_columns.victims"),
            perpetrators=_text(link_map, "perpetrators", path, "link_columns.perpetrators"),
        )

    steps_raw = _mapping(top.get("steps", {}), path, "key 'steps'")
    steps: dict[str, dict[str, Any]] = {}
    for key, value in steps_raw.items():
        steps[key] = dict(_mapping(value, path, f"key 'steps.{key}'"))
    return Project(sources=sources, link_columns=link, steps=steps)


def _source_from_json(item: object, path: Path, where: str) -> SourceFile:
    entry = _mapping(item, path, f"key '{where}'")
    role_text = _text(entry, "role", path, f"{where}.role")
    try:
        role = SourceRole(role_text)
    except ValueError as error:
        raise ProjectError(
            path, f"key '{where}.role' should be 'victims' or 'perpetrators', not {role_text!r}.", _OPEN_A_PROJECT
        ) from error
    source_path = Path(_text(entry, "path", path, f"{where}.path"))
    relative = entry.get("relative_path")
    if not source_path.is_file() and isinstance(relative, str):
        beside = path.parent / relative
        if beside.is_file():
            source_path = beside.resolve()
    sheet = entry.get("sheet")
    if sheet is not None and not isinstance(sheet, str):
        raise ProjectError(path, f"key '{where}.sheet' should be text or null.", _OPEN_A_PROJECT)
    return SourceFile(path=source_path, role=role, sheet=sheet)


def _mapping(value: object, path: Path, what: str) -> Mapping[str, Any]:
    if not isinstance(value, dict):
        raise ProjectError(path, f"{what} should be a JSON object.", _OPEN_A_PROJECT)
    return value


def _required(mapping: Mapping[str, Any], key: str, path: Path) -> Any:
    if key not in mapping:
        raise ProjectError(path, f"key '{key}' is missing.", _OPEN_A_PROJECT)
    return mapping[key]


def _text(mapping: Mapping[str, Any], key: str, path: Path, where: str) -> str:
    if key not in mapping:
        raise ProjectError(path, f"key '{where}' is missing.", _OPEN_A_PROJECT)
    value = mapping[key]
    if not isinstance(value, str) or not value:
        raise ProjectError(path, f"key '{where}' should be non-empty text.", _OPEN_A_PROJECT)
    return value
