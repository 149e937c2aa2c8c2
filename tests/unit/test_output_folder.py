"""The one output writer: a folder or file appears whole or not at all, and nothing temporary is left behind."""

from __future__ import annotations

from pathlib import Path

import pytest

from ctdc_desktop.core.io.output_folder import write_file_atomically, write_folder_atomically


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def test_folder_appears_with_its_files(tmp_path: Path) -> None:
    target = tmp_path / "bundle"

    def fill(staging: Path) -> None:
        (staging / "a.csv").write_text("x\n1\n", encoding="utf-8")

    write_folder_atomically(target, fill)
    assert (target / "a.csv").read_text(encoding="utf-8") == "x\n1\n"
    assert _leftovers(tmp_path) == []


def test_interrupted_fill_leaves_no_folder_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "bundle"

    def fill(staging: Path) -> None:
        (staging / "a.csv").write_text("half", encoding="utf-8")
        raise KeyboardInterrupt  # Ctrl+C in the middle of writing

    with pytest.raises(KeyboardInterrupt):
        write_folder_atomically(target, fill)
    assert not target.exists()
    assert list(tmp_path.iterdir()) == []


def test_failed_check_keeps_the_previous_folder(tmp_path: Path) -> None:
    target = tmp_path / "out"
    target.mkdir()
    (target / "old.csv").write_text("old", encoding="utf-8")

    def fill(staging: Path) -> None:
        (staging / "new.csv").write_text("new", encoding="utf-8")

    def check(staging: Path) -> None:
        raise ValueError("read-back differs")

    with pytest.raises(ValueError):
        write_folder_atomically(target, fill, replace=True, check=check)
    assert [p.name for p in target.iterdir()] == ["old.csv"]
    assert _leftovers(tmp_path) == []


def test_replace_swaps_the_whole_folder(tmp_path: Path) -> None:
    target = tmp_path / "out"
    target.mkdir()
    (target / "old.csv").write_text("old", encoding="utf-8")
    write_folder_atomically(target, lambda s: (s / "new.csv").write_text("new", encoding="utf-8"), replace=True)
    assert [p.name for p in target.iterdir()] == ["new.csv"]
    assert _leftovers(tmp_path) == []


def test_existing_folder_is_never_overwritten_without_replace(tmp_path: Path) -> None:
    target = tmp_path / "out"
    target.mkdir()
    with pytest.raises(FileExistsError):
        write_folder_atomically(target, lambda s: None)
    assert list(tmp_path.iterdir()) == [target]


def test_file_written_whole_or_previous_kept(tmp_path: Path) -> None:
    target = tmp_path / "p.ctdcproj"
    write_file_atomically(target, b"first")
    write_file_atomically(target, b"second")
    assert target.read_bytes() == b"second"
    assert _leftovers(tmp_path) == []
