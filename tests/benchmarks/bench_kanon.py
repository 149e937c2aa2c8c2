"""Benchmark of k-anonymous synthesis on a 2021-codebook-shaped table. Prints a table; asserts nothing.

    uv run python tests/benchmarks/bench_kanon.py [--rows 100000] [--k 10] [--reporting-length 4] [--seed 1]
    uv run python tests/benchmarks/bench_kanon.py --data ../shared/data/ctdc/derived/dados_app.csv --reporting-length 3

With ``--data`` a case export (CSV or workbook) is read as the CLI reads it, minus its ``*_lat``/``*_long`` columns
(coordinates, which synthesis refuses as unbinned numbers), instead of the generated table.

Each run happens in a fresh child process, so that its peak memory (ru_maxrss, which includes the input table, as a
CLI run would hold it) is its own. Targets (issue 3): 100,000 × 37, k = 10, L = 4 in at most 60 s and
2 GB.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def child(rows: int, k: int, length: int, seed: int, data: str | None) -> None:
    sys.path.insert(0, str(ROOT))
    from ctdc_desktop.core.evaluate.utility import evaluate_synthesis
    from ctdc_desktop.core.synth.model import KAnonParams
    from ctdc_desktop.core.synth.synthesize import synthesize
    from tests.benchmarks.codebook_2021_table import make_codebook_2021_table

    if data:
        from ctdc_desktop.core.io.read_export import read_export

        frame = read_export(data).frame
        frame = frame[[c for c in frame.columns if not str(c).endswith(("_lat", "_long"))]]
    else:
        frame = make_codebook_2021_table(rows, seed)
    started = time.perf_counter()
    result = synthesize(frame, KAnonParams(k=k, reporting_length=length, seed=seed))
    wall = time.perf_counter() - started
    peak_synth = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    evaluation = evaluate_synthesis(frame, result.records, length)
    evaluate_seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(
        json.dumps(
            {
                "wall": wall,
                "timings": dict(result.timings),
                "peak_synth_kib": peak_synth,
                "peak_kib": peak,
                "input_records": len(frame),
                "input_columns": frame.shape[1],
                "records": len(result.records),
                "aggregate_rows": sum(len(c) for c in result.aggregates.by_length.values()),
                "evaluate_seconds": evaluate_seconds,
                "by_length": [item.to_json_dict() for item in evaluation.by_length],
            }
        )
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--k", type=int, default=10)
    parser.add_argument("--reporting-length", type=int, default=4)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--data", default=None, help="a case export to use instead of the generated table")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.rows, args.k, args.reporting_length, args.seed, args.data)
        return
    command = [sys.executable, __file__, "--child", "--rows", str(args.rows), "--k", str(args.k)]
    command += ["--reporting-length", str(args.reporting_length), "--seed", str(args.seed)]
    if args.data:
        command += ["--data", str(Path(args.data).resolve())]
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    figures = json.loads(output.strip().splitlines()[-1])
    timings = figures["timings"]
    shape = f"{figures['input_records']:,} x {figures['input_columns']}"
    source = Path(args.data).name if args.data else "codebook 2021 shape"
    print(f"k-anonymous synthesis: {shape} ({source}), k = {args.k}, L = {args.reporting_length}")
    print(f"{'measure':<40}{'value':>14}{'target':>12}")
    print(f"{'wall time, synthesize() (s)':<40}{figures['wall']:>14.1f}{'<= 60':>12}")
    for stage in ("encode", "aggregates", "records"):
        print(f"{'  of which ' + stage + ' (s)':<40}{timings.get(stage, 0.0):>14.1f}{'':>12}")
    print(f"{'peak memory, synthesis (MB)':<40}{figures['peak_synth_kib'] / 1024:>14.0f}{'<= 2048':>12}")
    print(f"{'peak memory, with evaluation (MB)':<40}{figures['peak_kib'] / 1024:>14.0f}{'':>12}")
    print(f"{'synthetic records':<40}{figures['records']:>14,}{'':>12}")
    print(f"{'protected aggregate rows':<40}{figures['aggregate_rows']:>14,}{'':>12}")
    print(f"{'evaluation time (s)':<40}{figures['evaluate_seconds']:>14.1f}{'':>12}")
    print()
    print(
        f"{'length':>6}{'real combos':>13}{'synth combos':>14}{'MAE':>9}{'MRE>=10':>9}{'(of n)':>9}"
        f"{'suppressed':>12}{'fabricated':>12}"
    )
    for item in figures["by_length"]:
        mre = item["mean_relative_error"]
        print(
            f"{item['length']:>6}{item['sensitive_combinations']:>13,}{item['synthetic_combinations']:>14,}"
            f"{item['mean_absolute_error']:>9.2f}{'-' if mre is None else f'{mre:.3f}':>9}"
            f"{item['relative_error_combinations']:>9,}"
            f"{item['suppressed_share']:>12.3f}{item['fabricated_share']:>12.3f}"
        )
    per_length = " / ".join(
        "-" if item["mean_relative_error"] is None else f"{item['mean_relative_error']:.3f}"
        for item in figures["by_length"]
    )
    print(f"\nmean relative error per length 1..{args.reporting_length}: {per_length}")


if __name__ == "__main__":
    main()
