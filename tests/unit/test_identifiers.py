"""Stage one core: each detection rule, free-text spans, decisions and removal (canary included)."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from ctdc_desktop.core.case_export import CaseExport
from ctdc_desktop.core.decisions import DecisionsError
from ctdc_desktop.core.identifiers import (
    Action,
    ColumnDecision,
    IdentifierDecisions,
    IdentifierKind,
    SpanKind,
    Transform,
    UndecidedColumns,
    detect_identifiers,
    find_spans,
    redact,
    remove_identifiers,
)
from ctdc_desktop.core.identifiers.column_names import read_column_name
from ctdc_desktop.core.identifiers.decisions import link_decision
from ctdc_desktop.core.identifiers.review_export import review_export
from ctdc_desktop.core.io.table import LoadedTable
from ctdc_desktop.core.link import check_link
from ctdc_desktop.core.progress import Cancelled, RecordingProgress
from ctdc_desktop.core.user_error import UserError

N = 60


def _frame(**columns: list[object]) -> pd.DataFrame:
    return pd.DataFrame(columns).astype("category")


def _kinds(frame: pd.DataFrame, column: str) -> set[IdentifierKind]:
    return set(detect_identifiers(frame).column(column).identifier_kinds)


@pytest.mark.parametrize(
    ("column", "kind"),
    [
        ("prs_FirstName", IdentifierKind.PERSON_NAME),
        ("Prénom", IdentifierKind.PERSON_NAME),
        ("Apellidos", IdentifierKind.PERSON_NAME),
        ("Date de naissance", IdentifierKind.BIRTH_DATE),
        ("Fecha de nacimiento", IdentifierKind.BIRTH_DATE),
        ("Téléphone portable", IdentifierKind.CONTACT),
        ("Correo electrónico", IdentifierKind.CONTACT),
        ("prs_MailingStreet", IdentifierKind.ADDRESS),
        ("Numéro de passeport", IdentifierKind.ID_NUMBER),
        ("N° de dossier", IdentifierKind.CASE_ID),
        ("cas_CaseOwner", IdentifierKind.STAFF),
        ("Travailleur social", IdentifierKind.STAFF),
        ("gps_Latitude", IdentifierKind.LOCATION),
        ("Lugar de encuentro", IdentifierKind.LOCATION),
        ("Observaciones", IdentifierKind.FREE_TEXT),
    ],
)
def test_column_names_in_three_languages_and_htcds(column: str, kind: IdentifierKind) -> None:
    assert kind in read_column_name(column).kinds


@pytest.mark.parametrize(
    "column",
    ["prs_Citizenship", "Nationalité", "vic_CountryOfExploitation", "prs_Gender", "Sexo", "yearOfRegistration",
     "Año de registro", "CountryOfBirth", "Country name", "region-code"],
)  # fmt: skip
def test_categories_are_never_identifiers_by_name(column: str) -> None:
    signal = read_column_name(column)
    assert not signal.kinds and signal.category


def test_categories_are_not_flagged_even_with_name_like_values() -> None:
    rng = np.random.default_rng(0)
    frame = _frame(
        nationality=list(rng.choice(["Jordan", "Chad", "Georgia", "Ukraine"], N)),
        gender=list(rng.choice(["Female", "Male"], N)),
        yearOfRegistration=list(rng.choice(["2016", "2017", "2018"], N)),
        **{"region-code": list(rng.choice(["002", "009", "019", "142", "150"], N))},
    )
    assert not detect_identifiers(frame).flagged


def test_content_rules_whatever_the_column_is_called() -> None:
    frame = _frame(
        a=[f"person{i}@example.org" for i in range(N)],
        b=[f"+33 6 12 34 {i:02d} {i % 90 + 10}" for i in range(N)],
        c=[f"{(i % 28) + 1:02d}/0{(i % 9) + 1}/{1950 + i}" for i in range(N)],
        d=[f"AB{1000000 + i * 7919}" for i in range(N)],
        e=[f"{40 + i / 997:.5f}" for i in range(N)],
        f=["Maria Lopez", "Ahmed Hassan", "Olena Kovalenko", "John Smith", "Анна Петрова", "Marie Dubois"] * (N // 6),
    )
    report = detect_identifiers(frame)
    assert IdentifierKind.CONTACT in report.column("a").identifier_kinds
    assert IdentifierKind.CONTACT in report.column("b").identifier_kinds
    assert IdentifierKind.BIRTH_DATE in report.column("c").identifier_kinds
    assert report.column("c").transform is Transform.AGE_AT_REGISTRATION
    assert IdentifierKind.ID_NUMBER in report.column("d").identifier_kinds
    assert IdentifierKind.LOCATION in report.column("e").identifier_kinds
    assert IdentifierKind.PERSON_NAME in report.column("f").identifier_kinds
    flag = report.column("a").flags[0]
    assert flag.cells == N and flag.of_cells == N and str(N) in flag.reason


def test_phones_count_whether_valid_or_not() -> None:
    # Typos and numbers no plan accepts still reach a person.
    frame = _frame(x=["+380 94 159 05 4", "06 12 34 56", "(441)791-4703x16122", "+1 555 0100 999"] * 15)
    assert IdentifierKind.CONTACT in _kinds(frame, "x")


def test_a_few_contacts_in_a_short_text_column_flag_it() -> None:
    values = ["none"] * 50 + ["call 0612345678"] * 0 + ["+63 917 555 0101", "+63 917 555 0102", "x@example.org"]
    frame = _frame(other=values + ["none"] * 7)
    assert IdentifierKind.CONTACT in _kinds(frame, "other")


def test_registration_date_is_a_date_kept_as_its_year_not_an_identifier() -> None:
    frame = _frame(cas_RegistrationDate=[f"2019-{i % 12 + 1:02d}-{i % 28 + 1:02d}" for i in range(N)])
    review = detect_identifiers(frame).column("cas_RegistrationDate")
    assert not review.flagged
    assert review.kind.value == "date" and review.transform is Transform.YEAR_ONLY


def test_near_unique_columns_are_flagged() -> None:
    frame = _frame(code=["".join(chr(97 + (i // 26**k) % 26) for k in range(3)) + "q" for i in range(N)])
    review = detect_identifiers(frame).column("code")
    assert review.flagged and review.flags[0].rule.value == "near-unique values"


def test_country_centroid_coordinates_repeated_by_many_records_are_not_flagged() -> None:
    frame = _frame(nacionalidade_lat=["12.879721", "-0.023559", "48.379433"] * 40)
    assert not detect_identifiers(frame).flagged


@pytest.mark.parametrize("column", ["gps_Latitude", "gps_Longitude", "vic_LocationOfExploitation", "Lieu de rencontre"])
def test_a_column_named_for_a_position_is_flagged_even_when_many_records_share_each_position(column: str) -> None:
    # A shelter or an office shared by many records is still a place.
    frame = _frame(**{column: ["14.716677", "14.693425", "14.764504"] * 40})
    review = detect_identifiers(frame).column(column)
    assert IdentifierKind.LOCATION in review.identifier_kinds and review.action is Action.REMOVE


def test_free_text_column_has_span_counts_and_examples() -> None:
    notes = [
        "Her sister Maria Lopez can be reached on +63 917 555 0101.",
        "Écrire à jean.dupont@example.fr, passeport 09AB12345.",
        "Vive en Calle Mayor 12; su amiga se llama Xiomara Quintero.",
        "No contact today, will call back next week as agreed with the shelter.",
    ] * 10
    review = detect_identifiers(_frame(cas_Notes=notes)).column("cas_Notes")
    assert review.flagged and review.spans is not None
    for kind in (SpanKind.EMAIL, SpanKind.PHONE, SpanKind.ID_NUMBER, SpanKind.ADDRESS):
        assert review.spans.count(kind) == 10, kind
    assert review.spans.count(SpanKind.PERSON_NAME) == 20  # Maria Lopez, Xiomara Quintero
    assert len([e for e in review.spans.examples if e.kind is SpanKind.PHONE]) <= 3
    example = next(e for e in review.spans.examples if e.kind is SpanKind.EMAIL)
    assert example.text[example.start : example.end] == "jean.dupont@example.fr"
    masked = review.to_json_dict()
    assert "examples" not in masked["spans"]  # matched text only on request
    assert "jean.dupont" not in json.dumps(masked)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Recruiter introduced himself as Макар Оліфіренко, promised work.", "Макар Оліфіренко"),
        ("التقت الضحية بـ محمد أحمد في المحطة", "محمد أحمد"),  # right-to-left
        ("ผู้ติดต่อ ปวีณ ตราชู ที่สถานี", "ปวีณ ตราชู"),
        ("उसकी बहन आकाङ्क्षा से बात हुई", "आकाङ्क्षा"),
        ("La señora llamada Xiomara Quintero vive aquí.", "Xiomara Quintero"),  # unknown name after a cue word
    ],
)
def test_unicode_and_right_to_left_names_in_notes(text: str, name: str) -> None:
    spans = [text[s.start : s.end] for s in find_spans(text) if s.kind is SpanKind.PERSON_NAME]
    assert any(name in s or (s in name and len(s) >= len(name) // 2) for s in spans), spans


def test_right_to_left_text_offsets_point_at_the_span() -> None:
    text = "رقم الهاتف +961 3 123 456 والبريد ali@example.com"
    spans = find_spans(text)
    assert {text[s.start : s.end] for s in spans} >= {"+961 3 123 456", "ali@example.com"}


def test_very_long_cell_is_scanned_to_its_end() -> None:
    text = ("The client waited at the office for a long time. " * 4000) + "Her number is +33 6 12 34 56 78."
    spans = find_spans(text)
    assert [text[s.start : s.end] for s in spans if s.kind is SpanKind.PHONE] == ["+33 6 12 34 56 78"]
    assert redact(text).endswith("Her number is [phone number].")


def test_mixed_content_column_is_flagged() -> None:
    values = ["+44 7700 900123", "someone@example.org", "Ahmed Hassan", "12 rue de la Paix", "unknown"] * 12
    review = detect_identifiers(_frame(emergency=values)).column("emergency")
    assert review.flagged and review.action is Action.REMOVE


def test_amounts_years_and_coordinates_in_notes_are_not_phones() -> None:
    text = "Paid 1 500 000 pesos in 2016-2017, on 12/03/2019, near 48.19697."
    assert not [s for s in find_spans(text) if s.kind is SpanKind.PHONE]


def test_progress_and_cancel() -> None:
    frame = _frame(a=["x"] * 5, b=["y"] * 5, c=["z"] * 5)
    progress = RecordingProgress()
    detect_identifiers(frame, progress)
    assert progress.reports[-1][0] == progress.reports[-1][1]
    with pytest.raises(Cancelled):
        detect_identifiers(frame, RecordingProgress(cancel_after=1))


# --- decisions ------------------------------------------------------------------------------------------------------


def test_decisions_round_trip_through_json() -> None:
    decisions = IdentifierDecisions(
        victims=(
            ColumnDecision("prs_FirstName", Action.REMOVE),
            ColumnDecision("prs_Birthdate", Action.TRANSFORM, Transform.AGE_AT_REGISTRATION, reference_column="reg"),
            ColumnDecision("prs_MailingCity", Action.KEEP, reason="needed for the regional report"),
        ),
        perpetrators=(ColumnDecision("cas_CaseID", Action.TRANSFORM, Transform.LINK_ONLY),),
    )
    assert IdentifierDecisions.from_dict(json.loads(json.dumps(decisions.to_dict()))) == decisions


@pytest.mark.parametrize(
    ("data", "named"),
    [
        ({"victims": [{"column": "a", "action": "delete"}]}, "victims[0].action"),
        ({"victims": [{"column": "a", "action": "transform"}]}, "victims[0].transform"),
        ({"victims": [{"column": "a", "action": "remove", "colour": 1}]}, "victims[0].colour"),
        ({"victims": [{"action": "remove"}]}, "victims[0].column"),
        ({"victims": {"a": "remove"}}, "victims"),
        ({"suspects": []}, "suspects"),
        ({"version": 9}, "version"),
        ({"victims": [{"column": "a", "action": "remove"}, {"column": "a", "action": "keep"}]}, "victims[1].column"),
    ],
)
def test_bad_decisions_are_refused_naming_the_key(data: dict[str, object], named: str) -> None:
    with pytest.raises(DecisionsError) as error:
        IdentifierDecisions.from_dict(data, "steps.identifiers")
    assert f"'steps.identifiers.{named}'" in str(error.value)
    assert isinstance(error.value, UserError)


def test_matches_tells_new_columns() -> None:
    decisions = IdentifierDecisions(victims=(ColumnDecision("a", Action.KEEP), ColumnDecision("b", Action.REMOVE)))
    match = decisions.matches(["a", "c"])
    assert match.decided == ("a",) and match.new == ("c",) and match.gone == ("b",)
    assert not match.complete
    assert decisions.matches(["a", "b"]).complete


# --- removal and the canary -------------------------------------------------------------------------------------------

CANARIES = {
    "name": "Zebulon Quarterfield",
    "email": "canary.bird@example.org",
    "phone": "+33 6 99 88 77 66",
    "case": "CANARY-CASE-0042",
    "passport": "ZQ9988776",
    "street": "77 rue du Canari",
}


def _export(tmp: Path) -> CaseExport:
    rows = 40
    rng = np.random.default_rng(5)
    victims = pd.DataFrame(
        {
            "cas_CaseID": [CANARIES["case"]] + [f"C-{i:04d}" for i in range(1, rows)],
            "prs_FullName": [CANARIES["name"]] + [f"Maria Lopez{i}" for i in range(1, rows)],
            "prs_Email": [CANARIES["email"]] + [f"p{i}@example.org" for i in range(1, rows)],
            "prs_MobilePhone": [CANARIES["phone"]] + [f"+33 6 12 34 56 {i:02d}" for i in range(1, rows)],
            "Numéro de passeport": [CANARIES["passport"]] + [f"AB{1234500 + i}" for i in range(1, rows)],
            "prs_MailingStreet": [CANARIES["street"]] + [f"{i} rue Haute" for i in range(1, rows)],
            "prs_Birthdate": [f"{i % 28 + 1:02d}/{i % 12 + 1:02d}/{1960 + i}" for i in range(rows)],
            "cas_RegistrationDate": [f"2019-{i % 12 + 1:02d}-15" for i in range(rows)],
            "prs_Gender": list(rng.choice(["Female", "Male"], rows)),
            "cas_Notes": [f"Sister {CANARIES['name']} on {CANARIES['phone']}"] + ["Seen today."] * (rows - 1),
        }
    ).astype("category")
    victims.index = pd.RangeIndex(2, rows + 2, name="row")
    perpetrators = pd.DataFrame(
        {"cas_CaseID": [CANARIES["case"], "C-0001", "C-0002"], "perp_Gender": ["Male", "Male", "Female"]}
    ).astype("category")
    v = LoadedTable(frame=victims, source=tmp / "v.csv")
    p = LoadedTable(frame=perpetrators, source=tmp / "p.csv")
    return CaseExport(v, p, check_link(victims, perpetrators, "cas_CaseID", "cas_CaseID"))


def _proposed(export: CaseExport) -> IdentifierDecisions:
    assert export.perpetrator_frame is not None
    return IdentifierDecisions.proposed(
        detect_identifiers(export.victim_frame), detect_identifiers(export.perpetrator_frame)
    )


def test_undecided_flagged_column_is_refused_with_its_name(tmp_path: Path) -> None:
    export = _export(tmp_path)
    decisions = _proposed(export)
    partial = IdentifierDecisions(victims=tuple(d for d in decisions.victims if d.column != "prs_Email"),
                                  perpetrators=decisions.perpetrators)  # fmt: skip
    with pytest.raises(UndecidedColumns, match='"prs_Email"'):
        remove_identifiers(export, partial)
    kept = decisions.with_decision(ColumnDecision("prs_Email", Action.KEEP))
    with pytest.raises(UndecidedColumns, match="without a reason"):
        remove_identifiers(export, kept)


def test_canary_values_of_removed_columns_appear_nowhere(tmp_path: Path) -> None:
    export = _export(tmp_path)
    decisions = _proposed(export).with_decision(ColumnDecision("cas_Notes", Action.TRANSFORM, Transform.REDACT_SPANS))
    cleaned = remove_identifiers(export, decisions)
    frames = [cleaned.export.victim_frame, cleaned.export.perpetrator_frame]
    dump = "\n".join(f.to_csv() for f in frames if f is not None) + repr(cleaned)
    for value in CANARIES.values():
        assert value not in dump, value
    assert cleaned.summary == "5 removed, 5 transformed, 2 kept"
    victims = cleaned.export.victim_frame
    assert victims["cas_Notes"].iloc[0] == "Sister [person name] on [phone number]"
    assert victims["ageAtRegistration"].iloc[1] == "58"  # born 02/02/1961, registered 2019-02-15
    assert victims["cas_RegistrationDate"].iloc[0] == "2019"
    # The case ID is kept only as a link number, the same on both tables.
    perpetrators = cleaned.export.perpetrator_frame
    assert perpetrators is not None
    assert perpetrators["cas_CaseID"].iloc[0] == victims["cas_CaseID"].iloc[0] == "L000001"
    assert ("victims", "cas_CaseID") in cleaned.link_only_columns
    assert cleaned.export.link is not None


def test_age_at_registration_needs_a_registration_column(tmp_path: Path) -> None:
    frame = _frame(prs_Birthdate=[f"0{i % 9 + 1}/01/{1960 + i}" for i in range(N)])
    export = CaseExport(LoadedTable(frame=frame, source=tmp_path / "v.csv"))
    decisions = IdentifierDecisions.proposed(detect_identifiers(frame))
    with pytest.raises(UserError, match="registration date"):
        remove_identifiers(export, decisions)


def test_report_as_json_for_scan(tmp_path: Path) -> None:
    export = _export(tmp_path)
    data = detect_identifiers(export.victim_frame).to_json_dict()
    text = json.dumps(data, ensure_ascii=False)
    email = next(c for c in data["columns"] if c["name"] == "prs_Email")
    assert email["action"] == "remove"
    assert {f["rule"] for f in email["flags"]} == {"column name", "values"}
    assert max(f["evidence"]["cells_matched"] for f in email["flags"]) == len(export.victim_frame)
    assert {c["name"] for c in data["columns"]} == set(export.victim_frame.columns)
    assert CANARIES["name"] not in text and "flagged" in data["summary"]


def test_redacting_notes_reports_progress_and_can_be_cancelled(tmp_path: Path) -> None:
    export = _export(tmp_path)
    decisions = _proposed(export).with_decision(ColumnDecision("cas_Notes", Action.TRANSFORM, Transform.REDACT_SPANS))
    progress = RecordingProgress()
    remove_identifiers(export, decisions, progress)
    assert progress.reports and progress.reports[-1][0] == progress.reports[-1][1]
    with pytest.raises(Cancelled):
        remove_identifiers(export, decisions, RecordingProgress(cancel_after=5))


def test_a_yes_no_column_whose_yes_is_also_a_name_is_not_flagged() -> None:
    # Portuguese "Sim" is in our name lists (a surname); a column of Sim/Não names nobody.
    rng = np.random.default_rng(1)
    frame = _frame(**{"Trabalho forçado": list(rng.choice(["Sim", "Não"], N, p=[0.7, 0.3]))})
    assert not detect_identifiers(frame).flagged


@pytest.mark.parametrize("registered", ["Data de cadastro", "Date d'inscription", "Fecha de ingreso"])
def test_the_age_at_registration_counts_to_a_registration_column_named_in_any_language(
    tmp_path: Path, registered: str
) -> None:
    frame = _frame(
        prs_Birthdate=[f"0{i % 9 + 1}/01/{1960 + i}" for i in range(N)],
        **{registered: [f"1{i % 9}/03/2019" for i in range(N)]},
    )
    export = CaseExport(LoadedTable(frame=frame, source=tmp_path / "v.csv"))
    cleaned = remove_identifiers(export, IdentifierDecisions.proposed(detect_identifiers(frame)))
    assert cleaned.export.victim_frame["ageAtRegistration"].iloc[0] == "59"  # born 01/01/1960


def test_the_column_linking_victims_and_perpetrators_is_kept_as_a_link_whatever_its_name(tmp_path: Path) -> None:
    # "Código do caso" is no case-ID name our lists know; it links the tables, so it is a case number.
    victims = _frame(**{"Código do caso": [f"CASO-{i:05d}-C" for i in range(N)], "Sexo": ["F", "M"] * (N // 2)})
    perpetrators = _frame(**{"Código do caso": [f"CASO-{i:05d}-C" for i in range(N)], "Idade": ["30"] * N})
    v = LoadedTable(frame=victims, source=tmp_path / "v.csv")
    p = LoadedTable(frame=perpetrators, source=tmp_path / "p.csv")
    export = CaseExport(v, p, check_link(victims, perpetrators, "Código do caso", "Código do caso"))
    report = detect_identifiers(victims, link_column="Código do caso")
    assert report.column("Código do caso").transform is Transform.LINK_ONLY
    decisions = IdentifierDecisions.proposed(report, detect_identifiers(perpetrators, link_column="Código do caso"))
    cleaned = remove_identifiers(export, decisions)
    assert cleaned.export.link is not None  # the perpetrators can still be joined to their victims
    assert not cleaned.export.victim_frame["Código do caso"].astype(str).str.startswith("CASO").any()


def _linked_export(tmp_path: Path) -> CaseExport:
    victims = _frame(**{"Código do caso": [f"CASO-{i:05d}-C" for i in range(N)], "Sexo": ["F", "M"] * (N // 2)})
    perpetrators = _frame(**{"Código do caso": [f"CASO-{i:05d}-C" for i in range(N)], "Idade": ["30"] * N})
    v = LoadedTable(frame=victims, source=tmp_path / "v.csv")
    p = LoadedTable(frame=perpetrators, source=tmp_path / "p.csv")
    return CaseExport(v, p, check_link(victims, perpetrators, "Código do caso", "Código do caso"))


@pytest.mark.parametrize(
    ("victims", "perpetrators"),
    [
        (ColumnDecision("Código do caso", Action.REMOVE), None),
        (None, ColumnDecision("Código do caso", Action.REMOVE)),
        (ColumnDecision("Código do caso", Action.REMOVE), ColumnDecision("Código do caso", Action.REMOVE)),
        # Kept on one side only, the real IDs would meet link numbers on the other: nothing would join.
        (ColumnDecision("Código do caso", Action.KEEP, reason="we need it"), None),
        (ColumnDecision("Código do caso", Action.TRANSFORM, Transform.YEAR_ONLY), None),
    ],
)
def test_the_link_columns_are_kept_as_the_link_whatever_the_decision(
    tmp_path: Path, victims: ColumnDecision | None, perpetrators: ColumnDecision | None
) -> None:
    """A project saved with the link column removed (or kept, or made a year) still links every perpetrator to their
    victim: Stage one applies "link only", and says where that is not what the decisions say."""
    export = _linked_export(tmp_path)
    decisions = review_export(export).proposed()
    if victims is not None:
        decisions = decisions.with_decision(victims)
    if perpetrators is not None:
        decisions = decisions.with_decision(perpetrators, "perpetrators")
    cleaned = remove_identifiers(export, decisions)
    assert cleaned.export.link is not None
    assert cleaned.export.perpetrator_frame is not None
    v = cleaned.export.victim_frame["Código do caso"]
    p = cleaned.export.perpetrator_frame["Código do caso"]
    assert list(v) == list(p) and v.iloc[0] == "L000001"  # the same made-up numbers, the real IDs gone
    assert set(cleaned.link_only_columns) == {("victims", "Código do caso"), ("perpetrators", "Código do caso")}
    assert [o.transform for o in cleaned.outcomes if o.column == "Código do caso"] == [Transform.LINK_ONLY] * 2
    overridden = [d for d in (victims, perpetrators) if d is not None]
    assert len(cleaned.notes) == len(overridden)
    assert all('"Código do caso"' in note and "link only" in note for note in cleaned.notes)
    # The window shows the saved decision as Stage one applies it, and offers nothing else (identifier_detail).
    shown = [c.decision for c in review_export(export).columns(decisions) if c.name == "Código do caso"]
    assert shown == [link_decision(ColumnDecision("Código do caso", Action.REMOVE))] * 2


def test_a_link_column_says_why_it_cannot_be_removed(tmp_path: Path) -> None:
    export = _linked_export(tmp_path)
    column = review_export(export).victims.column("Código do caso")
    assert column.links and column.transform is Transform.LINK_ONLY
    assert "cannot be removed" in column.note
    assert not review_export(CaseExport(export.victims)).victims.column("Código do caso").links
