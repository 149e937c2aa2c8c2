"""One row per victim with the perpetrators side by side in numbered columns, read as victims and perpetrators."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from ctdc_desktop.core.io.read_export import read_export
from ctdc_desktop.core.load.numbered_perpetrators import (
    find_numbered_perpetrators,
    read_numbered_perpetrators,
    reading_notes,
    split_numbered_perpetrators,
)
from ctdc_desktop.core.load.open_export import command_line_load, open_case_export

REPO = Path(__file__).resolve().parents[2]
WIDE = REPO / "tests" / "fixtures" / "exports" / "fr_wide_perpetrators.csv"

# A-01 has two perpetrators, B-02 none, C-03 one in group 2 only (group 1 left empty), D-04 one. Rows 2.. in the file.
HEADER = "N° dossier;Sexe;Nationalité;" + ";".join(
    f"Auteur {n} - {field}" for n in (1, 2) for field in ("Sexe", "Nationalité", "Rôle")
)
ROWS = f"""{HEADER}
A-01;F;Népal;M;Inde;Recruteur;F;Népal;Exploiteur
B-02;M;Inde;;;;;;
C-03;F;Ghana;;;;M;Togo;Transporteur
D-04;M;Togo;F;;;;;
"""


def _csv(tmp_path: Path, text: str, name: str = "wide.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _names(*columns: str) -> pd.DataFrame:
    return pd.DataFrame({name: ["x", "y"] for name in columns})


@pytest.mark.parametrize(
    ("columns", "fields"),
    [
        (["Dossier", "Auteur 1 - Sexe", "Auteur 1 - Nationalité", "Auteur 2 - Sexe", "Auteur 2 - Nationalité"],
         ("Sexe", "Nationalité")),
        (["Case ID", "Perpetrator 1 Gender", "Perpetrator 1 Age", "Perpetrator 2 Gender", "Perpetrator 2 Age"],
         ("Gender", "Age")),
        (["Case ID", "Perp1_Gender", "Perp1_Nationality", "Perp2_Gender", "Perp2_Nationality"],
         ("Gender", "Nationality")),
        (["Caso", "Tratante 1 - Sexo", "Tratante 1 - Edad", "Tratante 2 - Sexo", "Tratante 2 - Edad"],
         ("Sexo", "Edad")),
        (["Caso", "Aliciador 1 - Sexo", "Aliciador 1 - Idade", "Aliciador 2 - Sexo"], ("Sexo", "Idade")),
        (["Dossier", "Sexe de l'auteur 1", "Âge de l'auteur 1", "Sexe de l'auteur 2", "Âge de l'auteur 2"],
         ("Sexe", "Âge")),
        (["Dossier", "Suspect #1. Sexe", "Suspect #1. Âge"], ("Sexe", "Âge")),
    ],
)  # fmt: skip
def test_numbered_perpetrators_are_found_in_each_language(columns: list[str], fields: tuple[str, ...]) -> None:
    reading = find_numbered_perpetrators(_names(*columns))
    assert reading is not None and reading.clear
    assert reading.fields == fields
    assert reading.victim_columns == (columns[0],)
    assert {c.column: c.number for c in reading.columns} == {name: (1 if "1" in name else 2) for name in columns[1:]}


@pytest.mark.parametrize(
    "columns",
    [
        ["Case ID", "Contact 1", "Phone 1", "Contact 2", "Phone 2"],  # numbered, but no perpetrator word
        ["Dossier", "Enfant 1 - Sexe", "Enfant 1 - Âge", "Enfant 2 - Sexe", "Enfant 2 - Âge"],
        ["Dossier", "Auteur 1 - Sexe", "Sexe"],  # one perpetrator with one field only
        ["Dossier", "Auteur 1", "Auteur 2", "Nombre d'auteurs"],  # no field after the number
        ["Case ID", "Address line 1", "Address line 2", "Perpetrator gender"],  # the other shape's names
    ],
)
def test_a_victims_table_with_numbered_columns_is_not_read_so(columns: list[str]) -> None:
    assert find_numbered_perpetrators(_names(*columns)) is None


def test_the_letter_p_is_read_only_when_asked(tmp_path: Path) -> None:
    path = _csv(tmp_path, "Case ID,Sex,P1 sex,P1 age,P2 sex,P2 age\nK-1,F,M,30,F,41\nK-2,M,,,,\n")
    table = read_export(path)
    reading = find_numbered_perpetrators(table.frame)
    assert reading is not None and not reading.clear and reading.fields == ("sex", "age")
    assert read_numbered_perpetrators(table, None) is None
    asked = read_numbered_perpetrators(table, True)
    assert asked is not None and asked.perpetrators is not None and asked.perpetrators.row_count == 2


def test_the_tables_keep_the_files_rows_and_the_link(tmp_path: Path) -> None:
    table = read_export(_csv(tmp_path, ROWS))
    reading = find_numbered_perpetrators(table.frame)
    assert reading is not None and reading.clear
    assert reading.case_column == "N° dossier" and not reading.made_up_case_column
    assert reading.victim_columns == ("N° dossier", "Sexe", "Nationalité")
    assert reading.fields == ("Sexe", "Nationalité", "Rôle")
    assert (reading.victims, reading.perpetrators) == (4, 4)

    export = split_numbered_perpetrators(table, reading)
    victims, perpetrators = export.victim_frame, export.perpetrator_frame
    assert perpetrators is not None
    assert list(victims.columns) == ["N° dossier", "Sexe", "Nationalité"]
    assert list(victims.index) == [2, 3, 4, 5], "the file's row numbers"
    assert list(perpetrators.columns) == ["N° dossier", "Sexe", "Nationalité", "Rôle"]
    assert list(perpetrators["N° dossier"]) == ["A-01", "A-01", "C-03", "D-04"], "victims in order, then numbers"
    assert list(perpetrators["Rôle"].astype(object).fillna("")) == ["Recruteur", "Exploiteur", "Transporteur", ""]
    assert list(perpetrators["Sexe"]) == ["M", "F", "M", "F"]
    assert list(perpetrators.index) == [2, 2, 4, 5], "each perpetrator at its victim's row"
    assert all(isinstance(perpetrators[c].dtype, pd.CategoricalDtype) for c in perpetrators.columns)
    assert export.link is not None and export.link_columns == ("N° dossier", "N° dossier")
    assert export.link.victims_without_perpetrators == 1 and export.link.perpetrators_without_victim == 0
    assert export.numbered_perpetrators == reading
    [note] = reading_notes(export)
    assert "4 victims and 4 perpetrator records" in note
    assert "perpetrator 2: Auteur 2 - Sexe, Auteur 2 - Nationalité, Auteur 2 - Rôle" in note


def test_without_a_case_id_a_case_number_is_made_up_on_both_sides(tmp_path: Path) -> None:
    text = "Sexe;Perpetrator 1 Gender;Perpetrator 1 Age\nF;M;30\nM;;\nF;F;\n"
    table = read_export(_csv(tmp_path, text))
    export = read_numbered_perpetrators(table, None)
    assert export is not None and export.numbered_perpetrators is not None
    assert export.numbered_perpetrators.made_up_case_column
    assert list(export.victim_frame["case number"]) == ["2", "3", "4"]
    assert export.perpetrator_frame is not None
    assert list(export.perpetrator_frame["case number"]) == ["2", "4"]
    assert export.link_columns == ("case number", "case number")
    assert "each victim's row number" in reading_notes(export)[0]


def test_six_groups_give_up_to_six_perpetrators_per_victim(tmp_path: Path) -> None:
    header = ["ID"] + [f"Perp{n}_{field}" for n in range(1, 7) for field in ("Gender", "Age")]
    full = ["V-1"] + ["M", "40"] * 6
    two = ["V-2", "F", "22", "", "", "", "", "", "", "", "", "M", "50"]  # groups 1 and 6
    text = "\n".join(",".join(row) for row in (header, full, two)) + "\n"
    export = read_numbered_perpetrators(read_export(_csv(tmp_path, text)), None)
    assert export is not None and export.perpetrator_frame is not None
    assert sorted({c.number for c in export.numbered_perpetrators.columns}) == [1, 2, 3, 4, 5, 6]  # type: ignore[union-attr]
    assert list(export.perpetrator_frame["ID"]) == ["V-1"] * 6 + ["V-2"] * 2
    assert list(export.perpetrator_frame["Gender"])[-2:] == ["F", "M"]
    assert list(export.perpetrator_frame.columns) == ["ID", "Gender", "Age"]


def test_the_load_decision_reads_it_or_leaves_it_and_a_perpetrators_file_wins(tmp_path: Path) -> None:
    path = _csv(tmp_path, ROWS)
    auto = open_case_export(command_line_load(path))
    assert auto.numbered_perpetrators is not None and auto.one_row_per_perpetrator is None
    assert auto.victims.row_count == 4 and auto.perpetrators is not None and auto.perpetrators.row_count == 4
    as_is = open_case_export(command_line_load(path, one_row_per_perpetrator=False))
    assert as_is.perpetrators is None and "Auteur 1 - Sexe" in as_is.victim_frame.columns
    perpetrators = _csv(tmp_path, "N° dossier;Rôle\nA-01;Recruteur\n", "perps.csv")
    beside = open_case_export(command_line_load(path, perpetrators=perpetrators))
    assert beside.numbered_perpetrators is None and "Auteur 1 - Sexe" in beside.victim_frame.columns


def test_the_committed_fixture() -> None:
    export = open_case_export(command_line_load(WIDE))
    reading = export.numbered_perpetrators
    assert reading is not None and reading.case_column == "N° dossier"
    # Victim i has i % 4 perpetrators: 10 victims each with 0, 1, 2 and 3.
    assert export.victims.row_count == 40
    assert export.perpetrators is not None and export.perpetrators.row_count == 10 * (1 + 2 + 3)
    assert export.link is not None and export.link.victims_without_perpetrators == 10
