"""The one writer of output: a file or a folder appears whole or not at all.

Everything the program writes (the project file, synthesis output, a release bundle) goes through here. The content
is written under a temporary name beside the target (same folder, so the final step is a rename on one file system,
which also holds on a mapped or UNC network drive), flushed to disk, optionally checked, then renamed into place. An
exception, Ctrl+C or a full disk at any point leaves the previous target (if any) untouched and no temporary file.

What is written gets the permissions the user's other new files get in that folder (the umask, and on a shared drive
its default access rules), never owner-only ones: a release on a shared drive is for colleagues to open.

A writer that is killed (power cut, `kill -9`) cannot clean up: its staging folder ``.<target>.<8 letters>.partial``
stays. While a writer works it holds a lock on ``<staging>.lock`` beside it, so the next writer into that folder can
tell a dead writer's folder from a live one (`remove_unfinished_folders`) and never removes anything else.
"""

from __future__ import annotations

import contextlib
import glob
import os
import re
import secrets
import shutil
import stat
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from filelock import FileLock, Timeout

PARTIAL_SUFFIX = ".partial"
LOCK_SUFFIX = ".lock"
# Our staging folders: a dot, the target's name, 8 letters or digits (ours, or tempfile's in earlier versions).
_STAGING = re.compile(r"\.(?P<target>.+)\.[a-z0-9_]{8}\.partial")
# A replaced target moved aside (`_move_into_place`), normally removed a moment later.
_MOVED_ASIDE = re.compile(r"\.(?P<target>.+)\.[a-z0-9_]{8}\.old")
# A staging folder without its lock file is an earlier version's (or its lock was removed): left alone for this long.
UNLOCKED_LEFT_ALONE_SECONDS = 600.0


def write_file_atomically(
    target: Path, data: bytes, check: Callable[[Path], object] | None = None, *, private: bool = False
) -> None:
    """Write `data` to `target`, replacing an existing file only once the new one is complete on disk.

    `check` (if any) reads the temporary file back and raises if it is wrong; the old file then stays. A new file gets
    the permissions of any new file there (the umask), a replaced one keeps its own; `private`: owner only.
    """
    target = Path(target)
    temporary = _new_temporary_file(target)
    try:
        with open(temporary, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        if private:
            os.chmod(temporary, 0o600)
        else:
            with contextlib.suppress(FileNotFoundError):
                os.chmod(temporary, stat.S_IMODE(os.stat(target).st_mode))
        if check is not None:
            check(temporary)
        os.replace(temporary, target)
        _sync_folder_entry(target.parent)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def _new_temporary_file(target: Path) -> Path:
    """An empty new file beside `target`, created as any new file there is (mkstemp would make it owner-only)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _ in range(100):
        path = target.with_name(f".{target.name}.{secrets.token_hex(4)}{PARTIAL_SUFFIX}")
        try:
            os.close(os.open(path, flags, 0o666))
        except FileExistsError:
            continue
        return path
    raise FileExistsError(f"no free temporary name beside {target}")


@dataclass
class StagedFolder:
    """A staging folder beside `target`, locked while this writer works: fill `path`, then `publish`."""

    target: Path
    path: Path
    lock_path: Path  # beside `path`; held until the staging folder is gone or published
    replace: bool

    def publish(
        self, check: Callable[[Path], None] | None = None, moved_aside: Callable[[], None] = lambda: None
    ) -> None:
        """Flush the files to disk, run `check` on them, and rename the folder into place (replacing the target only
        with `replace`; `moved_aside` is called between the two renames, a seam for tests). Raises `FileExistsError`
        when the target appeared meanwhile and may not be replaced."""
        _sync_folder(self.path)
        if check is not None:
            check(self.path)
        _move_into_place(self.path, self.target, self.replace, moved_aside)
        _sync_folder_entry(self.target.parent)


@contextlib.contextmanager
def staged_folder(target: Path, *, replace: bool = False) -> Iterator[StagedFolder]:
    """Reserve a staging folder for `target` (see `StagedFolder`); whatever happens, nothing of it is left after.

    The folder `target` goes into must exist: it is never created here (a share that is not mounted must not turn
    into a folder on the computer's own disk). Raises `FileNotFoundError` when it is missing, `FileExistsError` when
    `target` exists and may not be replaced."""
    target = Path(target)
    if not target.parent.is_dir():
        raise FileNotFoundError(2, os.strerror(2), str(target.parent))
    if target.exists() and not replace:
        raise FileExistsError(f"{target} exists already")
    lock, staging = _reserve(target)
    try:
        yield StagedFolder(target, staging, Path(lock.lock_file), replace)
    finally:
        try:
            if staging.exists():
                shutil.rmtree(staging, ignore_errors=True)
        finally:
            _release_and_remove(lock)


def _reserve(target: Path) -> tuple[FileLock, Path]:
    """Take the lock of a fresh staging name, then make the folder (in that order: a staging folder of a live writer
    always has its lock held). The folder is made as any new folder there is (the umask; mkdtemp would make it
    owner-only)."""
    for _ in range(100):
        staging = target.with_name(f".{target.name}.{secrets.token_hex(4)}{PARTIAL_SUFFIX}")
        lock = FileLock(str(staging) + LOCK_SUFFIX, timeout=0)
        try:
            lock.acquire()
        except Timeout:
            continue
        try:
            os.mkdir(staging, 0o777)
        except FileExistsError:
            _release_and_remove(lock)
            continue
        except BaseException:
            _release_and_remove(lock)
            raise
        return lock, staging
    raise FileExistsError(f"no free staging name beside {target}")


def _release_and_remove(lock: FileLock) -> None:
    lock.release()
    with contextlib.suppress(OSError):
        os.unlink(lock.lock_file)


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
    final rename fails; without it an existing `target` raises `FileExistsError` before anything is written. The
    folder `target` goes into must exist (`FileNotFoundError` otherwise).
    """
    with staged_folder(target, replace=replace) as staged:
        fill(staged.path)
        staged.publish(check)


def remove_unfinished_folders(folder: Path, is_our_target: Callable[[str], bool], may_hold: frozenset[str]) -> int:
    """Remove the staging folders a killed writer left in `folder`; return how many were removed.

    Only a folder named as ours (``.<target>.<8 letters>.partial``) for a target name `is_our_target` accepts, holding
    nothing but files named in `may_hold`, is considered, and only when no writer holds its lock: one being written
    right now by another window or command is left alone. One without a lock file (an earlier version's) is removed
    only once it has not changed for a while. A lock file of ours left without its folder goes too. Anything else in
    `folder` is never touched."""
    removed = 0
    try:
        entries = list(Path(folder).iterdir())
    except OSError:
        return 0
    for path in entries:
        name = path.name
        if name.endswith(PARTIAL_SUFFIX + LOCK_SUFFIX):
            match = _STAGING.fullmatch(name[: -len(LOCK_SUFFIX)])
            if match and is_our_target(match["target"]) and path.is_file() and not path.with_suffix("").exists():
                with contextlib.suppress(OSError):
                    if not writer_is_running(path):
                        path.unlink()
            continue
        aside = _MOVED_ASIDE.fullmatch(name)
        if aside is not None:
            with contextlib.suppress(OSError):
                _put_back_or_remove(path, Path(folder) / aside["target"], is_our_target, may_hold)
            continue
        match = _STAGING.fullmatch(name)
        if match is None or not is_our_target(match["target"]) or path.is_symlink() or not path.is_dir():
            continue
        with contextlib.suppress(OSError):
            if any(not (inside.is_file() and inside.name in may_hold) for inside in path.iterdir()):
                continue
            lock_path = Path(str(path) + LOCK_SUFFIX)
            if not lock_path.exists() and time.time() - path.stat().st_mtime < UNLOCKED_LEFT_ALONE_SECONDS:
                continue
            lock = FileLock(str(lock_path), timeout=0)
            try:
                lock.acquire()
            except Timeout:
                continue  # a live writer's
            try:
                shutil.rmtree(path)
                removed += 1
            finally:
                _release_and_remove(lock)
    return removed


def _put_back_or_remove(
    aside: Path, target: Path, is_our_target: Callable[[str], bool], may_hold: frozenset[str]
) -> None:
    """A target a killed writer moved aside to replace it: put back when the replacement never arrived, removed when
    it did. Left alone while a writer of that target runs (it is between its two renames), or when not ours."""
    if not is_our_target(target.name) or aside.is_symlink() or not aside.is_dir():
        return
    if any(not (inside.is_file() and inside.name in may_hold) for inside in aside.iterdir()):
        return
    locks = target.parent.glob(f".{glob.escape(target.name)}.*{PARTIAL_SUFFIX}{LOCK_SUFFIX}")
    if any(writer_is_running(lock) for lock in locks):
        return
    if target.exists():
        shutil.rmtree(aside)
    else:
        aside.rename(target)


def writer_is_running(lock_path: Path) -> bool:
    """Whether a writer holds `lock_path` (a `StagedFolder.lock_path`) right now. A missing lock file: no writer."""
    if not Path(lock_path).exists():
        return False
    lock = FileLock(str(lock_path), timeout=0)
    try:
        lock.acquire()
    except Timeout:
        return True
    except OSError:
        return True  # cannot be told: take it as running, so that nothing is decided on it
    lock.release()
    return False


def folder_identity(folder: Path) -> str:
    """Which folder this is on which drive ("device:inode"): a share that is not mounted has a different one."""
    status = os.stat(folder)
    return f"{status.st_dev}:{status.st_ino}"


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


def _move_into_place(staging: Path, target: Path, replace: bool, moved_aside: Callable[[], None]) -> None:
    if not target.exists():
        staging.rename(target)
        return
    if not replace:
        raise FileExistsError(f"{target} exists already")
    old = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".old", dir=target.parent))
    old.rmdir()
    target.rename(old)
    moved_aside()
    try:
        staging.rename(target)
    except OSError:
        old.rename(target)
        raise
    shutil.rmtree(old, ignore_errors=True)
