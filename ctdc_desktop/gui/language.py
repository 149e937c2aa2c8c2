"""The window's language: English, French or Spanish, from the user's choice or else the system's.

The catalogues are `resources/translations/ctdc_<code>.qm`, built from the `.ts` sources under `translations/` by
`scripts/build_translations.py`; Qt's own catalogue (`qtbase_<code>`) translates the standard dialogs' buttons.
A change of language applies from the next start: the pages build their text once, as most desktop apps do.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import PySide6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ctdc_desktop.core.number_format import NumberStyle, use_number_style
from ctdc_desktop.core.translation import use_translations
from ctdc_desktop.gui import settings
from ctdc_desktop.resources import resource_path

ENGLISH = "en"
# Each language's own name for itself in the Language menu, with its key (Alt+L, then E, F or P; "S" is the system
# language's).
MENU_NAMES: dict[str, str] = {"en": "&English", "fr": "&Français", "es": "Es&pañol"}
LANGUAGES: tuple[str, ...] = tuple(MENU_NAMES)  # the codes of the languages the app speaks

# Kept alive here: Qt holds installed translators by pointer only.
_installed: list[QTranslator] = []
_current = ENGLISH


# Texts of Qt's own file dialog that Qt 6.11 writes with a new keyboard key ("&Look in:", "Files of &type:") and that
# its catalogues (qtbase_fr.qm, qtbase_es.qm) do not have yet: ours translate them, under Qt's context.
QT_TEXTS_MISSING_FROM_QTBASE = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)


def qt_catalogue_folders() -> list[str]:
    """Where Qt's own catalogues (qtbase_<code>.qm) are: where Qt says, else PySide6's own folder (a frozen copy
    whose Qt was told another prefix)."""
    folders = [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)]
    folders.append(str(Path(PySide6.__file__).resolve().parent / "Qt" / "translations"))
    return list(dict.fromkeys(folders))


def catalogue_path(code: str) -> str:
    return str(resource_path("translations", f"ctdc_{code}.qm"))


def system_language(ui_languages: Sequence[str] | None = None) -> str:
    """The first of the system's preferred languages that the app speaks ("fr-CA" → "fr"), else English."""
    for name in ui_languages if ui_languages is not None else QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return ENGLISH


def chosen_language() -> str:
    """The language set in the Language menu, or the system's when none is set (or the setting is unknown)."""
    code = settings.LANGUAGE.read()
    return code if code in LANGUAGES else system_language()


def install_language(code: str) -> bool:
    """Translate the window (and core's text) into `code` from now on; False when its catalogue is missing."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_language needs a running application")
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    global _current
    use_translations(None)
    use_number_style(None)
    _current = ENGLISH
    QLocale.setDefault(QLocale(code))
    ours = QTranslator()
    if not ours.load(catalogue_path(code)):
        # English reads well without its catalogue, which holds only its plural forms ("1 column", "2 columns").
        return code == ENGLISH
    if code != ENGLISH:
        qt_own = QTranslator()  # Qt's standard dialogs: their buttons, the file dialog's labels
        if any(qt_own.load(f"qtbase_{code}", folder) for folder in qt_catalogue_folders()):
            _installed.append(qt_own)  # installed before ours: ours is asked first (QT_TEXTS_MISSING_FROM_QTBASE)
        use_number_style(number_style_of(code))
    _installed.append(ours)
    for translator in _installed:
        app.installTranslator(translator)
    use_translations(QCoreApplication.translate)
    _current = code
    return True


def current_language() -> str:
    """The language installed now (English when a catalogue could not be loaded)."""
    return _current


def number_style_of(code: str) -> NumberStyle:
    """How `code` writes numbers, from Qt's locale data (French: narrow no-break spaces between thousands)."""
    locale = QLocale(code)
    # Both languages put a no-break space before the percent sign; Spanish groups from five digits (CLDR).
    return NumberStyle(
        group=locale.groupSeparator(),
        decimal=locale.decimalPoint(),
        percent="\u00a0" + locale.percent(),
        min_grouping_digits=2 if code == "es" else 1,
    )
