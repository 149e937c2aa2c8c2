"""The steps of the workflow, in order. Their keys name each step's decisions in the project file: never rename one."""

from __future__ import annotations

STEP_KEYS = ("load", "identifiers", "recode", "synthesize", "export")


def later_steps(key: str) -> tuple[str, ...]:
    """The steps after `key`: their results are out of date once `key`'s decisions or result change."""
    return STEP_KEYS[STEP_KEYS.index(key) + 1 :]
