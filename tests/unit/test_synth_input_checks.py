"""What synthesis refuses before it starts (issue 7, items 4-5): k below 2, identifier and free-text columns."""

from __future__ import annotations

import pandas as pd
import pytest

from ctdc_desktop.core.synth.input_checks import (
    UnsafeColumnsError,
    check_synthesis_input,
    check_synthesis_params,
    record_input_check,
    unsafe_columns,
)
from ctdc_desktop.core.synth.model import DpParams, KAnonParams, SynthInputError
from ctdc_desktop.core.synth.synthesize import synthesize
from ctdc_desktop.core.user_error import UserError

NOTES = [
    "Met the recruiter at the bus station and was promised work abroad in a factory.",
    "Travelled by boat with six others, documents were taken on arrival at the port.",
    "Was told the debt would be paid back within a year but it kept growing every month.",
]


def case_table(rows: int = 600) -> pd.DataFrame:
    """Recoded-looking columns plus first names (20 records each) and note sentences (200 each)."""
    return pd.DataFrame(
        {
            "gender": ["Female", "Male", "Female"] * (rows // 3),
            "ageBroad": ["18--20", "21--23", "30--38", "9--17"] * (rows // 4),
            "prs_FirstName": [f"Name{i // 20:02}" for i in range(rows)],
            "cas_Notes": [NOTES[i % 3] for i in range(rows)],
        },
        dtype=object,
    )


@pytest.mark.parametrize("k", [0, 1])
def test_k_below_two_is_refused(k: int) -> None:
    with pytest.raises(SynthInputError, match=f"k = {k} protects nobody") as caught:
        check_synthesis_params(KAnonParams(k=k))
    assert isinstance(caught.value, UserError)
    assert "at least 2" in str(caught.value)


def test_k_below_the_codebook_warns_and_ten_does_not() -> None:
    (warning,) = check_synthesis_params(KAnonParams(k=5))
    assert "below the 10 of the CTDC codebook" in warning
    assert check_synthesis_params(KAnonParams(k=10)) == ()


def test_delta_follows_the_dp_method_rule() -> None:
    # The command line used to let any delta below 1 through; the DP method refuses 0.01 and above.
    with pytest.raises(SynthInputError, match=r"below 0\.01"):
        check_synthesis_params(DpParams(delta=0.5))
    assert check_synthesis_params(DpParams(delta=1e-6)) == ()


def test_identifier_and_free_text_columns_are_refused_by_name() -> None:
    frame = case_table()
    assert [name for name, _ in unsafe_columns(frame)] == ["prs_FirstName", "cas_Notes"]
    with pytest.raises(UnsafeColumnsError) as caught:
        check_synthesis_input(frame, KAnonParams())
    message = str(caught.value)
    assert "'prs_FirstName' looks like a direct identifier" in message
    assert "'cas_Notes' holds free text" in message
    assert "--allow-column NAME" in message
    assert "gender" not in message


def test_a_column_allowed_by_name_goes_through_and_is_recorded() -> None:
    frame = case_table()
    with pytest.raises(UnsafeColumnsError, match="cas_Notes"):
        check_synthesis_input(frame, KAnonParams(), ["prs_FirstName"])
    check = check_synthesis_input(frame, KAnonParams(), ["prs_FirstName", "cas_Notes", "prs_FirstName"])
    assert check.allowed_columns == ("prs_FirstName", "cas_Notes")
    result = record_input_check(synthesize(frame, KAnonParams(seed=1)), check)
    assert result.parameters["allowed_columns"] == ("prs_FirstName", "cas_Notes")
    assert any("'cas_Notes' looks unsafe but was allowed" in note for note in result.notes)


def test_an_allowed_name_that_is_not_a_column_is_refused() -> None:
    with pytest.raises(SynthInputError, match="not in the table: 'prs_Firstname'"):
        check_synthesis_input(case_table(), KAnonParams(), ["prs_Firstname"])


def test_a_recoded_table_passes_without_warnings() -> None:
    frame = case_table().drop(columns=["prs_FirstName", "cas_Notes"])
    check = check_synthesis_input(frame, KAnonParams())
    assert check.warnings == () and check.allowed_columns == ()
