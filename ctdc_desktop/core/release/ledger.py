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
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from filelock import FileLock, Timeout

from ctdc_desktop.core.io.output_folder import write_file_atomically
from ctdc_desktop.core.translation import translate
from ctdc_desktop.core.user_error import UserError

LEDGER_FILE = "privacy_ledger.json"
LOCK_FILE = "privacy_ledger.json.lock"
LOCK_WAIT_SECONDS = 30.0  # a change takes milliseconds; waiting longer means another copy is stuck
FORMAT_VERSION = 1
DEFAULT_CAP = 10.0
WARN_SHARE = 0.8  # warn once a release takes the total past this share of the cap


class LedgerError(UserError):
    """The ledger file cannot be read or written, or a release would spend more than the cap allows."""


@dataclass(frozen=True)
class LedgerEntry:
    released_on: date
    epsilon: float
    delta: float
    bundle: str  # the bundle folder's name


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
    releases: dict[str, tuple[LedgerEntry, ...]]

    def entries(self, dataset: str) -> tuple[LedgerEntry, ...]:
        return self.releases.get(dataset_key(dataset), ())

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
    """The ledger in `folder` (empty when there is no file yet). Raises `LedgerError` for a file it cannot trust."""
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
        return PrivacyLedger(path, _parse(document))
    except (KeyError, TypeError, ValueError) as error:
        raise LedgerError(damaged.format(path, error)) from None


def _parse(document: Any) -> dict[str, tuple[LedgerEntry, ...]]:
    if not isinstance(document, dict) or document.get("format") != FORMAT_VERSION:
        raise ValueError(f"expected an object with format {FORMAT_VERSION}")
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
            entries.append(LedgerEntry(date.fromisoformat(item["date"]), epsilon, delta, bundle))
        releases[dataset_key(name)] = tuple(entries)
    return releases


def _write(ledger: PrivacyLedger) -> None:
    document = {
        "format": FORMAT_VERSION,
        "datasets": {
            key: [
                {"date": e.released_on.isoformat(), "epsilon": e.epsilon, "delta": e.delta, "bundle": e.bundle}
                for e in entries
            ]
            for key, entries in sorted(ledger.releases.items())
            if entries
        },
    }
    data = (json.dumps(document, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    try:
        write_file_atomically(ledger.path, data)  # under `_changing`, which made the folder
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
        ledger = read_ledger(folder)
        check = ledger.check(dataset, entry.epsilon, cap)
        if not check.allowed:
            raise LedgerError(check.describe())
        releases = dict(ledger.releases)
        key = dataset_key(dataset)
        releases[key] = (*releases.get(key, ()), entry)
        updated = PrivacyLedger(ledger.path, releases)
        _write(updated)
        return updated


def withdraw_release(folder: Path, dataset: str, bundle: str) -> PrivacyLedger:
    """Remove the entry of `bundle` (an export that failed after its budget was recorded). Returns the new ledger."""
    with _changing(folder):
        ledger = read_ledger(folder)
        key = dataset_key(dataset)
        entries = list(ledger.releases.get(key, ()))
        # Only the last entry of that name: an earlier release may have used the same folder name elsewhere.
        for index in range(len(entries) - 1, -1, -1):
            if entries[index].bundle == bundle:
                del entries[index]
                break
        updated = PrivacyLedger(ledger.path, {**ledger.releases, key: tuple(entries)})
        _write(updated)
        return updated
