"""Words shown to the user, in the user's language, without core depending on Qt.

Core writes its sentences as `translate("Context", "Sentence with {placeholders}")`. The window installs Qt's own
lookup (`use_translations(QCoreApplication.translate)`), so the same `.qm` catalogues translate core and the pages;
the commands install nothing and speak English. Qt's `lupdate` finds these calls by their name and their string
literals, which is why the text must be a literal (never an f-string) and the values go in with `.format()` after.

Text computed at import time (a module-level table of explanations) is marked with `QT_TRANSLATE_NOOP` so that
`lupdate` still finds it, and translated where it is shown, with the same context.
"""

from __future__ import annotations

from collections.abc import Callable

from ctdc_desktop.core.number_format import localized

Lookup = Callable[[str, str, str | None, int], str]


def _english(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return text


_lookup: Lookup = _english


def use_translations(lookup: Lookup | None) -> None:
    """Translate core's text with `lookup` from now on (None: back to the English source text)."""
    global _lookup
    _lookup = lookup if lookup is not None else _english


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the user's language; `n` chooses a plural form where the text holds `%n`."""
    translated = _lookup(context, text, disambiguation, n)
    # Qt fills %n itself only where a catalogue had the text; the English source needs it filled too.
    if n >= 0 and "%n" in translated:
        translated = translated.replace("%n", str(n))
    return localized(translated)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Mark `text` for the catalogues without translating it yet (translate it with `context` where it is shown)."""
    return text
