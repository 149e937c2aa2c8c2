"""Counting Stage one's detection: `detect_identifiers` wrapped wherever the program imported it."""

from __future__ import annotations

import sys
from collections import Counter
from typing import Any

import pandas as pd
import pytest

from ctdc_desktop.core.identifiers.detect_identifiers import detect_identifiers


def count_detections(monkeypatch: pytest.MonkeyPatch) -> Counter[tuple[str, ...]]:
    """Calls of `detect_identifiers` from now on, by the columns of the table each one looked at."""
    calls: Counter[tuple[str, ...]] = Counter()

    def counted(table: pd.DataFrame, *args: Any, **kwargs: Any) -> Any:
        calls[tuple(str(c) for c in table.columns)] += 1
        return detect_identifiers(table, *args, **kwargs)

    ours = [module for name, module in sys.modules.items() if name.startswith("ctdc_desktop")]
    for module in ours:
        if getattr(module, "detect_identifiers", None) is detect_identifiers:
            monkeypatch.setattr(module, "detect_identifiers", counted)
    return calls
