"""Starting the window: the Qt application, its names for QSettings, and the demo on the sample export."""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication

from ctdc_desktop import __version__, app_folders
from ctdc_desktop.activity_log import start_activity_log
from ctdc_desktop.core.load.decisions import SourceFile, SourceRole
from ctdc_desktop.core.translation import translate
from ctdc_desktop.gui import app_data, language
from ctdc_desktop.gui.dialogs import app_icon, report_unexpected_errors_to
from ctdc_desktop.gui.focus_ring import FocusRingStyle
from ctdc_desktop.gui.linux_libraries import missing_libraries_message
from ctdc_desktop.resources import sample_export_path


def application() -> QApplication:
    """The one QApplication, created with the names QSettings files the user's settings under."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(sys.argv[:1])
    app.setOrganizationName(app_folders.ORGANIZATION)
    app.setApplicationName(app_folders.APPLICATION)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(app_icon())
    app.setStyle(FocusRingStyle())
    language.install_language(language.chosen_language())
    return app


def sample_sources() -> list[SourceFile]:
    """The bundled fake export, victims then perpetrators, as `--demo` and the screenshots open it."""
    sample = sample_export_path()
    return [
        SourceFile(sample, SourceRole.VICTIMS, "Victims"),
        SourceFile(sample, SourceRole.PERPETRATORS, "Perpetrators"),
    ]


def no_display_message() -> str | None:
    """Why the window cannot open here (a Linux session without a display), or None when it can."""
    if sys.platform in ("win32", "darwin") or os.environ.get("QT_QPA_PLATFORM"):
        return None
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    return (
        "ctdc-desktop: there is no display to open the window on (for example over SSH). "
        "Run it on a desktop, or use the commands: ctdc-desktop --help"
    )


def run_gui(demo: bool = False, project: Path | None = None) -> int:
    """Open the window (with the sample export when `demo`, or the project file `project`) until it is closed."""
    problem = no_display_message() or missing_libraries_message()
    if problem is not None:
        # Qt would abort with a long platform-plugin error instead.
        print(problem, file=sys.stderr)
        return 2
    # Before the application reads its first setting (the language); the self-test and the screenshots, which
    # also make an application, never touch the user's settings.
    app_data.keep_settings_in_app_data()
    app = application()
    start_activity_log("window")
    from ctdc_desktop.gui.main_window import MainWindow

    window = MainWindow()
    report_unexpected_errors_to(window)
    window.show()
    if demo:
        if sample_export_path().is_file():
            window.open_sources(sample_sources())
        else:
            window.tell(
                translate("MainWindow", "The sample export is missing from this installation: {0}").format(
                    sample_export_path()
                )
            )
    if project is not None:
        window.open_file(project)
    # Ctrl+C in the terminal the window was started from ends it at once, as it does any program, instead of a
    # Python traceback at the next event (every file the app writes is written whole or not at all).
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    code = app.exec()
    # A load still running when the window closed must finish before Python tears Qt down under it.
    QThreadPool.globalInstance().waitForDone()
    return code
