"""The one writer of output: a file or a folder appears whole or not at all.

Everything the program writes (the project file, synthesis output, a release bundle) goes through here. The content
is written under a temporary name beside the target (same folder, so the final step is a rename on one file system,
which also holds on a mapped or UNC network drive), flushed to disk, optionally checked, then renamed into place. An
exception, Ctrl+C or a full disk at any point leaves the previous target (if any) untouched and no temporary file.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path


def write_file_atomically(target: Path, data: bytes, check: Callable[[Path], object] | None = None) -> None:
    """Write `data` to `target`, replacing an existing file only once the new one is complete on disk.

    `check` (if any) reads the temporary file back and raises if it is wrong; the old file then stays.
    """
    target = Path(target)
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".partial", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        if check is not None:
            check(Path(temporary))
        os.replace(temporary, target)
        _sync_folder_entry(target.parent)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def write_folder_atomically(
    target: Path,
    fill: Callable[[Path], None],
    *,
    replace: bool = False,
    check: Callable[[Path], None] | None = None,
) -> None:
    """Create folder `target` holding what `fill(staging_folder)` writes, or leave everything as it was.

    `fill` writes its files into the staging folder it is given. `check` (if any) then reads them back and raises
    if anything is wrong. With `replace`, an existing `target` is swapped out by renames only, and restored if the
    final rename fails; without it an existing `target` raises `FileExistsError` before anything is written.
    """
    target = Path(target)
    if target.exists() and not replace:
        raise FileExistsError(f"{target} exists already")
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".partial", dir=target.parent))
    try:
        fill(staging)
        _sync_folder(staging)
        if check is not None:
            check(staging)
        _move_into_place(staging, target, replace)
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)


def _sync_folder_entry(folder: Path) -> None:
    """Make a rename itself durable (POSIX); Windows cannot open a folder for this and journals renames anyway."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    except OSError:
        pass  # some file systems (network shares) do not sync folders; the file itself is already on disk
    finally:
        os.close(descriptor)


def _sync_folder(folder: Path) -> None:
    for path in folder.rglob("*"):
        if path.is_file():
            with open(path, "rb") as stream:
                os.fsync(stream.fileno())


def _move_into_place(staging: Path, target: Path, replace: bool) -> None:
    if not target.exists():
        staging.rename(target)
        return
    if not replace:
        raise FileExistsError(f"{target} exists already")
    old = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".old", dir=target.parent))
    old.rmdir()
    target.rename(old)
    try:
        staging.rename(target)
    except OSError:
        old.rename(target)
        raise
    shutil.rmtree(old, ignore_errors=True)
