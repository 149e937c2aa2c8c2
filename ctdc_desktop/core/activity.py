"""What the program did, for the activity log: when each step started and ended (finished, failed or cancelled), how
long it took, and counts. Never a value from the data, a file's name or content, nor an error's message.

Steps write to the `ctdc_desktop.activity` logger only; `ctdc_desktop.activity_log` sends it to a rotating file in the
user's application-data folder (without that, the records go nowhere). Why so little: a support person may ask for
the log, and a name, a phone number or a case ID in it could put a survivor in danger. An error's message may quote
a cell (a `UserError` names the value it refused), so a failure is logged by the error's class name alone.
"""

from __future__ import annotations

import logging
import numbers
import time
from collections.abc import Iterator
from contextlib import contextmanager

from ctdc_desktop.core.progress import Cancelled

ACTIVITY_LOGGER = "ctdc_desktop.activity"

log = logging.getLogger(ACTIVITY_LOGGER)
# Until the program sends the log to its file, the records go nowhere (not to Python's last-resort printing on stderr).
log.addHandler(logging.NullHandler())


class StepCounts:
    """The counts a step reports to the log (rows read, records made, files written): numbers only."""

    def __init__(self) -> None:
        self.counts: dict[str, int | float] = {}

    def count(self, **counts: object) -> None:
        """Add counts. A value that is not a number is refused, so that no text from the data can slip in."""
        for key, value in counts.items():
            if isinstance(value, bool) or not isinstance(value, numbers.Real):
                raise TypeError(f"the activity log takes numbers only; {key} is a {type(value).__name__}")
            self.counts[key] = int(value) if isinstance(value, numbers.Integral) else float(value)

    def __str__(self) -> str:
        return "".join(
            f", {key}={value:,}" if isinstance(value, int) else f", {key}={value:g}"
            for key, value in self.counts.items()
        )


@contextmanager
def logged_step(name: str, **counts: object) -> Iterator[StepCounts]:
    """Log `name` started, then finished (with its time and counts), cancelled, or failed (the error's class name).

    `name` is a fixed text from the code ("recoding"), never built from the data.
    """
    step = StepCounts()
    step.count(**counts)
    log.info("%s: started%s", name, step)
    start = time.perf_counter()
    try:
        yield step
    except (Cancelled, KeyboardInterrupt):
        log.info("%s: cancelled after %.1f s", name, time.perf_counter() - start)
        raise
    except BaseException as error:
        log.warning("%s: failed (%s) after %.1f s", name, type(error).__name__, time.perf_counter() - start)
        raise
    log.info("%s: finished in %.1f s%s", name, time.perf_counter() - start, step)
