"""Finding bundled resources, from a source checkout, an installed wheel or a PyInstaller bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def resource_path(*parts: str) -> Path:
    """The path of a file under `resources/`, wherever the program runs from."""
    candidates = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.append(Path(frozen_root) / "resources")
    package_dir = Path(__file__).resolve().parent
    candidates.append(package_dir.parent / "resources")  # source checkout / editable install
    candidates.append(package_dir / "_resources")  # regular wheel install (see pyproject force-include)
    for root in candidates:
        path = root.joinpath(*parts)
        if path.exists():
            return path
    return candidates[-2].joinpath(*parts)


def sample_export_path() -> Path:
    """The bundled fake case export that `--demo` opens."""
    return resource_path("sample", "sample_export.xlsx")
