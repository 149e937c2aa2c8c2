"""Hand-made exports and recipes for the recode tests (no file on disk)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from ctdc_desktop.core.case_export import CaseExport
from ctdc_desktop.core.io.table import LoadedTable
from ctdc_desktop.core.link import check_link
from ctdc_desktop.core.recode.recipe import Recipe, parse_recipe


def table(rows: dict[str, list[str | None]]) -> LoadedTable:
    """A table as a reader gives it: text categories, NaN for missing."""
    frame = pd.DataFrame({name: pd.Series(values, dtype="object").astype("category") for name, values in rows.items()})
    return LoadedTable(frame, Path("hand-made.csv"))


def export(victims: dict[str, list[str | None]], perpetrators: dict[str, list[str | None]] | None = None) -> CaseExport:
    v = table(victims)
    if perpetrators is None:
        return CaseExport(v)
    p = table(perpetrators)
    return CaseExport(v, p, check_link(v.frame, p.frame, "case", "case"))


def recipe(variables: str, head: str = "") -> Recipe:
    """A recipe from the TOML text of its [[variables]] (and optional extra head tables)."""
    text = f'[recipe]\nname = "test"\n{head}\n{variables}'
    return parse_recipe(text, "test.toml")


TABSTAT = Path(__file__).parents[1] / "fixtures" / "recode" / "tabstat_2022_labels.csv"
PUBLISHED_ROWS = 21_195  # the 2022 release, per TabStat


def published_2022() -> pd.DataFrame:
    """A table with the published release's labels and column frequencies (TabStat), the rest missing."""
    tabstat = pd.read_csv(TABSTAT, dtype={"label": str})
    # The data dictionary's Main sheet order, which differs from the codebook's list: any order is accepted.
    order = list(dict.fromkeys(tabstat["variable"]))
    columns = {}
    for variable in order:
        rows = tabstat[tabstat["variable"] == variable]
        values = np.repeat(rows["label"].to_numpy(dtype=object), rows["frequency"].to_numpy())
        columns[variable] = np.concatenate([values, np.full(PUBLISHED_ROWS - len(values), None, dtype=object)])
    return pd.DataFrame(columns)
