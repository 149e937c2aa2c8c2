"""Workbooks of the bundle, made in memory with XlsxWriter (several times faster than openpyxl at writing).

Text is always written as text: XlsxWriter is told never to turn a string into a formula, a number or a link, and
the callers neutralise formula-like cells as the CSV files do (`release_csv.excel_safe`), so a cell opens the same
in both files and a later edit in Excel cannot wake it up as a formula.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Mapping

import xlsxwriter
from xlsxwriter.worksheet import Worksheet

_OPTIONS = {"in_memory": True, "strings_to_formulas": False, "strings_to_numbers": False, "strings_to_urls": False}


def workbook_bytes(sheets: Mapping[str, Callable[[Worksheet], None]]) -> bytes:
    """An .xlsx file with one sheet per entry, each filled by its function, in order."""
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, _OPTIONS)
    for name, fill in sheets.items():
        fill(book.add_worksheet(name))
    book.close()
    return buffer.getvalue()
