"""What every step's decisions have in common: a frozen dataclass that turns into plain JSON-able data and back.

A step's decisions are what the user chose on its page (which columns to drop, the recipe, k or ε, where to export).
They are saved in the project file, which may be mailed or left on a shared drive, so they never hold a value from
the data: column names, category labels the user typed, numbers and paths only.

`from_dict` checks every key and type and raises `DecisionsError` naming the key (``synthesize.epsilon``), so a
hand-edited or damaged project file gives a message instead of a crash. The reading helpers below do the checking.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any, Protocol, TypeVar

from ctdc_desktop.core.translation import translate
from ctdc_desktop.core.user_error import UserError


class DecisionsError(UserError):
    """Saved decisions that do not fit: `key` is the dotted path to the bad key (``steps.synthesize.k``)."""

    def __init__(self, key: str, problem: str) -> None:
        self.key = key
        self.problem = problem
        # `problem` says the rest of the sentence ("should be a number, not 'ten'."), in the user's language.
        super().__init__(translate("Decisions", "key '{0}' {1}").format(key, problem))


class StepDecisions(Protocol):
    """One step's decisions: a frozen dataclass with `to_dict()`, and a `from_dict(data, where)` classmethod that
    reads what `to_dict` wrote (`where` is the dotted key in the project, for messages); `core.project` lists the
    reader of every step in `DECISION_TYPES`."""

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-able data (str, int, float, bool, None, lists, dicts with str keys), never a data value."""
        ...


T = TypeVar("T")
_MISSING = object()


def mapping(value: object, where: str) -> Mapping[str, Any]:
    if not isinstance(value, dict) or not all(isinstance(key, str) for key in value):
        raise DecisionsError(where, translate("Decisions", "should be a JSON object."))
    return value


def only_keys(data: Mapping[str, Any], allowed: Sequence[str], where: str) -> None:
    """Refuse keys this version does not know: a typo in a hand-edited file must not be silently ignored."""
    unknown = sorted(set(data) - set(allowed))
    if unknown:
        known = ", ".join(allowed)
        raise DecisionsError(
            f"{where}.{unknown[0]}", translate("Decisions", "is not a setting of this step (known: {0}).").format(known)
        )


def text(data: Mapping[str, Any], key: str, where: str, default: object = _MISSING) -> str:
    value = _get(data, key, where, default)
    if not isinstance(value, str) or not value:
        raise DecisionsError(
            f"{where}.{key}", translate("Decisions", "should be non-empty text, not {0}.").format(repr(value))
        )
    return value


def optional_text(data: Mapping[str, Any], key: str, where: str) -> str | None:
    value = data.get(key)
    if value is None:
        return None
    return text(data, key, where)


def choice(data: Mapping[str, Any], key: str, where: str, options: Sequence[str], default: object = _MISSING) -> str:
    value = _get(data, key, where, default)
    if value not in options:
        raise DecisionsError(
            f"{where}.{key}",
            translate("Decisions", "should be one of {0}, not {1}.").format(", ".join(options), repr(value)),
        )
    return str(value)


def whole_number(
    data: Mapping[str, Any], key: str, where: str, default: object = _MISSING, *, optional: bool = False
) -> Any:
    value = _get(data, key, where, default)
    if value is None and optional:
        return None
    if not isinstance(value, int) or isinstance(value, bool):
        raise DecisionsError(
            f"{where}.{key}", translate("Decisions", "should be a whole number, not {0}.").format(repr(value))
        )
    return value


def number(data: Mapping[str, Any], key: str, where: str, default: object = _MISSING, *, optional: bool = False) -> Any:
    value = _get(data, key, where, default)
    if value is None and optional:
        return None
    if not isinstance(value, int | float) or isinstance(value, bool) or not math.isfinite(value):
        raise DecisionsError(
            f"{where}.{key}", translate("Decisions", "should be a number, not {0}.").format(repr(value))
        )
    return float(value)


def text_list(data: Mapping[str, Any], key: str, where: str, default: object = _MISSING) -> tuple[str, ...]:
    value = _get(data, key, where, default)
    if not isinstance(value, list | tuple) or not all(isinstance(item, str) for item in value):
        raise DecisionsError(f"{where}.{key}", translate("Decisions", "should be a list of texts."))
    return tuple(value)


def _get(data: Mapping[str, Any], key: str, where: str, default: object) -> Any:
    if key in data:
        return data[key]
    if default is _MISSING:
        raise DecisionsError(f"{where}.{key}", translate("Decisions", "is missing."))
    return default
