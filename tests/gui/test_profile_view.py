"""The Load page's column profile says what `ctdc-desktop scan` prints for the same file: the same kind, the same
counts, the same commonest values and the same legend, column by column."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from ctdc_desktop.cli import main
from ctdc_desktop.core.load.decisions import SourceRole
from ctdc_desktop.gui.load_page import LoadPage
from ctdc_desktop.gui.profile_view import COLUMN, DISTINCT, KIND, NON_EMPTY, TOP_VALUES, ProfileView
from ctdc_desktop.resources import resource_path

LOAD_TIMEOUT_MS = 20_000
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "loading"


@dataclass(frozen=True)
class ScanLine:
    name: str  # as printed: a long name is cut and ends with "…"
    kind: str
    filled: str
    distinct: str
    top: str


def scan_output(capsys: pytest.CaptureFixture[str], path: Path) -> tuple[list[ScanLine], dict[str, str]]:
    """Run `ctdc-desktop scan FILE` in-process; its table's lines, and its legend (kind → explanation)."""
    capsys.readouterr()
    assert main(["scan", str(path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("Column "))
    header = lines[at]
    # The columns of the table, from its header: name, kind (left-aligned), two right-aligned counts of width 9.
    kind_start = header.index("Kind")
    filled_end = header.index("Filled") + len("Filled")
    distinct_end = header.index("Distinct") + len("Distinct")
    top_start = header.index("Top values")
    rows: list[ScanLine] = []
    for line in lines[at + 2 :]:
        if not line:
            break
        rows.append(
            ScanLine(
                name=line[: kind_start - 2].rstrip(),
                kind=line[kind_start : filled_end - 9].strip(),
                filled=line[filled_end - 9 : filled_end].strip(),
                distinct=line[distinct_end - 9 : distinct_end].strip(),
                top=line[top_start:],
            )
        )
    legend_at = lines.index("Kinds:")
    legend = dict(line.strip().split(": ", 1) for line in lines[legend_at + 1 :] if line.startswith("  "))
    return rows, legend


@pytest.fixture
def page(load_page: LoadPage) -> LoadPage:
    return load_page  # the shared Load page (conftest.py)


@pytest.mark.parametrize(
    ("path", "kinds"),
    [
        # Identifier-like, date, category, number and free-text columns; real CTDC columns are all categories.
        (Path(resource_path("sample", "sample_victims.csv")), 5),
        (FIXTURES / "dados_app_head300.csv", 1),
    ],
    ids=["sample export", "CTDC-derived extract"],
)
def test_the_window_shows_each_kind_and_its_legend_as_the_scan_command_prints_them(
    qtbot: Any, page: LoadPage, capsys: pytest.CaptureFixture[str], path: Path, kinds: int
) -> None:
    printed, legend = scan_output(capsys, path)
    page.open_victims(path)
    qtbot.waitUntil(lambda: page.victims_table() is not None and not page.is_busy(), timeout=LOAD_TIMEOUT_MS)
    view = page._areas[SourceRole.VICTIMS].profile
    assert isinstance(view, ProfileView)
    shown = view.model()  # what the table on screen shows: the sorting proxy, in the export's order until clicked

    def cell(row: int, column: int, role: Qt.ItemDataRole = Qt.ItemDataRole.DisplayRole) -> Any:
        return shown.data(shown.index(row, column), role)

    assert shown.rowCount() == len(printed) > 10
    kinds_seen: set[str] = set()
    values_compared = 0
    for row, line in enumerate(printed):
        name = cell(row, COLUMN)
        if line.name.endswith("…"):
            assert name.startswith(line.name[:-1]), (name, line.name)
        else:
            assert name == line.name
        assert cell(row, KIND) == line.kind, name
        assert cell(row, NON_EMPTY) == line.filled, name
        assert cell(row, DISTINCT) == line.distinct, name
        # The kind's tooltip in the window is its line of the scan's legend.
        assert cell(row, KIND, Qt.ItemDataRole.ToolTipRole) == legend[line.kind], name
        kinds_seen.add(line.kind)
        # The scan prints the three commonest values (cut at 24 characters, hidden for identifiers); the window lists
        # five. Where the scan shows them uncut, the window's list starts with the same three.
        top = cell(row, TOP_VALUES)
        if "…" not in line.top and not line.top.startswith("hidden") and top != "each value occurs once":
            assert top.startswith(line.top), (name, top, line.top)
            values_compared += 1
    assert set(legend) == kinds_seen and len(kinds_seen) == kinds
    assert values_compared >= 3
