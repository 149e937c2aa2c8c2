"""GUI test set-up: every test gets its own empty QSettings, so no test reads the user's (or another test's)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QThreadPool
from PySide6.QtWidgets import QApplication

from ctdc_desktop.gui.load_page import LoadPage


@pytest.fixture(autouse=True)
def closing_never_asks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Closing a window with unsaved choices asks a modal question; in tests it closes without saving, so a
    window closed at teardown never blocks. Tests of that question replace this answer."""
    from ctdc_desktop.gui import dialogs

    monkeypatch.setattr(dialogs, "ask_to_save_changes", lambda parent, project: False)


@pytest.fixture(autouse=True)
def isolated_settings(qapp: QApplication, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    folder = tmp_path_factory.mktemp("settings")
    names = (QCoreApplication.organizationName(), QCoreApplication.applicationName())
    old_format = QSettings.defaultFormat()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.SystemScope, str(folder / "system"))
    QCoreApplication.setOrganizationName("CTDC tests")
    QCoreApplication.setApplicationName("CTDC Desktop tests")
    yield folder
    QCoreApplication.setOrganizationName(names[0])
    QCoreApplication.setApplicationName(names[1])
    QSettings.setDefaultFormat(old_format)


@pytest.fixture(autouse=True)
def isolated_app_data(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Pages find the privacy ledger in the application-data folder: in tests, a fresh folder, never the user's."""
    from ctdc_desktop import app_folders

    folder = tmp_path_factory.mktemp("appdata")
    monkeypatch.setattr(app_folders, "app_data_folder", lambda: folder)
    return folder


@pytest.fixture(autouse=True, scope="session")
def english_as_the_window_starts(qapp: QApplication) -> None:
    """The window installs its language's catalogue when it starts, English too (for its plural forms): so do the
    tests, whatever test ran first."""
    from ctdc_desktop.gui import language

    language.install_language(language.ENGLISH)


@pytest.fixture
def load_page(qtbot: Any) -> Iterator[LoadPage]:
    """A shown Load page at a laptop's window size; its reading threads are finished before the next test."""
    page = LoadPage()
    qtbot.addWidget(page)
    page.resize(1100, 750)
    page.show()
    yield page
    page.shutdown()
    QThreadPool.globalInstance().waitForDone()
