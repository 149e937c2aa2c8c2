"""The codebook description a recipe converts into: round trip, validation naming the key, and the written forms."""

from __future__ import annotations

import json

import pytest

from ctdc_desktop.core.release.codebook import (
    Category,
    CodebookError,
    CodebookSchema,
    CodebookVariable,
    codebook_markdown,
)

SCHEMA = CodebookSchema(
    title="CTDC Global Victim-Perpetrator Synthetic Data Codebook",
    variables=(
        CodebookVariable(
            column="gender",
            label="gender",
            definition="Socially constructed characteristics.",
            categories=(Category("Male", "identifies as a man"), Category("Female", "identifies as a woman")),
        ),
        CodebookVariable(
            column="relation",
            label="IP_Relation",
            categories=(Category("Family"), Category("Friend")),
            multi_valued=True,
        ),
    ),
    method_text="Differentially private synthesis after Microsoft's synthetic-data-showcase.",
)


def test_round_trip_through_json() -> None:
    assert CodebookSchema.from_dict(json.loads(json.dumps(SCHEMA.to_dict()))) == SCHEMA


@pytest.mark.parametrize(
    ("change", "named"),
    [
        (lambda d: d.pop("method_text"), "method_text"),
        (lambda d: d["variables"][1].pop("label"), "variable 2 needs 'label'"),
        (lambda d: d["variables"][0]["categories"].append({"definition": "x"}), "'value'"),
        (lambda d: d.update(variables=[]), "'variables'"),
        (lambda d: d["variables"][1].update(label="gender"), "label 'gender'"),
        (lambda d: d["variables"][1].update(label="count"), "'count'"),
    ],
)
def test_bad_description_names_the_key(change: object, named: str) -> None:
    data = json.loads(json.dumps(SCHEMA.to_dict()))
    change(data)  # type: ignore[operator]
    with pytest.raises(CodebookError, match=named):
        CodebookSchema.from_dict(data)


def test_markdown_lists_missing_first_then_categories_and_parameters() -> None:
    text = codebook_markdown(SCHEMA, "dp", {"epsilon": 4.0, "delta": 1.23456789e-6, "seed": 5, "reporting_length": 3})
    gender = text.index("### Variable 1: gender")
    assert text.index("(empty cell): missing data", gender) < text.index("- Male [identifies as a man]", gender)
    assert "joined with ';'" in text
    assert "ε (privacy budget of this release; smaller is more private): 4" in text
    assert "1.235e-06" in text and "seed" not in text
