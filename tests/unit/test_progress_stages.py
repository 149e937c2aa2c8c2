"""Several stages shown as one bar: each fills its own slice, the bar never goes backwards, cancel passes through."""

from __future__ import annotations

import pytest

from ctdc_desktop.core.progress import BAR_UNITS, RecordingProgress, stages


def test_stages_fill_their_slices_in_order() -> None:
    outer = RecordingProgress()
    parts = stages(outer, {"count": 3, "sample": 1})
    for done in range(0, 11):
        parts["count"].report(done, 10, "Counting")
    for done in range(0, 5):
        parts["sample"].report(done, 4, "Drawing")
    positions = [done for done, _, _ in outer.reports]
    assert positions == sorted(positions), "the bar went backwards"
    assert outer.reports[10][0] == 750  # the end of "count" is three quarters of the bar
    assert outer.reports[-1][:2] == (BAR_UNITS, BAR_UNITS)


def test_prefix_names_the_stage() -> None:
    outer = RecordingProgress()
    parts = stages(outer, {"synthesis": 4, "evaluation": 1}, prefixes={"evaluation": "Evaluating: "})
    parts["evaluation"].report(1, 2, "counting pairs")
    assert outer.reports == [(900, BAR_UNITS, "Evaluating: counting pairs")]


def test_cancel_reaches_every_stage() -> None:
    outer = RecordingProgress(cancel_after=1)
    parts = stages(outer, {"a": 1, "b": 1})
    assert not parts["b"].cancelled()
    parts["a"].report(1, 2)
    assert parts["b"].cancelled()


def test_weights_must_add_up_to_something() -> None:
    with pytest.raises(ValueError):
        stages(RecordingProgress(), {"a": 0})
