"""The privacy budget ledger: how much ε each dataset has spent over all its differentially private releases.

Privacy loss adds up over releases of the same data: the worst case after several releases is the sum of their
budgets (CTDC 2022 codebook, Appendix I; the basic composition theorem of Dwork & Roth, "The Algorithmic Foundations
of Differential Privacy", 2014, Theorem 3.16). So every DP release is recorded here, per dataset name, and a release
that would take the total past the user's cap is refused.

The ledger is one JSON file in the application-data folder the caller passes (the window and the CLI pass the
platform's folder). It is rewritten whole and atomically on every change, and each change (read, check, write) holds
a lock file beside it, so that two copies of the application recording at once cannot lose a release. A file that
cannot be read is reported and left as it is, never reset: silently starting from zero would forget budget already
spent.

A release is recorded in two phases, so that the ledger counts what was released, never less and never more: a
*pending* entry before the bundle's first file is written (a crash can never under-count), made final once the
rename that publishes the bundle has happened. A writer that is killed in between leaves a pending entry; the next
read of the ledger (`read_ledger`, which every window and command does before anything else with it) settles it: an
entry whose bundle exists (its manifest carries the entry's release id) is made final, one whose bundle was never
published is withdrawn, and both are said in the activity log. While a writer still runs (its lock is held) or the
folder cannot be checked (a share not mounted, a different folder under the same path), the entry stays pending and
counts: the safe side.

A dataset can be renamed (`rename_dataset`): the rename is recorded, and from then on the old name and the new one
are the same dataset, so the budget spent under either counts under both and no rename can reset a budget.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import math
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from filelock import FileLock, Timeout

from ctdc_desktop.core.activity import ACTIVITY_LOGGER
from ctdc_desktop.core.io.output_folder import folder_identity, write_file_atomically, writer_is_running
from ctdc_desktop.core.synth.decisions import DEFAULT_CAP  # the cap a dataset has unless the user sets another
from ctdc_desktop.core.translation import translate
from ctdc_desktop.core.user_error import UserError

LEDGER_FILE = "privacy_ledger.json"
LOCK_FILE = "privacy_ledger.json.lock"
LOCK_WAIT_SECONDS = 30.0  # a change takes milliseconds; waiting longer means another copy is stuck
FORMAT_VERSION = 2  # 2 added renames, release ids and pending entries; a version-1 file is read as one without
READABLE_VERSIONS = (1, 2)
WARN_SHARE = 0.8  # warn once a release takes the total past this share of the cap


class LedgerError(UserError):
    """The ledger file cannot be read or written, or a release would spend more than the cap allows."""


activity = logging.getLogger(ACTIVITY_LOGGER)


@dataclass(frozen=True)
class PendingWrite:
    """Where a release still being written goes: enough to tell, after a crash, whether it was published."""

    folder: str  # the folder the bundle folder is made in, as the writer saw it
    folder_identity: str  # `folder_identity` of it then: another folder under the same path is not it
    lock: str  # the file name of the writer's lock in that folder (held while the writer runs)


@dataclass(frozen=True)
class LedgerEntry:
    released_on: date
    epsilon: float
    delta: float
    bundle: str  # the bundle folder's name
    release_id: str = ""  # also in the bundle's manifest.json; empty in entries recorded before version 2
    pending: PendingWrite | None = None  # set from before the first file is written until the bundle is published

    def to_dict(self) -> dict[str, Any]:
        item: dict[str, Any] = {
            "date": self.released_on.isoformat(),
            "epsilon": self.epsilon,
            "delta": self.delta,
            "bundle": self.bundle,
        }
        if self.release_id:
            item["id"] = self.release_id
        if self.pending is not None:
            item["pending"] = {
                "folder": self.pending.folder,
                "folder_identity": self.pending.folder_identity,
                "lock": self.pending.lock,
            }
        return item


@dataclass(frozen=True)
class DatasetRename:
    """A dataset renamed: the releases of `old` count under `new` (both as `dataset_key`s) from then on."""

    renamed_on: date
    old: str
    new: str


@dataclass(frozen=True)
class BudgetCheck:
    """What a release of `epsilon` would do to a dataset's budget."""

    dataset: str
    spent_before: float
    spent_after: float
    cap: float
    allowed: bool
    warning: str | None  # plain words when the total is near or past the cap

    def describe(self) -> str:
        text = translate(
            "Ledger", "“{0}” has spent ε = {1:g} of its cap of {2:g}; this release would bring it to {3:g}."
        ).format(self.dataset, self.spent_before, self.cap, self.spent_after)
        return f"{text} {self.warning}" if self.warning else text


def dataset_key(name: str) -> str:
    """Names differing only in case or surrounding spaces are the same dataset (so a typo cannot reset a budget)."""
    return " ".join(name.split()).casefold()


@dataclass(frozen=True)
class PrivacyLedger:
    """The releases recorded so far, per dataset key. Read with `read_ledger`; change with `record_release`."""

    path: Path
    releases: dict[str, tuple[LedgerEntry, ...]]  # under each dataset's current key (see `current_key`)
    renames: tuple[DatasetRename, ...] = ()  # in the order they were made

    def current_key(self, dataset: str) -> str:
        """The key the releases of `dataset` are kept under: its own, or the name it was (in the end) renamed to."""
        return _current_keys(self.renames).get(dataset_key(dataset), dataset_key(dataset))

    def entries(self, dataset: str) -> tuple[LedgerEntry, ...]:
        return self.releases.get(self.current_key(dataset), ())

    def has_releases(self, dataset: str) -> bool:
        """Whether any release (under this name or a name renamed to or from it) has been recorded."""
        return bool(self.entries(dataset))

    def spent(self, dataset: str) -> float:
        return math.fsum(entry.epsilon for entry in self.entries(dataset))

    def check(self, dataset: str, epsilon: float, cap: float = DEFAULT_CAP) -> BudgetCheck:
        before = self.spent(dataset)
        after = before + epsilon
        warning = None
        allowed = after <= cap + 1e-12
        if not allowed:
            warning = translate(
                "Ledger",
                "That is past the cap of {0:g}: the release is refused. Releasing the same records again and again "
                "adds up to a weak guarantee. Publish fewer releases, use a smaller ε, or raise the cap only if your "
                "data protection officer agrees.",
            ).format(cap)
        elif after >= WARN_SHARE * cap:
            warning = translate(
                "Ledger", "That is close to the cap of {0:g}: few further releases of this dataset will be possible."
            ).format(cap)
        return BudgetCheck(dataset, before, after, cap, allowed, warning)


def ledger_path(folder: Path) -> Path:
    return Path(folder) / LEDGER_FILE


def read_ledger(folder: Path) -> PrivacyLedger:
    """The ledger in `folder` (empty when there is no file yet), its pending entries settled first (see the module
    docstring). Raises `LedgerError` for a file it cannot trust."""
    ledger = _read_file(folder)
    pending = {e.release_id for entries in ledger.releases.values() for e in entries if e.pending is not None}
    if pending - _looked_at:
        # Once per entry and process: checking a folder on a share that is not connected can take a while.
        _looked_at.update(pending)
        ledger = settle_pending_releases(folder).ledger
    return ledger


_looked_at: set[str] = set()  # pending entries this process has tried to settle on a read


def _read_file(folder: Path) -> PrivacyLedger:
    path = ledger_path(folder)
    if not path.exists():
        return PrivacyLedger(path, {})
    cannot_read = translate(
        "Ledger",
        "The privacy budget ledger {0} cannot be read ({1}). It was left as it is. Restore it from a backup, or ask "
        "your data protection officer before moving it aside: without it, the budget already spent on your datasets "
        "is forgotten.",
    )
    damaged = translate(
        "Ledger",
        "The privacy budget ledger {0} is damaged ({1}). It was left as it is. Restore it from a backup, or ask your "
        "data protection officer before moving it aside: without it, the budget already spent on your datasets is "
        "forgotten.",
    )
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise LedgerError(cannot_read.format(path, error.strerror)) from None
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise LedgerError(damaged.format(path, error)) from None
    try:
        return PrivacyLedger(path, *_parse(document))
    except (KeyError, TypeError, ValueError) as error:
        raise LedgerError(damaged.format(path, error)) from None


def _current_keys(renames: tuple[DatasetRename, ...]) -> dict[str, str]:
    """Every name ever renamed, to the key its releases are kept under now. Renames join names into one group whose
    key is the latest new name (so renaming A to B then B to A, or into a name that has releases of its own, only
    ever adds budgets together; a rename never splits one)."""
    parent: dict[str, str] = {}

    def root(key: str) -> str:
        while key in parent:
            key = parent[key]
        return key

    for rename in renames:
        if rename.new in parent:  # the new name was itself renamed before: it names its group again
            group_root = root(rename.new)
            del parent[rename.new]
            parent[group_root] = rename.new
        old_root = root(rename.old)
        if old_root != rename.new:
            parent[old_root] = rename.new
    return {key: root(key) for key in parent}


def _parse(document: Any) -> tuple[dict[str, tuple[LedgerEntry, ...]], tuple[DatasetRename, ...]]:
    if not isinstance(document, dict) or document.get("format") not in READABLE_VERSIONS:
        raise ValueError(f"expected an object with format {FORMAT_VERSION}")
    renames = []
    for item in document.get("renames", []):
        old, new = item["from"], item["to"]
        if not (isinstance(old, str) and isinstance(new, str)):
            raise TypeError("a rename has no names")
        renames.append(DatasetRename(date.fromisoformat(item["date"]), dataset_key(old), dataset_key(new)))
    current = _current_keys(tuple(renames))
    datasets = document["datasets"]
    if not isinstance(datasets, dict):
        raise TypeError("'datasets' is not an object")
    releases: dict[str, tuple[LedgerEntry, ...]] = {}
    for name, items in datasets.items():
        if not isinstance(items, list):
            raise TypeError(f"the releases of '{name}' are not a list")
        entries = []
        for item in items:
            epsilon, delta = float(item["epsilon"]), float(item["delta"])
            if not (math.isfinite(epsilon) and epsilon >= 0 and 0 <= delta < 1):
                raise ValueError(f"a release of '{name}' has ε = {epsilon}, δ = {delta}")
            bundle = item["bundle"]
            if not isinstance(bundle, str):
                raise TypeError(f"a release of '{name}' has no bundle name")
            release_id = item.get("id", "")
            if not isinstance(release_id, str):
                raise TypeError(f"a release of '{name}' has an id that is not text")
            pending = None
            if "pending" in item:
                where = item["pending"]
                pending = PendingWrite(str(where["folder"]), str(where["folder_identity"]), str(where["lock"]))
            entries.append(LedgerEntry(date.fromisoformat(item["date"]), epsilon, delta, bundle, release_id, pending))
        key = current.get(dataset_key(name), dataset_key(name))  # a file written by hand may list an old name
        releases[key] = (*releases.get(key, ()), *entries)
    return releases, tuple(renames)


def _write(ledger: PrivacyLedger) -> None:
    document = {
        "format": FORMAT_VERSION,
        "datasets": {
            key: [e.to_dict() for e in entries] for key, entries in sorted(ledger.releases.items()) if entries
        },
        "renames": [{"date": r.renamed_on.isoformat(), "from": r.old, "to": r.new} for r in ledger.renames],
    }
    data = (json.dumps(document, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    try:
        write_file_atomically(ledger.path, data, private=True)  # under `_changing`, which made the folder
    except OSError as error:
        raise _cannot_write(ledger.path, error) from None


def _cannot_write(path: Path, error: OSError) -> LedgerError:
    return LedgerError(
        translate(
            "Ledger",
            "The privacy budget ledger {0} cannot be written ({1}); nothing was changed. Check that the "
            "application-data folder can be written to.",
        ).format(path, error.strerror)
    )


@contextmanager
def _changing(folder: Path) -> Iterator[None]:
    """Holds the ledger's lock while it is read, checked and rewritten (another copy waits for it). Only taking
    the lock is translated into a message here: errors of the change itself are the caller's."""
    lock_path = Path(folder) / LOCK_FILE
    lock = FileLock(lock_path, timeout=LOCK_WAIT_SECONDS)
    try:
        lock_path.parent.mkdir(parents=True, exist_ok=True)  # the application-data folder on first use
        lock.acquire()
    except Timeout:  # before OSError: filelock's Timeout is a TimeoutError
        raise LedgerError(
            translate(
                "Ledger",
                "The privacy budget ledger {0} is being changed by another copy of CTDC Desktop, which has not "
                "finished after {1:g} seconds; nothing was changed. Wait for the other export to end, then try again.",
            ).format(ledger_path(folder), LOCK_WAIT_SECONDS)
        ) from None
    except OSError as error:
        raise _cannot_write(ledger_path(folder), error) from None
    try:
        yield
    finally:
        lock.release()


def record_release(folder: Path, dataset: str, entry: LedgerEntry, cap: float = DEFAULT_CAP) -> PrivacyLedger:
    """Add `entry` to `dataset` (re-reading the file under the lock), refusing it past `cap`. Returns the new
    ledger."""
    with _changing(folder):
        ledger = _read_file(folder)
        check = ledger.check(dataset, entry.epsilon, cap)
        if not check.allowed:
            raise LedgerError(check.describe())
        releases = dict(ledger.releases)
        key = ledger.current_key(dataset)
        releases[key] = (*releases.get(key, ()), entry)
        updated = PrivacyLedger(ledger.path, releases, ledger.renames)
        _write(updated)
        return updated


def withdraw_release(folder: Path, dataset: str, bundle: str, release_id: str = "") -> PrivacyLedger:
    """Remove the entry of `bundle` (an export that failed after its budget was recorded), the one of `release_id`
    when given. Returns the new ledger."""
    with _changing(folder):
        ledger = _read_file(folder)
        key = ledger.current_key(dataset)
        entries = list(ledger.releases.get(key, ()))
        # Only the last entry of that name: an earlier release may have used the same folder name elsewhere.
        for index in range(len(entries) - 1, -1, -1):
            if (entries[index].release_id == release_id) if release_id else (entries[index].bundle == bundle):
                del entries[index]
                break
        updated = PrivacyLedger(ledger.path, {**ledger.releases, key: tuple(entries)}, ledger.renames)
        _write(updated)
        return updated


def rename_dataset(ledger_folder: Path, old: str, new: str, renamed_on: date | None = None) -> None:
    """Record that dataset `old` is now called `new`: the budget spent under `old` counts under `new` from now on
    (and under `old` too, should that name be used again). Renaming into a name that has releases of its own adds the
    two budgets together, the safe side. A rename to the same name (up to case and spaces) changes nothing."""
    if not old.strip() or not new.strip():
        raise ValueError("a dataset name cannot be empty")
    old_key, new_key = dataset_key(old), dataset_key(new)
    if old_key == new_key:
        return
    with _changing(ledger_folder):
        ledger = _read_file(ledger_folder)
        renames = (*ledger.renames, DatasetRename(renamed_on or date.today(), old_key, new_key))
        current = _current_keys(renames)
        releases: dict[str, tuple[LedgerEntry, ...]] = {}
        for key, entries in ledger.releases.items():
            target = current.get(key, key)
            releases[target] = (*releases.get(target, ()), *entries)
        _write(PrivacyLedger(ledger.path, releases, renames))


def dataset_has_releases(ledger_folder: Path, dataset: str) -> bool:
    """Whether the ledger holds a release of `dataset` (or of a name renamed to or from it)."""
    return read_ledger(ledger_folder).has_releases(dataset)


def finalize_release(folder: Path, dataset: str, release_id: str) -> PrivacyLedger:
    """Make the pending entry `release_id` final: its bundle has been published. Returns the new ledger."""
    with _changing(folder):
        ledger = _read_file(folder)
        key = ledger.current_key(dataset)
        entries = tuple(
            dataclasses.replace(e, pending=None) if e.release_id == release_id else e
            for e in ledger.releases.get(key, ())
        )
        updated = PrivacyLedger(ledger.path, {**ledger.releases, key: entries}, ledger.renames)
        _write(updated)
        return updated


@dataclass(frozen=True)
class SettledReleases:
    ledger: PrivacyLedger
    made_final: int  # pending entries whose bundle was published
    withdrawn: int  # pending entries whose bundle never was
    still_pending: int  # a writer still runs, or the folder cannot be checked: they count, as pending


def settle_pending_releases(folder: Path) -> SettledReleases:
    """Settle the pending entries a killed writer left (see the module docstring), and say so in the activity log
    (counts only)."""
    with _changing(folder):
        ledger = _read_file(folder)
        made_final = withdrawn = still_pending = 0
        releases: dict[str, tuple[LedgerEntry, ...]] = {}
        for key, entries in ledger.releases.items():
            kept = []
            for entry in entries:
                outcome = _outcome(entry)
                if outcome == "final":
                    made_final += 1
                    kept.append(dataclasses.replace(entry, pending=None))
                elif outcome == "withdraw":
                    withdrawn += 1
                else:
                    still_pending += entry.pending is not None
                    kept.append(entry)
            releases[key] = tuple(kept)
        updated = PrivacyLedger(ledger.path, releases, ledger.renames)
        if made_final or withdrawn:
            _write(updated)
    if made_final or withdrawn or still_pending:
        activity.info(
            "privacy ledger: unfinished releases settled, made_final=%d, withdrawn=%d, still_pending=%d",
            made_final,
            withdrawn,
            still_pending,
        )
    return SettledReleases(updated, made_final, withdrawn, still_pending)


def _outcome(entry: LedgerEntry) -> str:
    """ "final", "withdraw", or "keep" (not pending, a writer still runs, or the folder cannot be checked)."""
    pending = entry.pending
    if pending is None:
        return "keep"
    location = Path(pending.folder)
    try:
        if folder_identity(location) != pending.folder_identity:
            return "keep"  # not the folder it was written into (a share not mounted): cannot be told
        if writer_is_running(location / pending.lock):
            return "keep"
        return "final" if _published(location / entry.bundle, entry.release_id) else "withdraw"
    except OSError:
        return "keep"


def _published(bundle: Path, release_id: str) -> bool:
    """Whether `bundle` is the published bundle of release `release_id` (its manifest says so)."""
    manifest = bundle / "manifest.json"
    if not manifest.is_file():
        return False
    try:
        document = json.loads(manifest.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return False  # not a manifest of ours
    return isinstance(document, dict) and document.get("release_id") == release_id
