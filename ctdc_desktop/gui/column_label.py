"""How a column's name is shown: as the export names it, except the columns the program made itself, which are shown
in the window's language (the data keeps one name in every language, so recipes and projects travel)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ctdc_desktop.core.identifiers.remove_identifiers import AGE_COLUMN


def shown_column_name(name: str) -> str:
    """``ageAtRegistration`` -> "age at registration (from the birth date)" in the window's language; others as is."""
    if name == AGE_COLUMN:
        return QCoreApplication.translate("ColumnLabel", "age at registration (from the birth date)")
    return name
