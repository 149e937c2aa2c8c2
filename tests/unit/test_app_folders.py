"""The application-data folder (privacy ledger, activity log, settings) is found without Qt, and is the folder Qt's
AppDataLocation gave the earlier versions, so that a user's ledger is found again after the update."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from ctdc_desktop import app_folders


@pytest.fixture
def qt_names() -> Iterator[None]:
    """Qt's names as the window sets them (gui/app.py), put back afterwards."""
    from PySide6.QtCore import QCoreApplication

    names = (QCoreApplication.organizationName(), QCoreApplication.applicationName())
    QCoreApplication.setOrganizationName(app_folders.ORGANIZATION)
    QCoreApplication.setApplicationName(app_folders.APPLICATION)
    yield
    QCoreApplication.setOrganizationName(names[0])
    QCoreApplication.setApplicationName(names[1])


def _qt_app_data_location() -> Path:
    from PySide6.QtCore import QStandardPaths

    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="a fake home and XDG variables are Linux's")
@pytest.mark.parametrize(
    "xdg_data_home",
    [
        None,  # unset: ~/.local/share
        "",  # empty: the same
        "data",  # relative: not valid under the XDG rules, so both ignore it
        "{home}/elsewhere/share/",  # absolute, with a trailing slash
    ],
)
def test_the_folder_is_qt_s_app_data_location_on_linux(
    xdg_data_home: str | None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qt_names: None
) -> None:
    home = tmp_path / "home"
    monkeypatch.setenv("HOME", str(home))
    if xdg_data_home is None:
        monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    else:
        monkeypatch.setenv("XDG_DATA_HOME", xdg_data_home.format(home=home))
    folder = app_folders.app_data_folder()
    assert folder == _qt_app_data_location()
    assert folder.is_dir() and folder.is_relative_to(home)
    assert folder.parts[-2:] == ("CTDC", "CTDC Desktop")


def test_the_folder_is_qt_s_app_data_location_on_this_system(qt_names: None) -> None:
    # Without a fake home (macOS and Windows ask the system, not the environment): compared, never created.
    folder = app_folders.user_data_root() / app_folders.ORGANIZATION / app_folders.APPLICATION
    assert folder == _qt_app_data_location()


def test_on_macos_xdg_data_home_does_not_move_the_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Qt never read XDG_DATA_HOME on macOS; a command typed in a terminal that sets it must still find the window's
    # ledger, not start a second one.
    monkeypatch.setattr(sys, "platform", "darwin")
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert app_folders.app_data_folder() == tmp_path / "Library" / "Application Support" / "CTDC" / "CTDC Desktop"


@pytest.mark.skipif(sys.platform == "win32", reason="the folder is the Windows profile's, not a fake home's")
def test_the_command_line_finds_the_folder_without_qt(tmp_path: Path) -> None:
    # What a DP `ctdc-desktop run` and the activity log call, in a process where importing Qt fails.
    code = (
        "import sys; sys.modules['PySide6'] = None\n"
        "from ctdc_desktop import activity_log, app_folders, cli\n"
        "print(app_folders.app_data_folder()); print(activity_log.log_folder())\n"
        "assert not [name for name in sys.modules if name.startswith(('ctdc_desktop.gui', 'PySide6.'))]\n"
    )
    env = {"HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "data"), "PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    folder, logs = done.stdout.splitlines()
    assert Path(folder).is_relative_to(tmp_path)
    assert Path(logs) == Path(folder) / "logs"
