"""Build and check the French and Spanish catalogues of CTDC Desktop.

The sources are `translations/<lang>/<module>.ts`, one per Python module that holds translatable text, so that the
catalogue of a page changes only with that page. Qt's `lupdate` writes them from the code, `lrelease` compiles all
of a language's sources into `resources/translations/ctdc_<lang>.qm`, which the app loads (gui/language.py).

    uv run python scripts/build_translations.py update     # after changing text in the code: refresh the .ts files
    uv run python scripts/build_translations.py todo fr    # what is left to translate, as JSON to fill in
    uv run python scripts/build_translations.py fill fr done.json   # write filled-in translations into the .ts files
    uv run python scripts/build_translations.py release    # compile the .qm files the app loads
    uv run python scripts/build_translations.py check      # what tests/unit/test_translations.py checks, in words
    uv run python scripts/build_translations.py recipes    # only rewrite shipped_recipe_texts.py (update does it too)

`update` writes every .ts as lupdate writes a new file (contexts by name, each context's messages in the order the
code holds them), whatever order the file had, and keeps every translation: a translation follows its text (context,
source, disambiguation comment) from any .ts of its language, the files it deletes included, so that a renamed module
or a text moved to another module keeps its translations, finished or not, plural forms and all; it says how many it
carried over so. Only a text that no .ts held is left unfinished. The files depend on the code and the translations
only, not on their history: a second `update` changes no byte, and neither does an `update` after `fill`.

`todo` prints a list of {"context", "source", "translation"} (and "plural": true where the text holds %n, whose
translation is then a list of forms: French and Spanish have two, singular then plural). `fill` reads the same
shape back. Placeholders ({0}, {name}, %n) and HTML tags must come through a translation unchanged.

The shipped recipes (resources/recipes/*.toml) hold English explanations the Recode page shows: the recipe's title and
description, each variable's definition and note, each category's definition. lupdate reads only Python, so `update`
first writes them into `ctdc_desktop/core/recode/shipped_recipe_texts.py` as QT_TRANSLATE_NOOP("Recipe", ...);
the page translates them with translate("Recipe", text). Category labels, variable and column names are data and are
not listed.
"""

from __future__ import annotations

import copy
import json
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CODE = ROOT / "ctdc_desktop"
SOURCES = ROOT / "translations"
CATALOGUES = ROOT / "resources" / "translations"
LANGUAGES = ("fr", "es")
# English needs a catalogue only for its plurals ("%n columns" must read "1 column"): lupdate -pluralonly.
PLURAL_ONLY = ("en",)
CATALOGUE_LANGUAGES = PLURAL_ONLY + LANGUAGES
# The calls lupdate reads: self.tr("..."), translate("Context", "..."), QT_TRANSLATE_NOOP("Context", "...").
TRANSLATABLE = re.compile(r"\btr\(|\btranslate\(|\bQT_TRANSLATE_NOOP\(|\bQT_TR_NOOP\(")
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%\d|</?[a-zA-Z][^<>]*>")
RECIPES = ROOT / "resources" / "recipes"
RECIPE_TEXTS = CODE / "core" / "recode" / "shipped_recipe_texts.py"
RECIPE_CONTEXT = "Recipe"
_CHUNK = 90  # characters of a long text per source line of the generated module (ruff's limit is 120)


def _tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent)) or shutil.which(f"pyside6-{name}")
    if found is None:
        raise SystemExit(f"pyside6-{name} was not found: run this with `uv run python scripts/build_translations.py`")
    return found


def modules_with_text() -> list[Path]:
    return sorted(
        p
        for p in CODE.rglob("*.py")
        if p.name != "translation.py" and TRANSLATABLE.search(p.read_text(encoding="utf-8"))
    )


def ts_path(module: Path, lang: str, folder: Path | None = None, root: Path | None = None) -> Path:
    dotted = ".".join(module.relative_to(root or ROOT).with_suffix("").parts)
    return (folder or SOURCES) / lang / f"{dotted}.ts"


def module_of(path: Path, root: Path | None = None) -> Path:
    """The Python module a .ts source is written from (ts_path the other way round)."""
    return (root or ROOT).joinpath(*path.stem.split(".")).with_suffix(".py")


def _lupdate(modules: list[Path], target: Path, *options: str, root: Path | None = None) -> None:
    command = [_tool("lupdate"), "-silent", "-locations", "none", *options, *map(str, modules), "-ts", str(target)]
    subprocess.run(command, check=True, cwd=root or ROOT)


def shipped_recipe_texts(folder: Path = RECIPES) -> list[str]:
    """Every explanation the shipped recipes hold, once each, in file order: what the catalogues must translate."""
    texts: list[str] = []
    for path in sorted(folder.glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        head = data.get("recipe", {})
        texts += [head.get("title", ""), head.get("description", "")]
        for variable in data.get("variables", []):
            texts += [variable.get("definition", ""), variable.get("note", "")]
            texts += [c.get("definition", "") for c in variable.get("categories", []) if isinstance(c, dict)]
    return list(dict.fromkeys(t for t in texts if isinstance(t, str) and t.strip()))


def _literal(text: str) -> list[str]:
    """`text` as Python string literals of at most about _CHUNK characters, cut after a space."""
    pieces, current = [], ""
    for word in re.split(r"(?<= )", text):
        if current and len(current) + len(word) > _CHUNK:
            pieces.append(current)
            current = ""
        current += word
    pieces.append(current)
    return [json.dumps(piece, ensure_ascii=False) for piece in pieces]


def recipe_texts_module(folder: Path = RECIPES) -> str:
    """The Python module that lists the shipped recipes' explanations for lupdate (formatted as ruff formats it)."""
    lines = [
        '"""The explanations of the shipped recipes (resources/recipes/*.toml), marked for the catalogues.',
        "",
        "Written by `scripts/build_translations.py update` from the recipe files: do not edit by hand. The Recode page",
        'shows them with translate("Recipe", text); a mission\'s own recipe texts are not here and show as written.',
        '"""',
        "",
        "from ctdc_desktop.core.translation import QT_TRANSLATE_NOOP",
        "",
        "SHIPPED_RECIPE_TEXTS = (",
    ]
    for text in shipped_recipe_texts(folder):
        literals = _literal(text)
        if len(literals) == 1 and len(literals[0]) + 32 <= 120:
            lines.append(f'    QT_TRANSLATE_NOOP("{RECIPE_CONTEXT}", {literals[0]}),')
        else:
            lines += ["    QT_TRANSLATE_NOOP(", f'        "{RECIPE_CONTEXT}",']
            lines += [f"        {literal}" for literal in literals[:-1]] + [f"        {literals[-1]},", "    ),"]
    lines.append(")")
    return _formatted("\n".join(lines) + "\n")


def _formatted(source: str) -> str:
    """`source` as `ruff format` writes it, so that the generated module passes the style check unchanged."""
    ruff = shutil.which("ruff", path=str(Path(sys.executable).parent)) or shutil.which("ruff")
    if ruff is None:
        return source
    done = subprocess.run(
        [ruff, "format", "--stdin-filename", str(RECIPE_TEXTS), "-"],
        input=source,
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    return done.stdout


def write_recipe_texts() -> bool:
    """Rewrite shipped_recipe_texts.py when the recipes changed; True when it was rewritten."""
    wanted = recipe_texts_module()
    if RECIPE_TEXTS.is_file() and RECIPE_TEXTS.read_text(encoding="utf-8") == wanted:
        return False
    RECIPE_TEXTS.write_text(wanted, encoding="utf-8")
    return True


def stale_recipe_texts() -> list[str]:
    if RECIPE_TEXTS.is_file() and RECIPE_TEXTS.read_text(encoding="utf-8") == recipe_texts_module():
        return []
    return [f"{RECIPE_TEXTS.relative_to(ROOT)} does not list the shipped recipes' texts as they are: run `update`"]


# A message is known by its context, its source text and its disambiguation comment, as lupdate and the app know it.
Key = tuple[str, str, str]
# What the .ts files of a language hold before `update` writes anything: file -> key -> <message> element.
HeldMessages = dict[Path, dict[Key, ET.Element]]
# A module's messages as lupdate reads them from the code: (context name, <message> elements), in lupdate's order.
CodeMessages = list[tuple[str, list[ET.Element]]]


def _key(context: str, message: ET.Element) -> Key:
    return (context, message.findtext("source") or "", message.findtext("comment") or "")


def _forms(message: ET.Element) -> tuple[str, ...]:
    """The translation's text, or its plural forms."""
    translation = message.find("translation")
    if translation is None:
        return ("",)
    if message.get("numerus") == "yes":
        return tuple(form.text or "" for form in translation.iter("numerusform"))
    return (translation.text or "",)


def _is_finished(message: ET.Element) -> bool:
    translation = message.find("translation")
    assert translation is not None
    return translation.get("type") not in ("unfinished", "vanished", "obsolete") and all(_forms(message))


def held_messages(lang: str, folder: Path | None = None) -> HeldMessages:
    """Every message each .ts of `lang` holds, by file (in name order) and key."""
    return _by_key({path: ET.parse(path) for path in sorted(((folder or SOURCES) / lang).glob("*.ts"))})


def _by_key(trees: dict[Path, ET.ElementTree]) -> HeldMessages:
    return {
        path: {
            _key(context.findtext("name") or "", message): message
            for context in tree.getroot().iter("context")
            for message in context.iter("message")
        }
        for path, tree in trees.items()
    }


def code_messages(module: Path, root: Path | None = None) -> CodeMessages:
    """The module's messages as lupdate writes them in a new file: contexts by name, each context's messages in the
    order the code holds them. This is the order `update` writes, whatever order the file had before."""
    with tempfile.TemporaryDirectory() as scratch:
        fresh = Path(scratch) / "code.ts"
        _lupdate([module], fresh, root=root)
        found = ET.parse(fresh).getroot()
    return [(context.findtext("name") or "", list(context.iter("message"))) for context in found.iter("context")]


def _held_translation(key: Key, numerus: bool, own: Path, held: HeldMessages) -> tuple[ET.Element | None, bool]:
    """The held message whose translation a text keeps, and whether it comes from another file than `own`.

    The file's own translation first, exactly as it is (finished or a draft); else one from another file of the
    language, the text having moved there from another module or the module having been renamed: a finished one
    before a draft, then the first in file-name order, so that every run makes the same choice."""

    def usable(message: ET.Element | None) -> bool:
        return message is not None and (message.get("numerus") == "yes") == numerus and any(_forms(message))

    mine = held.get(own, {}).get(key)
    if usable(mine):
        return mine, False
    others = [found[key] for path, found in held.items() if path != own and usable(found.get(key))]
    others.sort(key=lambda message: not _is_finished(message))  # stable: finished first, then in file-name order
    return (others[0], True) if others else (None, False)


@dataclass
class Written:
    carried: int = 0  # translations taken from another .ts file of the language (a moved text, a renamed module)
    untranslated: int = 0  # texts no .ts file held a translation for: left unfinished

    def __iadd__(self, other: Written) -> Written:
        self.carried += other.carried
        self.untranslated += other.untranslated
        return self


def write_source(
    module: Path,
    code: CodeMessages,
    lang: str,
    held: HeldMessages,
    folder: Path | None = None,
    root: Path | None = None,
) -> Written:
    """Write the module's .ts for `lang`: its messages in the code's order, each with the translation a .ts of the
    language held for it (its <translation> element as it was: finished or not, plural forms and all).

    The messages go first into a plain XML file in that order, then lupdate merges the code into it: lupdate keeps the
    order and the translations it is given (nothing is new to it, nothing obsolete) and writes the file in its own
    layout, the layout of Qt Linguist. The file is therefore a function of the code and of the translations only."""
    target = ts_path(module, lang, folder, root)
    written = Written()
    seed = ET.Element("TS", version="2.1", language=lang)
    for name, templates in code:
        context = ET.Element("context")
        ET.SubElement(context, "name").text = name
        for template in templates:
            numerus = template.get("numerus") == "yes"
            if lang in PLURAL_ONLY and not numerus:
                continue
            message = copy.deepcopy(template)
            for child in message.findall("translation"):
                message.remove(child)
            kept, moved = _held_translation(_key(name, template), numerus, target, held)
            if kept is None:
                ET.SubElement(message, "translation", type="unfinished")  # lupdate adds the language's plural forms
                written.untranslated += 1
            else:
                translation = copy.deepcopy(kept.find("translation"))
                assert translation is not None
                if translation.get("type") in ("vanished", "obsolete"):
                    translation.set("type", "unfinished")  # a text back in the code after it was dropped: to check
                message.extend(copy.deepcopy(c) for c in kept.findall("translatorcomment"))
                message.append(translation)
                written.carried += moved
            context.append(message)
        if context.find("message") is not None:
            seed.append(context)
    if seed.find("context") is None:  # what matched in the module was not translatable text after all
        target.unlink(missing_ok=True)
        return written
    target.parent.mkdir(parents=True, exist_ok=True)
    ET.ElementTree(seed).write(target, encoding="utf-8", xml_declaration=True)
    plural_only = ("-pluralonly",) if lang in PLURAL_ONLY else ()
    _lupdate([module], target, "-no-obsolete", "-target-language", lang, *plural_only, root=root)
    return written


def update_sources(modules: list[Path], folder: Path | None = None, root: Path | None = None) -> dict[str, Written]:
    """Rewrite every .ts from the code: new text added unfinished, removed text dropped, every translation kept.

    A translation follows its text (same context, source and comment) from any .ts of its language, the files about
    to be deleted included: a module renamed or moved, or a text moved to another module, keeps its translations."""
    code = {module: code_messages(module, root) for module in modules}
    done = {}
    for lang in CATALOGUE_LANGUAGES:
        held = held_messages(lang, folder)  # read before anything is written or deleted
        wanted = {ts_path(module, lang, folder, root) for module in modules}
        for stale in sorted(set(held) - wanted):
            stale.unlink()
        done[lang] = Written()
        for module in modules:
            done[lang] += write_source(module, code[module], lang, held, folder, root)
    return done


def update() -> dict[str, Written]:
    """Refresh shipped_recipe_texts.py and every .ts from the code."""
    write_recipe_texts()
    return update_sources(modules_with_text())


def release(out: Path = CATALOGUES) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for lang in CATALOGUE_LANGUAGES:
        sources = sorted((SOURCES / lang).glob("*.ts"))
        target = out / f"ctdc_{lang}.qm"
        subprocess.run([_tool("lrelease"), "-silent", *map(str, sources), "-qm", str(target)], check=True)
        written.append(target)
    return written


@dataclass(frozen=True)
class Message:
    file: Path
    context: str
    source: str
    translations: tuple[str, ...]  # one, or the plural forms
    plural: bool
    finished: bool


def messages(lang: str, folder: Path | None = None) -> list[Message]:
    return [
        Message(path, context, source, _forms(message), message.get("numerus") == "yes", _is_finished(message))
        for path, held in held_messages(lang, folder).items()
        for (context, source, _comment), message in held.items()
    ]


def todo(lang: str) -> list[dict[str, object]]:
    return [
        {"context": m.context, "source": m.source, "translation": ["", ""] if m.plural else "", "plural": m.plural}
        | ({"file": m.file.name})
        for m in messages(lang)
        if not m.finished
    ]


def fill(lang: str, entries: list[dict[str, object]], folder: Path | None = None, root: Path | None = None) -> int:
    """Write translations into every .ts message with that context and source; return how many were written.

    Each changed file is written as `update` writes it (write_source), so that the next `update` changes nothing."""
    wanted = {(str(e["context"]), str(e["source"])): e["translation"] for e in entries if e.get("translation")}
    trees = {path: ET.parse(path) for path in sorted(((folder or SOURCES) / lang).glob("*.ts"))}
    held = _by_key(trees)
    written = 0
    changed = []
    for path, found in held.items():
        for (context, source, _comment), message in found.items():
            if (context, source) not in wanted:
                continue
            translation = message.find("translation")
            assert translation is not None
            value = wanted[(context, source)]
            if message.get("numerus") == "yes":
                forms = list(value) if isinstance(value, list) else [str(value)] * 2
                for child in list(translation):
                    translation.remove(child)
                translation.text = None
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = str(form)
            else:
                translation.text = str(value)
            translation.attrib.pop("type", None)
            written += 1
            changed.append(path)
    for path in dict.fromkeys(changed):
        module = module_of(path, root)
        if module.is_file():
            write_source(module, code_messages(module, root), lang, held, folder, root)
        else:  # the module is gone (renamed?): the next `update` carries these translations to its new file
            trees[path].write(path, encoding="utf-8", xml_declaration=True)
    return written


def message_problems(m: Message) -> list[str]:
    """Why a finished translation is unsafe: placeholders or tags not the source's (`.format()` would fail)."""
    expected = sorted(PLACEHOLDER.findall(m.source))
    problems = []
    for form in m.translations:
        got = sorted(PLACEHOLDER.findall(form))
        # A singular form may say "un" instead of %n.
        if got != expected and not (m.plural and sorted(g for g in expected if g != "%n") == got):
            problems.append(f"{m.file.name} [{m.context}] {m.source!r} -> {form!r}: {expected} vs {got}")
    return problems


def placeholder_problems(lang: str) -> list[str]:
    return [problem for m in messages(lang) if m.finished for problem in message_problems(m)]


def stale_sources() -> list[str]:
    """Text in the code that the .ts files do not hold yet (or hold no more): run `update`."""
    with tempfile.TemporaryDirectory() as scratch:
        everything = Path(scratch) / "all.ts"
        _lupdate(modules_with_text(), everything)  # one run over every module: quick, compared as one set
        root = ET.parse(everything).getroot()
        in_code = {
            (c.findtext("name") or "", m.findtext("source") or ""): m.get("numerus") == "yes"
            for c in root.iter("context")
            for m in c.iter("message")
        }
    problems = []
    for lang in CATALOGUE_LANGUAGES:
        wanted = {key for key, plural in in_code.items() if plural or lang not in PLURAL_ONLY}
        held = {(m.context, m.source) for m in messages(lang)}
        problems += [f"{lang}: not in the .ts files yet: {item}" for item in sorted(wanted - held)]
        problems += [f"{lang}: no longer in the code: {item}" for item in sorted(held - wanted)]
    return problems


def stale_catalogues() -> list[str]:
    with tempfile.TemporaryDirectory() as scratch:
        built = release(Path(scratch))
        return [
            f"{path.name} differs from its .ts sources: run `release`"
            for path in built
            if not (CATALOGUES / path.name).is_file() or (CATALOGUES / path.name).read_bytes() != path.read_bytes()
        ]


def main(argv: list[str]) -> int:
    command, *rest = argv or ["help"]
    if command == "update":
        for lang, written in update().items():
            print(
                f"{lang}: {written.carried} translations carried over from another .ts file (a moved text or module), "
                f"{written.untranslated} texts to translate"
            )
    elif command == "recipes":
        print(f"{RECIPE_TEXTS.relative_to(ROOT)} {'rewritten' if write_recipe_texts() else 'already up to date'}")
    elif command == "release":
        for path in release():
            print(path.relative_to(ROOT))
    elif command == "todo":
        print(json.dumps(todo(rest[0]), ensure_ascii=False, indent=1))
    elif command == "fill":
        entries = json.loads(Path(rest[1]).read_text(encoding="utf-8"))
        print(f"{fill(rest[0], entries)} translations written")
    elif command == "check":
        problems = stale_recipe_texts() + stale_sources() + stale_catalogues()
        for lang in CATALOGUE_LANGUAGES:
            unfinished = [m for m in messages(lang) if not m.finished]
            problems += [f"{lang}: {len(unfinished)} texts not translated yet"] if unfinished else []
            problems += placeholder_problems(lang)
        print("\n".join(problems) or "translations are complete and up to date")
        return 1 if problems else 0
    else:
        print(__doc__)
        return 0 if command == "help" else 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
