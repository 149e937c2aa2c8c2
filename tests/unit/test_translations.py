"""The French and Spanish catalogues: complete, up to date with the code, and safe to format.

A translation that drops or renames a placeholder would make `.format()` raise in the middle of a page; a text added
to the code without a translation would show in English. `scripts/build_translations.py check` says the same in words.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "build_translations.py"


def _script() -> ModuleType:
    if "build_translations" not in sys.modules:
        spec = importlib.util.spec_from_file_location("build_translations", SCRIPT)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules["build_translations"] = module
        spec.loader.exec_module(module)
    return sys.modules["build_translations"]


def catalogue_messages(lang: str) -> list[Any]:
    return list(_script().messages(lang))


def test_every_text_in_the_code_is_in_the_catalogues() -> None:
    assert _script().stale_sources() == []


def test_the_compiled_catalogues_are_built_from_the_sources() -> None:
    assert _script().stale_catalogues() == []


@pytest.mark.parametrize("lang", ["en", "fr", "es"])  # English: its plural forms only
def test_every_text_is_translated(lang: str) -> None:
    left = [(m.file.name, m.context, m.source) for m in catalogue_messages(lang) if not m.finished]
    assert left == [], f"{len(left)} texts have no {lang} translation yet"


@pytest.mark.parametrize("lang", ["en", "fr", "es"])
def test_translations_keep_every_placeholder_and_tag(lang: str) -> None:
    assert _script().placeholder_problems(lang) == []


def test_a_dropped_placeholder_is_caught() -> None:
    script = _script()
    message = script.Message(Path("x.ts"), "Ctx", "{0} records in “{name}”", ("{0} enregistrements",), False, True)
    assert script.message_problems(message) != []
    fine = script.Message(Path("x.ts"), "Ctx", "{0} records in “{name}”", ("{0} dans « {name} »",), False, True)
    assert script.message_problems(fine) == []
