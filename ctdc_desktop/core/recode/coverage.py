"""Coverage: for each target variable, what happened to every source value, in numbers a caseworker can check.

A recode is complete when every distinct source value is mapped to a category or explicitly set to missing, and no
value is wrong (an age of 250). Until then the workflow keeps Synthesize closed.
"""

from __future__ import annotations

from dataclasses import dataclass

from ctdc_desktop.core.number_format import count_text
from ctdc_desktop.core.translation import QT_TRANSLATE_NOOP, translate

# A variable's state is data (the page colours and filters by it, the CLI prints it); `state_text` says it in words.
COMPLETE = QT_TRANSLATE_NOOP("Coverage", "complete")
UNMAPPED = QT_TRANSLATE_NOOP("Coverage", "unmapped values")
ERROR = QT_TRANSLATE_NOOP("Coverage", "error")


def state_text(state: str) -> str:
    """A variable's state in the user's language."""
    return translate("Coverage", state)


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
        return f"{self.name}: {self.counts_text()}"

    def counts_text(self) -> str:
        """What happened to the rows, in plain words, without the variable's name (the Recode page shows it apart)."""
        if self.problem:
            return self.problem
        if self.table == "perpetrators":
            parts = [
                translate("Coverage", "{mapped} of {rows} perpetrator rows recoded").format(
                    mapped=count_text(self.mapped), rows=count_text(self.rows)
                )
            ]
        else:
            parts = [
                translate("Coverage", "{mapped} of {rows} victims recoded").format(
                    mapped=count_text(self.mapped), rows=count_text(self.rows)
                )
            ]
        if self.set_missing:
            parts.append(
                translate("Coverage", "{n} set to missing by the recipe").format(n=count_text(self.set_missing))
            )
        if self.empty:
            parts.append(translate("Coverage", "{n} empty in the export").format(n=count_text(self.empty)))
        # "value(s)" rather than a plural form: lupdate marks translate()'s plurals only for a literal count.
        if self.unmapped:
            parts.append(
                translate("Coverage", "{n} value(s) not mapped ({rows} rows)").format(
                    n=len(self.unmapped), rows=count_text(self.unmapped_rows)
                )
            )
        if self.errors:
            parts.append(
                translate("Coverage", "{n} wrong value(s) ({rows} rows)").format(
                    n=len(self.errors), rows=count_text(sum(e.count for e in self.errors))
                )
            )
        return "; ".join(parts)


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
                    translate(
                        "Coverage",
                        '{name}: column {column}, value "{value}" ({rows} rows): {why}. Correct it in the export or '
                        "add it to the variable's missing list.",
                    ).format(
                        name=variable.name,
                        column=error.column,
                        value=error.value,
                        rows=count_text(error.count),
                        why=error.message,
                    )
                )
            for value in variable.unmapped:
                lines.append(
                    translate(
                        "Coverage",
                        '{name}: column {column}, value "{value}" ({rows} rows) is not mapped. Map it to a category '
                        "or set it to missing in the recipe.",
                    ).format(name=variable.name, column=value.column, value=value.value, rows=count_text(value.count))
                )
        return lines
