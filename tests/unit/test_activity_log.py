"""The activity log file: it rotates (a long-running laptop never fills its disk with it), takes numbers only as
counts, logs a failure by the error's class, and holds nothing but the activity logger's records."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from ctdc_desktop.activity_log import LOG_FILE, start_activity_log, stop_activity_log
from ctdc_desktop.core.activity import logged_step
from ctdc_desktop.core.progress import Cancelled
from ctdc_desktop.core.user_error import UserError


def text_of(folder: Path) -> str:
    return "".join(path.read_text(encoding="utf-8") for path in folder.glob(LOG_FILE + "*"))


def test_the_log_rotates_into_at_most_the_given_number_of_files(tmp_path: Path) -> None:
    assert start_activity_log("test", tmp_path, max_bytes=2_000, backups=3) == tmp_path / LOG_FILE
    for number in range(200):
        with logged_step("recoding", rows=number):
            pass
    stop_activity_log()
    names = sorted(path.name for path in tmp_path.iterdir())
    assert names == [LOG_FILE, f"{LOG_FILE}.1", f"{LOG_FILE}.2", f"{LOG_FILE}.3"]
    assert all((tmp_path / name).stat().st_size <= 2_000 for name in names)
    assert "rows=199" in (tmp_path / LOG_FILE).read_text(encoding="utf-8")  # the newest is kept
    assert "rows=0" not in text_of(tmp_path)  # the oldest went


def test_a_count_must_be_a_number(tmp_path: Path) -> None:
    start_activity_log("test", tmp_path)
    with pytest.raises(TypeError, match="numbers only"), logged_step("stage one", column="prs_FirstName"):
        pass
    with logged_step("stage one") as logged, pytest.raises(TypeError):
        logged.count(value="Maria")
    stop_activity_log()
    assert "prs_FirstName" not in text_of(tmp_path) and "Maria" not in text_of(tmp_path)


def test_failures_are_logged_by_class_and_cancellations_as_such(tmp_path: Path) -> None:
    start_activity_log("test", tmp_path)
    with pytest.raises(UserError), logged_step("recoding"):
        raise UserError('column prs_Gender, value "Zorblax": map it in the recipe')
    with pytest.raises(Cancelled), logged_step("synthesis"):
        raise Cancelled()
    stop_activity_log()
    logged = text_of(tmp_path)
    assert "recoding: failed (UserError)" in logged and "Zorblax" not in logged
    assert "synthesis: cancelled after" in logged


def test_only_the_activity_logger_reaches_the_file(tmp_path: Path) -> None:
    start_activity_log("test", tmp_path)
    logging.getLogger("openpyxl").warning("cell A7 holds Qanaryvictimname")
    logging.getLogger().error("root: Qanaryvictimname")
    with logged_step("reading the export"):
        pass
    stop_activity_log()
    logged = text_of(tmp_path)
    assert "reading the export: finished" in logged
    assert "Qanaryvictimname" not in logged


def test_a_folder_that_cannot_be_made_leaves_the_program_without_a_log(tmp_path: Path) -> None:
    blocker = tmp_path / "a file"
    blocker.write_text("")
    assert start_activity_log("test", blocker / "logs") is None
    with logged_step("recoding"):  # still works, logging nowhere
        pass
