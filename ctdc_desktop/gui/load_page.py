"""The Load step: open the victim records (and, if kept apart, the perpetrator records), see what they hold, and
tie each perpetrator to a victim.

The page only shows things. Reading, profiling and checking the link happen in `ctdc_desktop.core`, in background
workers, so the window stays responsive while a large export loads.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPoint, Qt, Signal, Slot
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from ctdc_desktop.core.case_export import CaseExport
from ctdc_desktop.core.io.table import LoadedTable, SheetInfo
from ctdc_desktop.core.link import LinkReport
from ctdc_desktop.core.load.decisions import LinkColumns, LoadDecisions, SourceFile, SourceRole
from ctdc_desktop.core.load.open_export import LoadedExport, link_tables, one_sheet_split
from ctdc_desktop.core.load.profile import TableProfile, profile_table
from ctdc_desktop.core.progress import NO_PROGRESS, Progress, stages
from ctdc_desktop.gui import dialogs, settings
from ctdc_desktop.gui.dialogs import export_filter, is_export
from ctdc_desktop.gui.export_loader import ExportLoader
from ctdc_desktop.gui.link_panel import LinkPanel
from ctdc_desktop.gui.perpetrator_rows_panel import PerpetratorRowsPanel
from ctdc_desktop.gui.preview_table import PreviewTable
from ctdc_desktop.gui.profile_view import ProfileView
from ctdc_desktop.gui.role_panel import RolePanel
from ctdc_desktop.gui.scroll_page import fill_with_scrolling
from ctdc_desktop.gui.step_page import StepPage, StepState
from ctdc_desktop.gui.worker import StepWorker


class _RoleArea:
    """What the page holds for one role: the loader, its box, and its two tabs. Plain wiring, no behaviour."""

    def __init__(self, loader: ExportLoader, panel: RolePanel, profile: ProfileView, rows: PreviewTable) -> None:
        self.loader = loader
        self.panel = panel
        self.profile = profile
        self.rows = rows
        self.model = rows.frame_model


# Cells of a victims' table looked at for one row per perpetrator on the spot; a larger one is looked at in the
# background.
LOOK_WHILE_WAITING = 1_000_000


class _PerpetratorRowsFound:
    """The victims' file read as one row per perpetrator: the two tables, their link, and their profiles."""

    def __init__(self, source: LoadedTable, export: CaseExport, profiles: dict[SourceRole, TableProfile]) -> None:
        self.source = source  # the file's table this was made from
        self.export = export
        self.profiles = profiles


def _find_perpetrator_rows(table: LoadedTable, wanted: bool | None, progress: Progress) -> _PerpetratorRowsFound | None:
    """The split of `table` when it reads as one row per perpetrator (plainly so, or asked for by a saved project)."""
    parts = stages(progress, {"split": 2, "profile": 2})
    export = one_sheet_split(table, wanted, parts["split"])
    if export is None:
        return None
    profile_parts = stages(parts["profile"], {"victims": 1, "perpetrators": 1})
    profiles = {SourceRole.VICTIMS: profile_table(export.victims.frame, profile_parts["victims"])}
    if export.perpetrators is not None:
        profiles[SourceRole.PERPETRATORS] = profile_table(export.perpetrators.frame, profile_parts["perpetrators"])
    return _PerpetratorRowsFound(table, export, profiles)


class LoadPage(StepPage):
    """Step 1. Contract with the main window: open_victims/open_perpetrators, is_busy/busy_changed, decisions."""

    step_key = "load"
    step_title = "Load"
    busy_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self._busy = False
        # The link pair the user chose or a project restored; re-applied whenever the files change.
        self._wanted_link: tuple[str, str] | None = None
        self._link: LinkReport | None = None
        self._export: CaseExport | None = None  # the last result handed on, kept so that it stays the same object
        # One sheet with one row per perpetrator: what was found, and whether it is read so (the box, or a project's
        # choice: None until decided).
        self._perpetrator_rows: _PerpetratorRowsFound | None = None
        self._read_per_perpetrator: bool | None = None

        intro = QLabel(
            self.tr(
                "Open the export of victim records from your case system (CSV or Excel). If the perpetrators are "
                "in a separate sheet or file, open that too. Nothing in these files is changed."
            )
        )
        intro.setWordWrap(True)

        self.victims_panel = RolePanel(
            self.tr("Victim records"), self.tr("{file} has several sheets. Pick the one with the victim records:")
        )
        self.perpetrators_panel = RolePanel(
            self.tr("Perpetrator records (optional)"),
            self.tr("{file} has several sheets. Pick the one with the perpetrator records:"),
            removable=True,
        )
        self.link_panel = LinkPanel()
        self.link_panel.setVisible(False)
        self.link_panel.columns_chosen.connect(self._on_link_chosen)
        self.perpetrator_rows_panel = PerpetratorRowsPanel()
        self.perpetrator_rows_panel.setVisible(False)
        self.perpetrator_rows_panel.read_so.connect(self._on_read_per_perpetrator)

        self.tabs = QTabWidget()
        self._areas = {
            SourceRole.VICTIMS: self._make_area(SourceRole.VICTIMS, self.victims_panel),
            SourceRole.PERPETRATORS: self._make_area(SourceRole.PERPETRATORS, self.perpetrators_panel),
        }
        tab_titles = [
            (self._areas[SourceRole.VICTIMS].profile, self.tr("Victim columns")),
            (self._areas[SourceRole.VICTIMS].rows, self.tr("Victim rows")),
            (self._areas[SourceRole.PERPETRATORS].profile, self.tr("Perpetrator columns")),
            (self._areas[SourceRole.PERPETRATORS].rows, self.tr("Perpetrator rows")),
        ]
        for table, title in tab_titles:
            self.tabs.addTab(table, title)
            table.setAccessibleName(title)  # a screen reader names the table as the tab above it

        self._link_worker: StepWorker[LinkReport | None] = StepWorker(self, name="checking the link")
        self._link_worker.succeeded.connect(self._on_link_checked)
        self._link_worker.failed.connect(self.link_panel.show_error)
        self._link_worker.busy_changed.connect(self._update_busy)
        self._rows_worker: StepWorker[_PerpetratorRowsFound | None] = StepWorker(
            self, name="looking for one row per perpetrator"
        )
        self._rows_worker.succeeded.connect(self._on_perpetrator_rows_found)
        self._rows_worker.failed.connect(self.victims_panel.show_error)
        self._rows_worker.busy_changed.connect(self._update_busy)

        boxes = QHBoxLayout()
        boxes.addWidget(self.victims_panel, 1)
        boxes.addWidget(self.perpetrators_panel, 1)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(intro)
        layout.addLayout(boxes)
        layout.addWidget(self.perpetrator_rows_panel)
        layout.addWidget(self.link_panel)
        layout.addWidget(self.tabs, 1)
        self.empty_hint = QLabel(
            self.tr(
                "Once a file is open, its columns and rows are shown here, so you can check it is the right one.\n"
                "You can also drag a file from your folder onto this page."
            )
        )
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setEnabled(False)  # drawn greyed: a hint, not content
        layout.addWidget(self.empty_hint, 1)
        # On a small screen (or at 200 %) the page scrolls rather than push the window past the screen's edge.
        fill_with_scrolling(self, content, keep_content_width=True)
        self._update_tabs()

        # No reader may still run Python when the interpreter shuts down, even if the window forgot to ask.
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    def _make_area(self, role: SourceRole, panel: RolePanel) -> _RoleArea:
        loader = ExportLoader(role, self)
        area = _RoleArea(loader, panel, ProfileView(), PreviewTable())
        panel.open_clicked.connect(lambda: self._ask_for_file(role))
        panel.cancel_clicked.connect(loader.cancel)
        panel.remove_clicked.connect(lambda: self._remove(role))
        panel.sheet_chosen.connect(lambda sheet: self._on_sheet_chosen(role, sheet))
        panel.no_header_chosen.connect(lambda no_header: self._read_again(role, has_header=not no_header))
        loader.sheets_found.connect(lambda sheets, pre: self._on_sheets_found(role, sheets, pre))
        loader.progress_changed.connect(panel.show_progress)
        loader.loaded.connect(lambda result: self._on_loaded(role, result))
        loader.failed.connect(lambda message: self._on_failed(role, message))
        loader.cancelled.connect(lambda: self._on_cancelled(role))
        loader.busy_changed.connect(self._update_busy)
        return area

    # --- the contract with the main window ------------------------------------------------------------------------
    def open_victims(self, path: Path | str, sheet: str | None = None) -> None:
        self._open(SourceRole.VICTIMS, Path(path), sheet)

    def open_perpetrators(self, path: Path | str, sheet: str | None = None) -> None:
        self._open(SourceRole.PERPETRATORS, Path(path), sheet)

    def is_busy(self) -> bool:
        return self._busy

    def victims_table(self) -> LoadedTable | None:
        """The victim records: the file's, or made from it when it is read as one row per perpetrator."""
        split = self._split_in_use()
        return split.export.victims if split is not None else self._table(SourceRole.VICTIMS)

    def perpetrators_table(self) -> LoadedTable | None:
        split = self._split_in_use()
        return split.export.perpetrators if split is not None else self._table(SourceRole.PERPETRATORS)

    def reads_one_row_per_perpetrator(self) -> bool:
        """True when the victims' sheet is read as one row per perpetrator (victims once per case, perpetrators)."""
        return self._split_in_use() is not None

    def source_paths(self) -> list[Path]:
        """The files now loaded, victims first."""
        return [path for role in SourceRole if (path := self._areas[role].loader.path()) is not None]

    def link_columns(self) -> tuple[str, str] | None:
        """(victim column, perpetrator column) in use, or None."""
        return (self._link.victim_column, self._link.perpetrator_column) if self._link else None

    def state(self) -> StepState:
        if self._busy or self.victims_table() is None:
            return StepState.NEEDS_ATTENTION
        if self.perpetrators_table() is not None and self._link_in_use() is None:
            return StepState.NEEDS_ATTENTION
        return StepState.DONE

    def decisions(self) -> LoadDecisions:
        """Which files, which sheets (and whether each has a header row), which link columns. Paths and names only,
        never a cell value."""
        sources = []
        for role in SourceRole:
            loader = self._areas[role].loader
            path = loader.path()
            if path is not None:
                # Only a victims' file without a perpetrators' file beside it is read as one row per perpetrator.
                alone = self._areas[SourceRole.PERPETRATORS].loader.path() is None
                per_perpetrator = self._read_per_perpetrator if role is SourceRole.VICTIMS and alone else None
                sources.append(SourceFile(path, role, loader.sheet(), per_perpetrator, loader.has_header()))
        link = None if self._link is None else LinkColumns(self._link.victim_column, self._link.perpetrator_column)
        return LoadDecisions(tuple(sources), link)

    def restore_decisions(self, decisions: object | None) -> None:
        """Open the saved files again (in the background) and re-apply the link choice once both are in.

        The saved decisions replace the page's: a file loaded now but not in them is removed.
        """
        if decisions is None:
            decisions = LoadDecisions()
        if not isinstance(decisions, LoadDecisions):
            raise TypeError("the Load page restores LoadDecisions")
        link = decisions.link_columns
        self._wanted_link = None if link is None else (link.victims, link.perpetrators)
        for role in SourceRole:
            source = decisions.source(role)
            if self._areas[role].loader.path() is not None or self._areas[role].loader.is_busy():
                # The project replaces what was loaded: its steps must not start on the previous files.
                self._remove(role)
            if source is not None:
                self._open(role, source.path, source.sheet, has_header=source.has_header)
        self._read_per_perpetrator = decisions.one_row_per_perpetrator  # once the files are opening: kept

    def result(self) -> CaseExport | None:
        """The records and their link, once this step is done; what Stage one works on.

        While another file is being opened, the loaded records stay the result: a file that then fails to open (or
        is cancelled) changes nothing in the later steps.
        """
        split = self._split_in_use()
        if split is not None:
            return split.export
        victims, perpetrators = self.victims_table(), self.perpetrators_table()
        if victims is None or (perpetrators is not None and self._link is None):
            return None
        return self._case_export(victims, perpetrators, self._link)

    @Slot()
    def shutdown(self) -> None:
        """Stop and wait for every background task; call before the window closes."""
        for area in self._areas.values():
            area.loader.shutdown()
        self._link_worker.shutdown()
        self._rows_worker.shutdown()

    # --- opening files ------------------------------------------------------------------------------------------
    def _open(self, role: SourceRole, path: Path, sheet: str | None, *, has_header: bool = True) -> None:
        if role is SourceRole.VICTIMS and path != self._areas[role].loader.path():
            self._read_per_perpetrator = None  # another file: its rows are looked at afresh
        self._areas[role].panel.show_opening(path.name)
        self._areas[role].loader.open(path, sheet, has_header=has_header)
        self.state_changed.emit()

    def _read_again(self, role: SourceRole, has_header: bool) -> None:
        """Read the loaded file again, with or without a header row as the user just said."""
        loader = self._areas[role].loader
        path = loader.path()
        if path is None:
            return
        self._areas[role].panel.show_opening(path.name)
        loader.open(path, loader.sheet(), has_header=has_header)
        self.state_changed.emit()

    def has_header(self, role: SourceRole) -> bool:
        """False when `role`'s file was read as having no header row (the user said so)."""
        return self._areas[role].loader.has_header()

    def _ask_for_file(self, role: SourceRole) -> None:
        caption = (
            self.tr("Open the victim records")
            if role is SourceRole.VICTIMS
            else self.tr("Open the perpetrator records")
        )
        name, _ = QFileDialog.getOpenFileName(self, caption, settings.last_folder(), export_filter())
        if name:
            settings.remember_folder_of(Path(name))
            self._open(role, Path(name), None)

    def _remove(self, role: SourceRole) -> None:
        area = self._areas[role]
        area.loader.clear()
        area.panel.show_empty()
        area.profile.set_profile(None)
        area.rows.set_frame(None)
        self._after_tables_changed()

    # --- what the loaders report --------------------------------------------------------------------------------
    def _on_sheets_found(self, role: SourceRole, sheets: list[SheetInfo], preselected: str) -> None:
        area = self._areas[role]
        opening = area.loader.opening()
        area.panel.show_sheets(opening.name if opening else "", sheets, preselected)
        self.state_changed.emit()

    def _on_sheet_chosen(self, role: SourceRole, sheet: str) -> None:
        area = self._areas[role]
        opening = area.loader.opening()
        area.panel.show_opening(f"{opening.name if opening else ''} – {sheet}")
        area.loader.choose_sheet(sheet)

    def _on_loaded(self, role: SourceRole, result: LoadedExport) -> None:
        area = self._areas[role]
        area.panel.show_loaded(result.table)
        area.profile.set_profile(result.profile)
        area.rows.set_frame(result.table.frame)
        self._after_tables_changed()
        # Victims are what the caseworker checks first; perpetrators take the view only when they are all there is.
        if role is SourceRole.VICTIMS or self.victims_table() is None:
            self.tabs.setCurrentWidget(area.profile)

    def _on_failed(self, role: SourceRole, message: str) -> None:
        self._areas[role].panel.show_error(message)
        self.state_changed.emit()

    def _on_cancelled(self, role: SourceRole) -> None:
        area = self._areas[role]
        kept = area.loader.path()
        if kept is not None:
            area.panel.show_stopped()
        else:
            area.panel.show_empty()
        self.state_changed.emit()

    def _after_tables_changed(self) -> None:
        self._look_for_perpetrator_rows()
        self._show_tables()
        self._link = None
        victims, perpetrators = self._table(SourceRole.VICTIMS), self._table(SourceRole.PERPETRATORS)
        if victims is None or perpetrators is None:
            self._link_worker.cancel()
            self.link_panel.setVisible(False)
        else:
            self.link_panel.setVisible(True)
            self.link_panel.show_checking(
                list(map(str, victims.frame.columns)), list(map(str, perpetrators.frame.columns))
            )
            wanted = self._wanted_link
            self._link_worker.start(lambda progress: link_tables(victims, perpetrators, wanted, progress))
        self.state_changed.emit()

    # --- the link -----------------------------------------------------------------------------------------------
    # --- one row per perpetrator ------------------------------------------------------------------------------------
    def _look_for_perpetrator_rows(self) -> None:
        """With a victims' file and no perpetrators' file, look (in the background) whether it has one row per
        perpetrator; otherwise forget what was found."""
        victims, perpetrators = self._table(SourceRole.VICTIMS), self._table(SourceRole.PERPETRATORS)
        found = self._perpetrator_rows
        if victims is None or perpetrators is not None:
            self._rows_worker.cancel()
            self._perpetrator_rows = None
            self.perpetrator_rows_panel.setVisible(False)
            return
        if found is not None and found.source is victims:
            return
        self._perpetrator_rows = None
        self.perpetrator_rows_panel.setVisible(False)
        wanted = self._read_per_perpetrator
        if victims.frame.size <= LOOK_WHILE_WAITING:
            # A few milliseconds: the page is done at once, as it was before it looked (no busy flicker).
            self._rows_worker.cancel()
            self._on_perpetrator_rows_found(_find_perpetrator_rows(victims, wanted, NO_PROGRESS))
            return
        self._rows_worker.start(lambda progress: _find_perpetrator_rows(victims, wanted, progress))

    @Slot(object)
    def _on_perpetrator_rows_found(self, found: _PerpetratorRowsFound | None) -> None:
        if found is None or found.source is not self._table(SourceRole.VICTIMS):
            if self._read_per_perpetrator and self._table(SourceRole.VICTIMS) is not None:
                self._read_per_perpetrator = None  # a project said so, but this file is not: read it as it is
            self.state_changed.emit()
            return
        self._perpetrator_rows = found
        if self._read_per_perpetrator is None:
            self._read_per_perpetrator = True  # read so unless the user unticks it; a saved project keeps it
        self.perpetrator_rows_panel.show_reading(found.export, self._read_per_perpetrator)
        self.perpetrator_rows_panel.setVisible(True)
        self._show_tables()
        self.state_changed.emit()

    @Slot(bool)
    def _on_read_per_perpetrator(self, read_so: bool) -> None:
        self._read_per_perpetrator = read_so
        self._show_tables()
        self.state_changed.emit()

    def _split_in_use(self) -> _PerpetratorRowsFound | None:
        found = self._perpetrator_rows
        if found is None or self._read_per_perpetrator is False:
            return None
        if found.source is not self._table(SourceRole.VICTIMS) or self._table(SourceRole.PERPETRATORS) is not None:
            return None
        return found

    def _link_in_use(self) -> LinkReport | None:
        split = self._split_in_use()
        return split.export.link if split is not None else self._link

    def _show_tables(self) -> None:
        """The tabs show the tables handed on: the file's, or the two made from one row per perpetrator."""
        split = self._split_in_use()
        for role in SourceRole:
            area = self._areas[role]
            if split is not None:
                table = split.export.victims if role is SourceRole.VICTIMS else split.export.perpetrators
                area.profile.set_profile(split.profiles.get(role))
                area.rows.set_frame(None if table is None else table.frame)
            else:
                loaded = area.loader.result()
                area.profile.set_profile(None if loaded is None else loaded.profile)
                area.rows.set_frame(None if loaded is None else loaded.table.frame)
        self._update_tabs()

    @Slot(str, str)
    def _on_link_chosen(self, victim_column: str, perpetrator_column: str) -> None:
        victims, perpetrators = self.victims_table(), self.perpetrators_table()
        if victims is None or perpetrators is None:
            return
        self._wanted_link = (victim_column, perpetrator_column)
        self._link = None
        self.link_panel.show_checking()
        wanted = self._wanted_link
        self._link_worker.start(lambda progress: link_tables(victims, perpetrators, wanted, progress))
        self.state_changed.emit()

    @Slot(object)
    def _on_link_checked(self, report: LinkReport | None) -> None:
        self._link = report
        if report is None:
            self.link_panel.show_no_proposal()
        else:
            self.link_panel.show_link(report)
        self.state_changed.emit()

    # --- drag and drop ------------------------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _dropped_file(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = _dropped_file(event)
        if path is None:
            return
        event.acceptProposedAction()
        role = self._role_for_drop(event.position().toPoint(), path)
        if role is not None:
            self._open(role, path, None)

    def _role_for_drop(self, position: QPoint, path: Path) -> SourceRole | None:
        """On a box: that box's role. Elsewhere: the victims when none are loaded; once they are, the user says
        whether the file holds their perpetrators or other victims (as File → Open asks). None: not opened."""
        for role, area in self._areas.items():
            if area.panel.rect().contains(area.panel.mapFrom(self, position)):
                return role
        victims = self._areas[SourceRole.VICTIMS].loader.path()
        if victims is None:
            return SourceRole.VICTIMS
        return dialogs.ask_role_of_second_file(self, path, victims)

    def _case_export(
        self, victims: LoadedTable, perpetrators: LoadedTable | None, link: LinkReport | None
    ) -> CaseExport:
        last = self._export
        if last is not None and last.victims is victims and last.perpetrators is perpetrators and last.link is link:
            return last
        fresh = CaseExport(victims, perpetrators, link)
        self._export = fresh
        return fresh

    # --- keeping the page in step -------------------------------------------------------------------------------
    def _table(self, role: SourceRole) -> LoadedTable | None:
        result = self._areas[role].loader.result()
        return result.table if result else None

    def _update_tabs(self) -> None:
        split = self._split_in_use()
        shown = {role: self._table(role) is not None for role in SourceRole}
        if split is not None:
            shown[SourceRole.PERPETRATORS] = True
        for role, first_tab in ((SourceRole.VICTIMS, 0), (SourceRole.PERPETRATORS, 2)):
            for index in (first_tab, first_tab + 1):
                self.tabs.setTabVisible(index, shown[role])
        self.tabs.setVisible(any(shown.values()))
        self.empty_hint.setVisible(not any(shown.values()))

    @Slot()
    def _update_busy(self) -> None:
        busy = (
            any(area.loader.is_busy() for area in self._areas.values())
            or self._link_worker.is_busy()
            or self._rows_worker.is_busy()
        )
        if busy != self._busy:
            self._busy = busy
            self.busy_changed.emit(busy)
            self.state_changed.emit()


def _dropped_file(event: QDragEnterEvent | QDropEvent) -> Path | None:
    urls = event.mimeData().urls() if event.mimeData() else []
    files = [Path(url.toLocalFile()) for url in urls if url.isLocalFile()]
    if len(files) != 1 or files[0].is_dir() or not is_export(files[0]):
        return None  # not ours: the main window opens projects and explains what it cannot open
    return files[0]
