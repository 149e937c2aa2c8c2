"""How next quarter's export differs from what a project's decisions were made on, all of it at once.

A saved project reads columns by name: Stage one's decisions name every column of the export it was saved on, the
recipe names its source columns. When the mission renames a column (``prs_Gender`` becomes ``prs_Sex``), the export
has a column the decisions do not know (new) and lacks one they read (missing). `column_differences` finds both and
proposes the pairing: the new column whose values the recipe places as it placed the missing one's (and/or whose
name is close). It never guesses between equals: two columns equally like the missing one are both named and neither
is paired. `run --project` (core/pipeline/run_workflow.py) and the Identifiers page's replay note both call it.

Only column names and counts are kept, and a renamed column's values the recipe does not place (a category column's
answers, as the Recode step lists them), never a record.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass, field

from ctdc_desktop.core.case_export import CaseExport
from ctdc_desktop.core.identifiers.decisions import PERPETRATORS, VICTIMS, ColumnDecision, IdentifierDecisions
from ctdc_desktop.core.identifiers.detect_identifiers import Action
from ctdc_desktop.core.number_format import count_text
from ctdc_desktop.core.recode.recipe import Recipe, VariableRecipe
from ctdc_desktop.core.recode.recode import source_values
from ctdc_desktop.core.recode.source_columns import closest_columns, find_column
from ctdc_desktop.core.translation import translate
from ctdc_desktop.core.words.spellings import spelling_key

ENOUGH_VALUES = 0.5  # share of a column's distinct values the recipe must place for them to speak for a pairing
CLOSE_NAME = 0.6  # name likeness (0 to 1) that speaks for a pairing when the values cannot
ALIKE = 0.1  # candidates whose likeness differs by less than this are equals: the program does not choose
UNPLACED_SHOWN = 8  # a renamed column's values the recipe does not place, named; the rest are counted
_NOT_PLACED = ("unmapped", "error")


@dataclass(frozen=True)
class MissingColumn:
    """A column the saved Stage one decisions or the recipe read that the export lacks."""

    table: str  # VICTIMS or PERPETRATORS
    column: str
    stage_one: bool  # the saved Stage one decisions decide it
    variables: tuple[str, ...]  # the recipe's variables that read it
    closest: tuple[str, ...] = ()  # the export's columns whose names are closest (for choosing a source by hand)
    alike: tuple[str, ...] = ()  # new columns equally like it: named, not paired


@dataclass(frozen=True)
class Rename:
    """A new column proposed as a missing one under a new name, with the evidence."""

    table: str
    missing: str
    new: str
    values: int  # distinct values of the new column the recipe's variables look at (0: the values do not speak)
    placed: int  # of those, how many the recipe places (maps, sets to missing) as it did the missing column's
    name_likeness: float  # 0 to 1
    unplaced: tuple[tuple[str, int], ...] = ()  # (value, rows) the recipe does not place, when the pairing is taken

    @property
    def by_values(self) -> bool:
        return self.values > 0 and self.placed / self.values >= ENOUGH_VALUES

    @property
    def by_name(self) -> bool:
        return self.name_likeness >= CLOSE_NAME


@dataclass(frozen=True)
class ColumnDifferences:
    """New, missing and renamed columns of an export against a project's decisions (empty: nothing differs)."""

    new: tuple[tuple[str, str], ...] = ()  # (table, column) the saved Stage one decisions do not know
    missing: tuple[MissingColumn, ...] = ()
    renamed: tuple[Rename, ...] = ()

    @property
    def empty(self) -> bool:
        return not (self.new or self.missing)

    def rename_of(self, table: str, missing: str) -> Rename | None:
        return next((r for r in self.renamed if (r.table, r.missing) == (table, missing)), None)

    def renamed_to(self, table: str, new: str) -> Rename | None:
        return next((r for r in self.renamed if (r.table, r.new) == (table, new)), None)

    def missing_read_by_recipe(self) -> tuple[MissingColumn, ...]:
        return tuple(m for m in self.missing if m.variables)


@dataclass(frozen=True)
class _Likeness:
    rename: Rename
    score: float


@dataclass
class _Reader:
    stage_one: bool = False
    variables: list[VariableRecipe] = field(default_factory=list)


def _frames(export: CaseExport) -> dict[str, list[str]]:
    tables = {VICTIMS: export.victim_frame, PERPETRATORS: export.perpetrator_frame}
    return {name: [str(c) for c in frame.columns] for name, frame in tables.items() if frame is not None}


def _read_columns(variable: VariableRecipe) -> list[str]:
    if variable.recoder == "not_recorded":
        return []
    return [*variable.source, *(c for c in (variable.birth_date, variable.registration_date) if c)]


def column_differences(
    export: CaseExport, identifiers: IdentifierDecisions | None, recipe: Recipe | None
) -> ColumnDifferences:
    """The columns `export` has that `identifiers` do not know, the columns `identifiers` or `recipe` read that it
    lacks, and the pairings of the two that the values (or the names) propose. A table the export does not have at
    all (no perpetrators file) is not compared."""
    columns = _frames(export)
    new: list[tuple[str, str]] = []
    readers: dict[tuple[str, str], _Reader] = {}
    for table, names in columns.items():
        if identifiers is not None:
            match = identifiers.matches(names, table)
            new += [(table, c) for c in match.new]
            for gone in match.gone:
                readers.setdefault((table, gone), _Reader()).stage_one = True
    for variable in recipe.variables if recipe is not None else ():
        names = columns.get(variable.table, [])
        if variable.table not in columns:
            continue
        for name in _read_columns(variable):
            if find_column(names, name) is None:
                readers.setdefault((variable.table, name), _Reader()).variables.append(variable)
    candidates = new
    if identifiers is None and recipe is not None:
        # No Stage one decisions to say what is new: any column the recipe does not read may be a renamed one.
        read = {(v.table, spelling_key(c)) for v in recipe.variables for c in _read_columns(v)}
        candidates = [(t, c) for t, names in columns.items() for c in names if (t, spelling_key(c)) not in read]
    likeness = {
        key: _ranked(export, recipe, key, reader, [c for t, c in candidates if t == key[0]])
        for key, reader in readers.items()
    }
    chosen = _pairings(likeness)
    missing = []
    for (table, column), reader in readers.items():
        ranked = likeness[(table, column)]
        alike: tuple[str, ...] = ()
        if (table, column) not in chosen and len(ranked) > 1 and ranked[0].score - ranked[1].score < ALIKE:
            alike = tuple(r.rename.new for r in ranked if ranked[0].score - r.score < ALIKE)
        missing.append(
            MissingColumn(
                table,
                column,
                reader.stage_one,
                tuple(dict.fromkeys(v.name for v in reader.variables)),
                tuple(closest_columns(columns[table], column)) if reader.variables else (),
                alike,
            )
        )
    return ColumnDifferences(tuple(new), tuple(missing), tuple(chosen.values()))


def _ranked(
    export: CaseExport, recipe: Recipe | None, key: tuple[str, str], reader: _Reader, candidates: list[str]
) -> list[_Likeness]:
    """The candidates with evidence for being `key` renamed, most alike first."""
    table, missing = key
    out = []
    for candidate in candidates:
        name = difflib.SequenceMatcher(None, spelling_key(missing), spelling_key(candidate)).ratio()
        values, placed, unplaced = _placed_values(export, recipe, reader.variables, missing, candidate)
        rename = Rename(table, missing, candidate, values, placed, round(name, 2), unplaced if values else ())
        fit = placed / values if values else 0.0
        # Where the recipe can read the candidate's values they decide; a close name alone must not pair a column
        # whose values the recipe would not place. Where they cannot (only Stage one read it), the name does.
        if rename.by_values if values else rename.by_name:
            out.append(_Likeness(rename, fit + name))
    return sorted(out, key=lambda like: -like.score)


def _placed_values(
    export: CaseExport, recipe: Recipe | None, variables: list[VariableRecipe], missing: str, candidate: str
) -> tuple[int, int, tuple[tuple[str, int], ...]]:
    """How many distinct values of `candidate` the variables reading `missing` look at, how many they place, and
    the ones they do not (value, rows), when `candidate` is read in its place."""
    if recipe is None:
        return 0, 0, ()
    seen: dict[str, bool] = {}
    rows: dict[str, int] = {}
    for variable in variables:
        swapped = variable.replace(
            source=tuple(candidate if c == missing else c for c in variable.source),
            birth_date=candidate if variable.birth_date == missing else variable.birth_date,
            registration_date=candidate if variable.registration_date == missing else variable.registration_date,
        )
        for value in source_values(export, recipe.with_variable(swapped), variable.name):
            if value.column != candidate:
                continue
            placed = value.state not in _NOT_PLACED
            seen[value.value] = seen.get(value.value, True) and placed
            rows[value.value] = max(rows.get(value.value, 0), value.count)
    unplaced = tuple((v, rows[v]) for v, placed in seen.items() if not placed)
    return len(seen), sum(seen.values()), tuple(sorted(unplaced, key=lambda u: (-u[1], u[0])))


def _pairings(likeness: dict[tuple[str, str], list[_Likeness]]) -> dict[tuple[str, str], Rename]:
    """One new column per missing one, where the best is clearly ahead of the next, and no new column for two."""
    best: dict[tuple[str, str], _Likeness] = {}
    for key, ranked in likeness.items():
        if ranked and (len(ranked) == 1 or ranked[0].score - ranked[1].score >= ALIKE):
            best[key] = ranked[0]
    chosen: dict[tuple[str, str], Rename] = {}
    for key, like in best.items():
        rivals = [other for k, other in best.items() if k != key and other.rename.new == like.rename.new]
        if all(like.score - other.score >= ALIKE for other in rivals):
            chosen[key] = like.rename
    return chosen


# --- in words ---------------------------------------------------------------------------------------------------
def _table_text(table: str) -> str:
    if table == PERPETRATORS:
        return translate("ReplayDifferences", "perpetrators")
    return translate("ReplayDifferences", "victims")


def new_column_text(differences: ColumnDifferences, table: str, column: str) -> str:
    """'victims: column "prs_Sex"', and the pairing proposed for it."""
    text = translate("ReplayDifferences", '{table}: column "{column}"').format(table=_table_text(table), column=column)
    rename = differences.renamed_to(table, column)
    if rename is not None:
        text += " " + translate("ReplayDifferences", '(proposed as "{missing}" renamed: see below)').format(
            missing=rename.missing
        )
    return text


def missing_column_text(differences: ColumnDifferences, missing: MissingColumn) -> str:
    """The missing column, who reads it, and what to do about it."""
    text = translate("ReplayDifferences", '{table}: column "{column}"').format(
        table=_table_text(missing.table), column=missing.column
    )
    variables = ", ".join(missing.variables)
    if missing.stage_one and missing.variables:
        text += translate("ReplayDifferences", ", decided in Stage one and read by the recipe ({variables})").format(
            variables=variables
        )
    elif missing.variables:
        text += translate("ReplayDifferences", ", read by the recipe ({variables})").format(variables=variables)
    else:
        text += translate("ReplayDifferences", ", decided in Stage one")
    rename = differences.rename_of(missing.table, missing.column)
    if rename is not None:
        return (
            text + ". " + translate("ReplayDifferences", 'Probably renamed "{new}": see below.').format(new=rename.new)
        )
    if missing.alike:
        return (
            text
            + ". "
            + translate(
                "ReplayDifferences",
                "It may be {columns} renamed: they are equally like it, so the program does not choose.",
            ).format(columns=_quoted(missing.alike))
        )
    if missing.variables:
        todo = translate(
            "ReplayDifferences",
            "Choose the source column of {variables} in the Recode step (or in the recipe), then save the project.",
        ).format(variables=variables)
        if missing.closest:
            todo += " " + translate("ReplayDifferences", "Closest names: {columns}.").format(
                columns=_quoted(missing.closest)
            )
        return text + ". " + todo
    return (
        text
        + ". "
        + translate(
            "ReplayDifferences",
            "Nothing to do if the mission no longer records it: its saved decision is not used.",
        )
    )


def rename_text(differences: ColumnDifferences, rename: Rename, identifiers: IdentifierDecisions | None) -> str:
    """'victims: "prs_Gender" → "prs_Sex"', why, and how to take the pairing (or not)."""
    text = translate("ReplayDifferences", '{table}: "{missing}" → "{new}"').format(
        table=_table_text(rename.table), missing=rename.missing, new=rename.new
    )
    why = []
    if rename.values:
        why.append(
            translate("ReplayDifferences", "the recipe places {placed} of its {values} values").format(
                placed=count_text(rename.placed), values=count_text(rename.values)
            )
        )
    if rename.by_name:
        why.append(translate("ReplayDifferences", "its name is close"))
    text += " (" + "; ".join(why) + ")."
    steps = []
    decision = None if identifiers is None else identifiers.decision(rename.missing, rename.table)
    if decision is not None:
        steps.append(
            translate(
                "ReplayDifferences", 'in the Identifiers step decide "{new}" as "{missing}" was ({action})'
            ).format(new=rename.new, missing=rename.missing, action=_decision_text(decision))
        )
    variables = _variables_reading(differences, rename)
    if variables:
        steps.append(
            translate("ReplayDifferences", 'in the Recode step choose "{new}" as the source of {variables}').format(
                new=rename.new, variables=", ".join(variables)
            )
        )
    todo = translate(
        "ReplayDifferences",
        'If it is the same column: {steps}, and save the project; or rename it back to "{missing}" in the export. '
        "If it is not, treat it as a new column and the other as missing.",
    ).format(steps="; ".join(steps), missing=rename.missing)
    return text + " " + todo


def _decision_text(decision: ColumnDecision) -> str:
    if decision.action is Action.REMOVE:
        return translate("ReplayDifferences", "removed")
    if decision.action is Action.KEEP:
        return translate("ReplayDifferences", "kept")
    label = decision.transform.label if decision.transform is not None else ""
    return translate("ReplayDifferences", "transformed: {transform}").format(transform=label)


def _variables_reading(differences: ColumnDifferences, rename: Rename) -> tuple[str, ...]:
    missing = next((m for m in differences.missing if (m.table, m.column) == (rename.table, rename.missing)), None)
    return () if missing is None else missing.variables


def unplaced_text(rename: Rename, variables: Iterable[str]) -> str:
    """The renamed column's values the recipe does not place, as the Recode step would list them."""
    shown = ", ".join(
        translate("ReplayDifferences", '"{value}" ({rows} rows)').format(value=value, rows=count_text(rows))
        for value, rows in rename.unplaced[:UNPLACED_SHOWN]
    )
    more = len(rename.unplaced) - UNPLACED_SHOWN
    if more > 0:
        shown += " " + translate("ReplayDifferences", "and {n} more").format(n=count_text(more))
    return translate(
        "ReplayDifferences",
        '{variables}: column {column} (if it is "{missing}" renamed), value(s) the recipe does not place: {values}.',
    ).format(variables=", ".join(variables), column=rename.new, missing=rename.missing, values=shown)


def _quoted(columns: Iterable[str]) -> str:
    return ", ".join(f'"{c}"' for c in columns)


@dataclass(frozen=True)
class UnmadeVariables:
    """Variables of the recipe that cannot be made for one reason no column difference explains (the perpetrators
    not linked to their victims), with that reason and what to do, in words."""

    variables: tuple[str, ...]
    problem: str

    def text(self) -> str:
        return f"{', '.join(self.variables)}: {self.problem}"


def link_removed_text(columns: Iterable[tuple[str, str]]) -> str:
    """Why perpetrator variables cannot be made when Stage one removed the link column(s) (table, column)."""
    named = ", ".join(
        translate("ReplayDifferences", '{table} "{column}"').format(table=_table_text(t), column=c) for t, c in columns
    )
    return translate(
        "ReplayDifferences",
        "Stage one removes the column that links each perpetrator to their victim ({columns}). "
        'Decide it as "link only" in the Identifiers step (a made-up number, never exported), then run again.',
    ).format(columns=named)


@dataclass(frozen=True)
class ReplayDifferences:
    """Everything a replay stops for, found in one go: the columns, the recipe's values, Stage one's removals."""

    columns: ColumnDifferences
    identifiers: IdentifierDecisions | None = None
    new_values: tuple[str, ...] = ()  # one line per value the recipe does not place (the coverage's words)
    removed_but_read: tuple[str, ...] = ()  # one line per variable whose column Stage one removes
    # Variables that cannot be made for a reason none of the above names (no link to the perpetrators), by reason.
    unmade: tuple[UnmadeVariables, ...] = ()
    new_columns_proposed: bool = False  # new columns take Stage one's proposal (--drop-flagged): they do not stop

    @property
    def stops(self) -> bool:
        return bool(
            (self.columns.new and not self.new_columns_proposed)
            or self.columns.missing_read_by_recipe()
            or self.new_values
            or self.removed_but_read
            or self.unmade
            or any(r.unplaced for r in self.columns.renamed)
        )

    def sections(self) -> list[tuple[str, tuple[str, ...]]]:
        """(heading with what to do, one line per difference) for each kind of difference there is."""
        columns = self.columns
        out: list[tuple[str, tuple[str, ...]]] = []
        if columns.new:
            if self.new_columns_proposed:
                heading = translate(
                    "ReplayDifferences",
                    "New columns, which the project's Stage one decisions do not know (with --drop-flagged they are "
                    "removed or made safe as Stage one proposes):",
                )
            else:
                heading = translate(
                    "ReplayDifferences",
                    "New columns, which the project's Stage one decisions do not know. Decide each in the Identifiers "
                    "step of the window and save the project, or run again with --drop-flagged to remove or transform "
                    "them as Stage one proposes:",
                )
            out.append((heading, tuple(new_column_text(columns, t, c) for t, c in columns.new)))
        if columns.missing:
            heading = translate(
                "ReplayDifferences", "Missing columns, which the project's decisions or the recipe read:"
            )
            out.append((heading, tuple(missing_column_text(columns, m) for m in columns.missing)))
        if columns.renamed:
            heading = translate(
                "ReplayDifferences", "Renamed columns, as proposed from their values and names (check each):"
            )
            out.append((heading, tuple(rename_text(columns, r, self.identifiers) for r in columns.renamed)))
        if self.removed_but_read:
            heading = translate("ReplayDifferences", "Columns the recipe reads that Stage one removes:")
            out.append((heading, self.removed_but_read))
        if self.unmade:
            heading = translate("ReplayDifferences", "Variables the recipe cannot make from this export:")
            out.append((heading, tuple(u.text() for u in self.unmade)))
        renamed_values = tuple(unplaced_text(r, _variables_reading(columns, r)) for r in columns.renamed if r.unplaced)
        if self.new_values or renamed_values:
            heading = translate(
                "ReplayDifferences",
                "New values, which the recipe does not place. Map each to a category or set it to missing in the "
                "Recode step or in the recipe:",
            )
            out.append((heading, (*self.new_values, *renamed_values)))
        return out

    def problems(self) -> tuple[str, ...]:
        return tuple(line for _, lines in self.sections() for line in lines)

    def summary(self) -> str:
        """'1 new column, 1 missing column (1 probably renamed), 2 new values'."""
        columns = self.columns
        parts = []
        if columns.new:
            parts.append(translate("ReplayDifferences", "{n} new column(s)").format(n=len(columns.new)))
        if columns.missing:
            part = translate("ReplayDifferences", "{n} missing column(s)").format(n=len(columns.missing))
            if columns.renamed:
                part += " " + translate("ReplayDifferences", "({n} probably renamed)").format(n=len(columns.renamed))
            parts.append(part)
        if self.removed_but_read:
            parts.append(
                translate("ReplayDifferences", "{n} column(s) removed by Stage one").format(
                    n=len(self.removed_but_read)
                )
            )
        unmade = sum(len(u.variables) for u in self.unmade)
        if unmade:
            parts.append(translate("ReplayDifferences", "{n} variable(s) that cannot be made").format(n=unmade))
        values = len(self.new_values) + sum(len(r.unplaced) for r in columns.renamed)
        if values:
            parts.append(translate("ReplayDifferences", "{n} new value(s)").format(n=count_text(values)))
        return ", ".join(parts)

    def text(self) -> str:
        """The whole stop: what differs, then each kind with what to do and one line per difference."""
        lines = [
            translate(
                "ReplayDifferences",
                "This export differs from what the project was saved with ({differences}), so nothing was written. "
                "Every difference is listed below with what to do; deal with them all, then run again.",
            ).format(differences=self.summary())
        ]
        for heading, items in self.sections():
            lines.append(heading)
            lines += [f"  {item}" for item in items]
        return "\n".join(lines)
