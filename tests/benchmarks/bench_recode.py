"""Recode speed and memory: `uv run python tests/benchmarks/bench_recode.py [--victims N] [--perpetrators N]`.

100,000 victims with 250,000 perpetrator rows through the victim-perpetrator 2022 recipe; target <= 5 s and <= 1 GB
peak memory. Each shape runs in a fresh process (peak = VmHWM of that process, which also holds the generated
tables, so it is an upper bound for the recode itself); time is the `recode()` call only.

Shapes (fixed seeds), so that the figure does not depend on one lucky layout:
- sample: every column drawn from the values of the bundled sample export (ages mostly given, ISO3 and names mixed);
- dates: no age column values at all, every victim's age computed from a distinct birth date in mixed formats,
  country names respelled in French and Spanish, perpetrators skewed (many victims with 6, many with none);
- sparse: most cells empty (a young mission's export), one or two perpetrators per victim.
The tables are built as the readers hand them over (text categories); reading the file is bench_load's business.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

REPO = Path(__file__).resolve().parents[2]
SHAPES = ("sample", "dates", "sparse")
TARGET_SECONDS = 5.0
TARGET_MB = 1024
FRENCH_SPANISH = {
    "PHL": ["Philippines", "Filipinas"],
    "UKR": ["Ukraine", "Ucrania"],
    "USA": ["États-Unis", "Estados Unidos"],
    "MDA": ["Moldavie", "Moldavia"],
    "KHM": ["Cambodge", "Camboya"],
    "IDN": ["Indonésie", "Indonesia"],
    "RUS": ["Russie", "Rusia"],
    "THA": ["Thaïlande", "Tailandia"],
    "VNM": ["Viêt Nam", "Vietnam"],
    "CIV": ["Côte d'Ivoire", "Costa de Marfil"],
    "ROU": ["Roumanie", "Rumanía"],
}


def _draw(rng: np.random.Generator, values: pd.Series, size: int, empty_share: float | None = None) -> np.ndarray:
    """`size` values drawn from the observed ones (empties included unless `empty_share` says how many)."""
    pool = values.astype("object").to_numpy()
    out = pool[rng.integers(0, len(pool), size)]
    if empty_share is not None:
        filled = pool[pd.notna(pool)]
        out = filled[rng.integers(0, len(filled), size)]
        out[rng.random(size) < empty_share] = None
    return out


def _categorical(values: np.ndarray) -> pd.Series:
    return pd.Series(values, dtype="object").astype("category")


def _perpetrator_counts(rng: np.random.Generator, victims: int, perpetrators: int, shape: str) -> np.ndarray:
    if shape == "dates":
        weights = np.array([0.25, 0.1, 0.1, 0.05, 0.05, 0.05, 0.4])
    elif shape == "sparse":
        weights = np.array([0.0, 0.55, 0.45, 0, 0, 0, 0])
    else:
        weights = np.array([0.08, 0.3, 0.25, 0.15, 0.1, 0.07, 0.05])
    counts = rng.choice(7, size=victims, p=weights / weights.sum())
    # Adjust to exactly the requested number of rows, staying within 0..6 per victim.
    difference = perpetrators - int(counts.sum())
    order = rng.permutation(victims)
    for position in order:
        if difference == 0:
            break
        if difference > 0 and counts[position] < 6:
            step = min(6 - counts[position], difference)
            counts[position] += step
            difference -= step
        elif difference < 0 and counts[position] > 0:
            step = min(counts[position], -difference)
            counts[position] -= step
            difference += step
    return counts


def _birth_dates(rng: np.random.Generator, size: int) -> np.ndarray:
    days = rng.integers(0, 365 * 60, size).astype("timedelta64[D]") + np.datetime64("1941-01-01")  # before 2002
    iso = np.datetime_as_string(days)
    style = rng.integers(0, 3, size)
    months = np.array(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"])
    out = []
    for text, s in zip(iso.tolist(), style.tolist(), strict=True):
        y, m, d = text.split("-")
        out.append(text if s == 0 else f"{d}/{m}/{y}" if s == 1 else f"{int(d)} {months[int(m) - 1]} {y}")
    return np.array(out, dtype=object)


def build(shape: str, victims: int, perpetrators: int, seed: int) -> object:
    from ctdc_desktop.core.case_export import CaseExport
    from ctdc_desktop.core.io.read_export import read_export
    from ctdc_desktop.core.io.table import LoadedTable
    from ctdc_desktop.core.link import check_link

    rng = np.random.default_rng(seed)
    sample_v = read_export(REPO / "resources" / "sample" / "sample_victims.csv").frame
    sample_p = read_export(REPO / "resources" / "sample" / "sample_perpetrators.csv").frame
    empty = 0.8 if shape == "sparse" else None
    v_columns = [
        "cas_RegistrationDate",
        "yearOfRegistration",
        "prs_Birthdate",
        "prs_Age",
        "prs_Gender",
        "prs_Citizenship",
        "vic_CountryOfExploitation",
        "isForcedLabour",
        "isSexualExploit",
    ]
    v = {"cas_CaseID": np.array([f"CASE-{i:07d}" for i in range(victims)], dtype=object)}
    for name in v_columns:
        v[name] = _draw(rng, sample_v[name], victims, empty)
    # Registration and birth come from one sample row together, so that nobody is born after registration.
    same_person = rng.integers(0, len(sample_v), victims)
    for name in ("cas_RegistrationDate", "yearOfRegistration", "prs_Birthdate", "prs_Age"):
        if shape != "sparse":
            v[name] = sample_v[name].astype("object").to_numpy()[same_person]
    if shape == "dates":
        v["prs_Age"] = np.full(victims, None, dtype=object)
        v["prs_Birthdate"] = _birth_dates(rng, victims)
        for name in ("prs_Citizenship", "vic_CountryOfExploitation"):
            values = v[name]
            for iso3, names in FRENCH_SPANISH.items():
                at = np.flatnonzero(values == iso3)
                values[at] = np.array(names, dtype=object)[rng.integers(0, 2, len(at))]
    counts = _perpetrator_counts(rng, victims, perpetrators, shape)
    p = {"cas_CaseID": np.repeat(v["cas_CaseID"], counts)}
    for name in sample_p.columns:
        if name.startswith("perp_") and name not in ("perp_FullName", "perp_HowMet", "perp_CountryMet"):
            p[name] = _draw(rng, sample_p[name], len(p["cas_CaseID"]), empty)
    victims_table = LoadedTable(pd.DataFrame({k: _categorical(a) for k, a in v.items()}), Path("victims"))
    perp_table = LoadedTable(pd.DataFrame({k: _categorical(a) for k, a in p.items()}), Path("perpetrators"))
    link = check_link(victims_table.frame, perp_table.frame, "cas_CaseID", "cas_CaseID")
    return CaseExport(victims_table, perp_table, link)


def child(shape: str, victims: int, perpetrators: int) -> None:
    from ctdc_desktop.core.recode.recipe import load_recipe
    from ctdc_desktop.core.recode.recode import recode

    export = build(shape, victims, perpetrators, seed=SHAPES.index(shape) + 11)
    recipe, _ = load_recipe("victim_perpetrator_2022")
    started = time.perf_counter()
    result = recode(export, recipe)  # type: ignore[arg-type]
    seconds = time.perf_counter() - started
    with open("/proc/self/status", encoding="ascii") as status:
        peak_kb = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
    problems = len(result.coverage.problems())
    print(
        json.dumps(
            {
                "seconds": seconds,
                "peak_mb": peak_kb / 1024,
                "rows": len(result.table),
                "perpetrators": result.linked_perpetrator_rows,
                "problems": problems,
            }
        )
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--victims", type=int, default=100_000)
    parser.add_argument("--perpetrators", type=int, default=250_000)
    parser.add_argument("--child", choices=SHAPES, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.victims, args.perpetrators)
        return 0
    print(f"Recode {args.victims:,} victims + {args.perpetrators:,} perpetrator rows, victim_perpetrator_2022 recipe")
    print(f"{'shape':<8} {'victims':>9} {'perps':>9} {'recode s':>9} {'peak MB':>8} {'problems':>9}  target")
    worst = 0.0
    for shape in SHAPES:
        done = subprocess.run(
            [
                sys.executable,
                __file__,
                "--child",
                shape,
                "--victims",
                str(args.victims),
                "--perpetrators",
                str(args.perpetrators),
            ],
            capture_output=True,
            text=True,
            check=True,
            cwd=REPO,
        )
        figures = json.loads(done.stdout.strip().splitlines()[-1])
        ok = figures["seconds"] <= TARGET_SECONDS and figures["peak_mb"] <= TARGET_MB
        worst = max(worst, figures["seconds"])
        print(
            f"{shape:<8} {figures['rows']:>9,} {figures['perpetrators']:>9,} {figures['seconds']:>9.2f} "
            f"{figures['peak_mb']:>8.0f} {figures['problems']:>9}  {'met' if ok else 'MISSED'} "
            f"(<= {TARGET_SECONDS:.0f} s, <= {TARGET_MB} MB)"
        )
    print("problems = values listed as unmapped or wrong; 0 means the recipe covered every value. The sparse shape")
    print("draws birth and registration dates independently, so some people are 'born after registration': the")
    print("recode lists them as wrong values (nothing is silently dropped), which is the behaviour we want.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
