"""A generated table in the CTDC victim-perpetrator format (December 2022 codebook, 16 variables).

Not real data. The joint structure is built the way the real table is: each victim is drawn from a trafficking
*scenario* (a latent class: e.g. sexual exploitation in Europe by an intimate partner, forced labour in Asia through
a recruitment network), then reports one to six perpetrators, each drawn from role/relation/gender/age/citizenship
distributions that depend on the scenario; the nine IP_* variables are the per-victim aggregation of those
perpetrators, as the codebook's Appendix II describes (a role flag is 1 when any perpetrator had the role; relation,
gender, age band, citizenship region and "paid money" list the distinct answers joined with ``;`` in a fixed order).
Why that structure: it gives what makes the real 2022 table hard to synthesise and nothing else: a latent class ties
the victim columns to the whole perpetrator block (higher-order dependence no pair or tree captures), perpetrators of
one victim share the scenario (so the IP_* values move together), several perpetrators give multi-valued cells, and
the perpetrator module was only broadly used from 2019 (Appendix II), so the IP_* block is filled or empty as a block
for most records. About 9 of 16 cells are filled per record, up to 16.

Used by the DP benchmark: ``make_codebook_2022_table(rows, seed)``.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
import pandas as pd

COLUMNS = (
    "yearRegister",
    "gender",
    "majorityStatus",
    "isForcedLabour",
    "isSexualExploit",
    "UN_COO_Region",
    "UN_COE_Region",
    "IP_RecruiterBroker",
    "IP_TransactionProcess",
    "IP_ControlAbuseKidnap",
    "IP_Exploiter",
    "IP_Relation",
    "IP_Gender",
    "IP_ageBroad",
    "IP_citizen_UNRegion",
    "IP_PayMoney",
)
YEARS = ("2005 - 2013", "2014 - 2018", "2019", "2020", "2021 - 2022")
REGIONS = ("Africa", "Americas/Oceania", "Asia", "Europe")
RELATIONS = ("FamilyIntimatePartner", "FriendAcquaintance", "StrangerUnknownOther")
AGES = ("0 -29", "30 -38", "39 -47", "48 +")

# One row per scenario: weight, P(female), P(minor), P(forced labour), P(sexual exploitation), P(citizenship region),
# P(exploited in own region), role probabilities (recruiter/broker, transaction, control/abuse/kidnap, exploiter),
# P(relation), P(perpetrator female), age-band weights, P(perpetrator citizen of victim's region), P(paid).
_SCENARIOS: tuple[dict[str, object], ...] = (
    {  # sexual exploitation in Europe, intimate partner / family, few perpetrators
        "w": 0.18,
        "female": 0.95,
        "minor": 0.25,
        "fl": 0.05,
        "sx": 0.95,
        "coo": (0.1, 0.05, 0.05, 0.8),
        "own": 0.7,
        "roles": (0.6, 0.2, 0.7, 0.8),
        "rel": (0.6, 0.25, 0.15),
        "pfem": 0.2,
        "age": (0.5, 0.3, 0.15, 0.05),
        "pown": 0.85,
        "paid": 0.1,
        "perps": 1.5,
    },
    {  # forced labour in Asia through a recruitment network (brokers, agencies), many perpetrators, paid fees
        "w": 0.25,
        "female": 0.35,
        "minor": 0.05,
        "fl": 0.95,
        "sx": 0.03,
        "coo": (0.05, 0.02, 0.9, 0.03),
        "own": 0.6,
        "roles": (0.85, 0.6, 0.3, 0.7),
        "rel": (0.05, 0.2, 0.75),
        "pfem": 0.15,
        "age": (0.2, 0.4, 0.3, 0.1),
        "pown": 0.6,
        "paid": 0.75,
        "perps": 2.8,
    },
    {  # domestic servitude of women from Africa in the Middle East / Asia, recruiter friend, employer exploiter
        "w": 0.15,
        "female": 0.9,
        "minor": 0.1,
        "fl": 0.9,
        "sx": 0.2,
        "coo": (0.9, 0.02, 0.05, 0.03),
        "own": 0.3,
        "roles": (0.7, 0.3, 0.6, 0.9),
        "rel": (0.15, 0.5, 0.35),
        "pfem": 0.55,
        "age": (0.15, 0.35, 0.35, 0.15),
        "pown": 0.4,
        "paid": 0.5,
        "perps": 2.0,
    },
    {  # child trafficking in the Americas, family members, begging / sexual exploitation
        "w": 0.12,
        "female": 0.6,
        "minor": 0.85,
        "fl": 0.4,
        "sx": 0.55,
        "coo": (0.05, 0.9, 0.03, 0.02),
        "own": 0.9,
        "roles": (0.4, 0.2, 0.8, 0.7),
        "rel": (0.7, 0.2, 0.1),
        "pfem": 0.5,
        "age": (0.3, 0.35, 0.25, 0.1),
        "pown": 0.95,
        "paid": 0.05,
        "perps": 1.7,
    },
    {  # men in forced labour in Europe (construction, agriculture), organised group, debt
        "w": 0.15,
        "female": 0.1,
        "minor": 0.03,
        "fl": 0.95,
        "sx": 0.02,
        "coo": (0.1, 0.02, 0.18, 0.7),
        "own": 0.5,
        "roles": (0.75, 0.7, 0.5, 0.85),
        "rel": (0.05, 0.3, 0.65),
        "pfem": 0.1,
        "age": (0.3, 0.4, 0.2, 0.1),
        "pown": 0.7,
        "paid": 0.6,
        "perps": 3.2,
    },
    {  # fishing / maritime forced labour, Asia, long chains of brokers and transport
        "w": 0.15,
        "female": 0.02,
        "minor": 0.1,
        "fl": 1.0,
        "sx": 0.0,
        "coo": (0.02, 0.01, 0.95, 0.02),
        "own": 0.8,
        "roles": (0.9, 0.85, 0.6, 0.6),
        "rel": (0.02, 0.1, 0.88),
        "pfem": 0.05,
        "age": (0.25, 0.45, 0.2, 0.1),
        "pown": 0.5,
        "paid": 0.55,
        "perps": 3.8,
    },
)
_YEAR_WEIGHTS = (0.2, 0.25, 0.2, 0.15, 0.2)
_MODULE_USE = (0.05, 0.25, 0.9, 0.95, 0.95)  # share of victims with the perpetrator module filled, per year band


def _pick(rng: np.random.Generator, probabilities: npt.NDArray[np.float64]) -> npt.NDArray[np.int64]:
    """One category per row of a (rows, k) probability table."""
    cumulative = np.cumsum(probabilities, axis=1)
    cumulative /= cumulative[:, -1:]
    return (rng.random((len(probabilities), 1)) > cumulative).sum(axis=1).astype(np.int64)


def _joined(present: npt.NDArray[np.bool_], labels: tuple[str, ...]) -> list[str | None]:
    """Per row, the labels whose column is True joined with ';' in the fixed order (None when none)."""
    out: list[str | None] = []
    for row in present:
        names = [labels[i] for i in np.flatnonzero(row)]
        out.append(";".join(names) if names else None)
    return out


def make_codebook_2022_table(rows: int, seed: int = 0) -> pd.DataFrame:
    """`rows` victims in the 16 columns of the 2022 codebook; missing cells are None."""
    rng = np.random.default_rng(seed)
    weights = np.array([s["w"] for s in _SCENARIOS], dtype=np.float64)

    def param(name: str) -> npt.NDArray[np.float64]:
        return np.array([s[name] for s in _SCENARIOS], dtype=np.float64)[scenario]

    scenario = rng.choice(len(_SCENARIOS), size=rows, p=weights / weights.sum())
    year = rng.choice(len(YEARS), size=rows, p=_YEAR_WEIGHTS)
    frame: dict[str, list[str | None]] = {}
    frame["yearRegister"] = [YEARS[y] for y in year]
    female = rng.random(rows) < param("female")
    gender_known = rng.random(rows) < 0.97
    frame["gender"] = [("Female" if f else "Male") if k else None for f, k in zip(female, gender_known, strict=True)]
    minor = rng.random(rows) < param("minor")
    age_known = rng.random(rows) < np.where(year < 2, 0.7, 0.92)
    frame["majorityStatus"] = [
        ("Minor" if m else "Adult") if k else None for m, k in zip(minor, age_known, strict=True)
    ]
    # Minors are more often sexually exploited whatever the scenario; both flags are "1" or missing.
    forced = rng.random(rows) < param("fl")
    sexual = rng.random(rows) < np.clip(param("sx") + 0.15 * minor, 0, 1)
    frame["isForcedLabour"] = ["1" if f else None for f in forced]
    frame["isSexualExploit"] = ["1" if s else None for s in sexual]
    coo = _pick(rng, param("coo"))
    own = rng.random(rows) < param("own")
    coe = np.where(own, coo, rng.integers(0, len(REGIONS), size=rows))
    coo_known = rng.random(rows) < 0.95
    coe_known = rng.random(rows) < 0.9
    frame["UN_COO_Region"] = [REGIONS[c] if k else None for c, k in zip(coo, coo_known, strict=True)]
    frame["UN_COE_Region"] = [REGIONS[c] if k else None for c, k in zip(coe, coe_known, strict=True)]

    # Perpetrators: a victim with the module filled reports 1..6 of them, each drawn from the scenario.
    module = rng.random(rows) < np.array(_MODULE_USE)[year]
    n_perps = np.where(module, np.clip(1 + rng.poisson(param("perps") - 1.0), 1, 6), 0)
    role_p = np.array([s["roles"] for s in _SCENARIOS])[scenario]
    rel_p = np.array([s["rel"] for s in _SCENARIOS])[scenario]
    age_p = np.array([s["age"] for s in _SCENARIOS])[scenario]
    roles = np.zeros((rows, 4), dtype=bool)
    relation = np.zeros((rows, 3), dtype=bool)
    pgender = np.zeros((rows, 2), dtype=bool)  # Female, Male (the codebook's order)
    page = np.zeros((rows, 4), dtype=bool)
    pregion = np.zeros((rows, 4), dtype=bool)
    paid = np.zeros((rows, 2), dtype=bool)  # No, Yes
    # The victim's own answer on paying is one per victim mostly: repeated perpetrators mostly repeat it.
    victim_paid = rng.random(rows) < param("paid")
    for p in range(6):
        active = n_perps > p
        roles |= active[:, None] & (rng.random((rows, 4)) < role_p)
        relation[np.arange(rows), _pick(rng, rel_p)] |= active
        fem = rng.random(rows) < param("pfem")
        pgender[np.arange(rows), np.where(fem, 0, 1)] |= active
        page[np.arange(rows), _pick(rng, age_p)] |= active
        home = rng.random(rows) < param("pown")
        region = np.where(home, coo, np.where(rng.random(rows) < 0.7, coe, rng.integers(0, 4, size=rows)))
        pregion[np.arange(rows), region] |= active
        pays = np.where(rng.random(rows) < 0.85, victim_paid, rng.random(rows) < 0.5)
        paid[np.arange(rows), pays.astype(np.int64)] |= active
    # Some answers are skipped even in a filled module.
    answered = {
        name: module & (rng.random(rows) < share)
        for name, share in (("rel", 0.93), ("gen", 0.95), ("age", 0.7), ("reg", 0.8), ("pay", 0.75))
    }
    role_names = ("IP_RecruiterBroker", "IP_TransactionProcess", "IP_ControlAbuseKidnap", "IP_Exploiter")
    for j, name in enumerate(role_names):
        frame[name] = ["1" if r else None for r in roles[:, j]]
    frame["IP_Relation"] = _joined(relation & answered["rel"][:, None], RELATIONS)
    frame["IP_Gender"] = _joined(pgender & answered["gen"][:, None], ("Female", "Male"))
    frame["IP_ageBroad"] = _joined(page & answered["age"][:, None], AGES)
    frame["IP_citizen_UNRegion"] = _joined(pregion & answered["reg"][:, None], REGIONS)
    frame["IP_PayMoney"] = _joined(paid & answered["pay"][:, None], ("No", "Yes"))
    return pd.DataFrame({name: frame[name] for name in COLUMNS}, dtype=object)
