"""The window's settings kept in the user's application-data folder (ctdc_desktop/app_folders.py, which the commands
use too without Qt)."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from ctdc_desktop import app_folders


def keep_settings_in_app_data() -> None:
    """Settings go in an INI file in the application-data folder, beside the ledger and the logs, on every system
    (not the Windows registry): one folder to back up, move or delete with the user's profile."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(app_folders.app_data_folder() / "settings")
    )
