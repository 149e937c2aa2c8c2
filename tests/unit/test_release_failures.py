"""What a killed export, a vanished share and a shared drive leave behind (issues 19 and 20).

- The ledger counts what was released, never less and never more: the writer is killed (SIGKILL, in a subprocess) at
  every stage of the write (16, one between the two renames that replace a bundle), and the ledger, once read again,
  matches the folder each time.
- No partial bundle survives the next export into the folder (a replaced bundle a kill left aside is put back), and
  nothing else there is touched.
- The location must exist when the bundle is written; it is never created.
- The bundle gets the permissions of the user's other new files there (the umask), not owner-only ones.
"""

from __future__ import annotations

import json
import os
import pickle
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from filelock import FileLock

from ctdc_desktop.core.io.output_folder import folder_identity, staged_folder, write_file_atomically
from ctdc_desktop.core.release import bundle as bundle_module
from ctdc_desktop.core.release import ledger
from ctdc_desktop.core.release.bundle import (
    KILL_AT_VARIABLE,
    WRITE_STAGES,
    FolderLook,
    ReleaseDecisions,
    bundle_name,
    look_at_folder,
    release_problems,
    write_release_bundle,
)
from ctdc_desktop.core.release.check_bundle import BUNDLE_FILES, bundle_problems
from ctdc_desktop.core.release.release_columns import ReleaseRefused
from tests.unit.release_fixtures import decisions, dp_result, inputs

ROOT = Path(__file__).resolve().parents[2]
DATASET = "Test mission"
WRITER = """
import pickle, sys
from ctdc_desktop.core.release.bundle import write_release_bundle
with open(sys.argv[1], "rb") as stream:
    inputs, decisions = pickle.load(stream)
write_release_bundle(inputs, decisions)
"""


def hidden(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


@pytest.fixture
def umask() -> Iterator[None]:
    before = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(before)


@pytest.mark.slow
@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
@pytest.mark.parametrize("stage", WRITE_STAGES)
def test_a_killed_writer_leaves_the_ledger_matching_the_folder(tmp_path: Path, stage: str) -> None:
    appdata, out = tmp_path / "appdata", tmp_path / "out"
    name = bundle_name(DATASET, "dp", date.today())
    replacing = stage == "earlier bundle moved aside"  # reached only when a bundle is replaced
    earlier = []
    if replacing:
        write_release_bundle(inputs(dp_result(), ledger_folder=appdata), decisions(out))
        earlier = [json.loads((out / name / "manifest.json").read_text(encoding="utf-8"))["release_id"]]
    job = tmp_path / "job.pickle"
    job.write_bytes(
        pickle.dumps((inputs(dp_result(), ledger_folder=appdata), decisions(out, replace_existing=replacing)))
    )
    env = {**os.environ, KILL_AT_VARIABLE: stage}
    ran = subprocess.run([sys.executable, "-c", WRITER, str(job)], cwd=ROOT, env=env, capture_output=True, timeout=300)
    assert ran.returncode == -9, ran.stderr.decode()[-2000:]  # killed where asked, not failed before

    published = WRITE_STAGES.index(stage) >= WRITE_STAGES.index("published")
    assert (out / name).is_dir() == published
    settled = ledger.read_ledger(appdata)  # the next start reads the ledger first
    entries = settled.entries(DATASET)
    epsilon = dp_result().privacy.epsilon  # type: ignore[union-attr]
    if published:
        manifest = json.loads((out / name / "manifest.json").read_text(encoding="utf-8"))
        assert bundle_problems(out / name) == []
        assert [(e.release_id, e.pending) for e in entries] == [(manifest["release_id"], None)]
        assert settled.spent(DATASET) == pytest.approx(epsilon)
    else:
        assert [e.release_id for e in entries] == earlier  # no budget spent on a release that never was

    # The next export into the folder removes what the killed one left (or puts back the bundle it was replacing),
    # and nothing else.
    (out / ".not_ours.abcd1234.partial").mkdir()
    if replacing:
        (out / ".not_ours.abcd1234.old").mkdir()
    again = write_release_bundle(inputs(dp_result(), ledger_folder=appdata), decisions(out, replace_existing=True))
    assert hidden(out) == sorted([".not_ours.abcd1234.partial", *([".not_ours.abcd1234.old"] if replacing else [])])
    left = stage not in ("budget checked", "ledger entry made final", "published")
    assert any("Unfinished bundle folders" in w for w in again.warnings) == left
    assert len(ledger.read_ledger(appdata).entries(DATASET)) == (2 if published or replacing else 1)


def test_a_pending_entry_stays_while_its_writer_runs_or_its_folder_cannot_be_checked(tmp_path: Path) -> None:
    appdata, out = tmp_path / "appdata", tmp_path / "out"
    out.mkdir()
    with staged_folder(out / "M_dp_2024-01-31") as staged:
        pending = ledger.PendingWrite(str(out), folder_identity(out), staged.lock_path.name)
        entry = ledger.LedgerEntry(date(2024, 1, 31), 1.0, 1e-6, "M_dp_2024-01-31", "id1", pending)
        ledger.record_release(appdata, "M", entry)
        assert ledger.read_ledger(appdata).entries("M")[0].pending == pending  # a writer holds the lock
        elsewhere = ledger.PendingWrite(str(out), "0:0", "x.lock")  # e.g. the share is not mounted at that path
        ledger.record_release(appdata, "M", ledger.LedgerEntry(date(2024, 1, 31), 2.0, 1e-6, "M2", "id2", elsewhere))
    settled = ledger.settle_pending_releases(appdata)  # the writer is gone, nothing was published
    assert (settled.withdrawn, settled.made_final, settled.still_pending) == (1, 0, 1)
    assert [e.release_id for e in settled.ledger.entries("M")] == ["id2"]
    assert ledger.read_ledger(appdata).spent("M") == pytest.approx(2.0)  # the one that cannot be told still counts


def test_settling_is_said_in_the_activity_log(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    out = tmp_path / "out"
    out.mkdir()
    pending = ledger.PendingWrite(str(out), folder_identity(out), ".gone.lock")
    ledger.record_release(tmp_path, "M", ledger.LedgerEntry(date(2024, 1, 31), 1.0, 1e-6, "M_dp", "i", pending))
    with caplog.at_level("INFO", logger="ctdc_desktop.activity"):
        assert ledger.read_ledger(tmp_path).spent("M") == 0
    assert "withdrawn=1" in caplog.text and "made_final=0" in caplog.text
    assert str(out) not in caplog.text and "M_dp" not in caplog.text  # counts, never a name


def test_only_our_unfinished_bundles_are_removed(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    stale = out / ".Old_dp_2024-01-31.a1b2c3d4.partial"
    stale.mkdir()
    for file_name in BUNDLE_FILES[:5]:
        (stale / file_name).write_bytes(b"half")
    (out / (stale.name + ".lock")).touch()  # its writer was killed: the lock is left, held by no one
    orphan_lock = out / ".Old_kanon_2024-01-31.e5f6a7b8.partial.lock"
    orphan_lock.touch()
    someone_elses = out / ".Old_dp_2024-01-31.00000000.partial"  # our naming, but holding a file we never write
    someone_elses.mkdir()
    (someone_elses / "notes.docx").write_bytes(b"x")
    (out / (someone_elses.name + ".lock")).touch()
    not_a_bundle = out / ".report.12345678.partial"
    not_a_bundle.mkdir()
    (out / (not_a_bundle.name + ".lock")).touch()
    live = out / ".Busy_dp_2024-01-31.99999999.partial"  # another window is writing it right now
    live.mkdir()
    recent = out / ".Recent_dp_2024-01-31.77777777.partial"  # no lock file (an earlier version's), just made
    recent.mkdir()
    (out / "Old_dp_2024-01-31").mkdir()  # a published bundle
    with FileLock(str(live) + ".lock"):
        result = write_release_bundle(inputs(), decisions(out))
    assert "Unfinished bundle folders left by a stopped export were removed: 1." in result.warnings
    assert not stale.exists() and not (out / (stale.name + ".lock")).exists() and not orphan_lock.exists()
    for kept in (someone_elses, not_a_bundle, live, recent, out / "Old_dp_2024-01-31", result.folder):
        assert kept.is_dir()


def test_the_location_must_exist_and_is_never_created(tmp_path: Path) -> None:
    gone = tmp_path / "share" / "releases"
    with pytest.raises(ReleaseRefused, match="cannot be found"):
        write_release_bundle(inputs(), ReleaseDecisions(location=gone))
    assert not (tmp_path / "share").exists()


def test_the_folder_as_last_looked_at_is_not_looked_at_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The window looks at the folder off its GUI thread and hands the answer to `release_problems`, which then does
    not look again (on a share that is gone a look can take a minute); a look about another folder is not used."""
    share = tmp_path / "share"
    name = bundle_name(DATASET, "kanon", date.today())
    missing = look_at_folder(share, name)  # not made yet
    with_bundle = FolderLook(share, name, location_is_dir=True, bundle_exists=True)
    assert (missing.location_is_dir, missing.bundle_exists) == (False, False)

    def no_look(path: object) -> bool:
        raise AssertionError("looked at the folder again")

    with monkeypatch.context() as patched:
        patched.setattr(bundle_module.os.path, "isdir", no_look)
        assert any("cannot be found" in p for p in release_problems(inputs(), ReleaseDecisions(share), missing))
        assert any("already exists" in p for p in release_problems(inputs(), ReleaseDecisions(share), with_bundle))
    other = FolderLook(tmp_path, name, location_is_dir=False, bundle_exists=False)
    share.mkdir()
    assert release_problems(inputs(), ReleaseDecisions(share), other) == []  # looked at share itself


def test_a_location_that_disappears_while_writing_gets_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    share = tmp_path / "share"
    real_write = bundle_module._write_file

    def unmounting(folder: Path, name: str, data: bytes) -> None:
        real_write(folder, name, data)
        if name == BUNDLE_FILES[-1]:
            share.rename(tmp_path / "unmounted")  # the share goes away with what was written into it

    monkeypatch.setattr(bundle_module, "_write_file", unmounting)
    appdata = tmp_path / "appdata"
    with pytest.raises(ReleaseRefused, match="cannot be found"):
        write_release_bundle(inputs(dp_result(), ledger_folder=appdata), decisions(share))
    assert not share.exists()
    assert ledger.read_ledger(appdata).spent(DATASET) == 0


def test_already_exists_names_the_command_line_option(tmp_path: Path) -> None:
    write_release_bundle(inputs(), decisions(tmp_path))
    with pytest.raises(ReleaseRefused, match="--replace"):
        write_release_bundle(inputs(), decisions(tmp_path))


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
@pytest.mark.parametrize("mask", [0o022, 0o002, 0o027])
def test_the_bundle_gets_the_permissions_of_other_new_files(tmp_path: Path, umask: None, mask: int) -> None:
    os.umask(mask)
    result = write_release_bundle(inputs(), decisions(tmp_path / "share"))
    assert result.folder.stat().st_mode & 0o777 == 0o777 & ~mask
    for file_name in BUNDLE_FILES:
        assert (result.folder / file_name).stat().st_mode & 0o777 == 0o666 & ~mask, file_name


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_an_atomic_file_is_made_as_any_new_file_and_keeps_its_mode_when_replaced(tmp_path: Path, umask: None) -> None:
    target = tmp_path / "project.ctdcproj"
    write_file_atomically(target, b"one")
    assert target.stat().st_mode & 0o777 == 0o644
    target.chmod(0o660)
    write_file_atomically(target, b"two")
    assert target.stat().st_mode & 0o777 == 0o660 and target.read_bytes() == b"two"
    write_file_atomically(tmp_path / "ledger.json", b"{}", private=True)
    assert (tmp_path / "ledger.json").stat().st_mode & 0o777 == 0o600
