"""The activity log: a rotating file in the user's application-data folder (`logs/ctdc-desktop.log`, then `.1` to
`.5`, 1 MB each) that the window and the commands both write, for support to ask for when something went wrong.

It holds what `ctdc_desktop.core.activity` writes (steps started, finished, failed or cancelled, with times and
counts) and nothing else: only the activity logger is sent to the file, so a library's own warning, which may quote
a cell, never lands there. See core/activity.py for what is never logged, and why.
"""

from __future__ import annotations

import logging
import os
import platform
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

from ctdc_desktop import __version__, app_folders
from ctdc_desktop.core.activity import ACTIVITY_LOGGER

LOG_FILE = "ctdc-desktop.log"
MAX_BYTES = 1_000_000
BACKUPS = 5
# Where to write instead of the application-data folder's logs/ (the tests point it at a temporary folder).
FOLDER_VARIABLE = "CTDC_DESKTOP_LOG_FOLDER"

_handler: RotatingFileHandler | None = None


def log_folder() -> Path:
    """`logs/` in the per-user application-data folder, where the privacy ledger also lives."""
    override = os.environ.get(FOLDER_VARIABLE)
    if override:
        return Path(override)
    return app_folders.app_data_folder() / "logs"


def start_activity_log(
    what: str, folder: Path | None = None, max_bytes: int = MAX_BYTES, backups: int = BACKUPS
) -> Path | None:
    """Send the activity log to `folder` (default `log_folder()`) and note the start of `what` ("window", "command
    run"). Once per process; a second call for another folder moves the log there. Returns the log file, or None when
    it cannot be written (a read-only profile): the program then works without a log rather than not at all."""
    global _handler
    try:
        folder = folder or log_folder()
        path = folder / LOG_FILE
        if _handler is None or _handler.baseFilename != os.path.abspath(path):
            folder.mkdir(parents=True, exist_ok=True)
            # Opened now, so that a file that cannot be written is found here (no log) rather than at each record.
            handler = RotatingFileHandler(path, maxBytes=max_bytes, backupCount=backups, encoding="utf-8")
            handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
            stop_activity_log()
            _handler = handler
            logger = logging.getLogger(ACTIVITY_LOGGER)
            logger.addHandler(handler)
            logger.setLevel(logging.INFO)
            logger.propagate = False  # not to the root logger: nothing of ours on a terminal, nothing of theirs here
    except OSError:
        return None
    # The version and system help support; no user name, machine name or path (a path may hold either).
    python = ".".join(map(str, sys.version_info[:3]))
    logging.getLogger(ACTIVITY_LOGGER).info(
        "ctdc-desktop %s (%s, Python %s, %s): %s", __version__, platform.system(), python, _build(), what
    )
    return path


def stop_activity_log() -> None:
    """Close the log file (tests; the program itself leaves it open until it exits)."""
    global _handler
    if _handler is not None:
        logging.getLogger(ACTIVITY_LOGGER).removeHandler(_handler)
        _handler.close()
        _handler = None


def _build() -> str:
    return "installed build" if getattr(sys, "frozen", False) else "from source"
