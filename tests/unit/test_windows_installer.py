"""The Inno Setup script (installer/windows/ctdc-desktop.iss) packs what the PyInstaller spec builds, associates the
file type the app saves, installs without administrator rights, and never removes the user's application data (the
privacy budget ledger). The script itself can only be compiled on Windows; these checks read its text."""

from __future__ import annotations

import ast
import re

from ctdc_desktop.core.project import PROJECT_SUFFIX
from tests.unit.test_installer_spec import REPO, SPEC

ISS = REPO / "installer" / "windows" / "ctdc-desktop.iss"


def spec_constant(name: str) -> object:
    """The literal value assigned to `name` at the top level of the spec."""
    for node in ast.parse(SPEC.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name for t in node.targets):
            return ast.literal_eval(node.value)
    raise AssertionError(f"{SPEC.name} assigns no {name}")


def iss_text() -> str:
    return ISS.read_text(encoding="utf-8")


def iss_defines() -> dict[str, str]:
    return dict(re.findall(r'^#define (\w+) "([^"]*)"$', iss_text(), flags=re.MULTILINE))


def iss_section(name: str) -> list[str]:
    """The entry lines of one [Section] (comments and blank lines left out)."""
    match = re.search(rf"^\[{name}\]\n(.*?)(?=^\[|\Z)", iss_text(), flags=re.MULTILINE | re.DOTALL)
    if match is None:
        return []
    return [line for line in match.group(1).splitlines() if line.strip() and not line.startswith(";")]


def test_the_script_packs_the_folder_and_programs_the_spec_builds() -> None:
    defines = iss_defines()
    assert defines["AppExe"] == f"{spec_constant('WINDOW_NAME')}.exe"
    assert defines["ConsoleExe"] == f"{spec_constant('CONSOLE_NAME')}.exe"
    # Relative to the script's folder, as Inno Setup reads it; the spec builds into dist/ under the checkout root.
    packed = (ISS.parent / defines["DistFolder"].replace("\\", "/")).resolve()
    assert packed == REPO / "dist" / str(spec_constant("DIST_FOLDER"))
    files = iss_section("Files")
    assert any(line.startswith('Source: "{#DistFolder}\\*"') and "recursesubdirs" in line for line in files)
    for line in iss_section("Icons") + iss_section("Run"):
        assert 'Filename: "{app}\\{#AppExe}"' in line, line  # the window, not a console, from the Start menu


def test_the_association_is_for_the_file_type_the_app_saves_and_opens_it_in_the_window() -> None:
    assert iss_defines()["ProjectExtension"] == PROJECT_SUFFIX == spec_constant("PROJECT_EXTENSION")
    registry = iss_section("Registry")
    assert registry and all(line.startswith("Root: HKCU;") for line in registry)  # this user's, no administrator
    assert any('Subkey: "Software\\Classes\\{#ProjectExtension}";' in line for line in registry)
    commands = [line for line in registry if "\\shell\\open\\command" in line]
    assert len(commands) == 1 and '""{app}\\{#AppExe}"" ""%1""' in commands[0]  # cli.main opens argv[1]
    assert re.search(r"^ChangesAssociations=yes$", iss_text(), flags=re.MULTILINE)


def test_it_installs_for_the_user_without_administrator_rights_in_three_languages() -> None:
    setup = dict(line.split("=", 1) for line in iss_section("Setup"))
    assert setup["PrivilegesRequired"] == "lowest"
    assert setup["DefaultDirName"].startswith(("{userpf}", "{localappdata}"))
    assert setup["AppVersion"] == "{#AppVersion}"
    languages = " ".join(iss_section("Languages"))
    assert "French.isl" in languages and "Spanish.isl" in languages


def test_uninstalling_leaves_the_privacy_ledger_alone() -> None:
    # The ledger lives in the application-data folder (app_folders.py); nothing may delete there.
    for line in iss_section("UninstallDelete") + iss_section("InstallDelete"):
        assert "{app}" in line and not re.search(r"\{(userappdata|localappdata|appdata|commonappdata)\}", line), line
    assert "privacy budget ledger" in iss_text()  # the comment saying why stays with the script
