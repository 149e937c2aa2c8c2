"""One sheet with one row per perpetrator, read as victims (once per case) and perpetrators, linked by the case."""

from __future__ import annotations

from pathlib import Path

import pytest

from ctdc_desktop.core.io.read_export import read_export
from ctdc_desktop.core.load.decisions import LoadDecisions, SourceFile, SourceRole
from ctdc_desktop.core.load.one_row_per_perpetrator import (
    find_perpetrator_rows,
    read_one_row_per_perpetrator,
    reading_notes,
    split_perpetrator_rows,
)
from ctdc_desktop.core.load.open_export import command_line_load, open_case_export
from ctdc_desktop.core.user_error import UserError

REPO = Path(__file__).resolve().parents[2]
ONE_SHEET = REPO / "tests" / "fixtures" / "exports" / "fr_mission_one_sheet" / "dossiers_une_feuille.xlsx"

# Case A has two perpetrators, B none, C three (its rows not next to each other), D one. Rows 2.. in the file.
ROWS = """Case ID,Sex,Nationality,Forced labour,Sex of perpetrator,Role,Relationship
A-01,F,Nepal,yes,M,Recruiter,Neighbour
A-01,F,Nepal,yes,F,Exploiter,Employer
B-02,M,India,no,,,
C-03,F,Ghana,no,M,Broker,Stranger
D-04,M,Togo,yes,M,Recruiter,Friend
C-03,F,Ghana,no,M,Transport,Stranger
C-03,F,Ghana,no,F,Exploiter,Employer
"""


def _csv(tmp_path: Path, text: str, name: str = "one_sheet.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_the_columns_are_told_apart_and_the_tables_keep_the_files_rows(tmp_path: Path) -> None:
    table = read_export(_csv(tmp_path, ROWS))
    reading = find_perpetrator_rows(table.frame)
    assert reading is not None and reading.clear
    assert reading.case_column == "Case ID"
    assert reading.victim_columns == ("Sex", "Nationality", "Forced labour")
    # "Sex of perpetrator" never differs within a case here: its name puts it with the perpetrators.
    assert reading.perpetrator_columns == ("Sex of perpetrator", "Role", "Relationship")
    assert (reading.rows, reading.cases, reading.several_row_cases, reading.disagreements) == (7, 4, 2, ())

    export = split_perpetrator_rows(table, reading)
    victims, perpetrators = export.victims.frame, export.perpetrator_frame
    assert perpetrators is not None
    assert list(victims["Case ID"]) == ["A-01", "B-02", "C-03", "D-04"], "one row per case, in file order"
    assert list(victims.index) == [2, 4, 5, 6], "each victim at its case's first row in the file"
    assert list(victims.columns) == ["Case ID", "Sex", "Nationality", "Forced labour"]
    assert list(perpetrators.columns) == ["Case ID", "Sex of perpetrator", "Role", "Relationship"]
    assert list(perpetrators.index) == [2, 3, 5, 6, 7, 8], "B-02's empty perpetrator row is no perpetrator"
    assert list(perpetrators["Role"]) == ["Recruiter", "Exploiter", "Broker", "Recruiter", "Transport", "Exploiter"]
    assert export.link is not None and export.link_columns == ("Case ID", "Case ID")
    assert (export.link.victims, export.link.perpetrators, export.link.victims_without_perpetrators) == (4, 6, 1)
    assert export.link.victim_rows_without_perpetrators == (4,)
    # The reader's cell contract holds: categories only of the values the table has.
    assert set(victims["Nationality"].cat.categories) == {"Nepal", "India", "Ghana", "Togo"}
    assert reading_notes(export)[0].startswith("The export has one row per perpetrator: its 7 rows were read as 4")


def test_victim_columns_that_disagree_within_a_case_are_reported_and_the_first_filled_value_kept(
    tmp_path: Path,
) -> None:
    # 40 victims with two perpetrators each; victim 7's nationality differs between its rows, victim 9's first row
    # has no sex. A perpetrator column differs in every case.
    lines = ["Case,Sex,Nationality,Perpetrator role"]
    for case in range(40):
        for n in range(2):
            sex = "" if (case, n) == (9, 0) else "F"
            nationality = "Chad" if (case, n) == (7, 1) else "Mali"
            lines.append(f"K{case:03d},{sex},{nationality},{'Recruiter' if n == 0 else 'Exploiter'}")
    table = read_export(_csv(tmp_path, "\n".join(lines) + "\n"))
    reading = find_perpetrator_rows(table.frame)
    assert reading is not None and reading.victim_columns == ("Sex", "Nationality")
    by_column = {d.column: d for d in reading.disagreements}
    assert set(by_column) == {"Sex", "Nationality"}
    assert (by_column["Nationality"].cases, by_column["Nationality"].rows) == (1, (16, 17))
    assert (by_column["Sex"].cases, by_column["Sex"].rows) == (1, (20, 21))
    export = split_perpetrator_rows(table, reading)
    victims = export.victims.frame
    assert victims.loc[16, "Nationality"] == "Mali", "the first row's value"
    assert victims.loc[20, "Sex"] == "F", "the first filled value, not the empty cell"
    notes = reading_notes(export)
    assert any("Nationality" in n and "cases: 1; rows 16, 17" in n and "first filled value" in n for n in notes)


def test_a_file_where_no_column_repeats_is_left_alone(tmp_path: Path) -> None:
    path = _csv(tmp_path, "Case,Sex,Nationality\nA,F,Nepal\nB,M,India\nC,F,Ghana\n")
    table = read_export(path)
    assert find_perpetrator_rows(table.frame) is None
    assert read_one_row_per_perpetrator(table, None) is None
    export = open_case_export(LoadDecisions((SourceFile(path, SourceRole.VICTIMS),)))
    assert export.perpetrators is None and export.one_row_per_perpetrator is None and export.victims.row_count == 3
    # Asked for, it is refused with the file's name and what to do.
    with pytest.raises(UserError, match=r"one_sheet\.csv cannot be read as one row per perpetrator"):
        open_case_export(LoadDecisions((SourceFile(path, SourceRole.VICTIMS, None, True),)))


def test_a_victims_table_with_a_few_repeated_ids_is_not_split_without_being_asked(tmp_path: Path) -> None:
    # 60 victims, one registered twice with another date: a repeated ID, not a perpetrator.
    lines = ["Case,Sex,Registered"] + [f"V{i:03d},F,2020-01-{1 + i % 28:02d}" for i in range(60)]
    lines.append("V005,F,2021-03-04")
    path = _csv(tmp_path, "\n".join(lines) + "\n")
    table = read_export(path)
    reading = find_perpetrator_rows(table.frame)
    assert reading is not None and not reading.clear
    assert read_one_row_per_perpetrator(table, None) is None
    assert open_case_export(LoadDecisions((SourceFile(path, SourceRole.VICTIMS),))).victims.row_count == 61
    # Asked for, it is read so: the user said it.
    forced = read_one_row_per_perpetrator(table, True)
    assert forced is not None and forced.victims.row_count == 60


def test_the_load_decision_reads_it_or_leaves_it(tmp_path: Path) -> None:
    path = _csv(tmp_path, ROWS)
    auto = open_case_export(command_line_load(path))
    assert auto.victims.row_count == 4 and auto.perpetrators is not None and auto.perpetrators.row_count == 6
    as_is = open_case_export(command_line_load(path, one_row_per_perpetrator=False))
    assert as_is.victims.row_count == 7 and as_is.perpetrators is None
    assert command_line_load(path, one_row_per_perpetrator=True).one_row_per_perpetrator is True
    with pytest.raises(UserError, match="a perpetrators file or sheet cannot be given too"):
        command_line_load(path, perpetrators=path, one_row_per_perpetrator=True)


def test_a_perpetrators_file_beside_it_wins(tmp_path: Path) -> None:
    path = _csv(tmp_path, ROWS)
    perpetrators = _csv(tmp_path, "Case ID,Role\nA-01,Recruiter\n", "perps.csv")
    export = open_case_export(command_line_load(path, perpetrators=perpetrators))
    assert export.one_row_per_perpetrator is None and export.victims.row_count == 7


def test_the_generated_one_sheet_export_gives_the_two_sheet_workbooks_tables() -> None:
    one = open_case_export(command_line_load(ONE_SHEET))
    two = open_case_export(command_line_load(ONE_SHEET.parents[1] / "fr_mission" / "dossiers.xlsx"))
    assert one.one_row_per_perpetrator is not None and one.perpetrators is not None and two.perpetrators is not None
    assert list(one.victims.frame["N° dossier"]) == list(two.victims.frame["N° dossier"])
    assert one.victims.row_count == 60 and one.perpetrators.row_count == two.perpetrators.row_count == 102
    assert list(one.perpetrators.frame["Rôle(s)"].astype(str)) == list(two.perpetrators.frame["Rôle(s)"].astype(str))
    for column in ("Sexe", "Nationalité", "Date de naissance", "Travail forcé"):
        assert list(one.victims.frame[column].astype(str)) == list(two.victims.frame[column].astype(str)), column
