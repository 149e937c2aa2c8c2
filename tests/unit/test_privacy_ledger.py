"""The privacy budget ledger: totals per dataset, warning and cap, restarts, and a damaged file reported."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from ctdc_desktop.core.release.ledger import (
    LEDGER_FILE,
    LOCK_FILE,
    LedgerEntry,
    LedgerError,
    dataset_has_releases,
    read_ledger,
    record_release,
    rename_dataset,
    withdraw_release,
)


def entry(epsilon: float, bundle: str = "b") -> LedgerEntry:
    return LedgerEntry(date(2024, 1, 31), epsilon, 1e-6, bundle)


def test_totals_add_up_per_dataset_and_survive_a_restart(tmp_path: Path) -> None:
    record_release(tmp_path, "Mission A", entry(4.0, "a1"))
    record_release(tmp_path, "Mission B", entry(1.5, "b1"))
    record_release(tmp_path, " mission  a", entry(2.0, "a2"))  # same dataset, typed differently
    ledger = read_ledger(tmp_path)  # a new read, as after a restart
    assert ledger.spent("Mission A") == pytest.approx(6.0)
    assert ledger.spent("Mission B") == pytest.approx(1.5)
    assert ledger.spent("Mission C") == 0
    assert [e.bundle for e in ledger.entries("MISSION A")] == ["a1", "a2"]
    assert ledger.entries("Mission A")[0] == entry(4.0, "a1")


def test_warns_near_the_cap_and_refuses_past_it(tmp_path: Path) -> None:
    record_release(tmp_path, "A", entry(6.0))
    ledger = read_ledger(tmp_path)
    fine = ledger.check("A", 1.0, cap=10)
    assert fine.allowed and fine.warning is None and fine.spent_after == pytest.approx(7.0)
    near = ledger.check("A", 2.5, cap=10)
    assert near.allowed and near.warning and "close to the cap" in near.describe()
    exact = ledger.check("A", 4.0, cap=10)
    assert exact.allowed
    over = ledger.check("A", 4.5, cap=10)
    assert not over.allowed and "refused" in over.describe()
    with pytest.raises(LedgerError, match="past the cap"):
        record_release(tmp_path, "A", entry(4.5), cap=10)
    assert read_ledger(tmp_path).spent("A") == pytest.approx(6.0)  # nothing recorded
    record_release(tmp_path, "A", entry(4.5), cap=20)  # the user raised the cap
    assert read_ledger(tmp_path).spent("A") == pytest.approx(10.5)


@pytest.mark.parametrize(
    "content",
    [
        b"{not json",
        b'{"format": 1, "datasets": {"a": [{"date": "2024-01-01", "epsilon": "x", "delta": 0, "bundle": "b"}]}}',
        b'{"format": 1, "datasets": {"a": [{"date": "2024-01-01", "epsilon": -1, "delta": 0, "bundle": "b"}]}}',
        b'{"format": 99, "datasets": {}}',
        b'{"format": 1}',
        b"\xff\xfe\x00",
        b"[]",
    ],
)
def test_a_damaged_ledger_is_reported_and_left_as_it_is(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / LEDGER_FILE
    path.write_bytes(content)
    with pytest.raises(LedgerError) as caught:
        read_ledger(tmp_path)
    assert str(path) in str(caught.value) and "damaged" in str(caught.value)
    with pytest.raises(LedgerError):
        record_release(tmp_path, "A", entry(1.0))
    assert path.read_bytes() == content  # never reset


def test_withdraw_removes_only_the_failed_release(tmp_path: Path) -> None:
    record_release(tmp_path, "A", entry(1.0, "same"))
    record_release(tmp_path, "A", entry(2.0, "same"))
    withdraw_release(tmp_path, "A", "same")
    assert [e.epsilon for e in read_ledger(tmp_path).entries("A")] == [1.0]


def test_ledger_is_written_atomically(tmp_path: Path) -> None:
    record_release(tmp_path, "A", entry(1.0))
    # No temporary file is left; the lock file may stay (it holds nothing).
    names = {p.name for p in tmp_path.iterdir()}
    assert LEDGER_FILE in names and names <= {LEDGER_FILE, LOCK_FILE}


def test_copies_recording_at_once_lose_no_release(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Each recorder waits between reading the ledger and writing it back, so that without the lock every one
    # would read the same ledger and the last write would drop the others' releases (budget under-counted).
    import threading
    import time

    from ctdc_desktop.core.release import ledger as ledger_module

    real_read = ledger_module.read_ledger

    def slow_read(folder: Path) -> ledger_module.PrivacyLedger:
        found = real_read(folder)
        time.sleep(0.05)
        return found

    monkeypatch.setattr(ledger_module, "read_ledger", slow_read)
    workers = [
        threading.Thread(target=record_release, args=(tmp_path, "Mission A", entry(0.5, f"bundle{i}")))
        for i in range(6)
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    ledger = real_read(tmp_path)
    assert sorted(e.bundle for e in ledger.entries("Mission A")) == [f"bundle{i}" for i in range(6)]
    assert ledger.spent("Mission A") == pytest.approx(3.0)


def test_a_ledger_another_copy_holds_too_long_is_refused_in_plain_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from filelock import FileLock

    from ctdc_desktop.core.release import ledger as ledger_module

    record_release(tmp_path, "A", entry(1.0, "first"))
    monkeypatch.setattr(ledger_module, "LOCK_WAIT_SECONDS", 0.2)
    stuck = FileLock(tmp_path / LOCK_FILE)  # another copy, stuck in the middle of a change
    with stuck, pytest.raises(LedgerError, match="another copy of CTDC Desktop") as raised:
        record_release(tmp_path, "A", entry(1.0, "second"))
    assert "try again" in str(raised.value)
    assert [e.bundle for e in read_ledger(tmp_path).entries("A")] == ["first"]


def test_a_renamed_dataset_keeps_its_budget_under_both_names(tmp_path: Path) -> None:
    record_release(tmp_path, "dataset", entry(4.0, "first"))
    assert dataset_has_releases(tmp_path, "Dataset") and not dataset_has_releases(tmp_path, "Mission Nord 2024")
    rename_dataset(tmp_path, "dataset", "Mission Nord 2024")
    ledger = read_ledger(tmp_path)  # as after a restart
    assert ledger.spent("mission nord 2024") == pytest.approx(4.0)
    assert ledger.spent("dataset") == pytest.approx(4.0)  # the old name cannot start a fresh budget
    assert dataset_has_releases(tmp_path, "Mission Nord 2024")
    record_release(tmp_path, "dataset", entry(2.0, "second"))  # e.g. an old command line still using the old name
    assert read_ledger(tmp_path).spent("Mission Nord 2024") == pytest.approx(6.0)
    assert [e.bundle for e in read_ledger(tmp_path).entries("Mission Nord 2024")] == ["first", "second"]
    with pytest.raises(LedgerError, match="past the cap"):
        record_release(tmp_path, "Mission Nord 2024", entry(4.5), cap=10)
    document = json.loads((tmp_path / LEDGER_FILE).read_text(encoding="utf-8"))
    assert document["renames"][0]["from"] == "dataset" and document["renames"][0]["to"] == "mission nord 2024"


def test_renames_back_and_into_a_used_name_only_add_budgets(tmp_path: Path) -> None:
    record_release(tmp_path, "A", entry(1.0, "a"))
    record_release(tmp_path, "B", entry(2.0, "b"))
    rename_dataset(tmp_path, "A", "B")  # into a name with releases of its own: the two add up
    assert read_ledger(tmp_path).spent("A") == pytest.approx(3.0)
    rename_dataset(tmp_path, "B", "A")  # and back: still one budget, now kept under "a"
    rename_dataset(tmp_path, "a", " A ")  # the same name: nothing to record
    ledger = read_ledger(tmp_path)
    assert ledger.spent("A") == ledger.spent("B") == pytest.approx(3.0)
    assert ledger.current_key("B") == "a" and len(ledger.renames) == 2
    rename_dataset(tmp_path, "C", "D")  # no releases yet: recorded all the same
    record_release(tmp_path, "C", entry(0.5, "c"))
    assert read_ledger(tmp_path).spent("D") == pytest.approx(0.5)
    assert not dataset_has_releases(tmp_path, "E")
    with pytest.raises(ValueError):
        rename_dataset(tmp_path, "A", "  ")


def test_a_version_1_ledger_is_read(tmp_path: Path) -> None:
    (tmp_path / LEDGER_FILE).write_text(
        '{"format": 1, "datasets": {"a": [{"date": "2024-01-01", "epsilon": 1, "delta": 0, "bundle": "b"}]}}',
        encoding="utf-8",
    )
    assert read_ledger(tmp_path).spent("A") == pytest.approx(1.0)
    rename_dataset(tmp_path, "a", "b")
    assert read_ledger(tmp_path).spent("b") == pytest.approx(1.0)
