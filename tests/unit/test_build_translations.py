"""scripts/build_translations.py `update` on a small project in a temporary folder (never the real translations/).

A module renamed, or a text moved to another module, keeps its French and Spanish translations (plural forms too);
only a text new to every .ts of the language is left to translate. The files follow the code's order whatever order
they had before, and a second `update` (or an `update` after `fill`) changes no byte. Runs the lupdate the script
runs (PySide6's), on two or three tiny modules.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

from tests.unit.test_translations import _script

HEADER = "from ctdc_desktop.core.translation import translate\n\n\n"

PAGE = (
    HEADER
    + """class Page:
    def texts(self, n: int) -> list[str]:
        return [
            self.tr("Open a file"),
            self.tr("%n rows", "", n),
            self.tr("It's done: {0}"),
            translate("Report", "—", "a figure that cannot be computed"),
            translate("Alpha", "Comes first in the file"),
        ]
"""
)

FILLED = {
    "fr": [
        {"context": "Page", "source": "Open a file", "translation": "Ouvrir un fichier"},
        {"context": "Page", "source": "%n rows", "translation": ["%n ligne", "%n lignes"]},
        {"context": "Page", "source": "It's done: {0}", "translation": "C'est fait\u00a0: {0}"},
        {"context": "Report", "source": "—", "translation": "n.\u00a0d."},
        {"context": "Alpha", "source": "Comes first in the file", "translation": "Vient en premier"},
    ],
    "es": [
        {"context": "Page", "source": "Open a file", "translation": "Abrir un archivo"},
        {"context": "Page", "source": "%n rows", "translation": ["%n fila", "%n filas"]},
        {"context": "Page", "source": "It's done: {0}", "translation": "Hecho: {0}"},
        {"context": "Report", "source": "—", "translation": "n. d."},
        {"context": "Alpha", "source": "Comes first in the file", "translation": "Viene primero"},
    ],
    "en": [{"context": "Page", "source": "%n rows", "translation": ["%n row", "%n rows"]}],
}


def _project(tmp_path: Path) -> tuple[Any, Path, Path]:
    """The script, a package folder with the page module, and the translations folder (empty)."""
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "old_page.py").write_text(PAGE, encoding="utf-8")
    return _script(), tmp_path / "translations", package


def _translated(script: Any, folder: Path, tmp_path: Path, modules: list[Path]) -> None:
    """`update`, then every text translated with `fill`, as a translator does."""
    script.update_sources(modules, folder, tmp_path)
    for lang, entries in FILLED.items():
        assert script.fill(lang, entries, folder, tmp_path) == len(entries)
    assert all(m.finished for lang in FILLED for m in script.messages(lang, folder))


def _held(script: Any, folder: Path, lang: str) -> dict[tuple[str, str], tuple[tuple[str, ...], bool]]:
    return {(m.context, m.source): (m.translations, m.finished) for m in script.messages(lang, folder)}


def _files(folder: Path) -> dict[str, bytes]:
    return {str(path.relative_to(folder)): path.read_bytes() for path in sorted(folder.rglob("*.ts"))}


def test_a_renamed_module_and_a_moved_text_keep_their_translations(tmp_path: Path) -> None:
    script, folder, package = _project(tmp_path)
    _translated(script, folder, tmp_path, [package / "old_page.py"])
    before = {lang: _held(script, folder, lang) for lang in FILLED}

    # The module is renamed, its Report text moves to another module, and one text is new.
    (package / "old_page.py").unlink()
    moved = 'translate("Report", "—", "a figure that cannot be computed"),'
    renamed = PAGE.replace(moved, 'self.tr("A new text"),')
    (package / "new_page.py").write_text(renamed, encoding="utf-8")
    (package / "report.py").write_text(HEADER + f"FIGURE = [{moved}]\n", encoding="utf-8")
    written = script.update_sources([package / "new_page.py", package / "report.py"], folder, tmp_path)

    assert sorted(_files(folder)) == [
        f"{lang}/pkg.{name}.ts"
        for lang in ("en", "es", "fr")
        for name in ("new_page", "report")
        if lang != "en" or name == "new_page"
    ]
    assert {lang: (w.carried, w.untranslated) for lang, w in written.items()} == {
        "en": (1, 0),
        "fr": (5, 1),
        "es": (5, 1),
    }
    for lang in FILLED:
        after = _held(script, folder, lang)
        new = after.pop(("Page", "A new text"), None)
        assert after == before[lang], f"{lang}: a translation was lost or changed"
        assert lang == "en" or new == (("",), False)  # the one new text waits for its translator
    page = {m.source: m for m in script.messages("fr", folder) if m.file.name == "pkg.new_page.ts"}
    assert page["%n rows"].translations == ("%n ligne", "%n lignes") and page["%n rows"].finished
    report = [m for m in script.messages("es", folder) if m.file.name == "pkg.report.ts"]
    assert [(m.context, m.source, m.translations, m.finished) for m in report] == [("Report", "—", ("n. d.",), True)]


def test_update_writes_the_code_order_and_a_second_update_changes_nothing(tmp_path: Path) -> None:
    script, folder, package = _project(tmp_path)
    module = package / "old_page.py"
    _translated(script, folder, tmp_path, [module])
    written = _files(folder)

    # What lupdate writes for a new file of this module: contexts by name, each context's texts in the code's order.
    in_code_order = [
        ("Alpha", "Comes first in the file"),
        ("Page", "Open a file"),
        ("Page", "%n rows"),
        ("Page", "It's done: {0}"),
        ("Report", "—"),
    ]
    assert [(m.context, m.source) for m in script.messages("fr", folder)] == in_code_order
    assert script.update_sources([module], folder, tmp_path)["fr"].carried == 0
    assert _files(folder) == written, "a second update changed the files"

    # A file in another order and layout (merged by hand, written by the older fill): lupdate alone would keep its
    # order; update writes it back as it was, byte for byte.
    target = folder / "fr" / "pkg.old_page.ts"
    tree = ET.parse(target)
    contexts = tree.getroot().findall("context")
    for context in contexts:
        tree.getroot().remove(context)
        messages = context.findall("message")
        for message in messages:
            context.remove(message)
        context.extend(reversed(messages))
    tree.getroot().extend(reversed(contexts))
    ET.indent(tree, space="    ", level=1)
    tree.write(target, encoding="utf-8", xml_declaration=True)
    assert [(m.context, m.source) for m in script.messages("fr", folder)] == in_code_order[::-1]
    script.update_sources([module], folder, tmp_path)
    assert _files(folder) == written

    # fill writes a file as update does: the next update has nothing to change either.
    assert script.fill("es", [{"context": "Page", "source": "Open a file", "translation": "Abrir"}], folder, tmp_path)
    filled = _files(folder)
    assert filled != written
    script.update_sources([module], folder, tmp_path)
    assert _files(folder) == filled
