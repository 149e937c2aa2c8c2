"""`ctdc-desktop screenshots OUT_DIR`: one PNG of every page of the window, on the sample export.

For the README, the user guide and reviews: each page is shown in a meaningful state (the Load page with the
sample's victims and perpetrators loaded and linked, the later pages once they have finished what that started).
It runs without a display, and without touching the user's settings or recent files.

`--language fr` shows the window in French; `--scale 2` renders it as a 1366×768 laptop at 200 % scaling shows it
(683×384 logical pixels, saved at 1366×768), to check that nothing is cut off on a small screen.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ctdc_desktop.gui.main_window import MainWindow

WIDTH, HEIGHT = 1280, 800
# A 1366×768 laptop at 200 %: Qt lays the window out in half as many (logical) pixels and draws each twice as large.
SCALED_SCREEN = (1366, 768)
LANGUAGES = ("en", "fr", "es")
SCALES = (1, 2)
DEFAULT_TIMEOUT_S = 180.0
IDLE_GIVE_UP_S = 10.0  # not loading and not done for this long: the load failed


class ScreenshotError(Exception):
    """Why the screenshots could not be made, in words for the person who ran the command."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("out_dir", type=Path, metavar="OUT_DIR", help="folder for the PNG files (created if missing)")
    parser.add_argument(
        "--timeout",
        type=float,
        default=DEFAULT_TIMEOUT_S,
        metavar="SECONDS",
        help=f"give up if the sample export takes longer than this to load (default {DEFAULT_TIMEOUT_S:.0f})",
    )
    parser.add_argument(
        "--language", choices=LANGUAGES, default="en", help="the window's language in the pictures (default en)"
    )
    parser.add_argument(
        "--scale",
        type=int,
        choices=SCALES,
        default=1,
        help="2: render as a 1366×768 screen at 200 %% scaling shows the window (default 1: 1280×800 at 100 %%)",
    )


def run(args: argparse.Namespace) -> int:
    try:
        written = save_screenshots(
            args.out_dir,
            timeout_s=args.timeout,
            language=getattr(args, "language", "en"),
            scale=getattr(args, "scale", 1),
        )
    except ScreenshotError as error:
        print(f"ctdc-desktop screenshots: {error}", file=sys.stderr)
        return 1
    for path in written:
        print(path)
    return 0


def save_screenshots(
    out_dir: Path, timeout_s: float = DEFAULT_TIMEOUT_S, language: str = "en", scale: int = 1
) -> list[Path]:
    """Render every page at 1280×800 (at `scale` 2: 683×384, saved at 1366×768) in `language` and save
    `01-load.png`, `02-identifiers.png`, …; return the files written.

    A window that cannot shrink to that size is drawn at its minimum size, and stderr says so."""
    _use_offscreen_without_display()
    _use_scale(scale)
    # Imported here: Qt must see QT_QPA_PLATFORM before the first Qt import creates the platform.
    from PySide6.QtCore import QSettings, Qt, QThreadPool

    from ctdc_desktop.core.steps import STEP_KEYS
    from ctdc_desktop.gui import language as languages
    from ctdc_desktop.gui.app import application, sample_sources
    from ctdc_desktop.gui.main_window import MainWindow
    from ctdc_desktop.resources import sample_export_path

    if not sample_export_path().is_file():
        raise ScreenshotError(f"the sample export is missing: {sample_export_path()}. Reinstall CTDC Desktop.")
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise ScreenshotError(f"cannot create the folder {out_dir}: {error.strerror or error}.") from error

    app = application()
    if abs(app.devicePixelRatio() - scale) > 0.01:
        raise ScreenshotError(
            f"the window is drawn at {app.devicePixelRatio():g}× here, not {scale}×: "
            "run the command on its own (QT_SCALE_FACTOR must be set before the window system starts)."
        )
    kept_name, kept_format = app.applicationName(), QSettings.defaultFormat()
    kept_language = languages.current_language()
    if not languages.install_language(language):
        raise ScreenshotError(f"the {language} catalogue is missing. Reinstall CTDC Desktop.")
    with tempfile.TemporaryDirectory(prefix="ctdc-screenshots-") as settings_dir:
        # Fresh settings: the pictures must not show (or change) this user's recent files, folders or window size.
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings_dir)
        app.setApplicationName("CTDC Desktop screenshots")

        window = MainWindow()
        window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)  # renders on a desktop without flashing
        width, height = (WIDTH, HEIGHT) if scale == 1 else (SCALED_SCREEN[0] // scale, SCALED_SCREEN[1] // scale)
        window.resize(width, height)
        window.show()
        try:
            window.open_sources(sample_sources())
            _wait_for_load(window, timeout_s)
            _wait_for_pages(window, timeout_s)
            written = []
            with tempfile.TemporaryDirectory(prefix="ctdc-screenshots-release-") as release_dir:
                for number, key in enumerate(STEP_KEYS, start=1):
                    window.show_step(number - 1, even_if_closed=True)
                    _before_picture(window, key, Path(release_dir), timeout_s)
                    _settle()
                    _say_if_too_big(window, key, width, height)
                    path = out_dir / f"{number:02d}-{key}.png"
                    if not window.grab().save(str(path), "PNG"):
                        raise ScreenshotError(f"could not write {path}. Check that the folder is writable.")
                    written.append(path)
                    _after_picture(window, key, timeout_s)
            return written
        finally:
            for page in window.pages:  # no step may still run Python once the window is gone
                shutdown = getattr(page, "shutdown", None)
                if callable(shutdown):
                    shutdown()
            # Not close(): closing asks whether to save the sample's choices, and nobody is there to answer.
            window.hide()
            window.deleteLater()
            QThreadPool.globalInstance().waitForDone()
            _settle()
            app.setApplicationName(kept_name)
            QSettings.setDefaultFormat(kept_format)
            languages.install_language(kept_language)


def _before_picture(window: MainWindow, key: str, release_dir: Path, timeout_s: float) -> None:
    """Walk the step as a user taking the proposals would, so that its picture shows its work, not an empty page."""
    from ctdc_desktop.gui.step_page import StepState

    page: Any = window.pages[STEP_ORDER.index(key)]
    if key == "recode":
        index = page.recipe_box.findData("victim_perpetrator_2022")
        page.recipe_box.setCurrentIndex(index)
        page.recipe_box.activated.emit(index)
        _wait_until(lambda: page.state() is StepState.DONE and not page.is_busy(), timeout_s, "the Recode step")
    elif key == "synthesize":
        _wait_until(page.run_button.isEnabled, timeout_s, "the Synthesize step to be ready")
        page.run_button.click()
        _wait_until(lambda: page.state() is StepState.DONE, timeout_s, "the synthesis")
    elif key == "export":
        page.location_edit.setText(str(release_dir))
        _wait_until(page.has_looked_at_folder, timeout_s, "the Export step to look at the folder")
    elif key == "identifiers":
        _wait_until(lambda: not page.is_busy(), timeout_s, "the Identifiers step to look at every column")


def _after_picture(window: MainWindow, key: str, timeout_s: float) -> None:
    from ctdc_desktop.gui.step_page import StepState

    if key == "identifiers":
        page: Any = window.pages[STEP_ORDER.index(key)]
        page.accept_button.click()
        page.finish_button.click()
        _wait_until(lambda: page.state() is StepState.DONE and not page.is_busy(), timeout_s, "removing identifiers")


STEP_ORDER = ("load", "identifiers", "recode", "synthesize", "export")


def _wait_until(condition: Callable[[], bool], timeout_s: float, what: str) -> None:
    from PySide6.QtCore import QCoreApplication, QEventLoop, QThread

    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise ScreenshotError(f"waited {timeout_s:.0f} s for {what} on the sample export; try a longer --timeout.")
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        QThread.msleep(10)


def _use_scale(scale: int) -> None:
    """Ask Qt to draw at `scale` (it reads QT_SCALE_FACTOR once, when the application starts)."""
    from PySide6.QtCore import QCoreApplication

    if scale != 1 and QCoreApplication.instance() is None:
        os.environ["QT_SCALE_FACTOR"] = str(scale)


def _say_if_too_big(window: MainWindow, key: str, width: int, height: int) -> None:
    """The window is larger than asked when its pages need more room: the picture then shows a window that does
    not fit the screen, so say so."""
    size = window.size()
    if size.width() > width or size.height() > height:
        print(
            f"ctdc-desktop screenshots: the {key} page needs at least {size.width()}×{size.height()}; "
            f"it does not fit {width}×{height}.",
            file=sys.stderr,
        )


def _use_offscreen_without_display() -> None:
    on_desktop_os = sys.platform in ("win32", "darwin")
    has_display = on_desktop_os or bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if not has_display:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _wait_for_load(window: MainWindow, timeout_s: float) -> None:
    """Spin the event loop until the sample is loaded and linked; fail clearly instead of hanging."""
    from PySide6.QtCore import QCoreApplication, QEventLoop, QThread

    from ctdc_desktop.gui.step_page import StepState

    deadline = time.monotonic() + timeout_s
    last_busy = time.monotonic()
    # Busy can drop for a moment between reading a file and checking the link, so wait for the step to be done;
    # idle for a while without being done means the load failed (the page shows why).
    while window.is_loading() or window.load_page.state() is not StepState.DONE:
        now = time.monotonic()
        if window.is_loading():
            last_busy = now
        state = window.load_page.state().value
        if now > deadline:
            raise ScreenshotError(
                f"the sample export did not finish loading within {timeout_s:.0f} s (the Load step says “{state}”). "
                "Try again with a longer --timeout."
            )
        if now - last_busy > IDLE_GIVE_UP_S:
            raise ScreenshotError(f"the sample export did not load (the Load step says “{state}”).")
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        QThread.msleep(10)
    _settle()


def _wait_for_pages(window: MainWindow, timeout_s: float) -> None:
    """Let the later pages finish what the loaded sample started (the Identifiers page looks for identifiers), so
    each picture shows the page's result rather than its progress bar. A page still busy at the deadline is shown
    as it is."""
    from PySide6.QtCore import QCoreApplication, QEventLoop, QThread

    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline and any(_is_busy(page) for page in window.pages[1:]):
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        QThread.msleep(10)
    _settle()


def _is_busy(page: object) -> bool:
    busy = getattr(page, "is_busy", None)
    return bool(busy()) if callable(busy) else False


def _settle() -> None:
    """Let layouts and deferred paints finish before a page is grabbed."""
    from PySide6.QtCore import QCoreApplication

    for _ in range(5):
        QCoreApplication.processEvents()
        QCoreApplication.sendPostedEvents()
