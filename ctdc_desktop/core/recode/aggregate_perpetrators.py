"""Perpetrators per victim: the long perpetrator table (one row per perpetrator) folded into the victim's row.

The December 2022 codebook publishes one row per victim, with the victim's account of up to six perpetrators
summarised in each perpetrator variable. `aggregation_rule()` is the rule, in the words the Recode page shows.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ctdc_desktop.core.translation import QT_TRANSLATE_NOOP, translate

MULTI_SEPARATOR = ";"

# Marked for the catalogues (context "Perpetrators"); `aggregation_rule()` gives them in the user's language.
RULE = QT_TRANSLATE_NOOP(
    "Perpetrators",
    "Each victim row summarises all the perpetrators the victim described (the codebook expects up to six). "
    "For relationship, gender, age band, region of citizenship and paid money the cell lists every different value "
    'among them once, joined with ";" in the codebook\'s order (a victim with a female and a male perpetrator gets '
    '"Female;Male"). For a role the cell is 1 when at least one perpetrator had that role. A perpetrator whose value '
    "is missing adds nothing; a victim without any perpetrator, or whose perpetrators all lack the value, gets an "
    "empty cell. Perpetrator rows whose case ID matches no victim are left out.",
)
LOSS_HEADING = QT_TRANSLATE_NOOP("Perpetrators", "What this loses:")
LOSS = QT_TRANSLATE_NOOP(
    "Perpetrators",
    "How many perpetrators there were and how many had each value; which values belonged to the "
    'same perpetrator (in "Female;Male" with roles recruiter and exploiter, we cannot tell who recruited); and '
    "that some perpetrators' values were unknown when others were known.",
)
AGGREGATION_RULE = f"{RULE}\n{LOSS_HEADING} {LOSS[0].lower()}{LOSS[1:]}"  # English, for the CLI and the tests


def aggregation_rule() -> tuple[str, str, str]:
    """The rule, the heading of what it loses, and what it loses, in the user's language (for the Recode page)."""
    return translate("Perpetrators", RULE), translate("Perpetrators", LOSS_HEADING), translate("Perpetrators", LOSS)


def perpetrators_per_victim(victim_of_row: np.ndarray, victims: int) -> np.ndarray:
    """How many linked perpetrator rows each victim has (`victim_of_row` is -1 for an unlinked row)."""
    linked = victim_of_row[victim_of_row >= 0]
    return np.bincount(linked, minlength=victims)


def aggregate_flag(codes: np.ndarray, victim_of_row: np.ndarray, victims: int) -> np.ndarray:
    """Per victim, 0 (flag set) when any of its perpetrators has code 0, else -1 (empty)."""
    hit = (codes == 0) & (victim_of_row >= 0)
    any_hit = np.zeros(victims, dtype=bool)
    any_hit[victim_of_row[hit]] = True
    return np.where(any_hit, 0, -1).astype(np.int32)


def aggregate_values(
    codes: np.ndarray, victim_of_row: np.ndarray, victims: int, labels: tuple[str, ...]
) -> pd.Categorical:
    """Per victim, the set of its perpetrators' labels (codes index `labels`, negative = no value) joined in order."""
    if len(labels) > 62:
        raise ValueError("at most 62 categories can be combined per victim")
    keep = (codes >= 0) & (victim_of_row >= 0)
    masks = np.zeros(victims, dtype=np.int64)
    np.bitwise_or.at(masks, victim_of_row[keep], np.left_shift(np.int64(1), codes[keep].astype(np.int64)))
    present, inverse = np.unique(masks, return_inverse=True)
    joined: list[str | None] = []
    for mask in present.tolist():
        parts = [label for bit, label in enumerate(labels) if mask >> bit & 1]
        joined.append(MULTI_SEPARATOR.join(parts) if parts else None)
    names = [text for text in joined if text is not None]
    position = {text: i for i, text in enumerate(names)}
    lookup = np.array([-1 if text is None else position[text] for text in joined], dtype=np.int32)
    return pd.Categorical.from_codes(lookup[inverse.reshape(-1)], categories=pd.Index(names, dtype="object"))
