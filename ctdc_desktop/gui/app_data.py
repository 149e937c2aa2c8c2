"""The user's application-data folder (the privacy budget ledger, the settings, the logs), the same for the window and
the CLI."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths

from ctdc_desktop.gui import settings


def app_data_folder() -> Path:
    """The platform's per-user application-data folder for CTDC Desktop (created when missing).

    Without a running application (the CLI) the window's names are set first, so both find the same folder.
    """
    if QCoreApplication.instance() is None:
        QCoreApplication.setOrganizationName(settings.ORGANIZATION)
        QCoreApplication.setApplicationName(settings.APPLICATION)
    folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def keep_settings_in_app_data() -> None:
    """Settings go in an INI file in the application-data folder, beside the ledger and the logs, on every system
    (not the Windows registry): one folder to back up, move or delete with the user's profile."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(app_data_folder() / "settings"))
