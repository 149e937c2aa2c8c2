"""A generated table shaped like the CTDC Global Synthetic Dataset (September 2021 codebook, 37 variables).

Not real data: frequencies and dependencies are invented to be plausible (two kinds of source, a hotline that records
means of control but rarely age or citizenship, case management that records demography and routes; sexual
exploitation mostly of women; minors tied to the youngest age bands; the country of exploitation often the country
of citizenship). Flags are "1" or missing, as in the codebook. A missing cell is None, as `read_export` gives it.
About 2% of `CountryOfExploitation` cells name two countries (``USA;MEX``): multi-valued cells are one category.

Used by the k-anonymous and DP benchmarks: ``make_codebook_2021_table(rows, seed)``.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
import pandas as pd

MEANS_OF_CONTROL = (
    "DebtBondage",
    "TakesEarnings",
    "Threats",
    "PsychologicalAbuse",
    "PhysicalAbuse",
    "SexualAbuse",
    "FalsePromises",
    "PsychoactiveSubstances",
    "RestrictsMovement",
    "RestrictsMedicalCare",
    "ExcessiveWorkingHours",
    "ThreatOfLawEnforce",
    "WithholdsNecessities",
    "WithholdsDocuments",
    "Other",
)
LABOUR_TYPES = ("Agriculture", "Construction", "DomesticWork", "Hospitality", "Other")
SEX_TYPES = ("Prostitution", "Pornography", "Other")
RECRUITERS = ("IntimatePartner", "Friend", "Family", "Other")

COLUMNS = (
    "yearOfRegistration",
    "gender",
    "ageBroad",
    "majorityStatusAtExploit",
    "citizenship",
    "CountryOfExploitation",
    "traffickMonths",
    *(f"meansOfControl{m}" for m in MEANS_OF_CONTROL),
    "isForcedLabour",
    "isSexualExploit",
    "isOtherExploit",
    *(f"typeOfLabour{t}" for t in LABOUR_TYPES),
    *(f"typeOfSex{t}" for t in SEX_TYPES),
    *(f"recruiterRelation{r}" for r in RECRUITERS),
)
assert len(COLUMNS) == 37

# ISO 3166-1 alpha-3 codes, most frequent first in CTDC-like data; frequencies fall off as a Zipf law.
_COUNTRY_CODES = (
    "PHL UKR MDA USA KHM IDN MMR BLR HTI LKA ROU NPL BGD KGZ UZB GHA NGA ALB VNM MEX THA LAO RUS KAZ TJK CHN IND "
    "ETH KEN UGA SOM SDN ERI MLI NER SEN GIN CIV BFA TCD CMR COD AGO ZAF ZWE MOZ MWI ZMB TZA BRA COL VEN PER BOL ECU "
    "GTM HND SLV NIC DOM JAM TTO GUY BEL PAN CRI ARG CHL PRY URY TUR IRQ SYR YEM AFG PAK"
)
COUNTRIES = tuple(_COUNTRY_CODES.split())
DESTINATIONS = ("USA", "RUS", "UKR", "THA", "IDN", "MYS", "ARE", "SAU", "TUR", "KAZ", "POL", "DEU", "ITA", "MDA")
AGE_BANDS = ("0--8", "9--17", "18--20", "21--23", "24--26", "27--29", "30--38", "39--47", "48+")
MONTHS = ("0--12 (0-1 yr)", "13--24 (1-2 yrs)", "25--60 (2-5 yrs)", "61+ (5+ yrs)")


def _zipf(n: int, exponent: float = 1.1) -> npt.NDArray[np.float64]:
    weights = 1.0 / np.arange(1, n + 1) ** exponent
    return np.asarray(weights / weights.sum(), dtype=np.float64)


def _flag(mask: npt.NDArray[np.bool_]) -> npt.NDArray[np.object_]:
    out = np.full(mask.shape, None, dtype=object)
    out[mask] = "1"
    return out


def make_codebook_2021_table(rows: int, seed: int) -> pd.DataFrame:
    """`rows` records × 37 categorical columns named and coded as in the 2021 codebook; None = missing."""
    rng = np.random.default_rng(seed)
    hotline = rng.random(rows) < 0.45  # Polaris-like records; the rest are IOM-like case management
    # Exploitation: 0 sexual, 1 labour, 2 other, 3 unknown.
    kind = np.where(
        hotline,
        rng.choice(4, size=rows, p=[0.62, 0.25, 0.05, 0.08]),
        rng.choice(4, size=rows, p=[0.30, 0.55, 0.08, 0.07]),
    )
    data: dict[str, npt.NDArray[np.object_]] = {}

    year_case = rng.choice(np.arange(2002, 2022), size=rows, p=_zipf(20, 0.6)[::-1])
    year_hot = rng.choice(np.arange(2015, 2022), size=rows, p=[0.12, 0.16, 0.18, 0.2, 0.16, 0.1, 0.08])
    data["yearOfRegistration"] = np.where(hotline, year_hot, year_case).astype(str).astype(object)

    female_share = np.select([kind == 0, kind == 1], [0.92, 0.42], 0.6)
    draw = rng.random(rows)
    gender = np.where(draw < female_share, "Female", "Male").astype(object)
    gender[draw > 0.995] = "Transgender/NonConforming"
    gender[rng.random(rows) < np.where(hotline, 0.12, 0.02)] = None
    data["gender"] = gender

    minor = rng.random(rows) < np.where(kind == 0, 0.3, 0.15)
    adult_age = rng.choice(np.arange(2, 9), size=rows, p=[0.18, 0.2, 0.17, 0.13, 0.18, 0.09, 0.05])
    minor_age = rng.choice([0, 1], size=rows, p=[0.15, 0.85])
    age = np.array(AGE_BANDS, dtype=object)[np.where(minor, minor_age, adult_age)]
    age_missing = rng.random(rows) < np.where(hotline, 0.75, 0.2)
    age[age_missing] = None
    data["ageBroad"] = age
    majority = np.where(minor, "Minor", "Adult").astype(object)
    majority[age_missing & (rng.random(rows) < 0.6)] = None  # sometimes known without the exact band
    data["majorityStatusAtExploit"] = majority

    citizen = np.array(COUNTRIES, dtype=object)[rng.choice(len(COUNTRIES), size=rows, p=_zipf(len(COUNTRIES)))]
    citizen[hotline & (rng.random(rows) < 0.7)] = None
    citizen[rng.random(rows) < 0.05] = None
    data["citizenship"] = citizen
    destination = np.array(DESTINATIONS, dtype=object)[rng.choice(len(DESTINATIONS), size=rows, p=_zipf(14, 0.9))]
    same = rng.random(rows) < 0.4
    country = np.where(same & (citizen != None), citizen, destination).astype(object)  # noqa: E711
    country[hotline] = "USA"
    country[rng.random(rows) < 0.25] = None
    second = rng.random(rows) < 0.02
    pair = np.array([f"{a};{b}" for a, b in zip(country[second], destination[second], strict=True)], dtype=object)
    country[second] = np.where(country[second] == None, None, pair)  # noqa: E711
    data["CountryOfExploitation"] = country

    months = np.array(MONTHS, dtype=object)[rng.choice(4, size=rows, p=[0.55, 0.22, 0.16, 0.07])]
    months[rng.random(rows) < np.where(hotline, 0.97, 0.7)] = None
    data["traffickMonths"] = months

    # Means of control: hotline callers describe several, case files fewer; abuse tactics travel together.
    recorded = rng.random(rows) < np.where(hotline, 0.7, 0.45)
    severity = rng.gamma(2.0, 1.0, size=rows) * np.where(kind == 0, 1.2, 1.0)
    base = np.array([0.12, 0.2, 0.35, 0.4, 0.3, 0.15, 0.3, 0.08, 0.3, 0.05, 0.15, 0.08, 0.1, 0.12, 0.1])
    for name, p in zip(MEANS_OF_CONTROL, base, strict=True):
        boost = 1.6 if (name == "SexualAbuse" or name == "PsychoactiveSubstances") else 1.0
        share = np.clip(p * severity / 2.0 * np.where(kind == 0, boost, 1.0), 0, 0.95)
        data[f"meansOfControl{name}"] = _flag(recorded & (rng.random(rows) < share))

    data["isForcedLabour"] = _flag(kind == 1)
    data["isSexualExploit"] = _flag(kind == 0)
    data["isOtherExploit"] = _flag(kind == 2)
    labour_known = (kind == 1) & (rng.random(rows) < 0.6)
    labour_type = rng.choice(len(LABOUR_TYPES), size=rows, p=[0.2, 0.22, 0.33, 0.08, 0.17])
    for i, name in enumerate(LABOUR_TYPES):
        data[f"typeOfLabour{name}"] = _flag(labour_known & (labour_type == i))
    sex_known = (kind == 0) & (rng.random(rows) < 0.7)
    sex_type = rng.choice(len(SEX_TYPES), size=rows, p=[0.85, 0.05, 0.1])
    for i, name in enumerate(SEX_TYPES):
        data[f"typeOfSex{name}"] = _flag(sex_known & (sex_type == i))

    recruiter_known = rng.random(rows) < np.where(hotline, 0.55, 0.3)
    recruiter = rng.choice(len(RECRUITERS), size=rows, p=np.array([0.18, 0.32, 0.2, 0.3]))
    also_family = rng.random(rows) < 0.05
    for i, name in enumerate(RECRUITERS):
        held = recruiter_known & ((recruiter == i) | ((name == "Family") & also_family))
        data[f"recruiterRelation{name}"] = _flag(held)

    return pd.DataFrame({name: data[name] for name in COLUMNS}, dtype=object)


if __name__ == "__main__":
    frame = make_codebook_2021_table(10_000, 1)
    filled = frame.notna().sum(axis=1)
    print(f"{frame.shape[0]} rows × {frame.shape[1]} columns; filled cells per row: mean {filled.mean():.1f}")
    print(frame.notna().mean().round(2).to_string())
