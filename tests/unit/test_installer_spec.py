"""The PyInstaller spec (installer/ctdc-desktop.spec) bundles every resource folder the code looks up through
`resource_path` and every file the wheel force-includes, so that a frozen build finds what a checkout finds."""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SPEC = REPO / "installer" / "ctdc-desktop.spec"


def spec_list(name: str) -> list[str]:
    """The literal list assigned to `name` in the spec."""
    for node in ast.parse(SPEC.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name for t in node.targets):
            value = ast.literal_eval(node.value)
            assert isinstance(value, list)
            return [str(item) for item in value]
    raise AssertionError(f"{SPEC.name} assigns no {name}")


def folders_the_code_asks_for() -> dict[str, str]:
    """First argument of every resource_path(...) call in the package -> where it is called."""
    asked: dict[str, str] = {}
    for path in sorted((REPO / "ctdc_desktop").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and getattr(node.func, "id", None) == "resource_path" and node.args):
                continue
            first = node.args[0]
            where = f"{path.relative_to(REPO)}:{node.lineno}"
            assert isinstance(first, ast.Constant), (
                f"{where}: name the resource folder literally, so the spec can list it"
            )
            asked[str(first.value)] = where
    return asked


def test_spec_bundles_every_resource_folder_the_code_looks_up() -> None:
    asked = folders_the_code_asks_for()
    assert {"recipes", "sample", "icons"} <= set(asked)  # the scan itself finds calls
    listed = set(spec_list("RESOURCE_FOLDERS"))
    missing = {folder: where for folder, where in asked.items() if folder not in listed}
    assert not missing, f"add these to RESOURCE_FOLDERS in {SPEC.name}: {missing}"


def test_spec_lists_only_folders_that_exist() -> None:
    for folder in spec_list("RESOURCE_FOLDERS"):
        assert (REPO / "resources" / folder).is_dir(), folder
    for document in spec_list("DOCS"):
        assert (REPO / "docs" / document).is_file(), document


def test_spec_bundles_what_the_wheel_force_includes() -> None:
    pyproject = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    included = pyproject["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
    bundled = {f"resources/{name}" for name in spec_list("RESOURCE_FOLDERS")} | {
        f"docs/{name}" for name in spec_list("DOCS")
    }
    for source in included:
        if source == "resources":
            on_disk = {f"resources/{p.name}" for p in (REPO / "resources").iterdir() if p.is_dir()}
            assert on_disk <= bundled, f"resources folders the spec leaves out: {sorted(on_disk - bundled)}"
        else:
            assert source in bundled, f"{source} is in the wheel but not in {SPEC.name}"
