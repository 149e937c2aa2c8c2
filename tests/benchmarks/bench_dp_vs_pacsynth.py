"""Benchmark: our DP synthesis against pac-synth, same epsilon and reporting length, same process, same yardstick.

Run:  uv run python tests/benchmarks/bench_dp_vs_pacsynth.py [--epsilon 4 1] [--length 3] [--only NAME]
          [--generated-rows 100000] [--skip-pacsynth] [--pacsynth-cache DIR]

Datasets: sparse ones, ../shared/data/ctdc/derived/dados_app.csv (without its 4 latitude/longitude columns),
.../trafficking_cleaned.csv and a generated 100,000 x 37 table shaped like the 2021 codebook
(tests/benchmarks/codebook_2021_table.py); dense, correlated ones, .../final_data.csv in codebook form (every column
holding only 0/1 becomes "1" or empty; the others stay categories) and a generated 25,000 x 16 table in the 2022
victim-perpetrator format with a correlated IP_* block (tests/benchmarks/codebook_2022_table.py, which says why its
joint structure is what it is), and a table shaped like a published 2022 release: pac-synth's records (about
23,000) of another generated 2022 table of 21,195 rows (tests/benchmarks/release_like_2022_table.py says why); and,
as a table the method was not tuned on, UCI Adult (../shared/data/adult/adult.csv, 30,162 x 9, ages in decades).
Each table runs at every epsilon given (default 4 and 1). pac-synth runs with use_synthetic_counts(True),
FabricationMode.balanced(), 2 threads; every column is a "sensitive zero" column so that a 0 counts as a value, as it
does for us. Both outputs are scored by `evaluate_synthesis` against the real table
(pac-synth's `<semicolon>` escapes are undone first). Prints one table per dataset and epsilon (MRE per length,
fabricated and suppressed shares, the time ratio), then one summary line each.

pac-synth needs 10-25 minutes on the generated 100,000 x 37 table (2 cores), 3-7 on the dense ones; `--only NAME` or
`--skip-pacsynth` keep runs short. `--pacsynth-cache DIR` is for development: it keeps pac-synth's records and time
and reuses them, so that ours can be rerun against the same pac-synth output.
The figures of the latest run, and what was tried, are in docs/dev/dp_tuning.md.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from ctdc_desktop.core.evaluate.utility import Evaluation, evaluate_synthesis  # noqa: E402
from ctdc_desktop.core.progress import NoProgress  # noqa: E402
from ctdc_desktop.core.synth.dp_synthesis import synthesize_dp  # noqa: E402
from ctdc_desktop.core.synth.model import DpParams  # noqa: E402
from ctdc_desktop.core.synth.table import EncodedTable, encode_table  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "ctdc" / "derived"


def load_datasets(generated_rows: int, extra: list[Path] | None = None) -> dict[str, pd.DataFrame]:
    out: dict[str, pd.DataFrame] = {}
    for path in extra or []:
        # A table of the user's own (for example a real release kept aside), read as categories, empty = missing.
        out[path.stem] = pd.read_csv(path, dtype=str, keep_default_na=False)
    for name in ("trafficking_cleaned", "dados_app"):
        path = DATA / f"{name}.csv"
        if path.is_file():
            frame = pd.read_csv(path, dtype=str, keep_default_na=False)
            # dados_app's latitude/longitude columns are unbinned numbers (refused by encode_table); they only
            # repeat the country columns, so both methods run without them.
            out[name] = frame[[c for c in frame.columns if not c.endswith(("_lat", "_long"))]]
    adult = ROOT.parent / "shared" / "data" / "adult" / "adult.csv"
    if adult.is_file():
        # Not CTDC data: a table of another shape that was not used to tune the method (every cell filled, one
        # column of 41 values), ages in decades since encode_table refuses unbinned numbers.
        frame = pd.read_csv(adult, sep=";", dtype=str, keep_default_na=False)
        frame["age"] = (pd.to_numeric(frame["age"], errors="coerce") // 10 * 10).astype("Int64").astype(str)
        out["adult_age_in_decades"] = frame
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from codebook_2021_table import make_codebook_2021_table

    out[f"generated_{generated_rows}x37"] = make_codebook_2021_table(generated_rows, seed=7)
    final = DATA / "final_data.csv"
    if final.is_file():
        out["final_data_codebook"] = codebook_form(pd.read_csv(final, dtype=str, keep_default_na=False))
    from codebook_2022_table import make_codebook_2022_table

    out["generated_25000x16_2022"] = make_codebook_2022_table(25_000, seed=3)
    from release_like_2022_table import make_release_like_2022_table

    release_like = make_release_like_2022_table()
    if release_like is not None:
        out["release_like_2022"] = release_like
    return out


def codebook_form(frame: pd.DataFrame) -> pd.DataFrame:
    """Every column holding only 0/1 becomes "1" or empty, as the codebooks write flags; others stay categories."""
    out = frame.copy()
    for name in out.columns:
        if set(out[name].unique()) <= {"0", "1"}:
            out[name] = out[name].where(out[name] == "1", "")
    return out


def run_ours(frame: pd.DataFrame, epsilon: float, length: int) -> tuple[float, pd.DataFrame, str]:
    started = time.perf_counter()
    table = encode_table(frame)  # timed too: pac-synth's time includes building its Dataset
    result = synthesize_dp(table, DpParams(epsilon=epsilon, reporting_length=length), NoProgress())
    elapsed = time.perf_counter() - started
    spent = result.privacy
    note = (
        "" if spent is None else f"ours spent epsilon {spent.epsilon:.3f}, delta {spent.delta:.3g}, rho {spent.rho:.4f}"
    )
    return elapsed, result.records, note


def run_pacsynth(
    frame: pd.DataFrame, epsilon: float, length: int, cache: Path | None = None, name: str = ""
) -> tuple[float, pd.DataFrame]:
    if cache is not None:
        stored = cache / f"{name}_eps{epsilon:g}_L{length}.pkl"
        if stored.is_file():
            elapsed, records = pd.read_pickle(stored)
            return float(elapsed), records
        elapsed, records = run_pacsynth(frame, epsilon, length)
        cache.mkdir(parents=True, exist_ok=True)
        pd.to_pickle((elapsed, records), stored)
        return elapsed, records
    from pacsynth_records import pacsynth_records

    return pacsynth_records(frame, epsilon, length)


def _fmt(value: float | None, digits: int = 3) -> str:
    return "-" if value is None else f"{value:.{digits}f}"


def print_table(name: str, rows: int, times: dict[str, float], evaluations: dict[str, Evaluation]) -> None:
    print(f"\n== {name}: {rows} records")
    if "ours" in times and "pac-synth" in times:
        ratio = times["ours"] / times["pac-synth"]
        print(f"wall time: ours {times['ours']:.2f} s, pac-synth {times['pac-synth']:.2f} s, ratio {ratio:.3f}")
    else:
        print("wall time: " + ", ".join(f"{k} {v:.2f} s" for k, v in times.items()))
    header = f"{'method':<10} {'len':>3} {'records':>8} {'true':>8} {'synth':>8} {'MAE':>8} {'MRE>=10':>8} "
    print(header + f"{'suppr':>6} {'fabr':>6}")
    for method, evaluation in evaluations.items():
        for item in evaluation.by_length:
            print(
                f"{method:<10} {item.length:>3} {evaluation.synthetic_records:>8} {item.sensitive_combinations:>8} "
                f"{item.synthetic_combinations:>8} {_fmt(item.mean_absolute_error, 2):>8} "
                f"{_fmt(item.mean_relative_error):>8} {_fmt(item.suppressed_share):>6} {_fmt(item.fabricated_share):>6}"
            )
    if len(evaluations) == 2:
        ours, theirs = evaluations["ours"], evaluations["pac-synth"]
        verdict = []
        for a, b in zip(ours.by_length, theirs.by_length, strict=True):
            ok = a.mean_relative_error is not None and b.mean_relative_error is not None
            verdict.append(
                f"L{a.length}: {'met' if ok and a.mean_relative_error <= b.mean_relative_error else 'MISSED'}"
            )
        print("MRE target (ours <= pac-synth): " + ", ".join(verdict))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--epsilon", type=float, nargs="+", default=[4.0, 1.0])
    parser.add_argument("--length", type=int, default=3)
    parser.add_argument("--only", help="run only datasets whose name contains this")
    parser.add_argument("--generated-rows", type=int, default=100_000)
    parser.add_argument(
        "--table", type=Path, action="append", help="also run on this CSV (every column a category); repeatable"
    )
    parser.add_argument("--skip-pacsynth", action="store_true", help="time and score ours only")
    parser.add_argument(
        "--pacsynth-cache",
        type=Path,
        help="development only: keep pac-synth's records (and time) in this folder and reuse them; the published "
        "figures come from runs without it, both tools in the same process",
    )
    args = parser.parse_args()
    print(f"reporting length {args.length}, pac-synth: synthetic counts, balanced, 2 threads")
    summary: list[str] = []
    for name, frame in load_datasets(args.generated_rows, args.table).items():
        if args.only and args.only not in name:
            continue
        table = encode_table(frame)
        for epsilon in args.epsilon:
            times: dict[str, float] = {}
            evaluations: dict[str, Evaluation] = {}
            times["ours"], ours, note = run_ours(frame, epsilon, args.length)
            evaluations["ours"] = evaluate_synthesis(table, ours, args.length)
            if not args.skip_pacsynth:
                times["pac-synth"], theirs = run_pacsynth(frame, epsilon, args.length, args.pacsynth_cache, name)
                evaluations["pac-synth"] = evaluate_synthesis(table, theirs, args.length)
            print_table(f"{name}, epsilon {epsilon:g}", table.n_records, times, evaluations)
            print(note)
            summary.append(summary_row(name, table, epsilon, times, evaluations))
            sys.stdout.flush()
    print(
        "\n| table | eps | ours MRE L1/L2/L3 | pac-synth MRE L1/L2/L3 | ours fabr L2/L3 | pac-synth fabr L2/L3 "
        "| time ours / pac |"
    )
    print("|---|---|---|---|---|---|---|")
    print("\n".join(summary))


def summary_row(
    name: str, table: EncodedTable, epsilon: float, times: dict[str, float], evaluations: dict[str, Evaluation]
) -> str:
    def mre(method: str) -> str:
        if method not in evaluations:
            return "-"
        return " / ".join(_fmt(item.mean_relative_error) for item in evaluations[method].by_length)

    def fabricated(method: str) -> str:
        if method not in evaluations:
            return "-"
        return " / ".join(_fmt(item.fabricated_share) for item in evaluations[method].by_length[1:])

    shape = f"{name} {table.n_records:,} x {table.n_columns}"
    timing = " / ".join(f"{times[m]:.1f} s" for m in ("ours", "pac-synth") if m in times)
    return (
        f"| {shape} | {epsilon:g} | {mre('ours')} | {mre('pac-synth')} | {fabricated('ours')} | "
        f"{fabricated('pac-synth')} | {timing} |"
    )


if __name__ == "__main__":
    main()
