"""pac-synth's DP aggregate-seeded records of a table, as the DP benchmark runs it (one place for its settings)."""

from __future__ import annotations

import time

import pandas as pd


def pacsynth_records(frame: pd.DataFrame, epsilon: float, length: int) -> tuple[float, pd.DataFrame]:
    """Seconds taken and pac-synth's records: synthetic counts, balanced fabrication, 2 threads, every column a
    "sensitive zero" column (so that a 0 counts as a value, as it does for us); its `<semicolon>` escapes undone."""
    import pacsynth

    pacsynth.set_number_of_threads(2)
    text = frame.fillna("").astype(str)
    raw = [list(text.columns), *text.to_numpy().tolist()]
    started = time.perf_counter()
    dataset = pacsynth.Dataset(raw, sensitive_zeros=list(text.columns))
    params = (
        pacsynth.DpAggregateSeededParametersBuilder()
        .reporting_length(length)
        .epsilon(epsilon)
        .use_synthetic_counts(True)
        .fabrication_mode(pacsynth.FabricationMode.balanced())
        .build()
    )
    synthesizer = pacsynth.DpAggregateSeededSynthesizer(params)
    synthesizer.fit(dataset)
    sampled = synthesizer.sample()
    elapsed = time.perf_counter() - started
    records = pd.DataFrame(sampled[1:], columns=sampled[0], dtype=object)
    records = records.apply(lambda column: column.str.replace("<semicolon>", ";", regex=False))
    return elapsed, records[list(frame.columns)]
