"""Method 2, the 2022 release: differentially private aggregate-seeded synthesis.

After Microsoft's synthetic-data-showcase (SDS, "DP aggregate-seeded synthesis", docs/dp in its repository), which
follows Gopi, Mahabadi, Yekhanin et al.'s "Differentially Private Marginals". Our own implementation, in numpy:

1. A noisy record count (discrete Gaussian, a small fixed share of the budget). The default delta is derived from it.
2. A DP bound M on how many values one record holds (OpenDP's exponential-mechanism quantile, 95th percentile;
   99th from epsilon 4 on, see `value_percentile`).
   A record with more values keeps a random M of them, so it adds to at most C(M, k) combinations of length k.
   SDS bounds each length separately; one bound on values serves all lengths at once, costs one query and keeps a
   record's combinations nested (its k-combinations are exactly the sub-combinations of its kept values).
3. For k = 1..L: Gaussian noise (OpenDP's discrete Gaussian, never seeded) on the count of every candidate
   combination. L2 sensitivity is sqrt(C(M, k)), so noise of scale sigma_k costs C(M, k) / (2 sigma_k^2) of zCDP.
   Candidates of length 1 are the values in the data; a value only the added record holds has count 1 and survives
   the threshold with probability at most delta/2 in all (the stability argument SDS uses). Candidates of length k>1
   are all combinations whose (k-1)-sub-combinations were all released, zero counts included, so the candidate list
   is a function of earlier DP output. A threshold per length, set by the fabrication mode, drops the combinations
   noise alone could have raised (a zero-count candidate survives with the chosen small probability).
4. Consistency (post-processing): a combination's count never exceeds any of its parents'. The aggregates then name
   only released values (each column's categories renumbered), since the input's category list is data too.
5. Synthetic records drawn from the aggregates alone (`dp_sampling.sample_records`), seeded by `DpParams.seed`.

The budget and its conversions are in `accounting.py`; the argument in docs/privacy.md.

What was tried and measured against pac-synth on dense, correlated tables (issue 12; L = 3, MRE over combinations
counted at least 10 times, fabricated share = synthetic combinations absent from the input; shared 2-core machine
under heavy load from other jobs, so times are inflated and uneven; figures from one run each, noise unseeded):

The aggregate stage was left as it was. On the generated 2022-format table (25,000 × 16, about 10 of 16 cells filled,
`tests/benchmarks/codebook_2022_table.py`) the value bound is M = 15, so sigma_3 = 46 at epsilon 4 (threshold 59):
the released 3-counts alone have MRE .62 and miss 44 % of the triples counted 10 or more; the released 2-counts .28.
So the gain had to come from the records, which can combine the 1-, 2- and 3-counts: the old network's records had
MRE .31 / .41 at lengths 2 / 3, already better than the released counts themselves.

Records: after the network (dp_sampling steps 1-3), the records are moved toward the released counts
(`match_released_counts`, PrivSyn's GUM). Same aggregates, epsilon 4, 2022 table, MRE L1/L2/L3 and fabricated L2/L3:
  network alone (before)                                 .045/.320/.434   .004/.028
  + moves, 2 rounds, half copies, half replaces           .033/.231/.312   .006/.053
  + moves, replaces only                                 .027/.461/.563   .006/.066   (replacing breaks other columns)
  + moves, copies only                                   .120/.404/.678   .000/.001   (collapses onto few records)
  + moves checked: a replace only into listed pairs/triples, 3 rounds, longest tables first
                                                         .057/.306/.533   .001/.003
  + also "inferred" combinations (fit >= 10) allowed, target cells under 10 emptied (as now)
                                                         .060/.291/.464   .000/.002
Unchecked moves gave the lowest error but doubled the fabricated share; checking every pair and triple a replace
makes against the listed ones brought fabrication below pac-synth's at a small cost in error.
Dropped: blanking values of rare unlisted triples (fabricated .013 but L1 MRE .043 -> .092: the records that hold
rare triples are the ones with many values, so blanking drains every column); redrawing such a value among listed
completions instead (.081 L1); replacing such records by copies of random records (L1 .22) or of records sharing
the other values (L1 .115); doing that cleaning before the moves (the unchecked moves fabricate again); a floor on
target cells without checked moves (no effect on fabrication); 4-5 rounds instead of 3 (no gain, 20-60 % slower).
The blanking of rare unlisted pairs (dp_sampling's old step 4) went: the checked moves do its job without losing
values. The moves' work is bounded (records × tables × rounds <= 150 million; pairs before triples, each by released
mass), which keeps 100,000 × 37 at 394 MB peak and 36 s.

Results (`tests/benchmarks/bench_dp_vs_pacsynth.py`, both tools in the same process on the same data; pac-synth with
synthetic counts, balanced fabrication, 2 threads; run once the machine was quiet. An earlier run of the 2022 table
under heavy load gave .049/.296/.497 vs .069/.375/.533, fabricated .001/.005 vs .003/.012 at epsilon 4, and
.123/.474/.718 vs .238/.628/.783, fabricated .000/.004 vs .000/.006 at epsilon 1):

  table, epsilon                   ours MRE L1/L2/L3  pac-synth MRE      ours fabr L2/L3  pac fabr L2/L3  time ours/pac
  2022 generated 25,000x16, 4      .056/.299/.497     .067/.366/.519     .000/.001        .001/.009       13.3 s/182 s
  2022 generated 25,000x16, 1      .112/.476/.711     .258/.640/.790     .000/.005        .000/.003       18.1 s/89.3 s
  final_data codebook 91,043x19, 4 .022/.122/.237     .040/.098/.182     .021/.065        .006/.035       11.2 s/74.4 s
  final_data codebook 91,043x19, 1 .053/.215/.365     .080/.212/.376     .028/.101        .010/.023       8.2 s/44.5 s
  trafficking_cleaned 14,299x10, 4 .137/.274/.385     .277/.413/.493     .026/.060        .093/.136       1.9 s/26.3 s
  trafficking_cleaned 14,299x10, 1 .340/.508/.635     .510/.649/.719     .043/.097        .023/.059       1.6 s/18.1 s
  dados_app 48,773x11, 4           .337/.437/.522     .479/.544/.630     .081/.130        .519/.474       7.1 s/199 s
  dados_app 48,773x11, 1           .565/.682/.783     .683/.752/.827     .198/.284        .377/.454       7.0 s/121 s
  generated 100,000x37, 4          .227/.397/.492     (.345/.530/.608)   .013/.064        (.053/.094)     36 s/(553 s)
  generated 100,000x37, 1          .408/.530/.599     -                  .010/.063        -               134 s/-
  (generated 100,000 x 37: ours only, 394 MB peak, epsilon 1 under load; in brackets pac-synth as measured
  on 2026-11-21 at epsilon 4 with the old sampler, whose own figures were .257/.342/.365 and .012/.120 in 3 s;
  pac-synth needs 10-25 minutes a run there and there was no time to rerun it)

Time: ours is 0.06-0.20 of pac-synth's on every table (0.31 once, in the loaded 2022 run at epsilon 1, where the
load of other jobs fell on our part); the moves are most of our time now, against 1-3 s in all before this change.

Where pac-synth is still better: final_data in codebook form (19 mostly-binary flag columns, 91,043 rows) on
pairs and triples at epsilon 4 (MRE .122 vs .098, .237 vs .182) and about even at epsilon 1 (.215 vs .212 on pairs),
and on fabrication there at both epsilons (.021/.065 vs .006/.035; .028/.101 vs .010/.023); trafficking_cleaned's
fabrication at epsilon 1 (.043/.097 vs .023/.059); the 2022 table's triples' fabrication at epsilon 1 (.005 vs
.003; .004 vs .006 in the loaded run, so within run-to-run noise). On the generated 100,000 x 37 table the moves
cost error at lengths 2/3 against the old sampler (.397/.492 vs .342/.365) while still beating pac-synth's earlier
figures. The error left on final_data is mostly the aggregate stage's: the released 2- and 3-counts themselves have
MRE .132 and .298 there at epsilon 4 (sigma 13.6 and 20.8, M = 9 of 19 values), and the records (.12/.23) already
improve on them. Per-length contribution bounds counted over candidate combinations only, as SDS does, are the next
thing to measure; there was no time left to do it in this round.

Second round on the aggregate stage (issue 12, same benchmark; pac-synth's records kept from one run and reused,
`--pacsynth-cache`; means of 3 runs of ours unless said). The released counts' own MRE (combinations counted >= 10,
2 runs) on final_data in codebook form showed the bound M, not the noise, as the main loss at epsilon 4:
  value bound at the 85th / 90th / 95th / 98th / 99th percentile (M = 7 / 8 / 9 / 10 / 11), epsilon 4:
    released L1/L2/L3 .067/.255/.469  .038/.180/.363  .020/.132/.293  .013/.115/.258  .005/.101/.260
  the same at epsilon 1:
    .103/.316/.605  .070/.265/.541  .053/.213/.517  .044/.214/.498  .041/.207/.519
A record above M loses values, which biases every count it holds down; at epsilon 4 that bias outweighs the extra
noise of a larger M (sigma_3 20.8 -> 29.2). Records (MRE L1/L2/L3, fabricated L2/L3):
  final_data, epsilon 4, 95th (before)   .033/.125/.239  .032/.071
                         98th            .009/.103/.207  .030/.078
                         99th (kept)     .014/.088/.204  .027/.066   (a second set of 3: .009/.093/.211, .026/.068)
  final_data, epsilon 1, 95th (kept)     .053/.221/.373  .024/.078
                         98th            .044/.218/.392  .025/.075
                         99th            .043/.209/.403  .024/.071   (L3 worse: with more noise the bias matters less)
  So the 99th percentile from epsilon 4 on, the 95th below (`value_percentile`; epsilon is public, so the choice
  costs nothing). trafficking_cleaned has 10 of 10 values in every record: M = 10 at both percentiles (40 of 40 draws
  each), the mechanism is the same and its figures moved within run-to-run noise (.142/.288/.392 before,
  .132/.275/.376 after at epsilon 4, 4 runs). The generated 2022 table at epsilon 4 (2 runs): .055/.302/.499 before,
  .043/.299/.497 after, fabricated .000/.002 both.
Tried and dropped:
  - a lower percentile (85th, 90th): smaller noise, but the released counts lose far more to truncation (above);
  - shifting the marginal budget between lengths (with the 99th at epsilon 4). Weights 0.75:1:1.25 improved
    final_data (epsilon 4 .005/.082/.197, epsilon 1 .057/.213/.353) but made trafficking_cleaned's 1-counts worse
    (.131 -> .141 at epsilon 4, .350 -> .362 at epsilon 1); 1:1:1.5 raised final_data's L1 and pairs at epsilon 1
    (.234 vs .222) and trafficking's fabrication. The even split stays (`accounting.length_weights`);
  - a bound on values counted over released values only (values whose 1-count was released): on both tables almost
    every value of every record is released (final_data: 98th percentile 10 either way; trafficking: 10), so a
    second query would only cost budget. SDS's per-length bound over candidate combinations was not built in this
    round (no time); on final_data nearly every pair a record holds is a candidate, so its gain there is doubtful.
Bench (ours against the same pac-synth records, one run each; pac-synth's figures from the run before the change):
  table, epsilon                   ours before        ours after         pac-synth          ours fabr after  pac fabr
  final_data codebook 91,043x19, 4 .016/.125/.237     .011/.094/.228     .039/.103/.193     .027/.058        .010/.041
  final_data codebook 91,043x19, 1 .058/.206/.347     .056/.230/.362     .080/.235/.379     .025/.068        .007/.021
  trafficking_cleaned 14,299x10, 4 .135/.284/.388     .126/.289/.403     .278/.403/.484     .051/.086        .077/.112
  trafficking_cleaned 14,299x10, 1 .358/.527/.659     .350/.538/.649     .482/.632/.711     .052/.095        .031/.070
(at epsilon 1 and on trafficking_cleaned the mechanism is unchanged: those differences are run-to-run noise.)
Still worse than pac-synth: final_data's triples at epsilon 4 (.204-.228 vs .193) and its fabricated shares at both
epsilons; trafficking_cleaned's fabrication at epsilon 1.

Third round (issue 12, the record stage's fabrication; final_data in codebook form unless said, L = 3, means of 2
runs of the whole DP synthesis unless said; the machine was shared with 8+ other jobs, so times here are inflated).
SDS's aggregator (microsoft/synthetic-data-showcase, packages/core/src/dp/noise_aggregator.rs and docs/dp) was read
first: it bounds each length separately by a DP percentile of how many *candidate* k-combinations a record holds,
and pac-synth's defaults put sigma_k in proportion to 1/k (9/14 of the marginal budget on triples) with thresholds
of 0.6 sigma for pairs and 0 for triples; its records then take an attribute only when every combination it forms
with the record's others was released. Where our fabrication came from (one run at epsilon 4): 8 fabricated pairs
and 117 of 125 fabricated triples were combinations the release does not list, mostly held by 1-9 records; the
released counts themselves held no fabricated pair and 8 fabricated triples.
  what                                                        MRE L1/L2/L3        fabricated L2/L3
  before (same aggregates)                                    .013/.082/.206      .023/.068
  records holding an unlisted pair/triple (2.7 %) replaced    .080/.216/.333      .000/.002
    by a copy of the nearest clean record (of 500 drawn)
  the same, then one more round of moves (listed only)        .017/.118/.253      .000/.003
  the same, listed = released or fitted >= 10 / >= 20         .011/.108/.230      .008/.013  / .010/.109/.235 .005/.008
  drawing: unlisted pairs and triples forbidden (released or  .016/.100/.223      .010/.016
    fitted >= 10 allowed; a record with nothing allowed
    leaves the cell empty)
  the same on trafficking_cleaned, epsilon 1 (3 runs)         .430/.617/.747      .007/.012   (before .344/.526/.656,
                                                                                 .047/.096; pac-synth L3 .711)
  drawing, weight per unlisted pair / triple 0.2 / 0.2        .027/.106/.224      .008/.014   (trafficking e1:
                                                                                 .376/.555/.689, .019/.034)
                                             0.5 / 0.5        .012/.096/.206      .017/.025   (.343/.532/.664,
                                                                                 .025/.056)
                                             0.05 / 0.5       .008/.093/.200      .017/.028   (.358/.568/.674,
                                                                                 .020/.049)
                                             0.05 / 1         .008/.087/.198      .020/.048   (.383/.537/.655,
                                                                                 .022/.051)
                                             0.05 / 0.8 (kept) .007/.090/.206     .017/.038   (.358/.524/.650,
                                                                                 .030/.061; epsilon 1 on
                                                                                 final_data .058/.219/.356,
                                                                                 .014/.039)
  The triple weight is a trade: on the generated 2022 table (epsilon 4) 0.05/0.5 gave .051/.314/.519 against
  .048/.300/.500 before (pac-synth .519 at L3), 0.05/1 .047/.295/.498 and 0.2/0.8 .041/.299/.502; its
  fabrication was already near 0. So 0.05 per pair and 0.8 per triple (`dp_sampling.UNLISTED_PAIR_WEIGHT`,
  `UNLISTED_TRIPLE_WEIGHT`). Almost all of the pairs still fabricated on final_data are ones the fitted tables
  expect at least 10 records in (fitted 37-99 at epsilon 1); a floor of 25 instead of 10 for pairs moved the
  fabricated pairs within noise (.017 -> .011 at epsilon 4 but L1 .007 -> .039 in one of 2 runs; .014 -> .014 at
  epsilon 1) and was not kept.
Tried on the aggregate stage with the new drawing (final_data, epsilon 4, 2 runs), none kept:
  - budget weights by length 1:2:3 -> .039/.109/.208; 1:4:9 (pac-synth's) -> .040/.115/.214; 1:1.5:2 ->
    .027/.118/.221: triples gain a little, singles and pairs lose more;
  - fabrication chances 0.01/0.3 -> .008/.105/.207; 0.01/0.5 -> .027/.112/.206; 0.1/0.5 -> .011/.097/.199 with
    triples' fabrication .024: within run-to-run noise of the default;
  - twice the work for the moves (400 million record-table updates): .012/.089/.194, but 2.5 times the time.
  SDS's per-length bound over candidate combinations was not built: on final_data nearly every pair and triple a
  record holds is a candidate, so the bound would be about C(M, k) as now.
Bench after this round (`tests/benchmarks/bench_dp_vs_pacsynth.py`, both tools in one process per table, one run
each, 2026-12-01 15:10-15:35 on the shared machine):
  table, epsilon                   ours MRE L1/L2/L3  pac-synth MRE      ours fabr L2/L3  pac fabr L2/L3  time ours/pac
  final_data codebook 91,043x19, 4 .008/.089/.197     .039/.106/.187     .019/.036        .025/.056       14.7 s/101 s
  final_data codebook 91,043x19, 1 .056/.196/.336     .079/.232/.376     .022/.051        .010/.037       11.8 s/72.9 s
  trafficking_cleaned 14,299x10, 4 .139/.291/.397     .265/.398/.490     .014/.036        .099/.130       1.7 s/26.7 s
  trafficking_cleaned 14,299x10, 1 .351/.519/.650     .485/.635/.711     .013/.046        .015/.042       2.1 s/21.9 s
  2022 generated 25,000x16, 4      .052/.310/.502     .065/.370/.534     .000/.001        .001/.012       13.0 s/147 s
  2022 generated 25,000x16, 1      .125/.476/.685     .217/.610/.784     .000/.004        .000/.002       14.4 s/100 s
  dados_app 48,773x11, 4           .340/.443/.525     .477/.542/.624     .080/.113        .514/.475       8.8 s/203 s
  dados_app 48,773x11, 1           .571/.719/.821     .704/.764/.832     .192/.250        .344/.426       9.9 s/104 s
  generated 100,000x37, 4          .241/.410/.502     (not rerun)        .010/.061        -               38.2 s/-
  generated 100,000x37, 1          .411/.554/.618     (not rerun)        .009/.055        -               28.1 s/-
  (100,000 x 37: ours only, 404 MB peak; pac-synth needs 10-25 minutes a run there, no time to rerun it)
A second dados_app run (same code): .351/.446/.539 vs .468/.541/.627, fabricated .076/.102 vs .526/.478 at epsilon 4;
.565/.697/.794 vs .702/.765/.831, .145/.208 vs .341/.417 at epsilon 1 (15.6 s / 351 s, 10.6 s / 139 s).
final_data, means of 3 runs of ours (the bench run above and 2 against pac-synth's cached 14:00 records): epsilon 4
.009/.092/.200, fabricated .020/.039; epsilon 1 .059/.212/.351, fabricated .019/.046. pac-synth's two runs that day:
epsilon 4 .039/.105/.190 and .039/.106/.187, fabricated .013/.039 and .025/.056; epsilon 1 .078/.214/.362 and
.079/.232/.376, fabricated .003/.020 and .010/.037. So on final_data at epsilon 1 the pairs' MRE is even (.212 vs
.214-.232) and pac-synth fabricates less; at epsilon 4 pac-synth's triples are better by about .01.
The weighing made the generated 100,000 x 37 table (2021 format) clearly worse (epsilon 4: .244-.256/.527-.542/
.729-.752 in two runs against .229/.415/.511 with the code before, same machine): with 37 columns the weight
compounds over many other values and late columns are left empty. It is therefore used only on tables of at most
20 columns (`dp_sampling._MOST_COLUMNS_WEIGHED`); the figures above for that table are with it off, i.e. as before.
On dados_app (11 columns) it costs accuracy too (epsilon 1, L3 .821 against .783 in the round before, pac-synth
.832) while it lowers fabrication (.192/.250 against .198/.284); it stays on there, still ahead of pac-synth.
Still worse than pac-synth after this round: final_data's triples at epsilon 4 (.197 here, .198-.206 in 2-run
means, against pac-synth's .187-.193); final_data's fabricated shares at epsilon 1 (.022/.051 against .010/.037;
.014/.039 in a 2-run mean) and, in this run, at epsilon 4 they were below pac-synth's (in 2-run means .017/.038
against pac-synth's .010-.025/.039-.056 in its runs); trafficking_cleaned's triples' fabrication at epsilon 1 (.046
against .042: within run-to-run noise, 3-run means .030/.061 before against pac-synth's .031/.070 in the round
before); the 2022 table's triples' fabrication at epsilon 1 (.004 against .002, 44 triples against 19). The
stretch goal (half of pac-synth's MRE at lengths 2-3) is met nowhere. What is left: the released 3-counts
themselves (sigma_3 29 at epsilon 4 on final_data) bound the triples' error; the pairs still fabricated are ones
the fitted tables infer from the 1- and 2-counts.

Fourth round (issue 12, tried and not kept): the fixed weight of an unlisted pair (0.05, `prefer_listed`) replaced by
one per pair of columns, set by how much of that pair's count the release covers: coverage c = the share of the
fitted pair table's mass (value cells, missing left out) that falls in listed combinations, and the weight
0.05 ** c (0.05 where the release lists all of the pair, 1 where it lists none; unlisted triples kept at 0.8).
The hope was strong avoidance where an unlisted pair is almost surely fabricated, mild where unlisted is no evidence,
and so no need for the 20-column cutoff. Measured with `bench_dp_vs_pacsynth.py --pacsynth-cache` (ours rerun
against one cached pac-synth run per table and epsilon; same-session runs of the unchanged code as "before"):
  - Coverage counted over listed combinations (released, or fitted >= `_INFERRED_MIN`) is about 1 for nearly every
    pair: on final_data in codebook form the 10th percentile over the 171 column pairs was 1.000 (minimum 0),
    on trafficking_cleaned .996-.998, on the 2022 table .999-1.000. By construction: the fit puts unreleased cells near
    the threshold and any cell fitted >= 10 counts as listed, so what is left unlisted holds almost no mass. The
    weights were thus about 0.05 everywhere and the figures moved within run-to-run noise (final_data epsilon 4
    .005/.091/.202, fabricated .025/.050; epsilon 1 .053/.215/.354, .019/.052; trafficking_cleaned .149/.293/.399
    and .345/.539/.643; 2022 table .050/.302/.507 and .107/.476/.697).
  - Variant: coverage over the *released* pairs only (inferred ones not counted as covered). Lower coverage where
    the threshold suppressed much (2022 table at epsilon 1: 10th percentile .89; final_data at epsilon 1: at least
    10 % of the pairs have no released 2-count at all, coverage 0), still about 1 elsewhere. Means of 2 runs (3 for
    final_data at epsilon 1), MRE L1/L2/L3 and fabricated L2/L3, against the unchanged code in the same session
    (1 run; 2 for final_data at epsilon 1) and pac-synth's cached run:
      table, epsilon              variant                      before                       pac-synth
      final_data codebook, 4      .014/.089/.204 .017/.039     .009/.092/.204 .012/.031     .038/.102/.187 .009/.040
      final_data codebook, 1      .052/.207/.350 .023/.047     .056/.217/.363 .019/.049     .082/.213/.375 .000/.016
      trafficking_cleaned, 4      .141/.296/.404 .021/.047     .124/.276/.393 .027/.056     .251/.395/.485 .109/.130
      trafficking_cleaned, 1      .358/.531/.653 .028/.056     .327/.516/.645 .040/.072     .483/.636/.716 .028/.061
      2022 generated, 4           .046/.305/.508 .002/.003     .041/.307/.518 .001/.002     .063/.373/.538 .001/.012
      2022 generated, 1           .106/.474/.708 .001/.005     .138/.486/.694 .000/.004     .256/.625/.778 .000/.002
    No gain beyond noise: final_data's triples at epsilon 4 stay at .20 against pac-synth's .187, its fabricated
    pairs at epsilon 1 went up a little (.023 vs .019), trafficking_cleaned's pairs at epsilon 4 and the 2022
    table's triples at epsilon 1 a little worse.
  - Without the 20-column cutoff, the generated 100,000 x 37 table at epsilon 4 (ours only): .250/.532/.732 with
    coverage over listed combinations, .264/.525/.717 with coverage over released ones, against .229/.415/.511
    (.241/.410/.502) unweighed and .244-.256/.527-.542/.729-.752 with the fixed 0.05. There most column pairs are
    covered too (median 1.0, 10th percentile .94 / .76), so late columns are still weighed down and emptied: the
    cutoff stays.
  So the fixed weights and the cutoff stay. What a coverage share cannot see: the pairs still fabricated on
  final_data are ones the fit infers (expected >= 10 records), i.e. they count as listed and no weight on
  unlisted pairs touches them; closing that gap needs a different test of which inferred pairs to trust.

Fifth round (issue 12). A new benchmark table first: the published 2022 release is itself aggregate-seeded records
(SDS), so `tests/benchmarks/release_like_2022_table.py` makes a table the same way (pac-synth at epsilon 12 on another
generated 2022 table of 21,195 rows; about 23,000 records). Baseline there (means of 2 runs against one pac-synth
run): epsilon 4 .048/.285/.451, fabricated .021/.033 (pac-synth .067/.345/.489, .020/.067); epsilon 1 .115/.456/.628,
.019/.046 (pac-synth .260/.627/.758, .010/.036). Where our fabrication comes from there at epsilon 1 (one run, after
the moves): all 22 fabricated pairs and 414 of 438 fabricated triples are combinations the fitted tables infer
(expected >= 10 records), not unlisted ones. The fit is not the fault: among unreleased pair cells, those fitted at
10-20 records held 16.6 on average in the data (19 % of them none), those fitted at 40-60 held 78 (4 % none); the
release alone cannot tell the empty ones apart. Measured (`exp` runs: ours 2-3 times per table and epsilon against
one cached pac-synth run each; MRE L1/L2/L3, fabricated L2/L3):
  - Kept: the released 3-counts are weighed against the 3-way table the pair tables alone imply
    (`dp_sampling.shrink_toward_pairs`, empirical Bayes with the public sigma_3 and one relative model error estimated
    from all released cells). The released cells' own MRE (counted >= 10): final_data epsilon 4 .129 -> .127,
    epsilon 1 .281 -> .187; release-like epsilon 4 .309 -> .121. Records, before -> after (means of 2-3 runs):
      final_data codebook, 4   .022/.086/.198 .022/.040   ->  .017/.088/.200 .020/.046
      final_data codebook, 1   .055/.224/.366 .019/.044   ->  .055/.216/.342 .022/.057
      trafficking_cleaned, 4   .127/.288/.397 .015/.039   ->  .137/.294/.389 .019/.053
      trafficking_cleaned, 1   .351/.558/.691 .038/.078   ->  .352/.526/.635 .026/.070
      2022 generated, 4        .048/.307/.514 .000/.002   ->  .044/.275/.394 .000/.002
      2022 generated, 1        .111/.483/.704 .000/.004   ->  .116/.468/.613 .000/.005
      release-like, 4          .048/.285/.451 .021/.033   ->  .038/.268/.349 .020/.041
      release-like, 1          .115/.456/.628 .019/.046   ->  .106/.445/.533 .018/.052
    Only the sets of columns the moves aim at are weighed (the others' counts serve the network's second parents
    as released): on 100,000 x 37 weighing all 5,318 listed sets took 22 s, longer than the whole synthesis.
  - Kept: when the moves have room for fewer 3-way tables than the release lists (final_data: 359 of 726), they take
    the ones the drawn records miss most (`dp_sampling._worst_matched`, among the 2 x room with the most released
    mass) instead of the most massive. Where final_data's triple error sat (epsilon 4, one run): released triples in
    tables the moves aimed at .095, in the others .21; unreleased triples .51-.70. final_data, 3 runs each:
      epsilon 4: .017/.088/.200 .020/.046 -> .016/.083/.191 .013/.036; with the moves' budget at 200 million
                 instead of 150: .011/.087/.187 .012/.033 (pac-synth .187 in this run, .187-.193 in earlier ones)
      epsilon 1: .055/.216/.342 .022/.057 -> .052/.209/.319 .020/.053; 200 million: .055/.203/.310 .018/.050
    A larger budget alone (260 million, tables by mass) gave .196 at epsilon 4.
  Tried and not kept (with the weighing, means of 2 runs unless said):
  - pair cells fitted under a share of the smallest released 2-count emptied in the targets and unlisted (0.2 /
    0.35 of it): fabricated pairs at epsilon 1 fell (release-like .019 -> .014 / .010-.012, trafficking_cleaned
    .033 -> .022-.026 / .014) but the pairs' error rose (release-like .440 -> .473 / .502, final_data .209 -> .213 /
    .226, above pac-synth's .213); with 3-way cells under 0.2 of the smallest 3-count emptied too, release-like at
    epsilon 1 fabricated .010/.021 (below pac-synth) but the 2022 table's triples went .619 -> .702;
  - SDS's own balanced thresholds for triples (a zero-count candidate released with chance 0.5, threshold 0): the
    smallest released 3-count, which caps unreleased cells, falls to about 1, and fabrication fell everywhere
    (final_data epsilon 4 .003/.033, release-like .012/.013 and .014/.011) but values whose every triple is small
    (multi-valued perpetrator cells of the 2022 format) could no longer be placed: L1 .099 on the 2022 table and
    .077 on release-like, worse than pac-synth (.063, .067). The cap raised to 0.15 / 0.5 sigma_3 brought either the
    L1 loss (.100) or the fabrication (.014/.043) back; a chance of 0.4 (threshold 0.25 sigma) took
    trafficking_cleaned's triples at epsilon 4 to .479 against pac-synth's .485;
  - every set of three columns fitted for the list of inferred triples (not only the moves' targets), with the
    unlisted-triple weight at 0.8 or 0.3: within run-to-run noise, the 2022 table's triples worse at 0.3;
  - pairs' counts weighed against independence the same way: the released cells' error rose on final_data (.041 ->
    .058 at epsilon 4), since independence is a poor model of two flags.
  - Kept, last: the weight against unlisted combinations (`prefer_listed`) only when drawing a column of at most 20
    released values (`dp_sampling._MOST_VALUES_WEIGHED`). UCI Adult, added to the bench as a table the method was
    never tuned on, showed pac-synth ahead at epsilon 4 (ours .379/.446/.427 against .371/.408/.413, 2 runs): with
    41 countries most real pairs a value forms are under the threshold, so "not listed" says little and the weight
    pushed records onto common values. With the limit: .308/.403/.403 (2 runs); trafficking_cleaned (4 runs) and
    dados_app (2 runs) within run-to-run noise; no column of the other dense tables has more than 16 values.
Bench after this round (`tests/benchmarks/bench_dp_vs_pacsynth.py`, both tools in one process per table, one run
each, 2026-12-01 18:05-18:55, the machine otherwise quiet; final_data rerun after the speed-ups, trafficking_cleaned,
dados_app and Adult after the limit on weighed columns; the tables without a column above 16 values are unchanged
by it):
  table, epsilon                   ours MRE L1/L2/L3  pac-synth MRE      ours fabr L2/L3  pac fabr L2/L3  time ours/pac
  final_data codebook 91,043x19, 4 .010/.088/.187     .044/.114/.191     .019/.037        .010/.033       10.9 s/59.8 s
  final_data codebook 91,043x19, 1 .052/.197/.305     .077/.199/.350     .019/.054        .010/.028       11.8 s/50.8 s
  trafficking_cleaned 14,299x10, 4 .141/.308/.411     .254/.397/.483     .013/.038        .092/.117       1.7 s/32.5 s
  trafficking_cleaned 14,299x10, 1 .363/.534/.628     .498/.634/.715     .028/.060        .024/.071       1.5 s/25.3 s
  dados_app 48,773x11, 4           .332/.436/.524     .471/.543/.630     .088/.140        .523/.475       5.6 s/231 s
  dados_app 48,773x11, 1           .567/.691/.774     .701/.758/.827     .174/.248        .340/.424       4.7 s/130 s
  2022 generated 25,000x16, 4      .030/.277/.395     .076/.373/.530     .001/.004        .001/.010       6.9 s/146 s
  2022 generated 25,000x16, 1      .093/.461/.615     .234/.637/.784     .000/.004        .001/.006       7.8 s/98.6 s
  release-like 2022 23,331x16, 4   .038/.278/.355     .082/.349/.485     .022/.044        .019/.061       7.2 s/112 s
  release-like 2022 23,331x16, 1   .101/.424/.510     .232/.614/.762     .021/.057        .014/.041       8.3 s/76.3 s
  UCI Adult, ages in decades 30,162x9, 4
                                   .316/.408/.399     .353/.398/.408     .008/.017        .014/.056       1.8 s/75.1 s
  UCI Adult, ages in decades, 1    .433/.586/.604     .494/.627/.648     .000/.007        .001/.019       1.3 s/61.4 s
  generated 100,000x37, 4          .226/.411/.526     .355/.532/.614     .014/.062        .043/.090       13.3 s/1978 s
  generated 100,000x37, 1          .412/.540/.618     .598/.776/.809     .010/.055        .008/.029       14.5 s/1252 s
  (100,000 x 37: pac-synth ran 16:56-17:50 in one process with ours as it was before this round, under load from
  other jobs; ours there .232/.414/.516, .012/.065 and .414/.543/.599, .009/.059 in 20.5 s and 22.3 s. Ours with this
  round's code was rerun alone: 387 MB peak for both epsilons.)
Our MRE is at or below pac-synth's at every length on every table at both epsilons but two near-ties: Adult's pairs
at epsilon 4 (.408 against .398; .403 in the 2-run mean) and, in the 18:05 run before the speed-ups, final_data's
triples at epsilon 4 (.188 against .183; .187 against .191 in the rerun). Where pac-synth is still better: the
fabricated shares at epsilon 1 on final_data (.019/.054 against .010/.028), release-like (.021/.057 against
.014/.041), 100,000 x 37 (triples .055 against .029) and trafficking_cleaned's pairs (.028 against .024), and at
epsilon 4 final_data's and release-like's pairs (.019 against .010, .022 against .019). Our fabricated combinations
at epsilon 1 are ones the fitted tables infer from the released counts (above); the release alone does not tell them
from real ones. The stretch goal (half of pac-synth's MRE at lengths 2-3) is met nowhere; nearest are release-like's
triples at epsilon 1 (.510 against .762, 0.67) and the 2022 table's at epsilon 4 (.395 against .530).

Sixth round (issue 12, the fabricated shares). The fifth round left pac-synth ahead on fabrication at epsilon 1,
because our records filled pairs the release does not list whenever the fit to the 1- and 2-counts expected 10 or
more records there. Tried first: pac-synth's own rule, records only in released combinations (`unreleased_share` 0
for pairs and triples). `exp` runs, ours 2 times against one cached pac-synth run per table and epsilon (MRE
L1/L2/L3, fabricated L2/L3; the same session's unchanged code in brackets):
  final_data codebook, 4   .022/.102/.231 .002/.008  (.013/.084/.186 .016/.036)  pac-synth .038/.102/.187 .009/.040
  final_data codebook, 1   .057/.229/.439 .000/.005  (.055/.215/.320 .021/.052)  pac-synth .082/.213/.375 .000/.016
  release-like, 1          .258/.624/.802 .001/.002  (.096/.431/.539 .020/.053)  pac-synth .260/.627/.758 .010/.036
  trafficking_cleaned, 4   .254/.422/.537 .005/.016  (.151/.296/.391 .022/.056)  pac-synth .251/.395/.485 .109/.130
Fabrication fell below pac-synth's everywhere and the error rose to pac-synth's or above: the fit's unreleased
triples carry real accuracy. Holding only triples to the rule cost triples' error too (final_data epsilon 4 L3 .235).
Holding only pairs kept fabrication low everywhere (.000/.017, .000/.007, release-like .000/.003 at epsilon 1) and
most of the error, but final_data lost its 1-counts at epsilon 4 (.038/.104/.204): a value whose real pairs the
2.33-sigma pair threshold dropped had nowhere to go. So, with pairs held, the pair threshold was lowered (the chance
that a zero-count pair is released, from 0.01):
  0.05   final_data 4 .007/.097/.192 .002/.021, 1 .054/.204/.337 .005/.016; release-like 1 .129/.502/.621 .004/.014;
         trafficking_cleaned 1 .398/.574/.683 .012/.032
  0.08   final_data 4 .016/.095/.201 .003/.020, 1 .058/.200/.323 .002/.015; release-like 1 .108/.510/.625 .004/.021
  0.15   final_data 4 .008/.091/.189 .010/.027, 1 .055/.199/.323 .005/.018; release-like 1 .100/.510/.609 .013/.039
         (above pac-synth's .010/.036: more noise-made pairs are released, and records may use them)
  0.05 with triples at 0.2 instead of 0.1: within run-to-run noise of 0.05. Kept: 0.05 (threshold 1.64 sigma).
Where holding pairs hurts, and the two limits kept:
  - Wide tables. On the generated 100,000 x 37 table (2021 format) most real pairs fall under the threshold: held
    pairs gave .237/.632/.676 at epsilon 4 and .419/.850/.979 at epsilon 1 (before .226/.411/.526, .412/.540/.618;
    pac-synth .355/.532/.614, .598/.776/.809); the lower threshold alone (pairs open) .224/.469/.558 .024/.076 at
    epsilon 4. So both apply to tables of at most 20 columns only (`dp_sampling.NARROW_TABLE_COLUMNS`, the limit the
    weighing already had); the 37-column table is as before (rerun: .217/.412/.516 .013/.066, .407/.540/.626
    .011/.056).
  - Columns every record fills. UCI Adult (a table the method was not tuned on; 4 runs): pairs held on every column
    .332/.436/.429 and .521/.664/.705 at epsilon 4 and 1, against .304/.403/.403 and .437/.597/.607 before and
    pac-synth's .365/.400/.413 and .480/.625/.653. No Adult record leaves a cell empty, so what a value's released
    pairs leave of its count can only sit in an unlisted pair; forbidding those loses it. Two rules were compared:
    a pair of columns held only when its released pairs cover at least 90 % / 97 % of the fitted pairs' mass
    (Adult .396/.464/.441 at epsilon 4 with 90 %; final_data's fabricated pairs at epsilon 1 back to .015-.016), and
    a pair of columns held only when the 1-counts still add up without its unlisted pairs (at most 1 % of the records
    left unplaced, `dp_sampling._STRICT_MISFIT`; 3 runs): Adult .278/.369/.368 .006/.018 and .432/.594/.605
    .001/.012; final_data .012/.100/.194 .003/.020 and .055/.205/.337 .001/.015; release-like .028/.280/.343
    .003/.025 and .118/.516/.626 .011/.025; trafficking_cleaned (every cell filled, so no pair is held; the lower
    threshold alone) .140/.283/.372 .017/.049 and .337/.502/.594 .027/.066. Kept: the second.
  - The "uncontrolled" fabrication control keeps unlisted pairs open, as its name promises.
  - What the lower pair threshold does to the published counts themselves (3 runs each, released pairs and those
    not in the data, chance 0.01 -> 0.05): final_data 303 / 0 -> 310 / 2 at epsilon 4, 277 / 0 -> 290 / 0.3 at
    epsilon 1; release-like 1,149 / 2.3 -> 1,255 / 8 and 821 / 1.3 -> 945 / 5.7; Adult 1,206 / 1 -> 1,415 / 17 and
    752 / 0 -> 875 / 0.3. More real pairs are listed, and under 1.2 % of the listed pairs are noise-made.
  - The 100,000 x 37 table at epsilon 1, where pac-synth invents fewer triples, was looked into (one run): of 96,538
    synthetic triples, 5,165 are not in the data; 2,392 of them hold a pair the release does not list, 2,768 are
    triples of listed pairs that no 3-way target covers (the moves' budget reaches only the 1- and 2-way tables
    there), 5 were released. Weighing unlisted pairs while drawing on that table too (weights 0.5 and 0.2) cut the
    fabricated shares to .008/.026 (pac-synth .008/.029) but emptied late columns: MRE .428/.683/.886 and
    .425/.708/.893, above pac-synth's .809 at length 3. Holding triples in the moves (a triple lookup up to 600
    slots instead of 320) changed nothing beyond noise (.426/.558/.628, .010/.053). Not kept; it stays as it was.
All of it reads the released counts and public settings (the number of columns, the fabrication control) only;
docs/privacy.md says so. Unit tests: `tests/unit/test_unlisted_pairs.py` (a release with one unlisted pair: no record
takes it; with "uncontrolled", or on a wide table, or when a column is always filled, it takes what is left over).
Bench after this round (`tests/benchmarks/bench_dp_vs_pacsynth.py`, both tools in one process per table, one run
each, 2026-12-01 20:13-20:36, the machine otherwise quiet):
  table, epsilon                   ours MRE L1/L2/L3  pac-synth MRE      ours fabr L2/L3  pac fabr L2/L3  time ours/pac
  final_data codebook 91,043x19, 4 .005/.092/.182     .038/.104/.186     .003/.022        .016/.056       11.0 s/61.8 s
  final_data codebook 91,043x19, 1 .051/.195/.321     .079/.193/.349     .000/.015        .007/.030       11.2 s/52.5 s
  trafficking_cleaned 14,299x10, 4 .132/.274/.364     .263/.394/.481     .022/.057        .083/.115       1.7 s/33.7 s
  trafficking_cleaned 14,299x10, 1 .382/.518/.599     .481/.630/.714     .009/.031        .035/.078       1.5 s/23.3 s
  dados_app 48,773x11, 4           .340/.429/.519     .478/.545/.626     .057/.111        .514/.462       6.0 s/261 s
  dados_app 48,773x11, 1           .568/.667/.768     .689/.763/.831     .156/.205        .362/.443       4.0 s/128 s
  UCI Adult, ages in decades, 4    .274/.377/.382     .361/.399/.414     .007/.019        .012/.051       2.3 s/72.0 s
  UCI Adult, ages in decades, 1    .432/.599/.616     .491/.623/.656     .003/.012        .002/.029       1.3 s/56.8 s
  2022 generated 25,000x16, 4      .020/.256/.375     .063/.369/.530     .001/.003        .002/.013       7.4 s/159 s
  2022 generated 25,000x16, 1      .094/.492/.657     .229/.639/.787     .001/.006        .000/.005       8.0 s/113 s
  release-like 2022 23,331x16, 4   .021/.287/.349     .066/.346/.485     .006/.027        .020/.064       7.9 s/138 s
  release-like 2022 23,331x16, 1   .108/.503/.603     .244/.606/.758     .013/.018        .007/.028       7.0 s/76.4 s
  generated 100,000x37, 4          .217/.412/.516     (.355/.532/.614)   .013/.066        (.043/.090)     15.2 s/-
  generated 100,000x37, 1          .424/.554/.627     .594/.771/.804     .010/.057        .006/.027       15.8 s/848 s
  (100,000 x 37, unchanged by this round: at epsilon 4 ours alone, in brackets pac-synth's run of the fifth round
  (1978 s); at epsilon 1 both in one process, 20:43-21:00. Peak memory for both epsilons in one process: 379 MB.)
Against pac-synth in this run: the MRE is at or below it everywhere but final_data's pairs at epsilon 1 (.195 against
.193; 3-run mean .214 against another pac-synth run's .213); fabricated shares at or below it everywhere but
release-like's pairs at epsilon 1 (.013 against .007, 13 pairs against 7; 3-run mean .011 against .010), the 2022
table at epsilon 1 (.001/.006 against .000/.005; 3-run mean .000/.005 against .000/.002), Adult's pairs at epsilon 1
(.003 against .002: 3 pairs against 2) and the 100,000 x 37 table at epsilon 1 (.010/.057 against .006/.027). Before
this round final_data was .019/.054 against .010/.028 at epsilon 1. The stretch goal is met nowhere; nearest are the
2022 table's and release-like's triples at epsilon 4 (.375 against .530, .349 against .485).
"""

from __future__ import annotations

import math
import secrets
import time
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from ctdc_desktop.core.progress import Progress, check_cancelled, stages
from ctdc_desktop.core.synth import accounting
from ctdc_desktop.core.synth.combinations import count_combinations
from ctdc_desktop.core.synth.dp_sampling import NARROW_TABLE_COLUMNS, sample_records
from ctdc_desktop.core.synth.model import (
    FABRICATION_MODES,
    Aggregates,
    CombinationCounts,
    DpParams,
    ParameterError,
    PrivacySpent,
    SynthesisResult,
    SynthInputError,
)
from ctdc_desktop.core.synth.noise import add_discrete_gaussian, opendp_prelude, tail_threshold
from ctdc_desktop.core.synth.table import MISSING, EncodedTable, decode_records
from ctdc_desktop.core.translation import translate

# Fabrication modes: for each length k >= 2, the largest chance that a combination absent from the data (count 0)
# is released; the threshold is the noise quantile for it. 0.5 means threshold 0 (only positive counts kept).
_PERCENTILE = 0.95  # records above this percentile of values per record keep a random subset (epsilon below 4)
# From epsilon 4 on, the 99th percentile. Truncation biases counts down, noise spreads them; with little noise the bias
# dominates on dense tables (final_data in codebook form, epsilon 4: MRE L1/L2/L3 .033/.125/.239 at the 95th,
# .014/.088/.204 at the 99th), with more noise it no longer does (epsilon 1: L3 .373 at the 95th, .403 at the 99th).
# Epsilon is public, so choosing the percentile by it costs nothing and leaves the accounting as it was.
_PERCENTILE_FROM_EPSILON_4 = 0.99


def value_percentile(epsilon: float) -> float:
    """Which percentile of values per record becomes the bound M, for a run at this epsilon."""
    return _PERCENTILE_FROM_EPSILON_4 if epsilon >= 4.0 else _PERCENTILE


_CANDIDATE_CHUNK = 500_000  # candidate rows built at a time, to keep memory flat on 8 GB laptops


# The balanced mode's chance for pairs. Narrow tables (`NARROW_TABLE_COLUMNS`) get the higher one: their records
# hold only released pairs, so a real pair under the threshold is lost to them, and a lower threshold lists more
# of them. Measured in issue 12's sixth round (dp.py docstring): on final_data in codebook form at epsilon 4, with the
# records held to released pairs, MRE L1/L2/L3 .038/.104/.204 at 0.01 against .007/.097/.192 at 0.05; on UCI Adult
# (every cell filled, so its pairs stay open) .304/.403/.403 against .269/.367/.371 (4 runs each). On the 37-column
# 2021 format (wide: records keep unlisted pairs open) 0.05
# only released more pairs that noise made: pairs' error .411 -> .469, fabricated pairs .014 -> .024.
_PAIR_CHANCE = 0.01
_NARROW_PAIR_CHANCE = 0.05


def fabrication_chances(mode: str, reporting_length: int, n_columns: int) -> dict[int, float]:
    """Per length k >= 2, the chance a zero-count candidate is released, for a fabrication mode and a table of
    `n_columns` columns (public: the release names its columns)."""
    lengths = range(2, reporting_length + 1)
    pair = _NARROW_PAIR_CHANCE if n_columns <= NARROW_TABLE_COLUMNS else _PAIR_CHANCE
    if mode == "uncontrolled":
        return dict.fromkeys(lengths, 0.5)
    if mode == "balanced":
        # Controlling 2-counts stops most fabrication from spreading to longer combinations (as SDS's balanced mode);
        # longer ones get a milder threshold.
        return {k: (pair if k == 2 else 0.1) for k in lengths}
    if mode == "progressive":
        span = max(reporting_length - 2, 1)
        return {k: pair + (0.5 - pair) * (k - 2) / span for k in lengths}
    if mode == "minimize":
        return dict.fromkeys(lengths, 0.001)
    raise SynthInputError(
        translate(
            "Synthesis", "Unknown fabrication control '{0}'. Choose one of: {1} (balanced is the default)."
        ).format(mode, ", ".join(FABRICATION_MODES))
    )


def check_dp_params(params: DpParams) -> None:
    if not (isinstance(params.epsilon, int | float) and math.isfinite(params.epsilon) and params.epsilon > 0):
        raise ParameterError(
            "epsilon",
            translate(
                "Synthesis", "Epsilon must be a positive number (it was {0!r}); 4 is the default of the 2022 release."
            ).format(params.epsilon),
        )
    if params.delta is not None and not (math.isfinite(params.delta) and 0.0 < params.delta < 1e-2):
        raise ParameterError(
            "delta",
            translate(
                "Synthesis",
                "Delta must be a small positive number below 0.01 (it was {0!r}); leave it empty to derive it from the "
                "record count.",
            ).format(params.delta),
        )
    if not (isinstance(params.reporting_length, int) and params.reporting_length >= 1):
        raise ParameterError(
            "reporting_length",
            translate(
                "Synthesis",
                "The reporting length must be a whole number of at least 1 (it was {0!r}); 3 is the default.",
            ).format(params.reporting_length),
        )
    fabrication_chances(params.fabrication, max(params.reporting_length, 2), 1)


def _system_rng() -> np.random.Generator:
    # The random choices inside the DP mechanism (which values a long record keeps) must not be reproducible.
    return np.random.default_rng(secrets.randbits(128))


def dp_value_bound(
    values_per_record: npt.NDArray[np.integer], n_columns: int, rho: float, percentile: float = _PERCENTILE
) -> int:
    """A DP estimate of a percentile (alpha, public) of values per record: OpenDP's quantile scores with
    report-noisy-max, calibrated to cost exactly `rho` of zCDP for adding or removing one record."""
    dp = opendp_prelude()
    candidates = list(range(1, n_columns + 1))
    data = np.asarray(values_per_record, dtype=np.int32)

    def make(scale: float) -> Any:
        scores = dp.t.make_quantile_score_candidates(
            dp.vector_domain(dp.atom_domain(T="i32")), dp.symmetric_distance(), candidates, alpha=percentile
        )
        return scores >> dp.m.then_noisy_max(dp.zero_concentrated_divergence(), scale=scale, negate=True)

    scale = dp.binary_search_param(make, d_in=1, d_out=rho)
    return int(candidates[make(scale)(data)])


def _truncate_records(codes: npt.NDArray[np.int32], bound: int) -> npt.NDArray[np.int32]:
    """Records with more than `bound` values keep a uniformly random `bound` of them (the others become missing)."""
    present = codes != MISSING
    per_record = present.sum(axis=1)
    over = np.flatnonzero(per_record > bound)
    if len(over) == 0:
        return codes
    out = codes.copy()
    keys = _system_rng().random((len(over), codes.shape[1]))
    keys[~present[over]] = 2.0  # missing cells sort last and are never kept
    rank = np.argsort(np.argsort(keys, axis=1), axis=1)
    drop = rank >= bound
    block = out[over]
    block[drop] = MISSING
    out[over] = block
    return out


class _Keys:
    """Each value of each column gets one attribute number; a combination is the base-A number of its attributes."""

    def __init__(self, cardinalities: npt.NDArray[np.int64], reporting_length: int) -> None:
        self.offset = np.concatenate(([0], np.cumsum(cardinalities)[:-1])).astype(np.int64)
        self.base = int(cardinalities.sum()) + 1
        if self.base ** max(reporting_length, 1) >= 2**62:
            raise SynthInputError(
                translate(
                    "Synthesis",
                    "The table has {0} different values in all, too many for combinations of {1}. Group rare "
                    "categories in the recode step or lower the reporting length.",
                ).format(self.base - 1, reporting_length)
            )
        self.column_of_attr = np.repeat(np.arange(len(cardinalities)), cardinalities).astype(np.int64)
        self.code_of_attr = np.concatenate([np.arange(c) for c in cardinalities]).astype(np.int64)

    def attrs(self, counts: CombinationCounts) -> npt.NDArray[np.int64]:
        return self.offset[counts.column_index.astype(np.int64)] + counts.value_code.astype(np.int64)

    def key(self, attrs: npt.NDArray[np.int64]) -> npt.NDArray[np.int64]:
        out = np.zeros(attrs.shape[0], dtype=np.int64)
        for j in range(attrs.shape[1]):
            out = out * self.base + attrs[:, j]
        return out


def _lookup(sorted_keys: npt.NDArray[np.int64], keys: npt.NDArray[np.int64]) -> npt.NDArray[np.intp]:
    """Index of each key in `sorted_keys`, or -1 when absent."""
    if len(sorted_keys) == 0:
        return np.full(len(keys), -1, dtype=np.intp)
    at = np.searchsorted(sorted_keys, keys)
    at_clipped = np.minimum(at, len(sorted_keys) - 1)
    return np.where(sorted_keys[at_clipped] == keys, at_clipped, -1)


def _candidates(
    keys: _Keys,
    previous: npt.NDArray[np.int64],
    previous_sorted_keys: npt.NDArray[np.int64],
    singles: npt.NDArray[np.int64],
    progress: Progress,
) -> npt.NDArray[np.int64]:
    """All combinations one value longer than the released ones whose every shorter sub-combination was released.

    `previous` holds released (k-1)-combinations as attribute rows (ascending); each is extended by every released
    single value of a later column, then kept when each of its other (k-1)-sub-combinations is released too."""
    if len(previous) == 0 or len(singles) == 0:
        return np.zeros((0, previous.shape[1] + 1), dtype=np.int64)
    k_minus_1 = previous.shape[1]
    last_column = keys.column_of_attr[previous[:, -1]]
    single_columns = keys.column_of_attr[singles]
    order = np.argsort(single_columns, kind="stable")
    singles, single_columns = singles[order], single_columns[order]
    # For each previous combination, the released singles of later columns are a suffix of `singles`.
    first_later = np.searchsorted(single_columns, last_column, side="right")
    extensions = len(singles) - first_later
    pieces: list[npt.NDArray[np.int64]] = []
    chunk_rows = max(1, _CANDIDATE_CHUNK // max(int(extensions.mean()) if len(extensions) else 1, 1))
    for start in range(0, len(previous), chunk_rows):
        check_cancelled(progress)
        rows = np.arange(start, min(start + chunk_rows, len(previous)))
        n_ext = extensions[rows]
        parent = np.repeat(rows, n_ext)
        within = np.arange(int(n_ext.sum())) - np.repeat(np.cumsum(n_ext) - n_ext, n_ext)
        value = singles[np.repeat(first_later[rows], n_ext) + within]
        combos = np.concatenate((previous[parent], value[:, None]), axis=1)
        ok = np.ones(len(combos), dtype=bool)
        for drop in range(k_minus_1 if k_minus_1 > 1 else 0):
            sub = np.delete(combos, drop, axis=1)
            ok &= _lookup(previous_sorted_keys, keys.key(sub)) >= 0
        pieces.append(combos[ok])
        progress.report(int(rows[-1]) + 1, len(previous), translate("Progress", "Listing candidate combinations"))
    return np.concatenate(pieces) if pieces else np.zeros((0, k_minus_1 + 1), dtype=np.int64)


@dataclass(frozen=True)
class _Released:
    attrs: npt.NDArray[np.int64]  # (m, k) attribute numbers, ascending
    keys: npt.NDArray[np.int64]  # sorted
    counts: npt.NDArray[np.float64]


def _release_length(
    k: int,
    candidates: npt.NDArray[np.int64],
    exact_keys: npt.NDArray[np.int64],
    exact_counts: npt.NDArray[np.int64],
    keys: _Keys,
    sigma: float,
    threshold: float,
    progress: Progress,
) -> _Released:
    candidate_keys = keys.key(candidates)
    at = _lookup(exact_keys, candidate_keys)
    true_counts = np.where(at >= 0, exact_counts[np.maximum(at, 0)], 0)
    noisy = add_discrete_gaussian(
        true_counts, sigma, progress, translate("Progress", "Adding noise to combinations of {0}").format(k)
    )
    keep = (noisy > threshold) & (noisy > 0)
    kept_keys = candidate_keys[keep]
    order = np.argsort(kept_keys)
    return _Released(candidates[keep][order], kept_keys[order], noisy[keep][order].astype(np.float64))


def _make_consistent(released: dict[int, _Released], keys: _Keys, record_count: float) -> None:
    """Post-processing: clip 1-counts at the record count and every longer count at the least of its parents."""
    if 1 in released:
        np.minimum(released[1].counts, max(record_count, 0.0), out=released[1].counts)
    for k in sorted(released):
        if k == 1:
            continue
        parents = released[k - 1]
        mine = released[k]
        for drop in range(k):
            sub_keys = keys.key(np.delete(mine.attrs, drop, axis=1))
            at = _lookup(parents.keys, sub_keys)
            # Every parent was released (that is how candidates are made); guard anyway.
            parent_counts = np.where(at >= 0, parents.counts[np.maximum(at, 0)], 0.0)
            np.minimum(mine.counts, parent_counts, out=mine.counts)


def _to_counts(released: _Released, keys: _Keys, k: int) -> CombinationCounts:
    keep = released.counts >= 1
    attrs = released.attrs[keep]
    return CombinationCounts(
        column_index=keys.column_of_attr[attrs].astype(np.int16).reshape(-1, k),
        value_code=keys.code_of_attr[attrs].astype(np.int32).reshape(-1, k),
        count=released.counts[keep].astype(np.float64),
    )


@dataclass(frozen=True)
class DpAggregatesResult:
    """The DP aggregates and what they cost; everything here is safe to publish."""

    aggregates: Aggregates
    privacy: PrivacySpent
    parameters: dict[str, float | int | str | None]
    noise_scales: dict[int, float]  # sigma per length, also among `parameters` (the records' stage weighs by them)


def dp_aggregates(table: EncodedTable, params: DpParams, progress: Progress) -> DpAggregatesResult:
    """Stage one of the DP release: the protected record count and counts of combinations of up to L values."""
    check_dp_params(params)
    n_columns = table.n_columns
    length = min(params.reporting_length, n_columns)
    weights = {"count": 1.0, "bound": 1.0, "exact": 8.0}
    for k in range(1, length + 1):
        weights[f"candidates{k}"] = 1.0 * k
        weights[f"noise{k}"] = 2.0 * k
    parts = stages(progress, weights)
    # Said before the first noise draw, which loads OpenDP (about a second on a slow laptop).
    parts["count"].report(0, 1, translate("Progress", "Counting records"))
    check_cancelled(progress)

    # 1. Record count (its cost depends on epsilon only, so that delta may be derived from it).
    rho_count = accounting.record_count_rho(params.epsilon)
    sigma_count = accounting.gaussian_sigma(1.0, rho_count)
    noisy_count = float(add_discrete_gaussian(np.array([table.n_records]), sigma_count)[0])
    record_count = max(noisy_count, 0.0)
    delta = params.delta if params.delta is not None else accounting.default_delta(record_count)
    try:
        split = accounting.split_budget(params.epsilon, delta, length)
    except ValueError as error:
        raise SynthInputError(
            translate("Synthesis", "{0}. Raise delta or epsilon, or leave delta empty to derive it.").format(error)
        ) from error
    parts["count"].report(1, 1, translate("Progress", "Counting records"))
    check_cancelled(progress)

    # 2. DP bound on values per record; longer records keep a random subset.
    values_per_record = (table.codes != MISSING).sum(axis=1)
    bound = dp_value_bound(values_per_record, n_columns, split.rho_percentile, value_percentile(params.epsilon))
    codes = _truncate_records(table.codes, bound)
    bounded = EncodedTable(columns=table.columns, values=table.values, codes=codes)
    parts["bound"].report(1, 1, translate("Progress", "Bounding each record's contribution"))

    # Exact counts of the bounded table (the only pass over the data beyond the two above).
    exact = count_combinations(bounded, length, parts["exact"])
    keys = _Keys(table.cardinalities, length)
    exact_sorted: dict[int, tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]] = {}
    for k, counts in exact.items():
        exact_keys = keys.key(keys.attrs(counts))
        order = np.argsort(exact_keys)
        exact_sorted[k] = (exact_keys[order], counts.count[order].astype(np.int64))

    chances = fabrication_chances(params.fabrication, max(length, 2), n_columns)
    released: dict[int, _Released] = {}
    sigmas: dict[int, float] = {}
    thresholds: dict[int, float] = {}
    candidate_counts: dict[int, int] = {}
    for k in range(1, length + 1):
        stage = parts[f"noise{k}"]
        parts[f"candidates{k}"].report(0, 1, translate("Progress", "Listing candidate combinations"))
        contributions = math.comb(bound, k)
        if contributions == 0:
            break
        sigma = accounting.gaussian_sigma(math.sqrt(contributions), split.rho_marginals[k - 1])
        sigmas[k] = sigma
        if k == 1:
            # A value only the added record holds (at most `bound` of them, count 1 each) must stay hidden with
            # probability 1 - delta_threshold: P(1 + Z > t) <= delta_threshold / bound for each.
            threshold = 1.0 + tail_threshold(sigma, split.delta_threshold / bound)
            present = exact_sorted[1][0]
            candidates = _key_to_attrs(present, keys, 1)
        else:
            threshold = float(tail_threshold(sigma, chances[k])) if chances[k] < 0.5 else 0.0
            candidates = _candidates(
                keys,
                released[k - 1].attrs,
                released[k - 1].keys,
                released[1].attrs[:, 0],
                parts[f"candidates{k}"],
            )
        thresholds[k] = threshold
        if k > 1:
            # Public: built from released combinations only. The length-1 candidates are the data's own values, and
            # how many there are is not released.
            candidate_counts[k] = len(candidates)
        released[k] = _release_length(k, candidates, *exact_sorted[k], keys, sigma, threshold, stage)
        if len(released[k].keys) == 0:
            break

    _make_consistent(released, keys, record_count)
    by_length = {k: _to_counts(r, keys, k) for k, r in released.items()}
    aggregates = _released_only(table, record_count, by_length)
    privacy = PrivacySpent(epsilon=split.epsilon_spent, delta=split.delta, rho=split.rho_spent)
    parameters: dict[str, float | int | str | None] = {
        "epsilon": params.epsilon,
        "delta": delta,
        "delta_derived": "yes" if params.delta is None else "no",
        "reporting_length": length,
        "fabrication": params.fabrication,
        "seed": params.seed,
        "values_per_record_bound": bound,
        "rho": split.rho_spent,
        "protected_record_count": record_count,
    }
    for k in sigmas:
        parameters[f"sigma_{k}"] = sigmas[k]
        parameters[f"threshold_{k}"] = thresholds[k]
        if k in candidate_counts:
            parameters[f"candidates_{k}"] = candidate_counts[k]
    return DpAggregatesResult(aggregates=aggregates, privacy=privacy, parameters=parameters, noise_scales=sigmas)


def _released_only(table: EncodedTable, record_count: float, by_length: dict[int, CombinationCounts]) -> Aggregates:
    """Aggregates that name only released values. The input's own list of categories is data too (a country that
    occurs once would show in it), so each column's values are renumbered to those its released 1-counts list."""
    ones = by_length.get(1)
    values: list[tuple[str, ...]] = []
    new_code: list[npt.NDArray[np.int32]] = []
    for j, labels in enumerate(table.values):
        kept = np.zeros(0, dtype=np.int64)
        if ones is not None and len(ones):
            kept = np.sort(ones.value_code[ones.column_index[:, 0] == j, 0].astype(np.int64))
        mapping = np.full(len(labels), -1, dtype=np.int32)
        mapping[kept] = np.arange(len(kept), dtype=np.int32)
        new_code.append(mapping)
        values.append(tuple(labels[int(c)] for c in kept))
    renumbered: dict[int, CombinationCounts] = {}
    for k, counts in by_length.items():
        codes = np.empty_like(counts.value_code)
        for position in range(k):
            columns = counts.column_index[:, position].astype(np.int64)
            for j in np.unique(columns):
                rows = columns == j
                codes[rows, position] = new_code[int(j)][counts.value_code[rows, position]]
        renumbered[k] = CombinationCounts(counts.column_index, codes, counts.count)
    return Aggregates(columns=table.columns, values=tuple(values), record_count=record_count, by_length=renumbered)


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


def _key_to_attrs(sorted_keys: npt.NDArray[np.int64], keys: _Keys, k: int) -> npt.NDArray[np.int64]:
    out = np.zeros((len(sorted_keys), k), dtype=np.int64)
    rest = sorted_keys.copy()
    for j in range(k - 1, -1, -1):
        out[:, j] = rest % keys.base
        rest //= keys.base
    return out


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
    # Unlisted combinations may take up what the listed counts leave over: measured, withholding it (share 0) raised
    # both the error and the fabricated share on dados_app, since the mass then lands on other unlisted combinations.
    # On narrow tables pairs are the exception (`sample_records`), except when fabrication is left uncontrolled.
    codes = sample_records(
        result.aggregates,
        n_records,
        params.seed,
        outer["records"],
        unreleased_share=1.0,
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
