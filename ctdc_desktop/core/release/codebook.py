"""The codebook of a release: its variables, their categories and definitions, and how the data was de-identified.

`CodebookSchema` is deliberately small so that a recode recipe converts into it: per variable the column it comes
from, the label the release gives it, its type, its definition and its categories (each with a definition). The
bundle writes it as ``codebook.md`` (to read) and ``codebook.xlsx`` (to filter and sort), in the layout of the CTDC
codebooks (../seeds): a missing value is always listed first as an empty cell.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from xlsxwriter.worksheet import Worksheet

from ctdc_desktop.core.release.workbook import workbook_bytes
from ctdc_desktop.core.synth.model import ParameterValue
from ctdc_desktop.core.synth.release_csv import excel_safe
from ctdc_desktop.core.translation import QT_TRANSLATE_NOOP, translate
from ctdc_desktop.core.user_error import UserError

MISSING_TEXT = "(empty cell): missing data"


class CodebookError(UserError):
    """A codebook description that cannot be used; the message names the key."""


@dataclass(frozen=True)
class Category:
    value: str
    definition: str = ""


@dataclass(frozen=True)
class CodebookVariable:
    column: str  # the column of the recoded table
    label: str  # the column's name in the release (CTDC: gender, ageBroad, isForcedLabour, ...)
    type: str = "string"  # as the CTDC codebooks say: "string", "binary numeric"
    definition: str = ""
    categories: tuple[Category, ...] = ()  # empty: any value is allowed (not checked)
    multi_valued: bool = False  # cells list several categories joined with `separator`
    separator: str = ";"

    def allowed(self) -> frozenset[str] | None:
        return frozenset(c.value for c in self.categories) if self.categories else None


@dataclass(frozen=True)
class CodebookSchema:
    title: str
    variables: tuple[CodebookVariable, ...]
    method_text: str  # how the data was de-identified, in plain words

    def to_dict(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "method_text": self.method_text,
            "variables": [
                {
                    "column": v.column,
                    "label": v.label,
                    "type": v.type,
                    "definition": v.definition,
                    "categories": [{"value": c.value, "definition": c.definition} for c in v.categories],
                    "multi_valued": v.multi_valued,
                    "separator": v.separator,
                }
                for v in self.variables
            ],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CodebookSchema:
        title = _text(data, "title", "codebook")
        method = _text(data, "method_text", "codebook")
        raw = data.get("variables")
        if not isinstance(raw, list) or not raw:
            raise CodebookError("The codebook's 'variables' must be a non-empty list.")
        variables = []
        for number, item in enumerate(raw, start=1):
            where = f"variable {number}"
            if not isinstance(item, Mapping):
                raise CodebookError(f"The codebook's {where} must be a table of keys.")
            categories = item.get("categories", [])
            if not isinstance(categories, list):
                raise CodebookError(f"'categories' of {where} must be a list.")
            variables.append(
                CodebookVariable(
                    column=_text(item, "column", where),
                    label=_text(item, "label", where),
                    type=_text(item, "type", where, "string"),
                    definition=_text(item, "definition", where, ""),
                    categories=tuple(
                        Category(_text(c, "value", f"{where}, category"), _text(c, "definition", where, ""))
                        for c in categories
                    ),
                    multi_valued=bool(item.get("multi_valued", False)),
                    separator=_text(item, "separator", where, ";"),
                )
            )
        schema = cls(title=title, variables=tuple(variables), method_text=method)
        check_schema(schema)
        return schema


def _text(data: Any, key: str, where: str, default: str | None = None) -> str:
    if not isinstance(data, Mapping):
        raise CodebookError(f"The codebook's {where} must be a table of keys.")
    value = data.get(key, default)
    if not isinstance(value, str):
        raise CodebookError(f"The codebook's {where} needs '{key}' as text.")
    return value


def check_schema(schema: CodebookSchema) -> None:
    """Refuse a codebook with no variables, or two variables with the same column or label."""
    if not schema.variables:
        raise CodebookError("The codebook lists no variables. Add the release's variables to the recipe.")
    for attribute in ("column", "label"):
        seen: set[str] = set()
        for variable in schema.variables:
            name = getattr(variable, attribute)
            if not name.strip():
                raise CodebookError(f"A variable of the codebook has an empty {attribute}. Give every variable one.")
            if name in seen:
                raise CodebookError(f"Two variables of the codebook have the {attribute} '{name}'. Make them distinct.")
            seen.add(name)
        if attribute == "label":
            for name in seen:
                if name.strip().lower() in ("length", "count"):
                    raise CodebookError(
                        f"The codebook label '{name}' is the name of a column reportable_aggregates.csv adds itself. "
                        "Rename the variable."
                    )


# The method's parameters in words. The codebook files say them in English, as CTDC's published codebooks do; the
# evaluation report says them in the user's language (`translated=True`).
_PARAMETER_NAMES = {
    "k": QT_TRANSLATE_NOOP(
        "ReleaseMethod", "k (every count is backed by at least this many records, and rounded down to a multiple of it)"
    ),
    "epsilon": QT_TRANSLATE_NOOP("ReleaseMethod", "ε (privacy budget of this release; smaller is more private)"),
    "delta": QT_TRANSLATE_NOOP("ReleaseMethod", "δ (chance that the ε guarantee does not hold)"),
    "rho": QT_TRANSLATE_NOOP("ReleaseMethod", "ρ (the same budget in zero-concentrated DP)"),
    "reporting_length": QT_TRANSLATE_NOOP("ReleaseMethod", "L (longest combination of answers counted)"),
    "fabrication": QT_TRANSLATE_NOOP("ReleaseMethod", "control of combinations created by noise"),
    "delta_derived": QT_TRANSLATE_NOOP("ReleaseMethod", "δ derived from the number of records"),
    "values_per_record_bound": QT_TRANSLATE_NOOP(
        "ReleaseMethod", "most answers counted per record (a bound the noise is scaled to)"
    ),
    "protected_record_count": QT_TRANSLATE_NOOP("ReleaseMethod", "number of records, with noise added"),
    "allowed_columns": QT_TRANSLATE_NOOP("ReleaseMethod", "columns allowed by name although they looked unsafe"),
}
# DP parameters given per combination length, as <name>_<length>.
_PER_LENGTH_NAMES = {
    "sigma": QT_TRANSLATE_NOOP("ReleaseMethod", "σ (scale of the noise on counts of combinations of {0})"),
    "threshold": QT_TRANSLATE_NOOP("ReleaseMethod", "smallest noisy count kept for combinations of {0}"),
    "candidates": QT_TRANSLATE_NOOP("ReleaseMethod", "candidate combinations of {0} counted"),
}
_WORDS = {
    "yes": QT_TRANSLATE_NOOP("ReleaseMethod", "yes"),
    "no": QT_TRANSLATE_NOOP("ReleaseMethod", "no"),
    "": QT_TRANSLATE_NOOP("ReleaseMethod", "none"),
}
_METHOD_NAMES = {
    "kanon": QT_TRANSLATE_NOOP("ReleaseMethod", "k-anonymous synthesis"),
    "dp": QT_TRANSLATE_NOOP("ReleaseMethod", "differentially private synthesis"),
}
# What the report and the manifest say when the recipe of a release is not known.
RECIPE_NOT_KNOWN = QT_TRANSLATE_NOOP("Report", "not known (codebook made from the recoded table)")


def method_lines(method: str, parameters: Mapping[str, ParameterValue], translated: bool = False) -> list[str]:
    """The de-identification parameters in plain words, one line each (seeds are left out: they do not matter).
    English unless `translated` (the codebook follows CTDC's published English codebooks)."""

    def say(text: str) -> str:
        return translate("ReleaseMethod", text) if translated else text

    title = say(_METHOD_NAMES[method]) if method in _METHOD_NAMES else method
    lines = [say(QT_TRANSLATE_NOOP("ReleaseMethod", "Method: {0}")).format(title)]
    for key, value in parameters.items():
        if key == "seed" or value is None:
            continue
        if isinstance(value, float):
            shown = f"{value:.4g}"
        elif isinstance(value, tuple):
            shown = ", ".join(value)
        else:
            shown = str(value)
        shown = say(_WORDS[shown]) if shown in _WORDS else shown
        stem, _, length = key.rpartition("_")
        if key in _PARAMETER_NAMES:
            name = say(_PARAMETER_NAMES[key])
        elif stem in _PER_LENGTH_NAMES and length.isdigit():
            name = say(_PER_LENGTH_NAMES[stem]).format(length)
        else:
            name = key
        lines.append(say(QT_TRANSLATE_NOOP("ReleaseMethod", "{0}: {1}")).format(name, shown))
    return lines


_COUNTS_ARE = {
    "kanon": QT_TRANSLATE_NOOP(
        "ReleaseMethod",
        "The counts in reportable_aggregates.csv are real counts rounded down to a multiple of k = {0}: a count of "
        "{1} means at least {1} and fewer than {2} records. Combinations fewer than {0} records share are left out.",
    ),
    "dp": QT_TRANSLATE_NOOP(
        "ReleaseMethod",
        "The counts in reportable_aggregates.csv are noisy counts: each is the real count with random noise added, "
        "so it is close to the real number but not the real number, and small counts are the least reliable. "
        "Combinations whose noisy count is too small to tell from noise are left out.",
    ),
}


def counts_statement(method: str, parameters: Mapping[str, ParameterValue], translated: bool = False) -> str:
    """What the released counts are, in one sentence: noisy (DP) or rounded down to a multiple of k (k-anonymity).
    English unless `translated`, as `method_lines`."""
    text = _COUNTS_ARE.get(method)
    if text is None:
        return ""
    if translated:
        text = translate("ReleaseMethod", text)
    k = parameters.get("k")
    k = k if isinstance(k, int) and k > 0 else 10
    return text.format(k, 3 * k, 4 * k)


def codebook_markdown(schema: CodebookSchema, method: str, parameters: Mapping[str, ParameterValue]) -> str:
    out = [f"# {schema.title}", "", "## De-identification", "", schema.method_text.strip(), ""]
    statement = counts_statement(method, parameters)
    if statement:
        out += [statement, ""]
    out += [f"- {line}" for line in method_lines(method, parameters)]
    out += ["", "## Variables", ""]
    out += [f"{n}. {v.label}" for n, v in enumerate(schema.variables, start=1)]
    for number, variable in enumerate(schema.variables, start=1):
        out += [
            "",
            f"### Variable {number}: {variable.label}",
            "",
            f"Type: {variable.type}",
            "",
            "Values and categories:",
        ]
        out += ["", f"- {MISSING_TEXT}"]
        for category in variable.categories:
            definition = f" [{category.definition}]" if category.definition else ""
            out.append(f"- {category.value}{definition}")
        if variable.multi_valued:
            out += ["", f"A cell may list several categories, joined with '{variable.separator}'."]
        if variable.definition:
            out += ["", f"Definition: {variable.definition}"]
    return "\n".join(out) + "\n"


def codebook_workbook(schema: CodebookSchema, method: str, parameters: Mapping[str, ParameterValue]) -> bytes:
    def variables(sheet: Worksheet) -> None:
        sheet.write_row(0, 0, ["number", "label", "type", "multi-valued", "definition"])
        for number, v in enumerate(schema.variables, start=1):
            sheet.write_number(number, 0, number)
            multi = "yes" if v.multi_valued else "no"
            sheet.write_row(number, 1, [excel_safe(v.label), excel_safe(v.type), multi, excel_safe(v.definition)])

    def categories(sheet: Worksheet) -> None:
        sheet.write_row(0, 0, ["label", "value", "definition"])
        row = 1
        for v in schema.variables:
            sheet.write_row(row, 0, [excel_safe(v.label), "", "missing data"])
            row += 1
            for c in v.categories:
                sheet.write_row(row, 0, [excel_safe(v.label), excel_safe(c.value), excel_safe(c.definition)])
                row += 1

    def method_sheet(sheet: Worksheet) -> None:
        statement = counts_statement(method, parameters)
        lines = [schema.method_text.strip(), *([statement] if statement else []), *method_lines(method, parameters)]
        for row, line in enumerate(lines):
            sheet.write_string(row, 0, excel_safe(line) or "")

    return workbook_bytes({"Variables": variables, "Categories": categories, "De-identification": method_sheet})
