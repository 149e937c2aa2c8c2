"""The user's application-data folder (the privacy budget ledger, the activity log, the window's settings), found
without Qt, so that the commands never import the window's package for it.

It is the folder CTDC Desktop has always used, Qt's AppDataLocation for the organisation and application names below
(Qt appends both, on every system), so that a ledger recorded by an earlier version is found again:

- Windows: `%APPDATA%\\CTDC\\CTDC Desktop`, in the *roaming* application-data Known Folder (FOLDERID_RoamingAppData,
  which platformdirs asks Windows for, as Qt does), not the local one.
- macOS: `~/Library/Application Support/CTDC/CTDC Desktop`. Made here rather than by platformdirs, which on macOS lets
  `$XDG_DATA_HOME` move it where Qt never did: a command typed in a terminal with that variable set would keep a
  second privacy ledger apart from the window's (started from the Finder, without it) and under-count the budget.
- Linux and other Unix: `$XDG_DATA_HOME/CTDC/CTDC Desktop` when XDG_DATA_HOME is an absolute path, otherwise
  `~/.local/share/CTDC/CTDC Desktop` (the XDG rule, followed alike by Qt and platformdirs).

platformdirs is given no names: it adds the author only on Windows, where Qt adds the organisation everywhere, so both
names are appended here. tests/unit/test_app_folders.py checks the folder against Qt's on this system.
"""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs

# The window gives Qt the same names (gui/app.py), under which QSettings files the settings.
ORGANIZATION = "CTDC"
APPLICATION = "CTDC Desktop"


def user_data_root() -> Path:
    """The system's per-user application-data folder, which the application's own folder goes in."""
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support"
    return Path(platformdirs.user_data_dir(roaming=True))


def app_data_folder() -> Path:
    """CTDC Desktop's folder in the user's application-data folder, the same for the window and the commands (created
    when missing)."""
    folder = user_data_root() / ORGANIZATION / APPLICATION
    folder.mkdir(parents=True, exist_ok=True)
    return folder
