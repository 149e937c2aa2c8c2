"""The user's application-data folder (where the privacy budget ledger lives), the same for the window and the CLI."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths

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
