"""A synthesis judged in three plain sentences, for a caseworker who is not a statistician.

1. Can anyone be picked out of the synthetic records?
2. Are the published numbers close to the real ones?
3. What was left out?

Each sentence has a level (good, check, problem) that the page shows with a colour, a word and an icon. The figures
behind them are the screen-only comparison with the real records (`compare_with_real`); like those figures, a verdict
is shown on the screen only and never written into a release.

The thresholds are ours, chosen so that the default settings on a table of a few thousand victims read "good":
- picked out: k-anonymity guarantees every combination is shared by at least k people (good for k >= 5, check below);
  differential privacy protects by its budget: ε <= 5 good, up to 12 (CTDC's own 2022 release) check, above that a
  problem. A rare real combination that the synthetic data shows as rare too is a problem under either method;
- close: the average error of the counts of at least `RELATIVE_ERROR_MIN_COUNT` people, for single answers
  (what tables of a release mostly show): up to 10 % good, up to 25 % check, more a problem;
- left out: the share of the real records' single answers that no synthetic record holds: up to 5 % good, up to 20 %
  check, more a problem.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from ctdc_desktop.core.evaluate.compare_with_real import RealRecordsComparison
from ctdc_desktop.core.evaluate.count_comparison import RELATIVE_ERROR_MIN_COUNT
from ctdc_desktop.core.number_format import count_text, localized
from ctdc_desktop.core.synth.model import SynthesisResult
from ctdc_desktop.core.translation import translate

GOOD_K = 5
GOOD_EPSILON = 5.0
CHECK_EPSILON = 12.0
GOOD_ERROR, CHECK_ERROR = 0.10, 0.25
GOOD_LEFT_OUT, CHECK_LEFT_OUT = 0.05, 0.20


class Level(Enum):
    GOOD = "good"
    CHECK = "check"
    PROBLEM = "problem"


@dataclass(frozen=True)
class VerdictLine:
    level: Level
    text: str  # one or two plain sentences, translated


@dataclass(frozen=True)
class Verdict:
    picked_out: VerdictLine
    close: VerdictLine
    left_out: VerdictLine

    @property
    def lines(self) -> tuple[VerdictLine, VerdictLine, VerdictLine]:
        return (self.picked_out, self.close, self.left_out)


def judge_synthesis(synthesis: SynthesisResult, screen: RealRecordsComparison) -> Verdict:
    """The three sentences for a synthesis and its comparison with the real records."""
    return Verdict(_picked_out(synthesis, screen), _close(screen, synthesis.privacy is not None), _left_out(screen))


def _picked_out(synthesis: SynthesisResult, screen: RealRecordsComparison) -> VerdictLine:
    leaked = sum(item.risk.leaked_combinations for item in screen.by_length)
    if synthesis.privacy is None:  # k-anonymous
        k = screen.k
        if leaked:
            return VerdictLine(
                Level.PROBLEM,
                translate(
                    "Verdict",
                    "Someone could be picked out: {0} combinations of answers that fewer than {1} real people share "
                    "appear in the synthetic records. Use a larger k.",
                ).format(count_text(leaked), k),
            )
        level = Level.GOOD if k >= GOOD_K else Level.CHECK
        text = translate(
            "Verdict",
            "No one can be picked out: every combination of answers in the synthetic records is shared by at least "
            "{0} real people.",
        ).format(k)
        if level is Level.CHECK:
            text += " " + translate("Verdict", "A group of {0} is small: a k of {1} or more protects better.").format(
                k, GOOD_K
            )
        return VerdictLine(level, text)
    epsilon = synthesis.privacy.epsilon
    if epsilon <= GOOD_EPSILON:
        return VerdictLine(
            Level.GOOD,
            localized(
                translate(
                    "Verdict",
                    "It is hard to pick anyone out: random noise (ε = {0:.3g}) hides whether any one person is in "
                    "the data.",
                )
            ).format(epsilon),
        )
    level = Level.CHECK if epsilon <= CHECK_EPSILON else Level.PROBLEM
    return VerdictLine(
        level,
        localized(
            translate(
                "Verdict",
                "Someone could be picked out more easily than we advise: ε = {0:.3g} adds little noise. A smaller ε "
                "(at most {1:g}) protects better.",
            )
        ).format(epsilon, GOOD_EPSILON),
    )


def _close(screen: RealRecordsComparison, noisy: bool) -> VerdictLine:
    singles = next((item.figures for item in screen.by_length if item.length == 1), None)
    error = None if singles is None else singles.mean_relative_error
    if error is None:
        return VerdictLine(
            Level.CHECK,
            translate(
                "Verdict",
                "Too few records to tell how close the published numbers are: no answer is held by {0} people or more.",
            ).format(RELATIVE_ERROR_MIN_COUNT),
        )
    if error <= GOOD_ERROR:
        template = translate(
            "Verdict", "The published numbers are close to the real ones: they are off by {0:.0%} on average."
        )
        level = Level.GOOD
    elif error <= CHECK_ERROR:
        template = translate(
            "Verdict",
            "The published numbers are roughly right: they are off by {0:.0%} on average. Give them as approximate.",
        )
        level = Level.CHECK
    elif noisy:
        template = translate(
            "Verdict",
            "The published numbers are far from the real ones: they are off by {0:.0%} on average. Use fewer "
            "variables, or a larger ε (which protects less).",
        )
        level = Level.PROBLEM
    else:
        template = translate(
            "Verdict",
            "The published numbers are far from the real ones: they are off by {0:.0%} on average. Use fewer "
            "variables, or group rare answers together in the Recode step.",
        )
        level = Level.PROBLEM
    return VerdictLine(level, localized(template).format(error))


def _left_out(screen: RealRecordsComparison) -> VerdictLine:
    singles = next((item.figures for item in screen.by_length if item.length == 1), None)
    if singles is None or singles.reference_combinations == 0:
        return VerdictLine(Level.GOOD, translate("Verdict", "Nothing was left out."))
    total = singles.reference_combinations
    missing = round(singles.suppressed_share * total)
    longest = screen.by_length[-1]
    combinations = longest.figures.suppressed_share
    if missing == 0:
        text = translate(
            "Verdict", "No answer was left out: every answer in the real records is in the synthetic ones."
        )
        if longest.length > 1 and combinations > 0:
            text += " " + localized(
                translate(
                    "Verdict", "Rare combinations of {0} answers were left out to protect people ({1:.0%} of them)."
                )
            ).format(longest.length, combinations)
        return VerdictLine(Level.GOOD, text)
    share = singles.suppressed_share
    level = Level.GOOD if share <= GOOD_LEFT_OUT else Level.CHECK if share <= CHECK_LEFT_OUT else Level.PROBLEM
    text = translate(
        "Verdict", "{0} of the {1} answers in the real records were left out: too few people gave them."
    ).format(count_text(missing), count_text(total))
    if level is not Level.GOOD:
        text += " " + translate("Verdict", "Group rare answers together in the Recode step to keep them.")
    return VerdictLine(level, text)
