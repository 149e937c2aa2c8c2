"""A bundle publishes only numbers its method protects, and no path of the machine it was made on (issue 19).

The sample export, cut to a number of victims that is no multiple of k and no year, goes through the whole workflow
with each shipped recipe (k-anonymous for the 2021 one, DP for the 2022 one), the recipe given by its full path in a
folder of its own. Every file of each bundle (the workbooks' cells and their XML too) is then scanned:

- for the export's exact counts: victims, perpetrators, perpetrator rows linked to a victim. A DP bundle may state only
  noisy counts, a k-anonymous one only counts rounded down to a multiple of k (so none of these, which are not);
- for the temporary folder, the home folder, the input's folder and the recipe's folder.
"""

from __future__ import annotations

import re
import tempfile
import zipfile
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from ctdc_desktop.core.load.decisions import LoadDecisions, SourceFile, SourceRole
from ctdc_desktop.core.pipeline.run_workflow import RunDecisions, run_workflow
from ctdc_desktop.core.recode.recipe import load_recipe
from ctdc_desktop.core.release.bundle import ReleaseDecisions
from ctdc_desktop.core.release.check_bundle import BUNDLE_FILES, MANIFEST
from ctdc_desktop.core.synth.decisions import SynthesisDecisions
from ctdc_desktop.core.synth.model import DpParams, KAnonParams
from ctdc_desktop.resources import resource_path

VICTIMS = 1937  # not a multiple of 10, nor a year the sample holds


def sample_cut(folder: Path) -> tuple[Path, Path, int]:
    """The first VICTIMS victims of the sample and their perpetrators, as CSVs in `folder`."""
    victims = pd.read_csv(resource_path("sample", "sample_victims.csv"), dtype=str, keep_default_na=False)
    perpetrators = pd.read_csv(resource_path("sample", "sample_perpetrators.csv"), dtype=str, keep_default_na=False)
    victims = victims.iloc[:VICTIMS]
    perpetrators = perpetrators[perpetrators["cas_CaseID"].isin(set(victims["cas_CaseID"]))]
    folder.mkdir()
    victims.to_csv(folder / "victims.csv", index=False)
    perpetrators.to_csv(folder / "perpetrators.csv", index=False)
    return folder / "victims.csv", folder / "perpetrators.csv", len(perpetrators)


def number_pattern(count: int) -> re.Pattern[str]:
    """`count` standing alone, also with a thousands separator (1,937 / 1 937 / 1.937 / 1 937)."""
    head, tail = divmod(count, 1000)
    spelled = [str(count)] + ([f"{head}[,.\u00a0\u202f ]{tail:03d}"] if head else [])
    return re.compile(r"(?<![0-9A-Za-z.,])(?:" + "|".join(spelled) + r")(?![0-9A-Za-z]|[.,][0-9])")


def bundle_texts(folder: Path) -> dict[str, str]:
    """Every file of the bundle as text: text files as they are, a workbook as its XML (scanned for paths) and as its
    cells' values (scanned for numbers)."""
    texts = {}
    for name in BUNDLE_FILES:
        path = folder / name
        if name.endswith(".xlsx"):
            with zipfile.ZipFile(path) as archive:
                texts[name + " (xml)"] = "\n".join(
                    archive.read(member).decode("utf-8", errors="replace") for member in archive.namelist()
                )
            book = openpyxl.load_workbook(path, read_only=True)
            texts[name + " (cells)"] = "\n".join(
                str(cell) for sheet in book.worksheets for row in sheet.iter_rows(values_only=True) for cell in row
            )
            book.close()
        else:
            texts[name] = path.read_text(encoding="utf-8-sig")
    return texts


@pytest.mark.slow
@pytest.mark.parametrize("recipe_name", ["victim_perpetrator_2022", "global_synthetic_2021"])
def test_a_bundle_holds_no_exact_count_and_no_path(tmp_path: Path, recipe_name: str) -> None:
    export_folder = tmp_path / "Mission export"
    victims, perpetrators, perpetrator_rows = sample_cut(export_folder)
    recipe_folder = tmp_path / "recipes of the mission"
    recipe_folder.mkdir()
    recipe_path = recipe_folder / f"{recipe_name}.toml"
    recipe_path.write_bytes(resource_path("recipes", f"{recipe_name}.toml").read_bytes())
    _, recode = load_recipe(recipe_path)
    assert str(recipe_folder) in recode.recipe_file  # the recipe is known by its full path up to the bundle
    dp = recipe_name == "victim_perpetrator_2022"
    params = DpParams(epsilon=4.0, seed=5) if dp else KAnonParams(k=10, seed=5)
    out = tmp_path / "share"
    out.mkdir()
    load = LoadDecisions((SourceFile(victims, SourceRole.VICTIMS), SourceFile(perpetrators, SourceRole.PERPETRATORS)))
    decisions = RunDecisions(
        load,
        recode,
        SynthesisDecisions(params, dataset_name="mission"),
        ReleaseDecisions(out),
        ledger_folder=tmp_path / "appdata",
    )
    result = run_workflow(decisions)

    exact = {
        "victims": VICTIMS,
        "perpetrators": perpetrator_rows,
        "perpetrator rows linked": result.recoded.recode.perpetrator_rows,
        "recoded victims": result.recoded.recode.victims,
    }
    assert exact["recoded victims"] == VICTIMS
    texts = bundle_texts(result.release.folder)
    manifest = texts[MANIFEST]
    released = round(float(re.search(r'"released_record_count": ([0-9.]+)', manifest)[1]))  # type: ignore[index]
    if dp:
        assert '"protected_record_count"' in manifest
    else:
        assert released == VICTIMS // 10 * 10  # the record count, rounded down to a multiple of k
    found = []
    for what, count in exact.items():
        if dp and count == released:
            continue  # the noise happened to land on the real number: what is published is still the noisy count
        if not dp and count % 10 == 0:
            continue  # a multiple of k is its own rounded value
        pattern = number_pattern(count)
        # A workbook's XML numbers its rows (<row r="1937">): its cells are scanned instead.
        found += [
            f"{what} ({count}) in {name}: …{text[max(0, hit.start() - 60) : hit.end() + 20]}…"
            for name, text in texts.items()
            if not name.endswith("(xml)") and (hit := pattern.search(text))
        ]
    assert found == []

    paths = {
        "temporary folder": tempfile.gettempdir(),
        "test folder": str(tmp_path),
        "home folder": str(Path.home()),
        "input folder": str(export_folder),
        "recipe folder": str(recipe_folder),
    }
    leaks = [f"{what} in {name}" for what, path in paths.items() for name, text in texts.items() if path in text]
    assert leaks == []
    assert f'"name": "{recipe_name}.toml"' in manifest
