"""End-to-end tests of the DP synthesizer on small tables, and of its seeded record-sampling stage on its own."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from ctdc_desktop.core.progress import Cancelled, NoProgress, RecordingProgress
from ctdc_desktop.core.synth import accounting
from ctdc_desktop.core.synth.combinations import count_combinations
from ctdc_desktop.core.synth.dp_aggregates import _truncate_records, dp_aggregates, fabrication_chances
from ctdc_desktop.core.synth.dp_sampling import sample_records
from ctdc_desktop.core.synth.dp_synthesis import synthesize_dp
from ctdc_desktop.core.synth.model import FABRICATION_MODES, Aggregates, DpParams, SynthInputError
from ctdc_desktop.core.synth.table import EncodedTable, encode_table


def structured_frame(rows: int, seed: int = 0) -> pd.DataFrame:
    """Five related columns, some cells missing: gender drives work, work drives region, age is loosely tied."""
    rng = np.random.default_rng(seed)
    gender = rng.choice(["Female", "Male"], size=rows, p=[0.7, 0.3])
    work = np.where(
        gender == "Female",
        rng.choice(["Sexual", "Labour", "Other"], size=rows, p=[0.6, 0.3, 0.1]),
        rng.choice(["Sexual", "Labour", "Other"], size=rows, p=[0.1, 0.8, 0.1]),
    )
    region = np.where(work == "Labour", rng.choice(["Asia", "Europe"], size=rows, p=[0.8, 0.2]), "Americas")
    age = rng.choice(["0--8", "9--17", "18--20", "21--23", "24--26"], size=rows)
    flag = np.where(rng.random(rows) < 0.4, "1", None)
    frame = pd.DataFrame({"gender": gender, "work": work, "region": region, "age": age, "flag": flag}, dtype=object)
    frame.loc[rng.random(rows) < 0.1, "age"] = None
    return frame


@pytest.fixture(scope="module")
def table() -> EncodedTable:
    return encode_table(structured_frame(3000))


def _check_domain(records: pd.DataFrame, table: EncodedTable) -> None:
    assert list(records.columns) == list(table.columns)
    for j, name in enumerate(table.columns):
        seen = {v for v in records[name] if v is not None}
        assert seen <= set(table.values[j]), f"column {name} has values outside the input"


def test_result_shape_domain_and_budget(table: EncodedTable) -> None:
    progress = RecordingProgress()
    result = synthesize_dp(table, DpParams(seed=3), progress)
    assert result.method == "dp"
    _check_domain(result.records, table)
    assert len(result.records) == round(result.aggregates.record_count)
    assert result.records.notna().any(axis=None)
    # The noisy count is close: its noise has sigma of about 50 at epsilon 4.
    assert abs(result.aggregates.record_count - table.n_records) < 400
    # Budget: exactly the epsilon asked for, with the delta derived from the protected count.
    assert result.privacy is not None
    assert result.privacy.epsilon == pytest.approx(4.0, rel=1e-9)
    assert result.privacy.delta == pytest.approx(accounting.default_delta(result.aggregates.record_count))
    assert result.parameters["delta"] == result.privacy.delta
    assert result.parameters["delta_derived"] == "yes"
    assert result.privacy.rho == pytest.approx(accounting.epsilon_to_zcdp(4.0, result.privacy.delta / 2), rel=1e-9)
    assert {"aggregates", "records"} <= set(result.timings)
    # Parameters are public: nothing that counts the data's own values (the length-1 candidates) is among them.
    assert "candidates_1" not in result.parameters
    assert "candidates_2" in result.parameters
    # Progress: reported, within range, ending at the end.
    assert progress.reports
    assert all(0 <= done <= total for done, total, _ in progress.reports)
    assert progress.reports[-1][0] == progress.reports[-1][1]


def test_explicit_delta_is_used(table: EncodedTable) -> None:
    result = synthesize_dp(table, DpParams(delta=1e-7), NoProgress())
    assert result.privacy is not None
    assert result.privacy.delta == 1e-7
    assert result.parameters["delta_derived"] == "no"


def test_aggregates_are_consistent(table: EncodedTable) -> None:
    aggregates = dp_aggregates(table, DpParams(), NoProgress()).aggregates
    # 3,000 records over five related columns: combinations of every length up to 3 are released, or the checks
    # below would hold of nothing.
    assert sorted(aggregates.by_length) == [1, 2, 3]
    assert all(len(counts) > 0 for counts in aggregates.by_length.values())
    index: dict[tuple[tuple[int, int], ...], float] = {}
    for k, counts in aggregates.by_length.items():
        assert counts.column_index.shape == counts.value_code.shape == (len(counts), k)
        assert (counts.count >= 1).all()
        assert (np.diff(counts.column_index, axis=1) > 0).all()  # distinct columns, ascending
        for cols, codes, count in zip(counts.column_index, counts.value_code, counts.count, strict=True):
            # Codes number the released values (the aggregates' own list), not the input's categories.
            assert all(0 <= int(v) < len(aggregates.values[int(c)]) for c, v in zip(cols, codes, strict=True))
            index[tuple(zip(cols.tolist(), codes.tolist(), strict=True))] = float(count)
            if k == 1:
                assert count <= aggregates.record_count
    # Every value the aggregates name has its own released count, once.
    ones = aggregates.by_length[1]
    for j, labels in enumerate(aggregates.values):
        assert sorted(ones.value_code[ones.column_index[:, 0] == j, 0].tolist()) == list(range(len(labels)))
    longer = [combo for combo in index if len(combo) > 1]
    assert len(longer) >= 20
    for combo in longer:
        for drop in range(len(combo)):
            parent = combo[:drop] + combo[drop + 1 :]
            assert parent in index, "a released combination must have all its parents released"
            assert index[combo] <= index[parent], "a combination cannot count more records than its parent"


def test_aggregates_track_the_truth_at_high_epsilon(table: EncodedTable) -> None:
    # With a huge budget the noise is tiny: the released 1- and 2-counts are the true ones, give or take 3, and every
    # combination that occurs is released (here each occurs in dozens of records at least).
    aggregates = dp_aggregates(table, DpParams(epsilon=5000.0), NoProgress()).aggregates
    true = count_combinations(table, 2)
    for k in (1, 2):
        # By labels: the aggregates number their released values anew.
        truth = {
            tuple((c, table.values[c][v]) for c, v in zip(cs, vs, strict=True)): n
            for cs, vs, n in zip(true[k].column_index.tolist(), true[k].value_code.tolist(), true[k].count, strict=True)
        }
        got = aggregates.by_length[k]
        released = {
            tuple((c, aggregates.values[c][v]) for c, v in zip(cs, vs, strict=True)): n
            for cs, vs, n in zip(got.column_index.tolist(), got.value_code.tolist(), got.count, strict=True)
        }
        assert min(truth.values()) >= 20
        assert set(released) == set(truth), f"length {k}: released and true combinations differ"
        for combo, n in released.items():
            assert abs(n - truth[combo]) <= 3, combo


def test_synthetic_counts_follow_the_data_at_high_epsilon(table: EncodedTable) -> None:
    result = synthesize_dp(table, DpParams(epsilon=5000.0, seed=1), NoProgress())
    synthetic = encode_table(result.records.fillna(""))
    for name in ("gender", "work", "region"):
        real = pd.Series(table.codes[:, table.columns.index(name)]).value_counts(normalize=True)
        got = result.records[name].value_counts(normalize=True)
        for code, share in real.items():
            if code >= 0:
                label = table.values[table.columns.index(name)][int(code)]
                assert abs(got.get(label, 0.0) - share) < 0.02
    # The strong dependence survives: men mostly in labour, as in the data (80 %).
    men = result.records[result.records["gender"] == "Male"]
    assert (men["work"] == "Labour").mean() > 0.7
    assert synthetic.n_records == len(result.records)


def test_record_sampling_is_reproducible_for_the_same_aggregates(table: EncodedTable) -> None:
    aggregates = dp_aggregates(table, DpParams(), NoProgress()).aggregates
    n = round(aggregates.record_count)
    a = sample_records(aggregates, n, seed=11)
    b = sample_records(aggregates, n, seed=11)
    c = sample_records(aggregates, n, seed=12)
    assert np.array_equal(a, b)
    assert not np.array_equal(a, c)
    assert not np.array_equal(sample_records(aggregates, n), sample_records(aggregates, n))


def test_unseeded_noise_makes_runs_differ_even_with_a_seed(table: EncodedTable) -> None:
    first = dp_aggregates(table, DpParams(seed=1), NoProgress()).aggregates
    second = dp_aggregates(table, DpParams(seed=1), NoProgress()).aggregates
    assert not np.array_equal(first.by_length[1].count, second.by_length[1].count) or (
        first.record_count != second.record_count
    )


def test_sampler_reproduces_exact_aggregates() -> None:
    # Fed exact counts (no noise), the sampler must land on the 1-counts and the strong pairs closely.
    table = encode_table(structured_frame(5000, seed=4))
    exact = count_combinations(table, 3)
    aggregates = Aggregates(table.columns, table.values, float(table.n_records), exact)
    codes = sample_records(aggregates, table.n_records, seed=2)
    synthetic = EncodedTable(table.columns, table.values, codes)
    got = count_combinations(synthetic, 2)
    for k in (1, 2):
        truth = {
            (tuple(c), tuple(v)): n
            for c, v, n in zip(
                exact[k].column_index.tolist(), exact[k].value_code.tolist(), exact[k].count, strict=True
            )
        }
        mine = {
            (tuple(c), tuple(v)): n
            for c, v, n in zip(got[k].column_index.tolist(), got[k].value_code.tolist(), got[k].count, strict=True)
        }
        errors = [abs(mine.get(key, 0) - n) / n for key, n in truth.items() if n >= 100]
        limit = 0.02 if k == 1 else 0.15
        assert np.mean(errors) < limit, (k, np.mean(errors))


def test_truncation_keeps_a_random_subset_of_each_long_record() -> None:
    codes = np.array([[0, 1, 2, 3, -1], [0, -1, -1, -1, -1], [4, 4, 4, 4, 4]], dtype=np.int32)
    out = _truncate_records(codes, 2)
    assert ((out != -1).sum(axis=1) == [2, 1, 2]).all()
    kept = out != -1
    assert (out[kept] == codes[kept]).all()  # kept cells are original cells
    assert (out[1] == codes[1]).all()  # short records untouched


def test_fabrication_modes_order_their_thresholds() -> None:
    assert set(FABRICATION_MODES) == {"uncontrolled", "progressive", "balanced", "minimize"}
    for n_columns in (16, 37):
        minimize = fabrication_chances("minimize", 3, n_columns)
        balanced = fabrication_chances("balanced", 3, n_columns)
        progressive = fabrication_chances("progressive", 3, n_columns)
        uncontrolled = fabrication_chances("uncontrolled", 3, n_columns)
        for k in (2, 3):
            assert minimize[k] <= balanced[k] <= progressive[k] <= uncontrolled[k] == 0.5


def test_narrow_tables_list_more_pairs_than_wide_ones() -> None:
    # Records of a narrow table hold only released pairs, so its pairs get the lower threshold
    # (docs/dev/dp_tuning.md, sixth round).
    narrow, wide = fabrication_chances("balanced", 3, 16), fabrication_chances("balanced", 3, 37)
    assert narrow[2] > wide[2]
    assert narrow[3] == wide[3]


@pytest.mark.parametrize(
    ("params", "word"),
    [
        (DpParams(epsilon=0.0), "Epsilon"),
        (DpParams(epsilon=float("inf")), "Epsilon"),
        (DpParams(delta=0.5), "Delta"),
        (DpParams(reporting_length=0), "reporting length"),
        (DpParams(fabrication="sometimes"), "fabrication"),
    ],
)
def test_bad_parameters_get_a_clear_message(table: EncodedTable, params: DpParams, word: str) -> None:
    with pytest.raises(SynthInputError, match=word):
        synthesize_dp(table, params, NoProgress())


def test_cancel_is_honoured_in_every_stage(table: EncodedTable) -> None:
    full = RecordingProgress()
    synthesize_dp(table, DpParams(), full)
    total = len(full.reports)
    assert total >= 8
    # Cancel after the first report, in the middle of the aggregates, and while drawing records: each stops the run.
    for after in sorted({1, total // 3, (2 * total) // 3, total - 2}):
        progress = RecordingProgress(cancel_after=after)
        with pytest.raises(Cancelled):
            synthesize_dp(table, DpParams(), progress)
        assert len(progress.reports) <= after + 1  # stopped at the next check, not at the end


# Edge cases: each runs, gives records in the input's domain, and says what it did.


def test_one_column() -> None:
    frame = pd.DataFrame({"gender": ["Female"] * 700 + ["Male"] * 300})
    table = encode_table(frame)
    result = synthesize_dp(table, DpParams(seed=1), NoProgress())
    _check_domain(result.records, table)
    assert result.parameters["reporting_length"] == 1  # no combinations longer than the number of columns
    assert abs((result.records["gender"] == "Female").mean() - 0.7) < 0.05


def test_one_row() -> None:
    table = encode_table(pd.DataFrame({"a": ["x"], "b": ["y"], "c": ["z"]}))
    result = synthesize_dp(table, DpParams(seed=1), NoProgress())
    _check_domain(result.records, table)
    # One record cannot clear the threshold that hides single records: nothing of it is released.
    assert all(len(c) == 0 for c in result.aggregates.by_length.values())
    assert len(result.records) == 0


def test_all_empty_column() -> None:
    frame = structured_frame(1000)
    frame["nothing"] = None
    table = encode_table(frame)
    result = synthesize_dp(table, DpParams(seed=1), NoProgress())
    _check_domain(result.records, table)
    assert result.records["nothing"].isna().all()


def test_sixty_columns() -> None:
    rng = np.random.default_rng(5)
    frame = pd.DataFrame({f"flag{j}": np.where(rng.random(400) < 0.3, "1", None) for j in range(60)}, dtype=object)
    table = encode_table(frame)
    result = synthesize_dp(table, DpParams(seed=1), NoProgress())
    _check_domain(result.records, table)
    assert result.records.shape[1] == 60
    bound = result.parameters["values_per_record_bound"]
    assert isinstance(bound, int) and 1 <= bound <= 60


def test_column_with_500_categories() -> None:
    rng = np.random.default_rng(6)
    rows = 5000
    frame = pd.DataFrame(
        {
            "place": [f"place{int(i):03d}" for i in rng.integers(0, 500, rows)],
            "gender": rng.choice(["Female", "Male"], rows),
            "work": rng.choice(["Sexual", "Labour"], rows),
        }
    )
    table = encode_table(frame)
    result = synthesize_dp(table, DpParams(seed=1), NoProgress())
    _check_domain(result.records, table)
    # About 10 records per place: under the threshold that protects single values, so places are mostly suppressed,
    # while the two common columns come through.
    assert result.records["gender"].notna().mean() > 0.9
    # The aggregates name only released values: the suppressed places are not even listed.
    place = table.columns.index("place")
    listed = result.aggregates.values[place]
    assert len(listed) < 500
    assert set(result.records["place"].dropna()) <= set(listed)
    ones = result.aggregates.by_length[1]
    assert sorted(ones.value_code[ones.column_index[:, 0] == place, 0].tolist()) == list(range(len(listed)))
    sigma = result.parameters["sigma_1"]  # the noise on single values is published, and is a real noise
    assert isinstance(sigma, float) and 0 < sigma < math.inf


def test_value_bound_lands_near_the_percentile() -> None:
    from ctdc_desktop.core.synth.dp_aggregates import dp_value_bound

    rng = np.random.default_rng(8)
    values = np.minimum(rng.poisson(6, 20_000), 30)
    expected = int(np.quantile(values, 0.95))
    # A generous budget: the exponential mechanism picks the true percentile or a neighbour.
    assert abs(dp_value_bound(values, 30, rho=5.0) - expected) <= 1
    # Any budget: the answer is a possible number of values.
    assert 1 <= dp_value_bound(values, 30, rho=1e-6) <= 30


def test_reporting_length_one_still_gives_full_records() -> None:
    # Without 2-counts the columns are drawn independently; records must still hold several values, also when every
    # column has missing cells (then a wrongly zeroed pair table would leave one value per record).
    frame = structured_frame(3000, seed=9)
    rng = np.random.default_rng(9)
    for name in frame.columns:
        frame.loc[rng.random(len(frame)) < 0.3, name] = None
    table = encode_table(frame)
    result = synthesize_dp(table, DpParams(reporting_length=1, seed=1), NoProgress())
    assert set(result.aggregates.by_length) == {1}
    filled = result.records.notna().sum(axis=1).mean()
    expected = (table.codes >= 0).sum(axis=1).mean()
    assert abs(filled - expected) < 0.3


def test_value_percentile_is_chosen_by_epsilon_alone() -> None:
    from ctdc_desktop.core.synth.dp_aggregates import value_percentile

    # Public input only: the percentile may depend on epsilon, never on the data, so the bound still costs rho_Q.
    assert value_percentile(1.0) == 0.95
    assert value_percentile(3.99) == 0.95
    assert value_percentile(4.0) == 0.99
    assert value_percentile(8.0) == 0.99


def test_value_bound_at_the_99th_percentile_lands_near_it() -> None:
    from ctdc_desktop.core.synth.dp_aggregates import dp_value_bound

    rng = np.random.default_rng(9)
    values = np.minimum(rng.poisson(6, 20_000), 30)
    expected = int(np.quantile(values, 0.99))
    assert expected > int(np.quantile(values, 0.95))  # the two percentiles differ here, so the test can fail
    assert abs(dp_value_bound(values, 30, rho=5.0, percentile=0.99) - expected) <= 1
