"""Every remembered setting in one place, each declared once with its type and default.

QSettings hands back whatever its storage held (an INI file turns a one-item list into a string and an empty
list into nothing; a registry edited by hand can hold anything), so every option converts what it reads and
falls back to its default rather than passing a surprise on to the window.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")

MAX_RECENT_FILES = 8


class Option(Generic[T]):
    """One setting: a key in QSettings, a default, and a conversion of what is stored into a `T`."""

    registry: ClassVar[dict[str, Option[Any]]] = {}

    def __init__(self, key: str, default: T) -> None:
        if key in Option.registry:
            raise ValueError(f"setting {key!r} is declared twice")
        self.key = key
        self.default = default
        Option.registry[key] = self

    def convert(self, stored: object) -> T:
        raise NotImplementedError

    def read(self, store: QSettings | None = None) -> T:
        store = store or QSettings()
        if not store.contains(self.key):
            return self.default
        try:
            return self.convert(store.value(self.key))
        except (TypeError, ValueError):
            return self.default

    def write(self, value: T, store: QSettings | None = None) -> None:
        (store or QSettings()).setValue(self.key, value)


class TextOption(Option[str]):
    def convert(self, stored: object) -> str:
        if not isinstance(stored, str):
            raise TypeError(stored)
        return stored


class TextListOption(Option[list[str]]):
    def convert(self, stored: object) -> list[str]:
        if stored is None:
            return []
        if isinstance(stored, str):  # INI storage of a one-item list
            return [stored]
        if isinstance(stored, list | tuple) and all(isinstance(item, str) for item in stored):
            return list(stored)
        raise TypeError(stored)


class BytesOption(Option[QByteArray]):
    def convert(self, stored: object) -> QByteArray:
        if isinstance(stored, QByteArray):
            return stored
        if isinstance(stored, bytes):
            return QByteArray(stored)
        raise TypeError(stored)


WINDOW_GEOMETRY = BytesOption("window/geometry", QByteArray())
LAST_FOLDER = TextOption("files/last_folder", "")
RECENT_FILES = TextListOption("files/recent", [])
# "" follows the system's language; otherwise a code of gui.language.LANGUAGES.
LANGUAGE = TextOption("view/language", "")


def last_folder() -> str:
    """The folder the last file dialog was in, or the home folder (also when that folder is gone)."""
    folder = LAST_FOLDER.read()
    return folder if folder and Path(folder).is_dir() else str(Path.home())


def remember_folder_of(path: Path) -> None:
    LAST_FOLDER.write(str(Path(path).resolve().parent))


def recent_files() -> list[Path]:
    return [Path(text) for text in RECENT_FILES.read()]


def add_recent_file(path: Path) -> None:
    """Put `path` first in the recent files, once, keeping at most MAX_RECENT_FILES."""
    first = Path(path).resolve()
    kept = [p for p in recent_files() if p != first]
    _write_recent([first, *kept][:MAX_RECENT_FILES])


def forget_missing_recent_files() -> list[Path]:
    """Drop recent files that no longer exist; return the dropped ones so the user can be told."""
    present: list[Path] = []
    missing: list[Path] = []
    for path in recent_files():
        (present if path.is_file() else missing).append(path)
    if missing:
        _write_recent(present)
    return missing


def _write_recent(paths: Iterable[Path]) -> None:
    RECENT_FILES.write([str(p) for p in paths])
