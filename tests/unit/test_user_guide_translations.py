"""The translated user guide and privacy page (docs/fr, docs/es) hold every part of the English ones.

A section added to the English guide and not carried over shows here as a different outline: the headings (their
levels, in order), the links (each pointing at the same page or at the same heading, whatever its translated
anchor), the commands and file names written as code, and the rows of the tables. Prose is not compared.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import pytest

DOCS = Path(__file__).resolve().parents[2] / "docs"
LANGUAGES = ("fr", "es")
PAGES = ("user_guide.md", "privacy.md")

FENCE = re.compile(r"^```.*?^```", re.MULTILINE | re.DOTALL)
HEADING = re.compile(r"^(#{1,6}) +(.+?) *#*$", re.MULTILINE)
LINK = re.compile(r"\[[^\]]*\]\(([^)\s]+)\)")
CODE = re.compile(r"`([^`]+)`")


def anchor(heading: str) -> str:
    """The anchor a Markdown viewer (GitHub's rule) gives a heading: lower case, punctuation dropped, spaces as '-'."""
    text = CODE.sub(r"\1", heading).strip().lower()
    kept = "".join(c for c in text if c in " -_" or unicodedata.category(c)[0] in "LN")
    return kept.replace(" ", "-")


@dataclass(frozen=True)
class Outline:
    headings: list[int]  # the level of each heading, in order
    links: list[str]  # each link's page, or "#<n>" for the n-th heading of this page
    code: set[str]  # every `code` span and every fenced block, as written
    table_rows: list[int]  # how many rows each table has


def outline(page: Path) -> Outline:
    text = page.read_text(encoding="utf-8")
    fences = FENCE.findall(text)
    prose = FENCE.sub("", text)
    headings = HEADING.findall(prose)
    anchors = [anchor(title) for _, title in headings]
    links = []
    for target in LINK.findall(prose):
        if target.startswith("#"):
            assert target[1:] in anchors, f"{page}: the link {target} matches no heading of the page"
            links.append(f"#{anchors.index(target[1:])}")
        else:
            links.append(target)
    tables, rows = [], 0
    for line in [*prose.splitlines(), ""]:
        if line.startswith("|"):
            rows += 1
        elif rows:
            tables.append(rows)
            rows = 0
    return Outline([len(level) for level, _ in headings], links, set(CODE.findall(prose)) | set(fences), tables)


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_translated_page_has_the_outline_of_the_english_one(language: str, page: str) -> None:
    english, translated = outline(DOCS / page), outline(DOCS / language / page)
    assert translated.headings == english.headings, "headings (levels in order) differ from the English page"
    assert translated.links == english.links, "links differ from the English page"
    missing, extra = sorted(english.code - translated.code), sorted(translated.code - english.code)
    assert not missing and not extra, f"code left out: {missing}; code the English page lacks: {extra}"
    assert translated.table_rows == english.table_rows, "tables differ from the English page"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_guides_links_to_pages_open_pages_of_the_same_language(language: str) -> None:
    for target in outline(DOCS / language / "user_guide.md").links:
        if not target.startswith(("#", "http")):
            assert (DOCS / language / target.split("#")[0]).is_file(), target


def test_the_outline_notices_a_section_left_out(tmp_path: Path) -> None:
    english = (DOCS / "user_guide.md").read_text(encoding="utf-8")
    shortened = tmp_path / "user_guide.md"
    shortened.write_text(english.replace("## Keyboard shortcuts", "Keyboard shortcuts"), encoding="utf-8")
    assert outline(shortened).headings != outline(DOCS / "user_guide.md").headings
    # The link to "The release bundle" now points at a heading one place earlier: a translation keeping it is caught.
    assert outline(shortened).links != outline(DOCS / "user_guide.md").links


def test_a_link_to_a_heading_the_page_lacks_is_reported(tmp_path: Path) -> None:
    english = (DOCS / "user_guide.md").read_text(encoding="utf-8")
    renamed = tmp_path / "user_guide.md"
    renamed.write_text(english.replace("## The release bundle", "## The release folder"), encoding="utf-8")
    with pytest.raises(AssertionError, match="#the-release-bundle matches no heading"):
        outline(renamed)


def test_anchors_follow_the_markdown_rule() -> None:
    assert anchor("The release bundle") == "the-release-bundle"
    assert anchor("El paquete de publicación") == "el-paquete-de-publicación"
    assert anchor("Recoding into the CTDC categories: `ctdc-desktop recode`") == (
        "recoding-into-the-ctdc-categories-ctdc-desktop-recode"
    )
