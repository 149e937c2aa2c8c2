"""Qt's own file dialog speaks the window's language: "Look in:" and "Files of type:" too (issue 19, "English left
in the French window"). Qt 6.11 writes them with new keys ("&Look in:") that its catalogues lack; ours has them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel

from ctdc_desktop.gui import language


@pytest.fixture
def french_then_english(qapp: QApplication) -> Iterator[None]:
    yield
    language.install_language(language.ENGLISH)


@pytest.mark.parametrize(
    ("code", "look_in", "files_of_type"),
    [("fr", "Voir dans", "Fichiers de type"), ("es", "Ver en", "Ficheros de tipo")],
)
def test_the_file_dialog_has_no_english_label(
    french_then_english: None, code: str, look_in: str, files_of_type: str
) -> None:
    assert language.install_language(code)
    for mode in (QFileDialog.AcceptMode.AcceptOpen, QFileDialog.AcceptMode.AcceptSave):
        dialog = QFileDialog(None, "x")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)  # the dialog Linux users get
        dialog.setAcceptMode(mode)
        labels = [label.text().replace("&", "") for label in dialog.findChildren(QLabel)]
        dialog.deleteLater()
        assert not {"Look in:", "Files of type:"} & set(labels)
        assert any(text.startswith(look_in) for text in labels), labels
        assert any(text.startswith(files_of_type) for text in labels), labels


def test_qt_catalogue_is_found_in_pyside6s_folder_when_qt_points_elsewhere(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(language.QLibraryInfo, "path", lambda which: "/nowhere")
    assert any(language.QTranslator().load("qtbase_fr", folder) for folder in language.qt_catalogue_folders())
