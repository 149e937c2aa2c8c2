"""What every step's decisions have in common: a frozen dataclass that turns into plain JSON-able data and back.

A step's decisions are what the user chose on its page (which columns to drop, the recipe, k or ε, where to export).
They are saved in the project file, which may be mailed or left on a shared drive, so they never hold a value from
the data: column names, category labels the user typed, numbers and paths only.

`from_dict` checks every key and type and raises `DecisionsError` naming the dotted key (``steps.export.location``),
so a hand-edited or damaged project file gives a message instead of a crash. Every step reads through the helpers
below, so every step's messages have one shape, in the user's language: "key 'steps.synthesize.k' should be a whole
number, not 'ten'." `where` is the dotted key of the table being read ("" at the top of the file).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any, Protocol, TypeVar

from ctdc_desktop.core.translation import translate
from ctdc_desktop.core.user_error import UserError


class DecisionsError(UserError):
    """Saved decisions that do not fit: `key` is the dotted path to the bad key (``steps.synthesize.k``), `problem`
    what is wrong with it. `message` is for a subclass whose message has a shape of its own (a recipe file's names the
    file and the line: `core.recode.recipe.RecipeError`)."""

    def __init__(self, key: str, problem: str, message: str | None = None) -> None:
        self.key = key
        self.problem = problem
        # `problem` says the rest of the sentence ("should be a number, not 'ten'."), in the user's language.
        super().__init__(translate("Decisions", "key '{0}' {1}").format(key, problem) if message is None else message)


class StepDecisions(Protocol):
    """One step's decisions: a frozen dataclass with `to_dict()`, and a `from_dict(data, where)` classmethod that
    reads what `to_dict` wrote through the helpers below (`where` is the dotted key in the project, for messages);
    `core.project` lists the reader of every step in `DECISION_TYPES`."""

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-able data (str, int, float, bool, None, lists, dicts with str keys), never a data value."""
        ...


T = TypeVar("T")
_MISSING = object()


def at(where: str, key: str) -> str:
    """The dotted key of `key` inside the table at `where`: ``at("steps.export", "location")``."""
    return f"{where}.{key}" if where else key


def nth(where: str, index: int) -> str:
    """The key of a list's item, counted from 0 as in the file: ``sources[0]``."""
    return f"{where}[{index}]"


def mapping(value: object, where: str) -> Mapping[str, Any]:
    if not isinstance(value, dict) or not all(isinstance(key, str) for key in value):
        raise DecisionsError(where, translate("Decisions", "should be a JSON object."))
    return value


def mapping_in(data: Mapping[str, Any], key: str, where: str) -> Mapping[str, Any]:
    """The table under `key` (required)."""
    return mapping(_get(data, key, where, _MISSING), at(where, key))


def listing(data: Mapping[str, Any], key: str, where: str, default: object = _MISSING) -> list[Any]:
    """The list under `key`, its items still to be read (each named with `nth`)."""
    value = _get(data, key, where, default)
    if not isinstance(value, list):
        raise DecisionsError(at(where, key), translate("Decisions", "should be a list."))
    return value


def only_keys(data: Mapping[str, Any], allowed: Sequence[str], where: str) -> None:
    """Refuse keys this version does not know: a typo in a hand-edited file must not be silently ignored."""
    unknown = sorted(set(data) - set(allowed))
    if unknown:
        known = ", ".join(allowed)
        raise DecisionsError(
            at(where, unknown[0]), translate("Decisions", "is not a setting of this step (known: {0}).").format(known)
        )


def text(data: Mapping[str, Any], key: str, where: str, default: object = _MISSING, *, empty: bool = False) -> str:
    """Text under `key`; names, paths and columns (`empty` False) are never empty or only spaces."""
    value = _get(data, key, where, default)
    if empty and isinstance(value, str):
        return value
    if not isinstance(value, str) or not value.strip():
        problem = (
            translate("Decisions", "should be text, not {0}.")
            if empty
            else translate("Decisions", "should be non-empty text, not {0}.")
        )
        raise DecisionsError(at(where, key), problem.format(repr(value)))
    return value


def optional_text(data: Mapping[str, Any], key: str, where: str, *, empty: bool = False) -> str | None:
    value = data.get(key)
    if value is None:
        return None
    return text(data, key, where, empty=empty)


def choice(data: Mapping[str, Any], key: str, where: str, options: Sequence[str], default: object = _MISSING) -> str:
    value = _get(data, key, where, default)
    if value not in options:
        raise DecisionsError(
            at(where, key),
            translate("Decisions", "should be one of {0}, not {1}.").format(", ".join(options), repr(value)),
        )
    return str(value)


def flag(data: Mapping[str, Any], key: str, where: str, default: object = _MISSING) -> bool:
    value = _get(data, key, where, default)
    if not isinstance(value, bool):
        raise DecisionsError(
            at(where, key), translate("Decisions", "should be true or false, not {0}.").format(repr(value))
        )
    return value


def optional_flag(data: Mapping[str, Any], key: str, where: str) -> bool | None:
    """True, false, or not decided (null or left out)."""
    value = data.get(key)
    if value is not None and not isinstance(value, bool):
        raise DecisionsError(
            at(where, key), translate("Decisions", "should be true, false or null, not {0}.").format(repr(value))
        )
    return value


def whole_number(
    data: Mapping[str, Any], key: str, where: str, default: object = _MISSING, *, optional: bool = False
) -> Any:
    value = _get(data, key, where, default)
    if value is None and optional:
        return None
    if not isinstance(value, int) or isinstance(value, bool):
        raise DecisionsError(
            at(where, key), translate("Decisions", "should be a whole number, not {0}.").format(repr(value))
        )
    return value


def number(data: Mapping[str, Any], key: str, where: str, default: object = _MISSING, *, optional: bool = False) -> Any:
    value = _get(data, key, where, default)
    if value is None and optional:
        return None
    if not isinstance(value, int | float) or isinstance(value, bool) or not math.isfinite(value):
        raise DecisionsError(at(where, key), translate("Decisions", "should be a number, not {0}.").format(repr(value)))
    return float(value)


def positive_number(data: Mapping[str, Any], key: str, where: str, default: object = _MISSING) -> float:
    value: float = number(data, key, where, default)
    if value <= 0:
        raise DecisionsError(
            at(where, key), translate("Decisions", "should be a positive number, not {0}.").format(repr(value))
        )
    return value


def text_list(data: Mapping[str, Any], key: str, where: str, default: object = _MISSING) -> tuple[str, ...]:
    value = _get(data, key, where, default)
    if not isinstance(value, list | tuple) or not all(isinstance(item, str) for item in value):
        raise DecisionsError(at(where, key), translate("Decisions", "should be a list of texts."))
    return tuple(value)


def _get(data: Mapping[str, Any], key: str, where: str, default: object) -> Any:
    if key in data:
        return data[key]
    if default is _MISSING:
        raise DecisionsError(at(where, key), translate("Decisions", "is missing."))
    return default
