"""The activity log of `ctdc-desktop run` on the sample export with canary values planted in identifying columns
(test_run_cli.py's `planted`): the log records every step of the run, and no canary, case ID or file name."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from ctdc_desktop.activity_log import LOG_FILE
from tests.e2e.test_run_cli import CANARIES, PERPETRATOR_CANARY, cli
from tests.e2e.test_run_cli import planted as planted  # a fixture: the sample export with canaries planted


def log_text(folder: Path) -> str:
    return "".join(path.read_text(encoding="utf-8") for path in sorted(folder.glob(LOG_FILE + "*")))


def test_the_log_of_a_run_holds_its_steps_and_no_value_from_the_export(
    planted: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str], activity_log_folder: Path
) -> None:
    victims, perpetrators = planted
    out = tmp_path / "out"
    out.mkdir()
    code, _, err = cli(
        capsys,
        "run",
        str(victims),
        "--perpetrators",
        str(perpetrators),
        "--recipe",
        "global_synthetic_2021",
        "--drop-flagged",
        "--method",
        "kanon",
        "--k",
        "5",
        "--out",
        str(out),
        "--dataset",
        "Qanarydataset",
    )
    assert code == 0, err
    logged = log_text(activity_log_folder)
    # The run is there, step by step, with counts.
    for line in (
        "command run: started",
        "reading the export: finished in",
        "victims=2,000",  # the sample export's rows
        "stage one: finished",
        "recoding: finished",
        "synthesis (kanon): finished",
        "writing the release bundle: finished",
        "command run: finished",
        "exit_code=0",
    ):
        assert line in logged, line
    # Nothing of the data, nor of where it is.
    frame = pd.read_csv(victims, dtype=str, keep_default_na=False)
    case_ids = frame["cas_CaseID"].head(200).tolist()
    secrets = [*CANARIES.values(), PERPETRATOR_CANARY, "7731", "Qanarynotename", "Qanarydataset", *case_ids]
    secrets += [".csv", str(tmp_path), Path.home().name]  # no file name, no path, no user name
    for secret in secrets:
        assert secret not in logged, secret


def test_a_refused_run_logs_the_error_class_not_its_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], activity_log_folder: Path
) -> None:
    victims = pd.read_csv(Path(__file__).parents[2] / "resources" / "sample" / "sample_victims.csv", dtype=str)
    victims.loc[[10, 11], "prs_Gender"] = "Zorblaxcanary"
    export = tmp_path / "victims.csv"
    victims.to_csv(export, index=False)
    code, _, err = cli(
        capsys, "run", str(export), "--recipe", "global_synthetic_2021", "--drop-flagged", "--out", str(tmp_path)
    )
    assert code == 1 and "Zorblaxcanary" in err  # the user is told the value...
    logged = log_text(activity_log_folder)
    assert "recoding: failed (RunStopped)" in logged
    assert "Zorblaxcanary" not in logged  # ...the log is not
