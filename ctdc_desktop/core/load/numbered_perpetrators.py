"""Exports kept as one row per victim with the perpetrators side by side in numbered columns, read as two tables.

Some missions export one row per victim and repeat the perpetrator's fields for each perpetrator, numbered:
`Auteur 1 - Sexe`, `Auteur 1 - Nationalité`, `Auteur 2 - Sexe`... (`Perpetrator 1 Gender`, `Perp2_Nationality`,
`Tratante 1 - Sexo`, `Aliciador 1 - Sexo`, `Sexe de l'auteur 1`). Read as they are, the perpetrators' fields are
victim columns split over up to six places, and no perpetrator variable can be recoded.

`find_numbered_perpetrators` tells such a table by its column names only: a perpetrator word of the column-name word
list (`perpetrator_marker`, any language), a number 1 to 6 just after it, and a field name (before or after). It
needs one perpetrator with two fields or more: a perpetrator word is what keeps `Contact 1`, `Phone 2` or `Enfant 1 -
Âge` with the victims. `read_numbered_perpetrators` then makes the victims table (the other columns, the file's row
numbers kept) and the perpetrators table (one row per victim and number with at least one filled cell, the fields as
columns), linked by the victims' case-ID column, or by a made-up `case number` column (the row number) when the file
has none.

The single letter "P" (`P1 age`, `P3_sex`) is read too, but only when asked: it abbreviates a perpetrator as often as
a person, a household member or a question number.
"""

from __future__ import annotations

import dataclasses
import re
from collections import defaultdict

import numpy as np
import pandas as pd

from ctdc_desktop.core.case_export import CaseExport, NumberedColumn, NumberedPerpetrators
from ctdc_desktop.core.io.table import LoadedTable
from ctdc_desktop.core.link import check_link
from ctdc_desktop.core.load.one_row_per_perpetrator import _distinct_values, _is_named_case_id, _looks_like_ids
from ctdc_desktop.core.number_format import count_text
from ctdc_desktop.core.progress import NO_PROGRESS, Progress, check_cancelled
from ctdc_desktop.core.translation import translate
from ctdc_desktop.core.words.lexicon import lexicon, words_of
from ctdc_desktop.core.words.spellings import spelling_key

MOST_NUMBERS = 6  # the CTDC codebooks keep up to six perpetrators per victim
MADE_UP_CASE_COLUMN = "case number"
# Separators between the marker, the number and the field: "Auteur 1 - Sexe", "Perp2_Nationality", "Auteur #3. Âge".
_SEP = r"[\s_\-.#:()\[\]/]"
_NUMBER = re.compile(rf"(?<![0-9])([1-{MOST_NUMBERS}])(?![0-9])")
_LAST_WORD = re.compile(r"([^\W\d_]+)\W*$")
# Small words left between a field and the marker ("Sexe de l'auteur 1", "Gender of perpetrator 2"): not the field.
_LINKING_WORDS = {"de", "du", "des", "d", "l", "la", "le", "les", "of", "the", "del", "da", "do", "dos", "das", "el"}
_WEAK_MARKERS = {"p"}


def _is_marker_word(text: str) -> bool:
    return any(m.concept == "perpetrator_marker" for m in lexicon("columns").matches(text))


def _marker_kind(text: str) -> str | None:
    """Whether `text` names a perpetrator: "strong" for one or two words that do, "weak" for the letter P alone."""
    words = words_of(text)
    if not words or len(words) > 2:
        return None
    if words == ("p",):
        return "weak"
    return "strong" if _is_marker_word(text) else None


def _field_before(text: str) -> str:
    """The field written before the marker, with the linking words at its end dropped ("Sexe de l'" -> "Sexe")."""
    field = text.rstrip(" _-.#:()[]/'’")
    while True:
        match = _LAST_WORD.search(field)
        if match is None or spelling_key(match.group(1)) not in _LINKING_WORDS or match.start() == 0:
            return field
        field = field[: match.start()].rstrip(" _-.#:()[]/'’")


def _parse(name: str) -> tuple[str, int, str, str] | None:
    """(marker key, number, field as written, "strong"/"weak") when `name` is one numbered perpetrator's field."""
    for found in _NUMBER.finditer(name):
        before, after = name[: found.start()], name[found.end() :]
        number = int(found.group(1))
        field_after = re.sub(rf"^{_SEP}+", "", after).strip()
        marker_text = re.sub(rf"{_SEP}+$", "", before)
        if field_after:
            # Marker first: "Auteur 1 - Sexe", "Perp2_Nationality", "P3 age".
            kind = _marker_kind(marker_text)
            if kind is not None and words_of(field_after) and not any(ch.isdigit() for ch in field_after):
                return spelling_key(marker_text), number, field_after, kind
        if not field_after:
            # Field first: "Sexe de l'auteur 1", "Gender perpetrator 2".
            match = _LAST_WORD.search(marker_text)
            if match is None or match.start() == 0:
                continue
            marker_word = match.group(1)
            field = _field_before(marker_text[: match.start()])
            if _marker_kind(marker_word) == "strong" and words_of(field) and not any(ch.isdigit() for ch in field):
                return spelling_key(marker_word), number, field, "strong"
    return None


def find_numbered_perpetrators(frame: pd.DataFrame) -> NumberedPerpetrators | None:
    """How `frame` reads as one row per victim with numbered perpetrators, or None when its names do not say so."""
    # Columns per marker ("auteur", "perp"...); a sheet normally uses one, and only the most used one is read, so
    # that a "Recruteur 1" and an "Exploiteur 1" are never merged into one perpetrator.
    families: dict[str, list[tuple[str, int, str, str]]] = defaultdict(list)
    for name in map(str, frame.columns):
        parsed = _parse(name)
        if parsed is not None:
            marker, number, field, kind = parsed
            families[marker].append((name, number, field, kind))
    best: tuple[int, str] | None = None
    for marker, members in families.items():
        fields_of: dict[int, set[str]] = defaultdict(set)
        for _, number, field, _ in members:
            fields_of[number].add(spelling_key(field))
        numbers = sorted(fields_of)
        shared = any(len(fields_of[a] & fields_of[b]) >= 2 for i, a in enumerate(numbers) for b in numbers[i + 1 :])
        strong = members[0][3] == "strong"
        readable = (strong and max(len(f) for f in fields_of.values()) >= 2) or shared
        if readable and (best is None or len(members) > best[0]):
            best = (len(members), marker)
    if best is None:
        return None
    members = families[best[1]]
    chosen = {name for name, _, _, _ in members}
    # One spelling per field, the first met in the file: "Sexe" under "Auteur 1" names the column for every number.
    written: dict[str, str] = {}
    columns = []
    for name, number, field, _ in members:
        key = spelling_key(field)
        written.setdefault(key, field)
        columns.append(NumberedColumn(name, number, written[key]))
    victim_columns = tuple(str(n) for n in frame.columns if str(n) not in chosen)
    case_column = _case_column(frame, victim_columns)
    made_up = case_column is None
    if case_column is None:
        case_column = _free_name(MADE_UP_CASE_COLUMN, set(map(str, frame.columns)))
    return NumberedPerpetrators(
        case_column=case_column,
        made_up_case_column=made_up,
        columns=tuple(columns),
        fields=tuple(dict.fromkeys(c.field for c in columns)),
        victim_columns=victim_columns,
        victims=len(frame),
        perpetrators=sum(int(_filled(frame, columns, n).sum()) for n in sorted({c.number for c in columns})),
        clear=members[0][3] == "strong",
    )


def _filled(frame: pd.DataFrame, columns: list[NumberedColumn], number: int) -> pd.Series:
    names = [c.column for c in columns if c.number == number]
    return frame[names].notna().any(axis=1)


def _case_column(frame: pd.DataFrame, victim_columns: tuple[str, ...]) -> str | None:
    """The victims' case ID: filled on every row, a different value on each, named so or looking like codes."""
    found = []
    for position, name in enumerate(victim_columns):
        column = frame[name]
        if len(frame) == 0 or column.isna().any():
            continue
        values = _distinct_values(column)
        if len(values) != len(frame):
            continue
        named, id_like = _is_named_case_id(name), _looks_like_ids(values)
        if named or id_like:
            found.append(((int(named), int(id_like), -position), name))
    return max(found)[1] if found else None


def _free_name(wanted: str, taken: set[str]) -> str:
    name, n = wanted, 2
    while name in taken:
        name, n = f"{wanted} ({n})", n + 1
    return name


def _table(table: LoadedTable, frame: pd.DataFrame) -> LoadedTable:
    return dataclasses.replace(table, frame=frame)  # the same file, sheet and reading notes; new rows


def _as_categories(values: pd.Series) -> pd.Series:
    # The cell contract: text categories, NaN for missing.
    return values.astype("object").astype("category")


def split_numbered_perpetrators(
    table: LoadedTable, reading: NumberedPerpetrators, progress: Progress = NO_PROGRESS
) -> CaseExport:
    """The victims (the victim columns, the file's rows) and the perpetrators (one row per victim and filled number,
    victims in file order, numbers in order), linked by the case column."""
    frame = table.frame
    victims = frame[list(reading.victim_columns)].copy()
    if reading.made_up_case_column:
        # The file's row number is what the user sees for each victim: the best made-up case ID there is.
        victims.insert(0, reading.case_column, _as_categories(pd.Series(frame.index.astype(str), index=frame.index)))
    case_values = victims[reading.case_column]
    parts = []
    for number in sorted({c.number for c in reading.columns}):
        check_cancelled(progress)
        group = [c for c in reading.columns if c.number == number]
        filled = frame[[c.column for c in group]].notna().any(axis=1).to_numpy()
        part = pd.DataFrame(
            {field: pd.Series(np.nan, index=frame.index[filled], dtype="object") for field in reading.fields}
        )
        for column in group:
            part[column.field] = frame.loc[filled, column.column].astype("object")
        part.insert(0, reading.case_column, case_values[filled].astype("object"))
        part["_position"] = pd.Series(range(len(frame)), index=frame.index)[filled]
        part["_number"] = number
        parts.append(part)
    if parts:
        perpetrators = pd.concat(parts).sort_values(["_position", "_number"], kind="stable")
    else:
        perpetrators = pd.DataFrame({n: pd.Series(dtype="object") for n in (reading.case_column, *reading.fields)})
    perpetrators = perpetrators.drop(columns=["_position", "_number"], errors="ignore")
    for name in perpetrators.columns:
        perpetrators[name] = _as_categories(perpetrators[name])
    # A perpetrator's row number is its victim's: the row of the file that holds it.
    perpetrators.index.name = frame.index.name
    for name in victims.columns:
        if isinstance(victims[name].dtype, pd.CategoricalDtype):
            victims[name] = victims[name].cat.remove_unused_categories()
    progress.report(1, 1)
    link = check_link(victims, perpetrators, reading.case_column, reading.case_column)
    return CaseExport(_table(table, victims), _table(table, perpetrators), link, numbered_perpetrators=reading)


def read_numbered_perpetrators(
    table: LoadedTable, wanted: bool | None, progress: Progress = NO_PROGRESS
) -> CaseExport | None:
    """The table read as victims and numbered perpetrators as `wanted` says (None: when its names plainly say so).

    `wanted` is the victims' file's `one_row_per_perpetrator`: True, the perpetrators are in the victims' sheet;
    False, each row is read as a victim and nothing more. Returns None when the names do not say so (the caller then
    looks for one row per perpetrator).
    """
    if wanted is False:
        return None
    reading = find_numbered_perpetrators(table.frame)
    if reading is None or (wanted is None and not reading.clear):
        return None
    if reading.perpetrators == 0 and not wanted:
        return None  # the columns are there but empty: nothing to read, the table stays as it is
    return split_numbered_perpetrators(table, reading, progress)


def numbered_reading_text(reading: NumberedPerpetrators, perpetrators: int) -> str:
    """The reading in words: which columns were read as which perpetrator, and the link."""
    numbers = sorted({c.number for c in reading.columns})
    groups = "; ".join(
        translate("NumberedPerpetrators", "perpetrator {n}: {columns}").format(
            n=n, columns=", ".join(c.column for c in reading.columns if c.number == n)
        )
        for n in numbers
    )
    if reading.made_up_case_column:
        link = translate(
            "NumberedPerpetrators",
            "the file has no case ID column: both tables got a column {column} holding each victim's row number",
        ).format(column=reading.case_column)
    else:
        link = translate("NumberedPerpetrators", "linked by the column {column}").format(column=reading.case_column)
    return translate(
        "NumberedPerpetrators",
        "The export has one row per victim with the perpetrators in numbered columns: its {victims} rows were read "
        "as {victims} victims and {perpetrators} perpetrator records ({fields}), {link}. Columns read as "
        "perpetrators: {groups}.",
    ).format(
        victims=count_text(reading.victims),
        perpetrators=count_text(perpetrators),
        fields=", ".join(reading.fields),
        link=link,
        groups=groups,
    )


def reading_notes(export: CaseExport) -> list[str]:
    """What the user should know about a table read with numbered perpetrators, in words (none for other exports)."""
    reading = export.numbered_perpetrators
    if reading is None:
        return []
    perpetrators = 0 if export.perpetrators is None else export.perpetrators.row_count
    return [numbered_reading_text(reading, perpetrators)]
