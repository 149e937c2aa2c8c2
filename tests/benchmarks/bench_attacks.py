"""Benchmark: attack risk of our releases, measured with anonymeter, against pac-synth's at the same epsilon.

Run (anonymeter is layered on top of the project's environment, see pyproject.toml for why it is not listed there):

    uv run --with "anonymeter>=1.1" python tests/benchmarks/bench_attacks.py --quick      # about 10 minutes
    uv run --with "anonymeter>=1.1" python tests/benchmarks/bench_attacks.py              # the full run, 1-2 hours
        [--only NAME] [--rows 10000] [--control 2000] [--shuffles 3] [--syntheses 2] [--attacks 500]
        [--epsilon 1 4] [--skip-pacsynth] [--workers 2]

anonymeter pins numpy below 1.27, so in that process the synthesizers run on numpy 1.26 (and pandas 3.0), not the
numpy 2 the app ships with; the method is the same.

What it measures (anonymeter 1.1, Giomi et al., "A Unified Framework for Quantifying Privacy Risk in Synthetic
Data", PoPETs 2023). Each table is shuffled; the first `--control` rows are held out as the control set, the next
`--rows` rows (at most) are given to each generator. The three attacks use the synthetic records to attack the
records the generator saw and, the same way, the control records it never saw; the risk is the excess success on
the former, (attack - control) / (1 - control), so what a generator learns about people in general (which is the
point of a release) does not count, only what it gives away about the people in its input:

- singling out (SinglingOutEvaluator, multivariate, 3 columns): predicates taken from synthetic records that pick
  out exactly one real record;
- linkability (LinkabilityEvaluator, 1 neighbour): the real records are cut in two column blocks (`LINK_SPLIT`:
  the victim's own answers and the perpetrator or means-of-control block), as two separate lists an adversary
  might hold; a record is linked when both halves have the same nearest synthetic record;
- inference (InferenceEvaluator, nearest synthetic record by Gower distance) of every sensitive column
  (`SENSITIVE`: exploitation, role, means-of-control and recruiter flags) from all the other columns.

Generators: ours (`synthesize` with DpParams, reporting length 3, balanced) at each epsilon, pac-synth at the same
epsilon (`pacsynth_records.py`: synthetic counts, balanced, every column a sensitive-zero column), and ours
k-anonymous (k = 10, reporting length 4, the app's defaults). pac-synth is skipped, with a note, if it is not
installed.

Single runs mislead (issue 19: inference of isSexualExploit on our epsilon 4 output ranged from .000 to .164 over
six runs), so each risk is pooled over `--shuffles` splits x `--syntheses` fresh syntheses: the attack, control and
baseline successes are summed and anonymeter's own formula (Wilson intervals, 95 %) is applied to the sums. That
interval treats every attack as independent; syntheses differ more than that, so the printed interval is the wider
of it and a cluster-robust one (each run a cluster, delta method on the pooled ratio; with 2 runs it is rough). A
ratio ours / pac-synth is marked `HIGHER` when our whole
interval lies above pac-synth's, `lower` when below.

Tables: the generated 2022-format table (`codebook_2022_table.py`), the release-like 2022 table
(`release_like_2022_table.py`, made by pac-synth itself, kept in .benchmarks/), ../shared/data/ctdc/derived/
final_data.csv in codebook form (flags "1" or empty) and a generated wide 2021-format table
(`codebook_2021_table.py`, 37 columns). Missing cells are one category ("") for every attack.
"""

from __future__ import annotations

import argparse
import json
import logging
import math
import multiprocessing
import os
import re
import sys
import time
import warnings
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import numpy as np
import pandas as pd

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

DATA = ROOT.parent / "shared" / "data" / "ctdc" / "derived"

_2022_VICTIM = ["yearRegister", "gender", "majorityStatus", "isForcedLabour", "isSexualExploit"]
_2022_VICTIM += ["UN_COO_Region", "UN_COE_Region"]
_2022_ROLES = ["IP_RecruiterBroker", "IP_TransactionProcess", "IP_ControlAbuseKidnap", "IP_Exploiter"]
_2022_PERPETRATOR = [*_2022_ROLES, "IP_Relation", "IP_Gender", "IP_ageBroad", "IP_citizen_UNRegion", "IP_PayMoney"]
_FINAL_MEANS = [
    "Means Debt Bondage Earnings",
    "Means Threats",
    "Means Abuse",
    "Means False Promises",
    "Means Drugs Alcohol",
    "Means Deny Basic Needs",
    "Means Excessive Work Hours",
    "Means Withhold Docs",
]
_FINAL_RECRUITER = [f"Recruiter Relation {r}" for r in ("Intimate Partner", "Friend", "Family", "Other")]


def _2021_columns() -> tuple[list[str], list[str]]:
    from codebook_2021_table import COLUMNS

    sensitive = [
        c
        for c in COLUMNS
        if c.startswith(("meansOfControl", "typeOfLabour", "typeOfSex", "recruiterRelation"))
        or c in ("isForcedLabour", "isSexualExploit", "isOtherExploit")
    ]
    victim = ["yearOfRegistration", "gender", "ageBroad", "majorityStatusAtExploit", "citizenship"]
    victim += ["CountryOfExploitation", "traffickMonths", "isForcedLabour", "isSexualExploit", "isOtherExploit"]
    victim += [c for c in COLUMNS if c.startswith(("typeOfLabour", "typeOfSex"))]
    return sensitive, victim


# Per table: the columns whose value is inferred from all the others, and the first block of the linkability split
# (the second block is every other column).
SENSITIVE: dict[str, list[str]] = {
    "generated_2022": ["isForcedLabour", "isSexualExploit", *_2022_ROLES],
    "release_like_2022": ["isForcedLabour", "isSexualExploit", *_2022_ROLES],
    "final_data": ["isForcedLabour", "isSexualExploit", *_FINAL_MEANS, *_FINAL_RECRUITER],
    "generated_2021": _2021_columns()[0],
}
LINK_SPLIT: dict[str, list[str]] = {
    "generated_2022": _2022_VICTIM,
    "release_like_2022": _2022_VICTIM,
    "final_data": [
        "Age Band",
        "Trafficking Duration",
        "isForcedLabour",
        "isSexualExploit",
        "Trans/NonConforming",
        "Woman",
        "Is Citizen of Country",
    ],
    "generated_2021": _2021_columns()[1],
}
TABLES = tuple(SENSITIVE)


def _as_categories(frame: pd.DataFrame) -> pd.DataFrame:
    """Every cell a string, missing = "" (one category for every attack), as object columns."""
    return frame.astype(object).where(frame.notna(), "").astype(str).astype(object)


def _codebook_form(frame: pd.DataFrame) -> pd.DataFrame:
    """As bench_dp_vs_pacsynth: a column holding only 0/1 becomes "1" or empty, as the codebooks write flags."""
    out = frame.copy()
    for name in out.columns:
        if set(out[name].unique()) <= {"0", "1"}:
            out[name] = out[name].where(out[name] == "1", "")
    return out


@cache
def load_table(name: str, rows: int) -> pd.DataFrame | None:
    """The whole table (at least `rows` records where generated), cells as strings; None if not available here."""
    if name == "generated_2022":
        from codebook_2022_table import make_codebook_2022_table

        return _as_categories(make_codebook_2022_table(rows, seed=3))
    if name == "release_like_2022":
        from release_like_2022_table import make_release_like_2022_table

        made = make_release_like_2022_table()
        return None if made is None else _as_categories(made)
    if name == "final_data":
        path = DATA / "final_data.csv"
        if not path.is_file():
            return None
        return _as_categories(_codebook_form(pd.read_csv(path, dtype=str, keep_default_na=False)))
    if name == "generated_2021":
        from codebook_2021_table import make_codebook_2021_table

        return _as_categories(make_codebook_2021_table(rows, seed=7))
    raise ValueError(name)


def pacsynth_installed() -> bool:
    try:
        import pacsynth  # noqa: F401  (only whether it is installed)
    except ImportError:
        return False
    return True


# ---------------------------------------------------------------------------------------------------------------
# Generators: each takes the training frame (strings, "" = missing) and a seed, returns synthetic records likewise.


def _ours_dp(epsilon: float) -> Callable[[pd.DataFrame, int], pd.DataFrame]:
    def run(train: pd.DataFrame, seed: int) -> pd.DataFrame:
        from ctdc_desktop.core.synth.model import DpParams
        from ctdc_desktop.core.synth.synthesize import synthesize

        frame = train.replace("", None)
        return synthesize(frame, DpParams(epsilon=epsilon, reporting_length=3, seed=seed)).records

    return run


def _pacsynth(epsilon: float) -> Callable[[pd.DataFrame, int], pd.DataFrame]:
    def run(train: pd.DataFrame, seed: int) -> pd.DataFrame:
        from pacsynth_records import pacsynth_records

        return pacsynth_records(train, epsilon, 3)[1]  # its noise and sampling cannot be seeded

    return run


def _ours_kanon(train: pd.DataFrame, seed: int) -> pd.DataFrame:
    from ctdc_desktop.core.synth.model import KAnonParams
    from ctdc_desktop.core.synth.synthesize import synthesize

    return synthesize(train.replace("", None), KAnonParams(k=10, reporting_length=4, seed=seed)).records


def generators(epsilons: list[float], with_pacsynth: bool) -> dict[str, Callable[[pd.DataFrame, int], pd.DataFrame]]:
    out: dict[str, Callable[[pd.DataFrame, int], pd.DataFrame]] = {}
    for epsilon in epsilons:
        out[f"ours eps {epsilon:g}"] = _ours_dp(epsilon)
        if with_pacsynth:
            out[f"pac-synth eps {epsilon:g}"] = _pacsynth(epsilon)
    out["ours k-anon 10"] = _ours_kanon
    return out


# ---------------------------------------------------------------------------------------------------------------
# Attack counts, summed over runs.


@dataclass
class Counts:
    """One attack's successes on one generator, summed over runs; `runs` keeps each run's own
    (successes, attacks, control successes, control attacks) for the interval."""

    attacks: int = 0
    success: int = 0
    baseline_attacks: int = 0
    baseline: int = 0
    control_attacks: int = 0
    control: float = 0.0
    runs: list[tuple[int, int, float, int]] = field(default_factory=list)
    queries: list[int] = field(default_factory=list)  # singling out: queries the attacker could make, per run

    def add(self, other: Counts) -> None:
        self.attacks += other.attacks
        self.success += other.success
        self.baseline_attacks += other.baseline_attacks
        self.baseline += other.baseline
        self.control_attacks += other.control_attacks
        self.control += other.control
        self.runs.extend(other.runs)
        self.queries.extend(other.queries)

    def risk(self) -> tuple[float, float, float]:
        """Pooled risk (anonymeter's formula on the sums) and its 95 % interval: the wider of anonymeter's (every
        attack independent) and a cluster-robust one (runs as clusters, delta method on the pooled ratio)."""
        from anonymeter.stats.confidence import EvaluationResults, residual_success

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            results = EvaluationResults(
                n_attacks=(self.attacks, self.baseline_attacks, self.control_attacks),
                n_success=self.success,
                n_baseline=self.baseline,
                n_control=self.control,  # type: ignore[arg-type]  (singling out corrects it to a float)
                confidence_level=0.95,
            )
            assert results.control_rate is not None
            residual = residual_success(results.attack_rate, results.control_rate)
        half = residual.error
        if len(self.runs) > 1:
            attack = self.success / self.attacks
            control = min(self.control / self.control_attacks, 1 - 1e-9)
            by_attack, by_control = 1 / (1 - control), (attack - 1) / (1 - control) ** 2
            influence = [
                by_attack * (s - attack * n) / self.attacks + by_control * (c - control * m) / self.control_attacks
                for s, n, c, m in self.runs
            ]
            k = len(self.runs)
            cluster = math.sqrt(k / (k - 1) * sum(u * u for u in influence))
            half = max(half, 1.96 * cluster)
        value = residual.value
        return min(max(value, 0.0), 1.0), min(max(value - half, 0.0), 1.0), min(max(value + half, 0.0), 1.0)

    def to_json(self) -> dict[str, object]:
        return {k: v for k, v in self.__dict__.items()}

    @classmethod
    def from_json(cls, data: dict[str, object]) -> Counts:
        out = cls(**data)  # type: ignore[arg-type]
        out.runs = [tuple(r) for r in out.runs]  # type: ignore[misc]
        return out


def _counts(results: object, attacks: tuple[int, int, int]) -> Counts:
    """Counts from an evaluated anonymeter evaluator's results()."""
    n_success = int(results.n_success)  # type: ignore[attr-defined]
    n_control = float(results.n_control)  # type: ignore[attr-defined]
    return Counts(
        attacks=attacks[0],
        success=n_success,
        baseline_attacks=attacks[1],
        baseline=int(results.n_baseline),  # type: ignore[attr-defined]
        control_attacks=attacks[2],
        control=n_control,
        runs=[(n_success, attacks[0], n_control, attacks[2])],
    )


class _Messages(logging.Handler):
    def __init__(self) -> None:
        super().__init__()
        self.texts: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.texts.append(record.getMessage())


def attack(
    name: str,
    train: pd.DataFrame,
    control: pd.DataFrame,
    synthetic: pd.DataFrame,
    n_attacks: int,
    max_attempts: int,
    seed: int,
) -> dict[str, Counts]:
    """Singling out, linkability and inference of each sensitive column, one run, as counts."""
    from anonymeter.evaluators import InferenceEvaluator, LinkabilityEvaluator, SinglingOutEvaluator

    out: dict[str, Counts] = {}
    n_control = min(n_attacks, len(control))
    n_attacks = min(n_attacks, len(train), n_control)
    np.random.seed(seed)  # inference and linkability choose their targets with numpy's global generator
    messages = _Messages()
    logger = logging.getLogger("anonymeter.evaluators.singling_out_evaluator")
    logger.addHandler(messages)
    logger.propagate = False  # its "could generate only N queries" is read below, not printed
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "attack as good as baseline": the risk is then 0, as printed
        singling = SinglingOutEvaluator(
            ori=train,
            syn=synthetic,
            control=control,
            n_attacks=n_attacks,
            n_cols=3,
            max_attempts=max_attempts,
            seed=seed,
        ).evaluate(mode="multivariate")
        out["singling out"] = _counts(singling.results(), (n_attacks, n_attacks, n_attacks))
        logger.removeHandler(messages)
        found = re.search(r"could generate only (\d+) singling out queries", " ".join(messages.texts))
        out["singling out"].queries = [int(found.group(1)) if found else n_attacks]

        first = LINK_SPLIT[name]
        second = [c for c in train.columns if c not in first]
        linking = LinkabilityEvaluator(
            ori=train, syn=synthetic, control=control, aux_cols=(first, second), n_attacks=n_attacks, n_neighbors=1
        ).evaluate(n_jobs=1)
        out["linkability"] = _counts(linking.results(), (n_attacks, n_attacks, n_attacks))

        for secret in SENSITIVE[name]:
            inferring = InferenceEvaluator(
                ori=train,
                syn=synthetic,
                control=control,
                aux_cols=[c for c in train.columns if c != secret],
                secret=secret,
                regression=False,
                n_attacks=n_attacks,
            ).evaluate(n_jobs=1)
            baseline_attacks = min(len(synthetic), n_attacks)
            out[f"inference {secret}"] = _counts(inferring.results(), (n_attacks, baseline_attacks, n_control))
    return out


@dataclass(frozen=True)
class Job:
    table: str
    shuffle: int
    synthesis: int
    rows: int
    control: int
    n_attacks: int
    max_attempts: int
    epsilons: tuple[float, ...]
    with_pacsynth: bool


def run_job(job: Job) -> tuple[Job, dict[str, dict[str, Counts]], dict[str, float], dict[str, int]]:
    """One split and one fresh synthesis per generator; the attacks on each. Runs in a worker process."""
    whole = load_table(job.table, job.rows + job.control)
    assert whole is not None
    order = np.random.default_rng(1000 + job.shuffle).permutation(len(whole))
    control = whole.iloc[order[: job.control]].reset_index(drop=True)
    train = whole.iloc[order[job.control : job.control + job.rows]].reset_index(drop=True)
    found: dict[str, dict[str, Counts]] = {}
    seconds: dict[str, float] = {}
    records: dict[str, int] = {}
    seed = 100 * job.shuffle + job.synthesis
    for method, make in generators(list(job.epsilons), job.with_pacsynth).items():
        started = time.perf_counter()
        synthetic = _as_categories(make(train, seed))[list(train.columns)]
        seconds[f"synth {method}"] = time.perf_counter() - started
        records[method] = len(synthetic)
        started = time.perf_counter()
        found[method] = attack(job.table, train, control, synthetic, job.n_attacks, job.max_attempts, seed)
        seconds[f"attack {method}"] = time.perf_counter() - started
    return job, found, seconds, records


# ---------------------------------------------------------------------------------------------------------------
# The printed table.


def _cell(value: tuple[float, float, float] | None) -> str:
    if value is None:
        return "-"
    risk, low, high = value
    return f"{risk:.3f} [{low:.3f}, {high:.3f}]"


def _ratio(ours: tuple[float, float, float] | None, theirs: tuple[float, float, float] | None) -> str:
    if ours is None or theirs is None:
        return "-"
    text = "n/a" if theirs[0] == 0 else f"{ours[0] / theirs[0]:.2f}"
    if ours[1] > theirs[2]:
        text += " HIGHER"
    elif ours[2] < theirs[1]:
        text += " lower"
    return text


def print_results(
    pooled: dict[str, dict[str, dict[str, Counts]]], epsilons: list[float], with_pacsynth: bool, runs: dict[str, int]
) -> list[str]:
    """One markdown table: a row per table and attack; returns the lines marked HIGHER."""
    header = ["table", "attack"]
    for epsilon in epsilons:
        header += [f"ours eps {epsilon:g}"]
        if with_pacsynth:
            header += [f"pac-synth eps {epsilon:g}", f"ours/pac eps {epsilon:g}"]
    header += ["ours k-anon 10"]
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    higher: list[str] = []
    for table, by_method in pooled.items():
        attacks = list(next(iter(by_method.values())))
        inference = [a for a in attacks if a.startswith("inference ")]
        rows = [*attacks, "inference, all sensitive columns"]
        for attack_name in rows:
            risks: dict[str, tuple[float, float, float] | None] = {}
            for method, counts in by_method.items():
                if attack_name == "inference, all sensitive columns":
                    total = Counts()
                    for name in inference:
                        total.add(counts[name])
                    # One cluster per run (all its secrets together), so that the interval counts runs.
                    total.runs = [
                        (
                            sum(counts[name].runs[i][0] for name in inference),
                            sum(counts[name].runs[i][1] for name in inference),
                            sum(counts[name].runs[i][2] for name in inference),
                            sum(counts[name].runs[i][3] for name in inference),
                        )
                        for i in range(len(counts[inference[0]].runs))
                    ]
                    risks[method] = total.risk()
                else:
                    risks[method] = counts[attack_name].risk()
            cells = [f"{table} ({runs[table]} runs)", attack_name.replace("inference ", "inference: ")]
            for epsilon in epsilons:
                ours = risks.get(f"ours eps {epsilon:g}")
                cells.append(_cell(ours))
                if with_pacsynth:
                    theirs = risks.get(f"pac-synth eps {epsilon:g}")
                    ratio = _ratio(ours, theirs)
                    cells += [_cell(theirs), ratio]
                    if "HIGHER" in ratio:
                        higher.append(
                            f"{table}, {attack_name}, eps {epsilon:g}: ours {_cell(ours)}, pac-synth {_cell(theirs)}"
                        )
            cells.append(_cell(risks.get("ours k-anon 10")))
            print("| " + " | ".join(cells) + " |")
    return higher


@dataclass
class Plan:
    """The run's sizes, once --quick and the defaults are applied."""

    rows: int
    control: int
    shuffles: int
    syntheses: int
    n_attacks: int
    attempts: int
    epsilons: list[float]
    with_pacsynth: bool

    def jobs(self, tables: list[str]) -> list[Job]:
        """One job per table, split and synthesis: the order the progress lines come in."""
        sizes = (self.rows, self.control, self.n_attacks, self.attempts)
        return [
            Job(table, s, j, *sizes, tuple(self.epsilons), self.with_pacsynth)
            for table in tables
            for s in range(self.shuffles)
            for j in range(self.syntheses)
        ]


@dataclass
class Totals:
    """What the runs found, summed per table, generator and attack, and what they cost."""

    pooled: dict[str, dict[str, dict[str, Counts]]] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)
    records: dict[str, list[int]] = field(default_factory=dict)
    runs: dict[str, int] = field(default_factory=dict)

    def add(self, job: Job, found: dict[str, dict[str, Counts]], took: dict[str, float], made: dict[str, int]) -> None:
        self.runs[job.table] = self.runs.get(job.table, 0) + 1
        for method, by_attack in found.items():
            target = self.pooled.setdefault(job.table, {}).setdefault(method, {})
            for attack_name, counts in by_attack.items():
                target.setdefault(attack_name, Counts()).add(counts)
            self.records.setdefault(f"{job.table}: {method}", []).append(made[method])
        for key, value in took.items():
            self.seconds[key] = self.seconds.get(key, 0.0) + value


def main() -> None:
    args = _parse_args()
    if args.reprint:
        _reprint(args.reprint)
        return
    plan = _plan(args)
    _announce(plan, args.skip_pacsynth)
    available = _available_tables(plan, args.only)
    sys.stdout.flush()  # the table lines before the workers' output
    started = time.perf_counter()
    totals = _run_jobs(plan.jobs(available), args.workers, started)
    _print_costs(totals, plan.n_attacks, started)
    if args.save:
        _save(args.save, totals, plan)
    report(totals.pooled, plan.epsilons, plan.with_pacsynth, totals.runs)


def _parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="3,000 rows, 1,000 control, 2 runs, 200 attacks")
    parser.add_argument("--only", help="run only tables whose name contains this")
    parser.add_argument("--rows", type=int, help="rows given to each generator (default 10,000; quick 3,000)")
    parser.add_argument("--control", type=int, help="rows held out as control (default 2,000; quick 1,000)")
    parser.add_argument("--shuffles", type=int, help="splits of each table (default 3; quick 1)")
    parser.add_argument("--syntheses", type=int, help="fresh syntheses per split (default 2; quick 2)")
    parser.add_argument("--attacks", type=int, help="attacks per evaluator and run (default 500; quick 200)")
    parser.add_argument(
        "--singling-attempts",
        type=int,
        help="singling out: candidate predicates tried per run (default 200,000; quick 50,000; anonymeter's 10 million "
        "takes minutes a run)",
    )
    parser.add_argument("--epsilon", type=float, nargs="+", default=[1.0, 4.0])
    parser.add_argument("--skip-pacsynth", action="store_true")
    parser.add_argument("--workers", type=int, default=2, help="processes (default 2)")
    parser.add_argument("--save", type=Path, help="also write the pooled counts to this JSON file")
    parser.add_argument("--reprint", type=Path, help="print the table of a file written by --save, run nothing")
    return parser.parse_args()


def _reprint(path: Path) -> None:
    """The table of a file written by --save (no run: the counts are pooled already)."""
    saved = json.loads(path.read_text(encoding="utf-8"))
    pooled = {
        t: {m: {a: Counts.from_json(c) for a, c in by.items()} for m, by in methods.items()}
        for t, methods in saved["pooled"].items()
    }
    report(pooled, saved["epsilons"], saved["with_pacsynth"], saved["runs"])


def _plan(args: argparse.Namespace) -> Plan:
    return Plan(
        rows=args.rows or (3_000 if args.quick else 10_000),
        control=args.control or (1_000 if args.quick else 2_000),
        shuffles=args.shuffles or (1 if args.quick else 3),
        syntheses=args.syntheses or 2,
        n_attacks=args.attacks or (200 if args.quick else 500),
        attempts=args.singling_attempts or (50_000 if args.quick else 200_000),
        epsilons=args.epsilon,
        with_pacsynth=not args.skip_pacsynth and pacsynth_installed(),
    )


def _announce(plan: Plan, skip_pacsynth: bool) -> None:
    """Say what is left out and what will run; exit if anonymeter is missing (it is not in the project's env)."""
    if not skip_pacsynth and not plan.with_pacsynth:
        print("NOTE: pac-synth is not installed: its columns are left out (uv sync installs it with the dev group).")
    os.environ.setdefault("NUMBA_NUM_THREADS", "1")  # two worker processes share the two cores
    try:
        import anonymeter
    except ImportError:
        sys.exit(
            'anonymeter is missing: run as  uv run --with "anonymeter>=1.1" python tests/benchmarks/bench_attacks.py'
        )
    print(
        f"anonymeter {getattr(anonymeter, '__version__', '1.1')}; {plan.rows:,} rows to each generator, "
        f"{plan.control:,} held out; {plan.shuffles} split(s) x {plan.syntheses} synthesis(es); {plan.n_attacks} "
        f"attacks per evaluator and run, up to {plan.attempts:,} singling-out candidates; "
        f"DP at epsilon {', '.join(f'{e:g}' for e in plan.epsilons)}, reporting length 3; k-anonymity k = 10, L = 4"
    )


def _available_tables(plan: Plan, only: str | None) -> list[str]:
    """The tables to attack: those `--only` names, that are here and large enough; one line on each."""
    available: list[str] = []
    for table in [t for t in TABLES if not only or only in t]:
        # made here once, before the workers (the release-like table is cached on disk)
        frame = load_table(table, plan.rows + plan.control)
        if frame is None:
            print(f"NOTE: {table} is not available here (file missing or pac-synth not installed); skipped.")
            continue
        if len(frame) < plan.control + 100:
            print(f"NOTE: {table} has only {len(frame)} rows; skipped.")
            continue
        shown = min(plan.rows, len(frame) - plan.control)
        print(
            f"{table}: {len(frame):,} x {frame.shape[1]}, {shown:,} to the generators, {len(SENSITIVE[table])} "
            f"sensitive columns, link split {len(LINK_SPLIT[table])} / {frame.shape[1] - len(LINK_SPLIT[table])}"
        )
        available.append(table)
    return available


def _run_jobs(jobs: list[Job], workers: int, started: float) -> Totals:
    """Every job in `workers` processes, summed as they finish; a line for each."""
    totals = Totals()
    # spawn, not fork: polars (inside anonymeter) can deadlock in a forked child
    with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn")) as pool:
        for job, found, took, made in pool.map(run_job, jobs):
            totals.add(job, found, took, made)
            print(
                f"  done {job.table} split {job.shuffle} synthesis {job.synthesis} "
                f"({time.perf_counter() - started:.0f} s)",
                flush=True,
            )
    return totals


def _print_costs(totals: Totals, n_attacks: int, started: float) -> None:
    """Records made, singling-out queries found, seconds per step and the wall time."""
    print("\nSynthetic records per run (mean), singling-out queries the attacker found in them (of the attacks):")
    for key, counts in totals.records.items():
        table, method = key.split(": ", 1)
        queries = totals.pooled[table][method]["singling out"].queries
        print(f"  {key}: {np.mean(counts):,.0f} records, {np.mean(queries):.0f} of {n_attacks} queries")
    print("Seconds, summed over runs: " + ", ".join(f"{k} {v:.0f}" for k, v in totals.seconds.items()))
    print(f"Wall time {time.perf_counter() - started:.0f} s\n")


def _save(path: Path, totals: Totals, plan: Plan) -> None:
    """The pooled counts as JSON, for --reprint."""
    saved = {
        "epsilons": plan.epsilons,
        "with_pacsynth": plan.with_pacsynth,
        "runs": totals.runs,
        "pooled": {
            t: {m: {a: c.to_json() for a, c in by.items()} for m, by in methods.items()}
            for t, methods in totals.pooled.items()
        },
    }
    path.write_text(json.dumps(saved), encoding="utf-8")


def report(
    pooled: dict[str, dict[str, dict[str, Counts]]], epsilons: list[float], with_pacsynth: bool, runs: dict[str, int]
) -> None:
    print(
        "Risk = anonymeter's residual risk (attack on the generator's input vs on held-out control), pooled; "
        "[95 % interval, the wider of anonymeter's and a cluster-robust one over runs]\n"
    )
    higher = print_results(pooled, epsilons, with_pacsynth, runs)
    print()
    if with_pacsynth:
        if higher:
            print("Where our pooled risk is above pac-synth's beyond the intervals:")
            print("\n".join(f"  {line}" for line in higher))
        else:
            print("Our pooled risk is nowhere above pac-synth's beyond the intervals.")


if __name__ == "__main__":
    main()
