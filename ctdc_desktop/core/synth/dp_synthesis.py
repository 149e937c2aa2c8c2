"""Method 2, the 2022 release: differentially private aggregate-seeded synthesis.

After Microsoft's synthetic-data-showcase (SDS, "DP aggregate-seeded synthesis", docs/dp in its repository), which
follows Gopi, Mahabadi, Yekhanin et al.'s "Differentially Private Marginals". Our own implementation, in numpy, with
OpenDP for the noise and the quantile. `synthesize_dp` (here) runs two stages: protected counts of short combinations
of values (the aggregates, the only stage that reads the data), then synthetic records drawn from those counts alone.

Aggregates (`dp_aggregates.dp_aggregates`), under zero-concentrated DP (zCDP):

1. A noisy record count (discrete Gaussian). The default delta is derived from it.
2. A DP bound M on how many values one record holds (OpenDP's exponential-mechanism quantile: the 95th percentile,
   the 99th from epsilon 4 on, since truncation bias outweighs the extra noise there; epsilon is public, so the choice
   costs nothing). A record with more values keeps a random M of them, so it adds to at most C(M, k) combinations of
   length k. SDS bounds each length separately; one bound on values serves all lengths at once, costs one query and
   keeps a record's combinations nested (its k-combinations are exactly the sub-combinations of its kept values).
3. For k = 1..L: discrete Gaussian noise (OpenDP, never seeded) on the count of every candidate combination. The L2
   sensitivity is sqrt(C(M, k)), so noise of scale sigma_k costs C(M, k) / (2 sigma_k^2) of zCDP. Candidates of
   length 1 are the values in the data; a value only the added record holds has count 1 and survives the threshold
   with probability at most delta/2 in all (the stability argument SDS uses). Candidates of length k > 1 are all
   combinations whose (k-1)-sub-combinations were all released, zero counts included, so the candidate list is a
   function of earlier DP output. A threshold per length, set by the fabrication control (and, for pairs, by whether
   the table is narrow), drops the combinations noise alone could have raised.
4. Post-processing: a combination's count never exceeds any of its parents'; the aggregates then name only released
   values (each column's categories renumbered), since the input's category list is data too.

How the budget is split (`accounting.split_budget`): half of delta covers the 1-count threshold, half the conversion
from zCDP to (epsilon, delta). Of the zCDP budget, the record count takes a share fixed by epsilon alone (it comes
before delta is known), the bound 1 %, and the rest goes to the lengths 1..L in equal parts (pac-synth's shares for
the first two; an even split measured best). The conversions are in `accounting.py`, the argument in docs/privacy.md.

Records (`dp_sampling.sample_records`), seeded by `DpParams.seed`; they read only the aggregates and the published
noise scales, so they carry the same guarantee (post-processing):

5. A small Bayesian network read off the released 1-, 2- and 3-counts (after PrivBayes and the Chow-Liu tree), whose
   tables are fitted to the released counts by iterative proportional fitting; released 3-counts small beside their
   noise are first pulled toward what the pairs imply (empirical Bayes).
6. Values drawn in tree order by systematic sampling (synthetic counts stay on the noisy counts, as SDS's "synthetic
   counts" option), a value that would form a pair or triple the release does not list weighed down (pac-synth's
   rule, made soft); on narrow tables records are kept out of unlisted pairs wherever the 1-counts allow.
7. The records moved toward the released counts (`match_released_counts`, after PrivSyn's GUM), only into
   combinations the release lists or the fitted tables expect enough records in.

Every tuning value (percentiles, the thresholds' chances, weights, the moves' budget of work) is a field of
`dp_tuning.DpTuning`. Why each has its value, and everything else that was tried and measured against pac-synth
(issue 12, six rounds, with their benchmark tables), is recorded in docs/dev/dp_tuning.md.
"""

from __future__ import annotations

import time

import numpy as np
import numpy.typing as npt

from ctdc_desktop.core.progress import Progress, stages
from ctdc_desktop.core.synth.dp_aggregates import dp_aggregates
from ctdc_desktop.core.synth.dp_sampling import sample_records
from ctdc_desktop.core.synth.dp_tuning import TUNING
from ctdc_desktop.core.synth.model import Aggregates, DpParams, SynthesisResult
from ctdc_desktop.core.synth.table import MISSING, EncodedTable, decode_records
from ctdc_desktop.core.translation import translate


def synthesize_dp(table: EncodedTable, params: DpParams, progress: Progress) -> SynthesisResult:
    """The whole DP release: protected aggregates, then synthetic records drawn from them (seeded by `params.seed`).

    Raises `SynthInputError` for bad parameters and `Cancelled` when the user stops."""
    timings: dict[str, float] = {}
    started = time.perf_counter()
    # The records take longer than the aggregates since they are moved toward the released counts (about 1 : 4).
    outer = stages(progress, {"aggregates": 1, "records": 4})
    stage_aggregates = outer["aggregates"]
    result = dp_aggregates(table, params, stage_aggregates)
    timings["aggregates"] = time.perf_counter() - started
    sampled = time.perf_counter()
    # With no value released there is nothing to draw: an all-empty record would carry no information.
    released_any = any(len(c) for c in result.aggregates.by_length.values())
    n_records = round(result.aggregates.record_count) if released_any else 0
    # Unlisted combinations may take up what the listed counts leave over (withholding it moved the mass onto other
    # unlisted combinations). On narrow tables pairs are the exception, unless fabrication is left uncontrolled.
    codes = sample_records(
        result.aggregates,
        n_records,
        params.seed,
        outer["records"],
        unreleased_share=TUNING.unreleased_share,
        unreleased_pairs=params.fabrication == "uncontrolled",
        noise_scales=result.noise_scales,
    )
    records = decode_records(table, _to_table_codes(table, result.aggregates, codes))
    timings["records"] = time.perf_counter() - sampled
    progress.report(1000, 1000, translate("Progress", "Done"))
    return SynthesisResult(
        records=records,
        aggregates=result.aggregates,
        method="dp",
        parameters=result.parameters,
        privacy=result.privacy,
        timings=timings,
    )


def _to_table_codes(table: EncodedTable, aggregates: Aggregates, codes: npt.NDArray[np.int32]) -> npt.NDArray[np.int32]:
    """Codes over the aggregates' released values back to the table's codes (-1 stays missing)."""
    out = np.full_like(codes, MISSING)
    for j, labels in enumerate(aggregates.values):
        if not labels:
            continue
        position = {label: code for code, label in enumerate(table.values[j])}
        back = np.array([position[label] for label in labels], dtype=np.int32)
        present = codes[:, j] >= 0
        out[present, j] = back[codes[present, j]]
    return out
