"""Loading speed and memory: `uv run python tests/benchmarks/bench_load.py [--rows N] [--big-rows N] [--keep DIR]`.

Prints one table:
- 100,000 x 40 XLSX: our `read_export` next to `pandas.read_excel(engine="openpyxl")` in the same run
  (target: ours <= 0.3x the baseline);
- 100,000 x 40 CSV: our time (target <= 2 s);
- 1,000,000 x 40 CSV: peak memory of a load in a fresh process, `resource.getrusage` ru_maxrss (target <= 2 GB).

Files are generated (fixed seed) in a temporary folder; nothing is read from or written to the repository.
"""

from __future__ import annotations

import argparse
import csv
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

COLUMNS = 40
FIRST = ["Maria", "Ana", "Olena", "Nguyen", "Fatima", "Aisha", "Ivan", "Jose", "Li", "Amina", "Sofia", "Omar"]
LAST = ["Lopez", "Kovalenko", "Tran", "Ahmed", "Silva", "Santos", "Petrov", "Wang", "Okafor", "Diallo"]
COUNTRIES = ["PH", "UA", "MD", "US", "ID", "KH", "MM", "NG", "RO", "BY", "VN", "TH", "LK", "NP", "HT"]
WORDS = ["met", "at", "the", "border", "said", "she", "was", "promised", "work", "in", "a", "hotel", "kept", "phone"]


def make_columns(rows: int, seed: int = 7) -> list[tuple[str, list[str]]]:
    """40 columns shaped like a case export: IDs, names, contacts, dates, categories, numbers, notes, flags."""
    rng = np.random.default_rng(seed)
    idx = np.arange(rows)
    first = np.array(FIRST)[rng.integers(0, len(FIRST), rows)]
    last = np.array(LAST)[rng.integers(0, len(LAST), rows)]
    days = rng.integers(0, 20000, rows).astype("timedelta64[D]") + np.datetime64("1960-01-01")
    reg = rng.integers(0, 3000, rows).astype("timedelta64[D]") + np.datetime64("2015-01-01")
    cols: list[tuple[str, list[str]]] = [
        ("Case ID", [f"CASE-{i:07d}" for i in idx]),
        ("First name", list(first)),
        ("Last name", list(last)),
        ("Full name", [f"{a} {b}" for a, b in zip(first, last, strict=True)]),
        ("Birth date", [str(d) for d in days]),
        ("Phone", [f"+63 9{n:09d}" for n in rng.integers(0, 10**9, rows)]),
        ("Email", [f"{a.lower()}.{b.lower()}{i}@example.org" for a, b, i in zip(first, last, idx, strict=True)]),
        ("Registration date", [str(d) for d in reg]),
        ("Gender", list(np.array(["Female", "Male", "Transgender", ""])[rng.integers(0, 4, rows)])),
        ("Citizenship", list(np.array(COUNTRIES)[rng.integers(0, len(COUNTRIES), rows)])),
        ("Country of exploitation", list(np.array(COUNTRIES)[rng.integers(0, len(COUNTRIES), rows)])),
        ("Age", [str(a) for a in rng.integers(5, 80, rows)]),
        ("Notes", [" ".join(rng.choice(WORDS, 10)) for _ in range(rows)]),
    ]
    while len(cols) < COLUMNS:
        k = len(cols)
        if k % 3 == 0:
            values = list(np.array(["0", "1", ""])[rng.integers(0, 3, rows)])
        elif k % 3 == 1:
            values = list(np.array([f"Option {j}" for j in range(12)])[rng.integers(0, 12, rows)])
        else:
            values = [str(v) for v in rng.integers(0, 1000, rows)]
        cols.append((f"Field {k}", values))
    return cols


def write_csv(path: Path, rows: int) -> None:
    cols = make_columns(rows)
    with path.open("w", encoding="utf-8", newline="") as file:
        writer = csv.writer(file)
        writer.writerow([name for name, _ in cols])
        writer.writerows(zip(*(values for _, values in cols), strict=True))


def write_xlsx(path: Path, rows: int) -> None:
    import openpyxl

    cols = make_columns(rows)
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Victims")
    sheet.append([name for name, _ in cols])
    for row in zip(*(values for _, values in cols), strict=True):
        sheet.append(list(row))
    book.save(path)


def timed(fn: object, *args: object) -> float:
    start = time.perf_counter()
    fn(*args)  # type: ignore[operator]
    return time.perf_counter() - start


def cpu_timed(fn: object, *args: object) -> float:
    """CPU seconds of this process: on a shared machine wall time also counts other programs' turns."""
    start = time.process_time()
    fn(*args)  # type: ignore[operator]
    return time.process_time() - start


# On Linux, VmHWM is the high-water mark of this process's own memory since exec; ru_maxrss also counts the
# parent's size at fork (it survives exec), which inflated the figure to ~3.9 GB when this script had just
# generated the 1M-row file itself. Elsewhere ru_maxrss is what there is.
PEAK_SCRIPT = """
import resource, sys
from ctdc_desktop.core.io.read_export import read_export
table = read_export(sys.argv[1])
peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
try:
    with open("/proc/self/status") as status:
        peak_kb = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
except (OSError, StopIteration):
    pass
print(len(table.frame), peak_kb)
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--big-rows", type=int, default=1_000_000)
    parser.add_argument("--keep", type=Path, help="reuse/keep generated files in this folder")
    args = parser.parse_args()

    import pandas as pd

    from ctdc_desktop.core.io.read_export import read_export

    folder = args.keep or Path(tempfile.mkdtemp(prefix="ctdc-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    xlsx = folder / f"export_{args.rows}x{COLUMNS}.xlsx"
    small_csv = folder / f"export_{args.rows}x{COLUMNS}.csv"
    big_csv = folder / f"export_{args.big_rows}x{COLUMNS}.csv"
    for path, make, rows in (
        (xlsx, write_xlsx, args.rows),
        (small_csv, write_csv, args.rows),
        (big_csv, write_csv, args.big_rows),
    ):
        if not path.exists():
            print(f"generating {path.name} ...", file=sys.stderr)
            make(path, rows)

    # Peak memory first, in a child started while this process is still small: on Linux a child's ru_maxrss
    # starts from the parent's resident size at fork, so a big parent would inflate the figure.
    started = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", PEAK_SCRIPT, str(big_csv)], capture_output=True, text=True, check=True)
    big_time = time.perf_counter() - started
    loaded, peak_kb = (int(x) for x in out.stdout.split())
    assert loaded == args.big_rows, out.stdout
    peak_gb = peak_kb / (1024 * 1024 * (1024 if sys.platform == "darwin" else 1))

    ours_xlsx = timed(read_export, xlsx)
    baseline = timed(lambda p: pd.read_excel(p, engine="openpyxl", dtype=str), xlsx)
    ours_csv = min(timed(read_export, small_csv) for _ in range(3))
    ours_csv_cpu = min(cpu_timed(read_export, small_csv) for _ in range(3))
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")

    mb = 1024 * 1024
    rows_out = [
        ("XLSX", f"{args.rows:,} x {COLUMNS}", f"{xlsx.stat().st_size / mb:.0f} MB", f"{ours_xlsx:.2f} s",
         f"openpyxl {baseline:.2f} s; ratio {ours_xlsx / baseline:.2f} (target <= 0.30)"),
        ("CSV", f"{args.rows:,} x {COLUMNS}", f"{small_csv.stat().st_size / mb:.0f} MB", f"{ours_csv:.2f} s",
         f"best of 3 (CPU {ours_csv_cpu:.2f} s); target <= 2 s"),
        ("CSV", f"{args.big_rows:,} x {COLUMNS}", f"{big_csv.stat().st_size / mb:.0f} MB", f"{big_time:.1f} s",
         f"peak memory {peak_gb:.2f} GB (target <= 2 GB)"),
    ]  # fmt: skip
    print(f"load average during the run: {load:.1f} on {os.cpu_count()} cores")
    print(f"{'file':<5} {'size':<18} {'on disk':>8} {'ours':>9}  comparison")
    for kind, shape, disk, ours, note in rows_out:
        print(f"{kind:<5} {shape:<18} {disk:>8} {ours:>9}  {note}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
