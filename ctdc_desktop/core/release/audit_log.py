"""The audit log of a release: one JSON line per step taken, each carrying the hash of the line before it.

A line says what was done, when, and how many rows and columns it touched, never a value from the data. Chaining the
lines by hash (as a transparency log does) makes a line removed, reordered or edited later show up: the next line's
``previous`` no longer matches. The first line's ``previous`` is the hash of nothing (64 zeros).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence

from ctdc_desktop.core.audit_step import AuditStep
from ctdc_desktop.core.translation import translate

FIRST_PREVIOUS = "0" * 64


def audit_log_text(steps: Sequence[AuditStep]) -> str:
    """The log as JSON lines, each with its number and the SHA-256 of the previous line (its exact UTF-8 text)."""
    lines = []
    previous = FIRST_PREVIOUS
    for number, step in enumerate(steps, start=1):
        line = json.dumps({"step": number, **step.to_dict(), "previous": previous}, ensure_ascii=False)
        lines.append(line)
        previous = hashlib.sha256(line.encode("utf-8")).hexdigest()
    return "".join(line + "\n" for line in lines)


def verify_audit_log(text: str) -> list[str]:
    """Problems with the chain of `text` (empty when every line carries the hash of the one before)."""
    problems = []
    previous = FIRST_PREVIOUS
    for number, line in enumerate(text.splitlines(), start=1):
        try:
            entry = json.loads(line)
        except json.JSONDecodeError:
            problems.append(translate("CheckBundle", "line {0} is not JSON").format(number))
            break
        if entry.get("previous") != previous:
            problems.append(
                translate("CheckBundle", "line {0} does not carry the hash of line {1}").format(number, number - 1)
            )
        previous = hashlib.sha256(line.encode("utf-8")).hexdigest()
    return problems
