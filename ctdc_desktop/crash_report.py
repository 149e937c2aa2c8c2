"""A report of an unexpected error (a bug) for the support team, safe to send: it names places, never data."""

from __future__ import annotations

import os
import tempfile
import traceback
from pathlib import Path

from ctdc_desktop import __version__


def write_crash_report(error: BaseException) -> str:
    """Write where in the program `error` happened to the user's private temp folder; return the file's path.

    Only the exception type and the stack (file name, line, function) are written: an exception's message, or the
    local state a full traceback can show, may quote a cell of the export, and nothing identifying may leave memory.
    """
    frames = traceback.extract_tb(error.__traceback__)
    lines = [f"ctdc-desktop {__version__}: {type(error).__name__}\n"]
    lines += [f"  {Path(frame.filename).name}:{frame.lineno} in {frame.name}\n" for frame in frames]
    handle, path = tempfile.mkstemp(prefix="ctdc-desktop-crash-", suffix=".txt")  # created readable by the user only
    with os.fdopen(handle, "w", encoding="utf-8") as report:
        report.writelines(lines)
    return path
