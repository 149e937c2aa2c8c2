"""The utility yardstick: hand-computed values on tiny tables, and the edge cases of each metric."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from ctdc_desktop.core.evaluate.utility import EXPLANATIONS, evaluate_synthesis
from ctdc_desktop.core.progress import RecordingProgress
from ctdc_desktop.core.synth.table import encode_table


def frame(rows: list[list[str | None]]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["gender", "age"], dtype=object)


def test_identical_data_has_no_error() -> None:
    real = frame([["F", "a"], ["M", "b"], ["F", None]] * 5)
    evaluation = evaluate_synthesis(real, real.copy(), 2)
    for item in evaluation.by_length:
        assert item.mean_absolute_error == 0
        assert item.suppressed_share == item.fabricated_share == 0
    assert evaluation.by_length[0].mean_relative_error == 0
    assert evaluation.sensitive_records == evaluation.synthetic_records == 15


def test_hand_computed_example() -> None:
    # Real: F×12, M×3, (F,a)×12.  Synthetic: F×10, X×1, (F,a)×10, (X,a)×1.
    real = frame([["F", "a"]] * 12 + [["M", None]] * 3)
    synthetic = frame([["F", "a"]] * 10 + [["X", "a"]])
    evaluation = evaluate_synthesis(real, synthetic, 2)
    singles, pairs = evaluation.by_length
    # Singles. Real: F 12, M 3, a 12. Synthetic: F 10, X 1, a 11. Union: F, M, a, X.
    assert singles.sensitive_combinations == 3
    assert singles.synthetic_combinations == 3
    assert singles.mean_absolute_error == pytest.approx((2 + 3 + 1 + 1) / 4)
    assert singles.mean_relative_error == pytest.approx((2 / 12 + 1 / 12) / 2)  # only F and a have count >= 10
    assert singles.relative_error_combinations == 2
    assert singles.suppressed_share == pytest.approx(1 / 3)  # M
    assert singles.fabricated_share == pytest.approx(1 / 3)  # X
    # Pairs. Real: (F,a) 12. Synthetic: (F,a) 10, (X,a) 1.
    assert pairs.mean_absolute_error == pytest.approx((2 + 1) / 2)
    assert pairs.mean_relative_error == pytest.approx(2 / 12)
    assert pairs.suppressed_share == 0
    assert pairs.fabricated_share == pytest.approx(1 / 2)


def test_relative_error_is_none_without_counts_of_ten() -> None:
    real = frame([["F", "a"], ["M", "b"]])
    evaluation = evaluate_synthesis(real, real, 1)
    assert evaluation.by_length[0].mean_relative_error is None
    assert "off by" in evaluation.by_length[0].describe()


def test_empty_synthetic_data_suppresses_everything() -> None:
    real = frame([["F", "a"]] * 12)
    empty = pd.DataFrame({"gender": [], "age": []}, dtype=object)
    evaluation = evaluate_synthesis(encode_table(real), empty, 2)
    assert evaluation.synthetic_records == 0
    assert all(item.suppressed_share == 1 for item in evaluation.by_length)
    assert evaluation.by_length[0].mean_relative_error == 1


def test_column_order_and_whitespace_do_not_matter_but_other_columns_do() -> None:
    real = frame([["F", "a"]] * 10)
    shuffled = pd.DataFrame({"age": [" a"] * 10, "gender": ["F "] * 10}, dtype=object)
    assert evaluate_synthesis(real, shuffled, 2).by_length[1].mean_absolute_error == 0
    with pytest.raises(ValueError, match="other columns"):
        evaluate_synthesis(real, shuffled.rename(columns={"age": "year"}), 2)


def test_json_and_plain_words() -> None:
    real = frame([["F", "a"]] * 12)
    evaluation = evaluate_synthesis(real, real, 2)
    document = json.loads(json.dumps(evaluation.to_json_dict()))
    assert document["by_length"][1]["length"] == 2
    assert set(document["explanations"]) == {name for name, _ in EXPLANATIONS}
    text = evaluation.describe()
    assert "combinations of 2 answers" in text and "12 records" in text


def test_many_values_and_long_combinations_take_the_row_matching_path() -> None:
    # 20,000 distinct labels and length 5 overflow the packed integer keys: combinations are matched as rows.
    n = 20_000
    real = pd.DataFrame(
        {
            "case": [f"case {i}" for i in range(n)],
            "a": ["x", "y"] * (n // 2),
            "b": ["u"] * n,
            "c": ["p", "q", "r", "s"] * (n // 4),
            "d": ["1"] * n,
        },
        dtype=object,
    )
    synthetic = real.iloc[: n // 2]
    evaluation = evaluate_synthesis(real, synthetic, 5)
    five = evaluation.by_length[4]
    assert five.sensitive_combinations == n and five.synthetic_combinations == n // 2
    assert five.suppressed_share == pytest.approx(0.5)
    assert five.fabricated_share == 0
    assert evaluation.by_length[1].mean_relative_error == pytest.approx(0.5)


def test_progress_moves_forward_only() -> None:
    # Both countings used to report 0-100 % on the same bar: the terminal showed 100 % → 44 % → 100 %.
    real = pd.DataFrame({"a": ["x", "y"] * 50, "b": ["u", "v", "w", "u"] * 25})
    synthetic = real.iloc[:60].copy()
    progress = RecordingProgress()
    evaluate_synthesis(real, synthetic, 2, progress)
    shares = [done / total for done, total, _ in progress.reports if total > 0]
    assert shares and shares[-1] == 1.0
    assert shares == sorted(shares), shares
