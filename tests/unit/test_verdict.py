"""The three sentences a caseworker reads first after a synthesis (core.evaluate.verdict): their levels follow the
thresholds the module states, and each says what it judges in plain words."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from ctdc_desktop.core.evaluate.compare_with_real import LengthRisk, RealLengthComparison, RealRecordsComparison
from ctdc_desktop.core.evaluate.count_comparison import CountFigures
from ctdc_desktop.core.evaluate.verdict import Level, judge_synthesis


def _screen(error: float | None, left_out: float, leaked: int = 0, k: int = 10) -> RealRecordsComparison:
    def length(n: int, suppressed: float) -> RealLengthComparison:
        figures = CountFigures(60, 60, 1.0, error, 1.0, suppressed, 0.0)
        return RealLengthComparison(n, figures, LengthRisk(5, leaked if n == 1 else 0, 0.1, 0.2, 0.0, 0.0))

    return RealRecordsComparison(k, 2, 2000, 2000, (length(1, left_out), length(2, 0.3)), ())


def _kanon() -> Any:
    return SimpleNamespace(privacy=None)


def _dp(epsilon: float) -> Any:
    return SimpleNamespace(privacy=SimpleNamespace(epsilon=epsilon, delta=1e-6))


def test_k_anonymity_with_nothing_leaked_and_close_numbers_reads_good() -> None:
    verdict = judge_synthesis(_kanon(), _screen(0.05, 0.0))
    assert [line.level for line in verdict.lines] == [Level.GOOD] * 3
    assert "No one can be picked out" in verdict.picked_out.text and "10 real people" in verdict.picked_out.text
    assert "off by 5%" in verdict.close.text
    assert "No answer was left out" in verdict.left_out.text and "combinations of 2 answers" in verdict.left_out.text


def test_a_small_k_or_a_leaked_rare_combination_is_said() -> None:
    assert judge_synthesis(_kanon(), _screen(0.05, 0.0, k=3)).picked_out.level is Level.CHECK
    leaked = judge_synthesis(_kanon(), _screen(0.05, 0.0, leaked=2)).picked_out
    assert leaked.level is Level.PROBLEM and "Someone could be picked out" in leaked.text


def test_dp_is_judged_by_its_epsilon() -> None:
    assert judge_synthesis(_dp(4.0), _screen(0.05, 0.0)).picked_out.level is Level.GOOD
    assert judge_synthesis(_dp(12.0), _screen(0.05, 0.0)).picked_out.level is Level.CHECK
    assert judge_synthesis(_dp(20.0), _screen(0.05, 0.0)).picked_out.level is Level.PROBLEM


def test_closeness_and_what_was_left_out_have_three_levels() -> None:
    levels = [judge_synthesis(_dp(4.0), _screen(e, 0.0)).close.level for e in (0.1, 0.2, 0.5)]
    assert levels == [Level.GOOD, Level.CHECK, Level.PROBLEM]
    far = judge_synthesis(_dp(4.0), _screen(0.5, 0.0)).close.text
    assert "larger ε" in far and "far from the real ones" in far
    assert "group rare answers" in judge_synthesis(_kanon(), _screen(0.5, 0.0)).close.text
    assert judge_synthesis(_kanon(), _screen(None, 0.0)).close.level is Level.CHECK
    shares = [judge_synthesis(_kanon(), _screen(0.05, s)).left_out for s in (0.05, 0.15, 0.5)]
    assert [line.level for line in shares] == [Level.GOOD, Level.CHECK, Level.PROBLEM]
    assert "3 of the 60 answers" in shares[0].text
