"""`ctdc-desktop --self-test`: checks that an installed copy works, start to finish, on the bundled sample export.

It runs the whole workflow as `ctdc-desktop run SAMPLE --recipe victim_perpetrator_2022 --drop-flagged` would (DP
synthesis, the 2022 recipe's method) into a temporary folder, checks the bundle (`bundle_problems`) and that its
synthetic records follow the codebook (`validate_release`), then builds the window offscreen once to check that every
page can be made. It prints one line, "passed" or "FAILED: why", and exits 0 or 1.

Everything it writes, the privacy budget ledger included, goes to a temporary folder removed afterwards: a self-test
never spends the user's budget, and never touches their settings or recent files.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

EXIT_PASSED = 0
EXIT_FAILED = 1
RECIPE = "victim_perpetrator_2022"
SEED = 2022  # record sampling only (DP noise is never seeded), so that a failure can be looked into again
# The window's languages besides English: Qt's own catalogues for them (its standard dialogs' buttons) must be in the
# build, which leaves Qt's other translations out (installer/ctdc-desktop.spec).
QT_LANGUAGES = ("fr", "es")


class SelfTestFailed(Exception):
    """What the self-test found wrong, in words for whoever installed the program."""


def run_self_test(say: Callable[[str], None] = print) -> int:
    """Run the checks; print one verdict line through `say`; 0 when everything passed, 1 otherwise."""
    # Before the first Qt import: an installed build is checked on machines with no display (and without a window
    # flashing up on those with one).
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    try:
        _check_qt_translations()
        with tempfile.TemporaryDirectory(prefix="ctdc-self-test-") as folder:
            summary = _check_workflow(Path(folder))
            pages = _check_window(Path(folder))
    except SelfTestFailed as failure:
        say(f"ctdc-desktop self-test: FAILED: {failure}")
        return EXIT_FAILED
    except Exception as error:  # any other error is a broken installation too; say which, without a traceback
        say(f"ctdc-desktop self-test: FAILED: unexpected {type(error).__name__}: {error}")
        return EXIT_FAILED
    say(f"ctdc-desktop self-test: passed ({summary}; the window built its {pages} pages).")
    return EXIT_PASSED


def _check_workflow(folder: Path) -> str:
    """The `run` chain on the sample export into `folder`; a short summary of what it made."""
    import pandas as pd

    from ctdc_desktop.core.load.decisions import LoadDecisions, SourceFile, SourceRole
    from ctdc_desktop.core.pipeline.run_workflow import RunDecisions, run_workflow
    from ctdc_desktop.core.recode.recipe import load_recipe
    from ctdc_desktop.core.recode.validate_release import validate_release
    from ctdc_desktop.core.release.bundle import ReleaseDecisions
    from ctdc_desktop.core.release.check_bundle import bundle_problems
    from ctdc_desktop.core.synth.decisions import SynthesisDecisions
    from ctdc_desktop.core.synth.model import DpParams
    from ctdc_desktop.core.user_error import UserError
    from ctdc_desktop.resources import sample_export_path

    sample = sample_export_path()
    if not sample.is_file():
        raise SelfTestFailed(f"the sample export is missing: {sample}. Reinstall CTDC Desktop.")
    recipe, recode = load_recipe(RECIPE)
    out, ledger = folder / "release", folder / "ledger"
    out.mkdir()
    ledger.mkdir()
    decisions = RunDecisions(
        load=LoadDecisions(
            (
                SourceFile(sample, SourceRole.VICTIMS, "Victims"),
                SourceFile(sample, SourceRole.PERPETRATORS, "Perpetrators"),
            ),
            None,
        ),
        recode=recode,
        synthesis=SynthesisDecisions(DpParams(seed=SEED), dataset_name="self-test"),
        release=ReleaseDecisions(location=out),
        propose_for_new_columns=True,
        ledger_folder=ledger,
    )
    try:
        result = run_workflow(decisions)
    except UserError as error:
        raise SelfTestFailed(f"the workflow stopped on the sample export: {error}") from None
    bundle = result.release.folder
    problems = bundle_problems(bundle)
    if problems:
        raise SelfTestFailed(f"the release bundle has {len(problems)} problem(s), the first: {problems[0]}")
    records = pd.read_csv(bundle / "synthetic_data.csv", dtype=str, keep_default_na=False)
    report = validate_release(records.replace("", pd.NA), recipe)
    if not report.valid:
        raise SelfTestFailed(f"the synthetic records do not follow the {RECIPE} codebook: {report.problems[0]}")
    if records.empty:
        raise SelfTestFailed("the synthesis made no records from the sample export")
    return f"{len(records):,} synthetic records, {len(result.release.files)} bundle files, checked and valid"


def _check_qt_translations() -> None:
    from PySide6.QtCore import QLibraryInfo, QTranslator

    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    missing = [code for code in QT_LANGUAGES if not QTranslator().load(f"qtbase_{code}", folder)]
    if missing:
        raise SelfTestFailed(
            f"Qt's own translations for {', '.join(missing)} (qtbase_{missing[0]}.qm) are missing from {folder}: its "
            "standard dialogs would stay in English. Reinstall CTDC Desktop."
        )
    from ctdc_desktop.gui.language import LANGUAGES, catalogue_path

    ours = [code for code in LANGUAGES if not QTranslator().load(catalogue_path(code))]
    if ours:
        raise SelfTestFailed(
            f"the window's translations for {', '.join(ours)} are missing ({catalogue_path(ours[0])}): it would speak "
            "only English. Reinstall CTDC Desktop."
        )


def _check_window(folder: Path) -> int:
    """Build the window offscreen with fresh settings in `folder`; the number of pages it made."""
    from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings, Qt, QThreadPool

    from ctdc_desktop.core.steps import STEP_KEYS
    from ctdc_desktop.gui.app import application

    app = application()
    kept_name, kept_format = app.applicationName(), QSettings.defaultFormat()
    # Fresh settings: the self-test must not read or change this user's recent files, folders or window size.
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder / "settings"))
    app.setApplicationName("CTDC Desktop self-test")
    try:
        from ctdc_desktop.gui.main_window import MainWindow

        window = MainWindow()
        window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
        window.show()
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 100)
        pages = len(window.pages)
        # Not close(): closing may ask whether to save, and nobody is there to answer.
        window.hide()
        window.deleteLater()
        QThreadPool.globalInstance().waitForDone()
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 100)
    finally:
        app.setApplicationName(kept_name)
        QSettings.setDefaultFormat(kept_format)
    if pages != len(STEP_KEYS):
        raise SelfTestFailed(f"the window made {pages} pages instead of {len(STEP_KEYS)}")
    return pages


if __name__ == "__main__":
    sys.exit(run_self_test())
