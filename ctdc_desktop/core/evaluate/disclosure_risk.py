"""How exposed the recoded records are before synthesis: who is unique or rare, and which variables make them so.

A record's *combination* is its whole row of answers, a blank counting as an answer (someone comparing a published
row with what they know sees the blank too). A record is *unique* when no other record has the same combination, and
*rare* when fewer than k records (itself included) have it: this is the k-anonymity test of Sweeney (2002) applied to
every variable at once. A variable *drives* the risk when leaving it out would make rare records common: for each
variable, how many of the rare records would then share their combination with at least k records. Grouping that
variable's answers more coarsely in the recode step is the usual remedy. Nothing here is released.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from ctdc_desktop.core.number_format import count_text
from ctdc_desktop.core.progress import NO_PROGRESS, Progress
from ctdc_desktop.core.synth.combinations import record_class_sizes
from ctdc_desktop.core.synth.table import EncodedTable, encode_table
from ctdc_desktop.core.translation import QT_TRANSLATE_NOOP, translate

# In English; shown with `translate("DisclosureRisk", ...)` (made at import, before the language is installed).
EXPLAIN_UNIQUE = QT_TRANSLATE_NOOP(
    "DisclosureRisk", "Records whose whole combination of answers no other record has: the easiest to recognise."
)
EXPLAIN_RARE = QT_TRANSLATE_NOOP(
    "DisclosureRisk", "Records whose whole combination of answers fewer than k records have (unique ones included)."
)
EXPLAIN_DRIVER = QT_TRANSLATE_NOOP(
    "DisclosureRisk",
    "How many of the rare records would share their combination with at least k others if this variable were left "
    "out: the variables that do most to single people out. Grouping their answers more broadly helps most.",
)


@dataclass(frozen=True)
class RiskDriver:
    column: str
    records_made_common: int  # rare records that are no longer rare without this column


@dataclass(frozen=True)
class DisclosureRisk:
    k: int
    records: int
    unique_records: int
    rare_records: int  # fewer than k, unique ones included
    drivers: tuple[RiskDriver, ...]  # the columns whose removal helps, most first

    def describe(self) -> tuple[str, ...]:
        if not self.records:
            return (translate("DisclosureRisk", "There are no records."),)
        lines = [
            translate(
                "DisclosureRisk",
                "{0} of {1} records ({2:.1%}) have a combination of answers that no other record has.",
            ).format(count_text(self.unique_records), count_text(self.records), self.unique_records / self.records),
            translate("DisclosureRisk", "{0} ({1:.1%}) have one that fewer than {2} records have.").format(
                count_text(self.rare_records), self.rare_records / self.records, self.k
            ),
        ]
        if self.drivers:
            named = ", ".join(f"{d.column} ({count_text(d.records_made_common)})" for d in self.drivers[:5])
            lines.append(
                translate(
                    "DisclosureRisk",
                    "Leaving out one of these variables would make that many rare records common: {0}.",
                ).format(named)
            )
        elif self.rare_records:
            lines.append(
                translate(
                    "DisclosureRisk",
                    "No single variable makes the difference: rare records are rare on several variables at once.",
                )
            )
        return tuple(lines)


def assess_disclosure_risk(
    recoded: EncodedTable | pd.DataFrame, k: int = 10, progress: Progress = NO_PROGRESS
) -> DisclosureRisk:
    """Unique and rare records of the recoded table and the variables that drive them (see the module docstring)."""
    if k < 2:
        raise ValueError("k must be at least 2")
    table = recoded if isinstance(recoded, EncodedTable) else encode_table(recoded)
    sizes, without = record_class_sizes(table, progress)
    rare = sizes < k
    drivers = [
        RiskDriver(column=name, records_made_common=int((rare & (without[j] >= k)).sum()))
        for j, name in enumerate(table.columns)
    ]
    drivers = sorted((d for d in drivers if d.records_made_common), key=lambda d: (-d.records_made_common, d.column))
    return DisclosureRisk(
        k=k,
        records=table.n_records,
        unique_records=int((sizes == 1).sum()),
        rare_records=int(rare.sum()),
        drivers=tuple(drivers),
    )
