"""Reading case exports and writing outputs.

Reading: `read_export.read_export(path, sheet=None, progress)` gives a `table.LoadedTable` (its docstring states the
cell contract) or raises `table.LoadError` with a message for the user; `read_export.list_sheets(path)` lists a
workbook's sheets with their record counts. Text files go through `text_export`, workbooks through
`workbook_export`; both hand rows to `assemble_table`, which finds the header and reports ragged or empty rows.
"""
