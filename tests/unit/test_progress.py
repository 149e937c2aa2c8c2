import pytest

from ctdc_desktop.core.progress import Cancelled, RecordingProgress, check_cancelled


def test_recording_progress_cancels_after_n_reports() -> None:
    progress = RecordingProgress(cancel_after=2)
    progress.report(1, 10, "a")
    check_cancelled(progress)
    progress.report(2, 10, "b")
    with pytest.raises(Cancelled):
        check_cancelled(progress)
    assert progress.reports == [(1, 10, "a"), (2, 10, "b")]
