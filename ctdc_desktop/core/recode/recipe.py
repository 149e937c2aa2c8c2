"""The recipe: how each variable of a CTDC codebook is made from the columns of a case export.

A recipe file (TOML) holds the target schema (the codebook's variables in its order, their type and categories with
definitions) and, per variable, the source column(s) and the recoder. It holds no data. Loading checks everything that
can be checked without data (bands that overlap or leave a gap, a mapped category the codebook does not have, an
unknown recoder) and names the key and line of the first problem.

Recoders (``recoder = ...``):

- ``value_map``: a raw value -> one category, from the recipe's ``map`` and a shipped ``vocabulary`` of English,
  French and Spanish spellings (``gender``, ``yes_no``, ``relationship``);
- ``flag``: a 1-or-empty variable from one or more yes/no columns (1 when any is yes): the codebooks' binary flags and
  the perpetrator role check-boxes; ``split`` reads several values from one cell (a multi-select);
- ``other_flag``: 1 when a cell holds a value that has no variable of its own (``listed``): the codebooks' "Other";
- ``age_bands`` / ``majority``: an age in years -> bands / Minor-Adult, from an age column, or from a birth date and
  the registration date when the age is empty;
- ``bands``: a whole number (a year, a number of months) -> bands;
- ``number``: a whole number kept as it is, within the codebook's range;
- ``country``: ISO2, ISO3 or a country name -> ISO3 code or UN region;
- ``not_recorded``: the export does not hold this variable; the column stays empty and the recipe says why.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from ctdc_desktop.core.recode.recode_countries import country_table
from ctdc_desktop.core.translation import translate
from ctdc_desktop.core.user_error import UserError
from ctdc_desktop.resources import resource_path

RECODERS = (
    "value_map",
    "flag",
    "other_flag",
    "age_bands",
    "majority",
    "bands",
    "number",
    "country",
    "not_recorded",
)
TYPES = ("category", "flag", "country_code", "number")
TABLES = ("victims", "perpetrators")
VOCABULARIES = ("gender", "yes_no", "relationship")
SHIPPED_RECIPES = ("victim_perpetrator_2022", "global_synthetic_2021")
FLAG_LABEL = "1"  # the codebooks write a binary flag as 1, or leave the cell empty


class RecipeError(UserError):
    """A recipe that cannot be used; the message names the file, the key and the line."""


@dataclass(frozen=True)
class Category:
    label: str
    definition: str = ""


@dataclass(frozen=True)
class Band:
    """Whole numbers from `low` to `high` (both included; `high` None = no upper end) get `label`."""

    low: int
    high: int | None
    label: str

    def text(self) -> str:
        return f"{self.low}+" if self.high is None else f"{self.low}-{self.high}"


@dataclass(frozen=True)
class VariableRecipe:
    """One codebook variable (name, type, categories) and how it is made from the export."""

    name: str
    type: str
    recoder: str
    definition: str = ""
    categories: tuple[Category, ...] = ()
    multi: bool = False  # perpetrator variables: several values of one victim's perpetrators joined with ";"
    table: str = "victims"
    source: tuple[str, ...] = ()
    missing: tuple[str, ...] = ()  # raw values explicitly set to missing (compared like the spellings)
    # raw value -> category label ("" = missing); flags: "1" or "" (not ticked); country: an ISO3 code or ""
    map: tuple[tuple[str, str], ...] = ()
    vocabulary: str | None = None
    bands: tuple[Band, ...] = ()
    outside: str = "error"  # a number outside every band: "error" (listed, step stays closed) or "missing"
    # several values in one cell, separated by any of these texts (" " for HTCDS multi-selects, ";" and "," for lists)
    split: tuple[str, ...] = ()
    listed: tuple[str, ...] = ()  # other_flag: the values that have a variable of their own
    birth_date: str | None = None  # age_bands/majority: used when the age column is empty (a date or a year)
    registration_date: str | None = None  # with birth_date: the date (or year) the age is counted to
    date_year: bool = False  # bands/number: the source holds dates (31/12/2019, 2019-12-31); their year is read
    day_first: bool = True  # how to read 03/04/1990 in birth dates: 3 April (True) or March 4 (False)
    output: str = "region"  # country: "region" or "iso3"
    low: int | None = None  # number: the codebook's range
    high: int | None = None
    note: str = ""  # why the recipe does what it does, shown beside the variable
    label: str = ""  # the variable in plain words (the data dictionary's varlab), shown beside its code

    @property
    def labels(self) -> tuple[str, ...]:
        return tuple(c.label for c in self.categories)

    def replace(self, **changes: Any) -> VariableRecipe:
        """A copy with some fields changed (the Recode page's edits), checked like a loaded one."""
        edited = replace(self, **changes)
        try:
            _check_variable(edited)
        except _Problem as problem:
            raise RecipeError(
                translate("RecipeCheck", "variable {name}, key {key}: {problem}").format(
                    name=edited.name, key=problem.key, problem=problem.text
                )
            ) from None
        return edited


@dataclass(frozen=True)
class Recipe:
    name: str
    title: str
    codebook: str
    variables: tuple[VariableRecipe, ...]
    region_groups: tuple[tuple[str, str], ...] = ()  # UN region -> codebook label ("Americas" -> "Americas/Oceania")
    link: tuple[str, str] | None = None  # (victims column, perpetrators column); None = proposed from the data
    description: str = ""

    @property
    def columns(self) -> tuple[str, ...]:
        """The codebook's variables in its order: the columns of the recoded table."""
        return tuple(v.name for v in self.variables)

    def variable(self, name: str) -> VariableRecipe:
        for variable in self.variables:
            if variable.name == name:
                return variable
        raise KeyError(name)

    def with_variable(self, edited: VariableRecipe) -> Recipe:
        """The recipe with one variable replaced (matched by name)."""
        self.variable(edited.name)
        return replace(self, variables=tuple(edited if v.name == edited.name else v for v in self.variables))

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "title": self.title,
            "codebook": self.codebook,
            "description": self.description,
            "link": None if self.link is None else list(self.link),
            "region_groups": dict(self.region_groups),
            "variables": [_variable_to_dict(v) for v in self.variables],
        }

    @classmethod
    def from_dict(cls, data: Any, where: str = "recipe") -> Recipe:
        return _recipe_from_table(data, where, lambda key: None)


@dataclass(frozen=True)
class RecodeDecisions:
    """What the project file keeps of the Recode step: which recipe file, its hash, and the recipe as edited."""

    recipe_file: str  # a shipped recipe's name or the path of the user's file
    recipe_sha256: str  # of the file as it was loaded, to notice when it changed since
    recipe: Recipe = field(compare=True)

    def edited_variables(self, original: Recipe) -> tuple[str, ...]:
        """Names of the variables the user changed compared with `original` (the file as loaded)."""
        before = {v.name: v for v in original.variables}
        return tuple(v.name for v in self.recipe.variables if before.get(v.name) != v)

    def to_dict(self) -> dict[str, Any]:
        return {"recipe_file": self.recipe_file, "recipe_sha256": self.recipe_sha256, "recipe": self.recipe.to_dict()}

    @classmethod
    def from_dict(cls, data: Any, where: str = "recode decisions") -> RecodeDecisions:
        if not isinstance(data, dict):
            raise RecipeError(
                translate("RecipeCheck", "The recode decisions are not a table of keys; the project file is damaged.")
            )
        for key in ("recipe_file", "recipe_sha256"):
            if not isinstance(data.get(key), str):
                raise RecipeError(
                    translate(
                        "RecipeCheck", 'The recode decisions have no text "{key}"; the project file is damaged.'
                    ).format(key=key)
                )
        recipe = Recipe.from_dict(data.get("recipe"), f"{where}, key recipe")
        return cls(recipe_file=data["recipe_file"], recipe_sha256=data["recipe_sha256"], recipe=recipe)


def shipped_recipe_path(name: str) -> Path:
    return resource_path("recipes", f"{name}.toml")


def resolve_recipe(name_or_path: str) -> Path:
    """A shipped recipe's name (``victim_perpetrator_2022``) or the path of a recipe file."""
    if name_or_path in SHIPPED_RECIPES:
        return shipped_recipe_path(name_or_path)
    path = Path(name_or_path)
    if not path.is_file():
        names = ", ".join(SHIPPED_RECIPES)
        raise RecipeError(
            translate(
                "RecipeCheck", "{path}: no such recipe file, and not a shipped recipe (those are: {names})."
            ).format(path=name_or_path, names=names)
        )
    return path


def load_recipe(name_or_path: str | Path) -> tuple[Recipe, RecodeDecisions]:
    """Read a recipe file; also gives the decisions a project stores for it (file, hash, recipe as loaded)."""
    path = resolve_recipe(str(name_or_path))
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise RecipeError(
            translate("RecipeCheck", "{path}: cannot be read ({why}). Check the path and your access to it.").format(
                path=path, why=error.strerror
            )
        ) from None
    recipe = parse_recipe(raw.decode("utf-8", errors="replace"), str(path))
    label = str(name_or_path) if str(name_or_path) in SHIPPED_RECIPES else str(path)
    return recipe, RecodeDecisions(label, hashlib.sha256(raw).hexdigest(), recipe)


def parse_recipe(text: str, where: str = "recipe") -> Recipe:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise RecipeError(
            translate(
                "RecipeCheck", "{where}: not a valid TOML file ({why}). Fix the line named and load it again."
            ).format(where=where, why=error)
        ) from None
    return _recipe_from_table(data, where, _line_finder(text))


# ------------------------------------------------------------------------------------------------ loading


def _line_finder(text: str) -> Any:
    """Find the line of a key such as ``variables[3].bands`` in the TOML text (tomllib keeps no positions)."""
    lines = text.splitlines()
    starts = [i for i, line in enumerate(lines) if re.match(r"\s*\[\[\s*variables\s*\]\]", line)]

    def line_of(key: str) -> int | None:
        match = re.match(r"variables\[(\d+)\](?:\.(\w+))?", key)
        if match:
            index = int(match.group(1))
            if index >= len(starts):
                return None
            begin = starts[index]
            end = starts[index + 1] if index + 1 < len(starts) else len(lines)
            name = match.group(2)
            if name is None:
                return begin + 1
            for i in range(begin, end):
                if re.match(rf"\s*(\[\s*variables\.{name}\s*\]|{name}\s*=)", lines[i]):
                    return i + 1
            return begin + 1
        top = key.split(".")[-1]
        for i, line in enumerate(lines):
            if re.match(rf"\s*(\[\s*{top}\s*\]|{top}\s*=)", line):
                return i + 1
        return None

    return line_of


def _fail(where: str, key: str, line_of: Any, problem: str) -> RecipeError:
    line = line_of(key)
    if line:
        text = translate("RecipeCheck", "{where}, line {line}, key {key}: {problem}")
    else:
        text = translate("RecipeCheck", "{where}, key {key}: {problem}")
    return RecipeError(text.format(where=where, line=line, key=key, problem=problem))


def _text(data: dict[str, Any], key: str, where: str, full: str, line_of: Any, default: str | None = None) -> str:
    value = data.get(key, default)
    if not isinstance(value, str):
        problem = (
            translate("RecipeCheck", "must be text.")
            if default is not None
            else translate("RecipeCheck", "must be text and is required.")
        )
        raise _fail(where, full, line_of, problem)
    return value


def _texts(value: Any, where: str, full: str, line_of: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _fail(where, full, line_of, translate("RecipeCheck", "must be a text or a list of texts."))
    return tuple(value)


def _recipe_from_table(data: Any, where: str, line_of: Any) -> Recipe:
    if not isinstance(data, dict):
        raise RecipeError(
            translate("RecipeCheck", "{where}: not a table of keys; load a recipe file or saved recipe.").format(
                where=where
            )
        )
    known = {"recipe", "region_groups", "variables", "name", "title", "codebook", "description", "link"}
    for key in data:
        if key not in known:
            raise _fail(
                where,
                str(key),
                line_of,
                translate("RecipeCheck", "is not a recipe key (known: {keys}).").format(keys=", ".join(sorted(known))),
            )
    head = data.get("recipe", data)  # a file has a [recipe] table; to_dict() puts the same keys at the top
    if not isinstance(head, dict):
        raise _fail(where, "recipe", line_of, translate("RecipeCheck", "must be a table."))
    name = _text(head, "name", where, "recipe.name", line_of)
    title = _text(head, "title", where, "recipe.title", line_of, "")
    codebook = _text(head, "codebook", where, "recipe.codebook", line_of, "")
    description = _text(head, "description", where, "recipe.description", line_of, "")
    link_value = head.get("link")
    link: tuple[str, str] | None = None
    if link_value is not None:
        pair = _texts(link_value, where, "recipe.link", line_of)
        if len(pair) != 2:
            raise _fail(
                where,
                "recipe.link",
                line_of,
                translate("RecipeCheck", "must be [victims column, perpetrators column]."),
            )
        link = (pair[0], pair[1])
    groups = data.get("region_groups", {})
    if not isinstance(groups, dict) or not all(isinstance(v, str) for v in groups.values()):
        raise _fail(
            where,
            "region_groups",
            line_of,
            translate("RecipeCheck", 'must map UN regions to labels ("Americas" = "...").'),
        )
    rows = data.get("variables")
    if not isinstance(rows, list) or not rows:
        raise _fail(
            where,
            "variables",
            line_of,
            translate("RecipeCheck", "the recipe has no [[variables]]; it needs one per codebook variable."),
        )
    variables = tuple(_variable_from_table(row, i, where, line_of) for i, row in enumerate(rows))
    seen: set[str] = set()
    for i, variable in enumerate(variables):
        if variable.name in seen:
            raise _fail(
                where,
                f"variables[{i}].name",
                line_of,
                translate("RecipeCheck", '"{name}" is defined twice.').format(name=variable.name),
            )
        seen.add(variable.name)
        if variable.recoder == "country" and variable.output == "region":
            _check_region_groups(variable, dict(groups), where, f"variables[{i}]", line_of)
    return Recipe(
        name=name,
        title=title,
        codebook=codebook,
        variables=variables,
        region_groups=tuple((str(k), v) for k, v in groups.items()),
        link=link,
        description=description,
    )


_VARIABLE_KEYS = {f.name for f in fields(VariableRecipe)}


def _variable_from_table(row: Any, index: int, where: str, line_of: Any) -> VariableRecipe:
    prefix = f"variables[{index}]"
    if not isinstance(row, dict):
        raise _fail(where, prefix, line_of, translate("RecipeCheck", "must be a table."))
    for key in row:
        if key not in _VARIABLE_KEYS:
            known = ", ".join(sorted(_VARIABLE_KEYS))
            raise _fail(
                where,
                f"{prefix}.{key}",
                line_of,
                translate("RecipeCheck", "is not a variable key (known: {keys}).").format(keys=known),
            )
    name = _text(row, "name", where, f"{prefix}.name", line_of)
    values: dict[str, Any] = {"name": name}
    for key in ("type", "recoder"):
        values[key] = _text(row, key, where, f"{prefix}.{key}", line_of)
    for key in ("definition", "table", "output", "outside", "note"):
        if key in row:
            values[key] = _text(row, key, where, f"{prefix}.{key}", line_of)
    for key in ("vocabulary", "birth_date", "registration_date", "label"):
        if key in row:
            values[key] = _text(row, key, where, f"{prefix}.{key}", line_of)
    for key in ("source", "missing", "listed", "split"):
        if key in row:
            values[key] = _texts(row[key], where, f"{prefix}.{key}", line_of)
    for key in ("multi", "day_first", "date_year"):
        if key in row:
            if not isinstance(row[key], bool):
                raise _fail(where, f"{prefix}.{key}", line_of, translate("RecipeCheck", "must be true or false."))
            values[key] = row[key]
    for key in ("low", "high"):
        if key in row:
            if not isinstance(row[key], int) or isinstance(row[key], bool):
                raise _fail(where, f"{prefix}.{key}", line_of, translate("RecipeCheck", "must be a whole number."))
            values[key] = row[key]
    if "categories" in row:
        values["categories"] = _categories(row["categories"], where, f"{prefix}.categories", line_of)
    if "map" in row:
        mapping = row["map"]
        if not isinstance(mapping, dict) or not all(isinstance(v, str) for v in mapping.values()):
            raise _fail(
                where,
                f"{prefix}.map",
                line_of,
                translate("RecipeCheck", 'must map raw values to labels ("Femme" = "Female").'),
            )
        values["map"] = tuple((str(k), v) for k, v in mapping.items())
    if "bands" in row:
        values["bands"] = _bands(row["bands"], where, f"{prefix}.bands", line_of)
    variable = VariableRecipe(**values)
    try:
        _check_variable(variable)
    except _Problem as problem:
        raise _fail(where, f"{prefix}.{problem.key}", line_of, problem.text) from None
    return variable


def _categories(value: Any, where: str, key: str, line_of: Any) -> tuple[Category, ...]:
    if not isinstance(value, list):
        raise _fail(
            where,
            key,
            line_of,
            translate("RecipeCheck", 'must be a list of {label = "...", definition = "..."} or of labels.'),
        )
    out = []
    for item in value:
        if isinstance(item, str):
            out.append(Category(item))
        elif isinstance(item, dict) and isinstance(item.get("label"), str):
            out.append(Category(item["label"], str(item.get("definition", ""))))
        else:
            raise _fail(
                where,
                key,
                line_of,
                translate("RecipeCheck", "{item} is not a label or a {{label, definition}} table.").format(
                    item=repr(item)
                ),
            )
    return tuple(out)


def _bands(value: Any, where: str, key: str, line_of: Any) -> tuple[Band, ...]:
    if not isinstance(value, list):
        raise _fail(
            where,
            key,
            line_of,
            translate("RecipeCheck", 'must be a list of {from = 0, to = 8, label = "0--8"} (no "to" = open end).'),
        )
    out = []
    for item in value:
        ok = isinstance(item, dict) and isinstance(item.get("label"), str) and isinstance(item.get("from"), int)
        high = item.get("to") if isinstance(item, dict) else None
        if not ok or not (high is None or isinstance(high, int)):
            raise _fail(
                where,
                key,
                line_of,
                translate("RecipeCheck", '{item} is not {{from = N, to = M, label = "..."}}.').format(item=repr(item)),
            )
        out.append(Band(int(item["from"]), None if high is None else int(high), str(item["label"])))
    return tuple(out)


def _check_region_groups(
    variable: VariableRecipe, groups: dict[str, str], where: str, prefix: str, line_of: Any
) -> None:
    # Each UN region either keeps its own name or is grouped; the result must be a codebook category.
    for region in ("Africa", "Americas", "Asia", "Europe", "Oceania"):
        label = groups.get(region, region)
        if label not in variable.labels:
            raise _fail(
                where,
                f"{prefix}.categories",
                line_of,
                translate(
                    "RecipeCheck",
                    'UN region "{region}" becomes "{label}", which is not a category of {name}; add it to '
                    "[region_groups] or to the categories.",
                ).format(region=region, label=label, name=variable.name),
            )


class _Problem(Exception):
    """One thing wrong with a variable: the key it is under and what is wrong (the caller adds file and line)."""

    def __init__(self, key: str, text: str) -> None:
        super().__init__(text)
        self.key = key
        self.text = text


def _check_variable(variable: VariableRecipe) -> None:
    """Everything about one variable that can be checked without data; raises _Problem naming the key.

    The checks run in this order, and the first that fails is the one reported.
    """
    _check_known_words(variable)
    _check_category_list(variable)
    if variable.recoder == "not_recorded":
        _check_not_recorded(variable)
        return
    _check_source_columns(variable)
    _check_several_values(variable)
    _check_map_targets(variable)
    _check_recoder_fits(variable)
    if any(not separator for separator in variable.split):
        raise _problem_of(variable)(
            "split", translate("RecipeCheck", "split must be the text between values, such as ' ' or ';'.")
        )


def _problem_of(variable: VariableRecipe) -> Callable[[str, str], _Problem]:
    """How a check of `variable` says what is wrong: under which key, with the variable's name in front."""

    def problem(key: str, text: str) -> _Problem:
        return _Problem(key, translate("RecipeCheck", "{name}: {problem}").format(name=variable.name, problem=text))

    return problem


def _check_known_words(variable: VariableRecipe) -> None:
    """type, recoder, table, outside, output and vocabulary are each one of the words this app knows."""
    problem = _problem_of(variable)
    if variable.type not in TYPES:
        raise problem(
            "type",
            translate("RecipeCheck", 'type "{value}" is not one of {known}.').format(
                value=variable.type, known=", ".join(TYPES)
            ),
        )
    if variable.recoder not in RECODERS:
        raise problem(
            "recoder",
            translate("RecipeCheck", 'recoder "{value}" is not one of {known}.').format(
                value=variable.recoder, known=", ".join(RECODERS)
            ),
        )
    if variable.table not in TABLES:
        raise problem(
            "table",
            translate("RecipeCheck", 'table "{value}" is not one of {known}.').format(
                value=variable.table, known=", ".join(TABLES)
            ),
        )
    if variable.outside not in ("error", "missing"):
        raise problem(
            "outside",
            translate("RecipeCheck", 'outside must be "error" or "missing", not "{value}".').format(
                value=variable.outside
            ),
        )
    if variable.output not in ("region", "iso3"):
        raise problem(
            "output",
            translate("RecipeCheck", 'output must be "region" or "iso3", not "{value}".').format(value=variable.output),
        )
    if variable.vocabulary is not None and variable.vocabulary not in VOCABULARIES:
        raise problem(
            "vocabulary",
            translate("RecipeCheck", 'vocabulary "{value}" is not one of {known}.').format(
                value=variable.vocabulary, known=", ".join(VOCABULARIES)
            ),
        )


def _check_category_list(variable: VariableRecipe) -> None:
    """No category twice; a category variable lists its categories; a flag has only the category "1"."""
    problem = _problem_of(variable)
    labels = variable.labels
    if len(set(labels)) != len(labels):
        raise problem("categories", translate("RecipeCheck", "a category is listed twice."))
    if variable.type == "category" and not labels:
        raise problem("categories", translate("RecipeCheck", "a category variable needs its categories."))
    if variable.type == "flag" and labels not in ((), (FLAG_LABEL,)):
        raise problem("categories", translate("RecipeCheck", 'a flag has the one category "1" (or none listed).'))


def _check_not_recorded(variable: VariableRecipe) -> None:
    """A variable the export cannot give reads no column, and its note says why."""
    problem = _problem_of(variable)
    if variable.source:
        raise problem("source", translate("RecipeCheck", "a not_recorded variable has no source column."))
    if not variable.note:
        raise problem("note", translate("RecipeCheck", "say in note why the export cannot give this variable."))


def _check_source_columns(variable: VariableRecipe) -> None:
    """The variable is read from its source column(s), or (an age) from both dates; dates' years only for numbers."""
    problem = _problem_of(variable)
    if bool(variable.birth_date) != bool(variable.registration_date):
        raise problem(
            "birth_date",
            translate("RecipeCheck", "an age from dates needs both birth_date and registration_date (or neither)."),
        )
    from_dates = variable.recoder in ("age_bands", "majority") and variable.birth_date and variable.registration_date
    if not variable.source and not from_dates:
        raise problem("source", translate("RecipeCheck", "name the source column(s) of this variable."))
    if variable.date_year and variable.recoder not in ("bands", "number"):
        raise problem("date_year", translate("RecipeCheck", "date_year is for the bands and number recoders."))


def _check_several_values(variable: VariableRecipe) -> None:
    """A perpetrator variable holds, per victim, any or the set of their perpetrators' values; a set of values is
    kept in 62 bits at most (one per category)."""
    problem = _problem_of(variable)
    if variable.table == "perpetrators" and variable.type not in ("category", "flag"):
        raise problem(
            "type",
            translate(
                "RecipeCheck", "a perpetrator variable is a flag or a category (per victim: any, or the set of values)."
            ),
        )
    if variable.table == "perpetrators" and variable.type == "category" and not variable.multi:
        raise problem(
            "multi",
            translate("RecipeCheck", "a perpetrator variable of a victim row holds several values: set multi = true."),
        )
    if variable.multi and len(variable.labels) > 62:
        raise problem("categories", translate("RecipeCheck", "a multi-valued variable can have at most 62 categories."))


def _check_map_targets(variable: VariableRecipe) -> None:
    """Every raw value in `map` goes to a category of the codebook (a country: to an ISO3 code of the Region table)."""
    problem = _problem_of(variable)
    labels = variable.labels
    allowed = set(labels) | {""}
    if variable.type == "flag":
        allowed = {FLAG_LABEL, ""}
    if variable.recoder == "country":
        allowed = set(country_table().regions) | {""}  # a country recipe maps a spelling to the country it means
    for raw, label in variable.map:
        if variable.recoder == "country" and label not in allowed:
            raise problem(
                "map",
                translate(
                    "RecipeCheck", '"{raw}" is mapped to "{label}", which is not an ISO3 code of the CTDC Region table.'
                ).format(raw=raw, label=label),
            )
        if label not in allowed:
            shown = ", ".join(labels) if variable.type != "flag" else '"1" or "" (empty)'
            raise problem(
                "map",
                translate(
                    "RecipeCheck",
                    '"{raw}" is mapped to "{label}", which the codebook does not have (it has: {labels}).',
                ).format(raw=raw, label=label, labels=shown),
            )


# The types of variable each recoder makes.
_RECODER_TYPES = {
    "value_map": ("category",),
    "flag": ("flag",),
    "other_flag": ("flag",),
    "age_bands": ("category",),
    "majority": ("category",),
    "bands": ("category",),
    "number": ("number",),
    "country": ("category", "country_code"),
}


def _check_recoder_fits(variable: VariableRecipe) -> None:
    """The recoder makes a variable of this type, and has what it needs: bands, a range, the listed values..."""
    problem = _problem_of(variable)
    labels = variable.labels
    expected = _RECODER_TYPES[variable.recoder]
    if variable.type not in expected:
        raise problem(
            "type",
            translate("RecipeCheck", "the {recoder} recoder makes a {types} variable.").format(
                recoder=variable.recoder, types=" / ".join(expected)
            ),
        )
    if variable.recoder in ("age_bands", "bands"):
        try:
            check_bands(variable.bands, labels)
        except RecipeError as error:
            raise problem("bands", str(error)) from None
    if variable.recoder == "majority" and set(labels) != {"Adult", "Minor"}:
        raise problem("categories", translate("RecipeCheck", 'majority status has the categories "Adult" and "Minor".'))
    if variable.recoder == "number" and (variable.low is None or variable.high is None or variable.low > variable.high):
        raise problem("low", translate("RecipeCheck", "give the codebook's range as low and high (low <= high)."))
    if variable.recoder == "country" and variable.output == "iso3" and variable.type != "country_code":
        raise problem("type", translate("RecipeCheck", 'a country recoded to ISO3 codes has type "country_code".'))
    if variable.recoder == "other_flag" and not variable.listed:
        raise problem(
            "listed",
            translate("RecipeCheck", "list the values that have a variable of their own; all others count as Other."),
        )


def check_bands(bands: tuple[Band, ...], labels: tuple[str, ...]) -> None:
    """Bands must be in order, without overlap or gap, with codebook labels; the last may be open.

    Raises RecipeError saying which bands are wrong (the bands editor shows it as it is).
    """
    problem = RecipeError
    if not bands:
        raise problem(translate("RecipeCheck", "give the bands as a list of {from, to, label}."))
    for i, band in enumerate(bands):
        if band.label not in labels:
            raise problem(
                translate(
                    "RecipeCheck", 'band {band} has the label "{label}", which is not a category of the codebook.'
                ).format(band=band.text(), label=band.label)
            )
        if band.high is not None and band.high < band.low:
            raise problem(translate("RecipeCheck", "band {band} ends before it starts.").format(band=band.text()))
        if band.high is None and i != len(bands) - 1:
            raise problem(
                translate("RecipeCheck", "band {band} has no upper end but is not the last band.").format(
                    band=band.text()
                )
            )
        if i:
            before = bands[i - 1]
            assert before.high is not None  # only the last band may be open (checked above)
            if band.low <= before.high:
                raise problem(
                    translate("RecipeCheck", "bands {first} and {second} overlap.").format(
                        first=before.text(), second=band.text()
                    )
                )
            if band.low > before.high + 1:
                raise problem(
                    translate("RecipeCheck", "bands {first} and {second} leave a gap ({low} to {high}).").format(
                        first=before.text(), second=band.text(), low=before.high + 1, high=band.low - 1
                    )
                )


def _variable_to_dict(variable: VariableRecipe) -> dict[str, Any]:
    out: dict[str, Any] = {}
    defaults = VariableRecipe(name="", type="", recoder="")
    for f in fields(VariableRecipe):
        value = getattr(variable, f.name)
        if f.name != "name" and value == getattr(defaults, f.name) and f.name not in ("type", "recoder"):
            continue
        if f.name == "categories":
            value = [{"label": c.label, "definition": c.definition} for c in value]
        elif f.name == "bands":
            value = [
                {"from": b.low, "label": b.label} if b.high is None else {"from": b.low, "to": b.high, "label": b.label}
                for b in value
            ]
        elif f.name == "map":
            value = dict(value)
        elif f.name == "split" and len(value) == 1:
            value = value[0]  # the usual case reads as the text it is: split = ";"
        elif isinstance(value, tuple):
            value = list(value)
        out[f.name] = value
    return out
