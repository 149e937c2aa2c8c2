"""Benchmark of the end of the workflow: risk summary, screen figures, and the release bundle. Prints a table.

    uv run python tests/benchmarks/bench_release_bundle.py [--rows 20000 100000] [--reporting-length 3]

Shapes: the generated 2021-codebook table (wide and sparse, 37 columns) at each --rows, and the real
../shared/data/ctdc/derived/trafficking_cleaned.csv (narrow, dense; not used while writing the code). Times are
seconds per stage of one run, k-anonymous synthesis with k = 10; synthesis itself is timed for scale.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from ctdc_desktop.core.evaluate.compare_with_real import compare_with_real_records  # noqa: E402
from ctdc_desktop.core.evaluate.disclosure_risk import assess_disclosure_risk  # noqa: E402
from ctdc_desktop.core.release.bundle import ReleaseDecisions, ReleaseInputs, write_release_bundle  # noqa: E402
from ctdc_desktop.core.release.codebook import Category, CodebookSchema, CodebookVariable  # noqa: E402
from ctdc_desktop.core.synth.model import KAnonParams  # noqa: E402
from ctdc_desktop.core.synth.synthesize import synthesize  # noqa: E402
from tests.benchmarks.codebook_2021_table import make_codebook_2021_table  # noqa: E402

REAL = ROOT.parent / "shared" / "data" / "ctdc" / "derived" / "trafficking_cleaned.csv"


def schema_of(frame: pd.DataFrame) -> CodebookSchema:
    variables = tuple(
        CodebookVariable(
            column=str(c),
            label=str(c),
            categories=tuple(Category(str(v)) for v in sorted({str(x).strip() for x in frame[c].dropna()} - {""})),
        )
        for c in frame.columns
    )
    return CodebookSchema(title="bench", variables=variables, method_text="bench")


def run(name: str, frame: pd.DataFrame, length: int) -> dict[str, object]:
    timings: dict[str, object] = {"shape": name, "rows": len(frame), "columns": frame.shape[1]}
    started = time.perf_counter()
    risk = assess_disclosure_risk(frame, 10)
    timings["risk"] = time.perf_counter() - started
    started = time.perf_counter()
    result = synthesize(frame, KAnonParams(k=10, reporting_length=length, seed=1))
    timings["synthesis"] = time.perf_counter() - started
    started = time.perf_counter()
    compare_with_real_records(frame, result.records, length, 10)
    timings["screen figures"] = time.perf_counter() - started
    inputs = ReleaseInputs("bench", frame, result, schema_of(frame), "bench", hashlib.sha256(b"b").hexdigest())
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        write_release_bundle(inputs, ReleaseDecisions(Path(folder)))
        timings["bundle"] = time.perf_counter() - started
    timings["rare records"] = f"{risk.rare_records / max(risk.records, 1):.1%}"
    return timings


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, nargs="+", default=[20_000, 100_000])
    parser.add_argument("--reporting-length", type=int, default=3)
    args = parser.parse_args()
    results = [run("2021-shaped", make_codebook_2021_table(rows, 1), args.reporting_length) for rows in args.rows]
    if REAL.exists():
        real = pd.read_csv(REAL, dtype=str, keep_default_na=False)
        real = real[[c for c in real.columns if real[c].nunique() <= 50]]
        results.append(run(REAL.name, real, args.reporting_length))
    table = pd.DataFrame(results)
    print(table.to_string(index=False, float_format=lambda v: f"{v:.2f}"))


if __name__ == "__main__":
    main()
