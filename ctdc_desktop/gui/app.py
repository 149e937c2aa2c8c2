"""Starting the window (placeholder until the main window lands)."""

from __future__ import annotations


def run_gui(demo: bool = False) -> int:
    raise SystemExit("the window is not available yet")
