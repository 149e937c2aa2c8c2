"""Coverage: for each target variable, what happened to every source value, in numbers a caseworker can check.

A recode is complete when every distinct source value is mapped to a category or explicitly set to missing, and no
value is wrong (an age of 250). Until then the workflow keeps Synthesize closed.
"""

from __future__ import annotations

from dataclasses import dataclass

COMPLETE = "complete"
UNMAPPED = "unmapped values"
ERROR = "error"


@dataclass(frozen=True)
class ValueCount:
    """One distinct raw value of a source column and how many rows hold it; `message` says what is wrong with it."""

    column: str
    value: str
    count: int
    message: str = ""


@dataclass(frozen=True)
class VariableCoverage:
    """How the rows of one variable's source table were recoded (perpetrator variables count perpetrator rows)."""

    name: str
    table: str  # "victims" or "perpetrators"
    source: tuple[str, ...]
    rows: int
    mapped: int = 0  # rows whose value became a category (or a flag's "not ticked")
    set_missing: int = 0  # rows whose value the recipe sets to missing on purpose ("Unknown")
    empty: int = 0  # rows with nothing in the source column(s)
    unmapped: tuple[ValueCount, ...] = ()  # values the recipe does not map: map them or set them to missing
    errors: tuple[ValueCount, ...] = ()  # values that cannot be right (an age of "17 ans", a year outside the bands)
    problem: str = ""  # the variable cannot be made at all (its column is not in the export)
    note: str = ""  # the recipe's word on this variable (why it is not recorded, what it groups)

    @property
    def state(self) -> str:
        if self.problem or self.errors:
            return ERROR
        if self.unmapped:
            return UNMAPPED
        return COMPLETE

    @property
    def unmapped_rows(self) -> int:
        return sum(v.count for v in self.unmapped)

    def summary(self) -> str:
        """One line in plain words, e.g. for the CLI and the variable list."""
        if self.problem:
            return f"{self.name}: {self.problem}"
        unit = "perpetrator rows" if self.table == "perpetrators" else "victims"
        parts = [f"{self.mapped:,} of {self.rows:,} {unit} recoded"]
        if self.set_missing:
            parts.append(f"{self.set_missing:,} set to missing by the recipe")
        if self.empty:
            parts.append(f"{self.empty:,} empty in the export")
        if self.unmapped:
            parts.append(f"{len(self.unmapped)} value(s) not mapped ({self.unmapped_rows:,} rows)")
        if self.errors:
            parts.append(f"{len(self.errors)} wrong value(s) ({sum(e.count for e in self.errors):,} rows)")
        return f"{self.name}: " + "; ".join(parts)


@dataclass(frozen=True)
class Coverage:
    variables: tuple[VariableCoverage, ...]

    @property
    def complete(self) -> bool:
        return all(v.state == COMPLETE for v in self.variables)

    def variable(self, name: str) -> VariableCoverage:
        for variable in self.variables:
            if variable.name == name:
                return variable
        raise KeyError(name)

    def problems(self) -> list[str]:
        """Every reason the recode is not complete, one line each, naming the variable, column and value."""
        lines: list[str] = []
        for variable in self.variables:
            if variable.problem:
                lines.append(f"{variable.name}: {variable.problem}")
            for error in variable.errors:
                lines.append(
                    f'{variable.name}: column {error.column}, value "{error.value}" ({error.count:,} rows): '
                    f"{error.message}. Correct it in the export or add it to the variable's missing list."
                )
            for value in variable.unmapped:
                lines.append(
                    f'{variable.name}: column {value.column}, value "{value.value}" ({value.count:,} rows) is not '
                    "mapped. Map it to a category or set it to missing in the recipe."
                )
        return lines
